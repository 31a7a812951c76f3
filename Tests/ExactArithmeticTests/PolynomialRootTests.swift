import PropertyTesting
import Testing
import PropertyBased
@testable import ExactArithmetic

let knownRootSeeds = zip(Gen.int(in: -12...12).array(of: 0...6), Gen.int(in: -4...4).array(of: 0...3), Gen.int(in: 0...2))
    .map { knownRoots(linear: $0, quadratics: $1, rootless: $2) }

/// Roots found by brute force: zeros at, and sign changes between, the
/// points of the grid lo, lo + h, …, hi (exact rational evaluation).
func gridRootCount(_ p: Polynomial, from lo: Rational, to hi: Rational, steps: Int) -> Int {
    let h = (hi - lo) / Rational(steps)
    let integers = p.primitiveIntegerForm.integers
    var count = 0, last = 0
    for i in 0...steps {
        let s = IntegerPolynomial.sign(of: integers, at: lo + h * Rational(i))
        if s == 0 { count += 1; last = 0 } else {
            if last != 0 && s != last { count += 1 }
            last = s
        }
    }
    return count
}

@Test func isolationFindsExactlyTheKnownRoots() async throws {
    await forAll(count: 60, input: knownRootSeeds) { k in
        let roots = try! k.polynomial.realRoots()
        #expect(roots.count == k.realRootCount)
        // Increasing, and not overlapping: neighbours may only share an end that is no root.
        for (a, b) in zip(roots, roots.dropFirst()) {
            #expect(a.upper <= b.lower)
            if a.upper == b.lower { #expect(k.polynomial.sign(at: a.upper) != 0) }
        }
        // Every known root lies in exactly one interval; rational roots are exact.
        for r in k.rational {
            let holders = roots.filter { $0.contains(r) }
            #expect(holders.count == 1)
            #expect(holders.first?.exactValue == r)
        }
        for (a, b, s) in k.quadratic {
            #expect(roots.filter { KnownRoots.contains($0.lower, $0.upper, a: a, b: b, s: s) }.count == 1)
        }
    }
}

@Test func sturmIsolationAndGridAgree() async {
    await forAll(count: 25, input: knownRootSeeds, rationals, rationals) { k, u, v in
        let p = k.polynomial
        guard p.degree >= 1 else { return }
        let lo = Rational.min(u, v) - 1, hi = Rational.max(u, v)
        let roots = try! p.realRoots()
        // Roots in (lo, hi]: the isolating intervals decide it after refinement past lo and hi.
        let inside = roots.filter { r in
            let narrow = r.refined(toWidth: Rational(1, 1 << 20))
            return narrow.lower > lo && narrow.upper <= hi
        }.count
        #expect(try! p.countRealRoots(in: lo, hi) == inside)
        // All roots lie in (−14, 14), at least 0.03 apart (√3 + √5 ≈ 4 − 0.032 is
        // the closest call), and the grid step is 1/150, so the grid sees each
        // root once (rational roots on it as zeros).
        let all = try! p.countRealRoots(in: -14, 14)
        #expect(all == k.realRootCount)
        #expect(gridRootCount(p, from: -14, to: 14, steps: 28 * 150) == all)
    }
}

@Test func repeatedRootsAreReportedOnce() throws {
    let p = Polynomial([-1, 1]).power(3) * Polynomial([-2, 0, 1]).power(2) * Polynomial([0, 1]).power(2)
    let roots = try p.realRoots()
    #expect(roots.count == 4)
    #expect(roots.filter(\.isExact).map { $0.exactValue! } == [0, 1])
    #expect(try p.countRealRoots(in: -2, 2) == 4)
}

@Test func refinedDigitsAreCertified() async throws {
    await forAll(count: 30, input: knownRootSeeds, Gen.int(in: 1...80)) { k, digits in
        let roots = try! k.polynomial.realRoots(digits: digits)
        for (a, b, s) in k.quadratic {
            let root = roots.first { KnownRoots.contains($0.lower, $0.upper, a: a, b: b, s: s) }!
            let text = try! #require(root.certifiedDigits(digits))
            // Independent check: the truncated decimal t and t ± one unit in the last
            // place bracket a + s√b, decided by squares.
            let t = Rational(text)!
            let unit = Rational(10).power(decimalExponent(text) - digits + 1)!
            let (lo, hi) = t.signum >= 0 ? (t, t + unit) : (t - unit, t)
            #expect(KnownRoots.contains(lo, hi, a: a, b: b, s: s), "\(text)")
        }
        for r in k.rational {
            #expect(roots.first { $0.contains(r) }?.exactValue == r)
        }
    }
}

/// The decimal exponent e of the leading digit of a printed number (d.ddd × 10^e).
func decimalExponent(_ text: String) -> Int {
    let q = Rational(text)!.magnitude
    var e = 0
    var ten = Rational(1)
    if q >= 1 { while ten * 10 <= q { ten *= 10; e += 1 } } else { while ten > q { ten /= 10; e -= 1 } }
    return e
}

@Test func exactDigitsOfRationalRoots() throws {
    let p = Polynomial(roots: [Rational(1, 5), Rational(-2, 3), Rational(12345, 67891)])
    let roots = try p.realRoots(digits: 12)
    #expect(roots.map { $0.exactValue } == [Rational(-2, 3), Rational(12345, 67891), Rational(1, 5)])
    #expect(roots.map { $0.certifiedDigits(12)! } == ["-0.666666666666", "0.181835589400", "0.200000000000"])
}

@Test func classicCubic() throws {
    // x³ − 2x − 5 (Wallis' example): one real root 2.0945514815423265914823865405793029638573061056282…
    let roots = try Polynomial(parsing: "x^3 - 2*x - 5").realRoots(digits: 50)
    #expect(roots.count == 1)
    #expect(roots[0].certifiedDigits(50) == "2.0945514815423265914823865405793029638573061056282")
    #expect(!roots[0].isExact)
    #expect(roots[0].width < Rational(BigInt(1), BigInt(10).power(50)))
}

@Test func wilkinsonLikeProduct() throws {
    let p = Polynomial(roots: (1...40).map { Rational($0, 7) })
    let roots = try p.realRoots(digits: 30)
    #expect(roots.map { $0.exactValue } == (1...40).map { Rational($0, 7) })
}

@Test func rootEdgeCases() throws {
    #expect(throws: RootFindingError.zeroPolynomial) { try Polynomial.zero.realRoots() }
    #expect(throws: RootFindingError.zeroPolynomial) { try Polynomial.zero.countRealRoots(in: 0, 1) }
    #expect(try Polynomial([5]).realRoots().isEmpty)
    #expect(try Polynomial([1, 0, 1]).realRoots().isEmpty)
    #expect(try Polynomial([0, 0, 0, 0, 1]).realRoots().map(\.exactValue) == [0])
    #expect(throws: RootFindingError.digitsOutOfRange(-1)) { try Polynomial([1, 1]).realRoots(digits: -1) }
    #expect(throws: RootFindingError.digitsOutOfRange(100_001)) { try Polynomial([-2, 0, 1]).realRoots()[0].refined(digits: 100_001) }
    #expect(try Polynomial([1, 1]).countRealRoots(in: 1, -1) == 0)
    // Tiny and huge roots.
    let tiny = try Polynomial([Rational(-1), Rational(0), Rational(BigInt(10).power(60))]).realRoots(digits: 20)
    #expect(tiny.map { $0.exactValue } == [Rational(BigInt(-1), BigInt(10).power(30)), Rational(BigInt(1), BigInt(10).power(30))])
    let huge = try Polynomial([Rational(-BigInt(3) * BigInt(10).power(80)), 0, 1]).realRoots(digits: 25)
    #expect(huge[1].certifiedDigits(25) == "1.732050807568877293527446e+40")
}

@Test func simplestRational() async {
    await forAll(count: 200, input: rationals, rationals) { a, b in
        let s = Rational.simplest(in: a, b)
        #expect(Rational.min(a, b) <= s && s <= Rational.max(a, b))
        // No rational with a smaller denominator lies in the interval (brute force).
        let lo = Rational.min(a, b), hi = Rational.max(a, b)
        for d in 1..<Int(s.denominator.exactInt!) {
            let dd = Rational(d)
            #expect((lo * dd).ceiling > (hi * dd).floor, "denominator \(d) fits in [\(lo), \(hi)]")
        }
    }
}

@Test func certifiedSignFallsBackToExactArithmetic() {
    // q(y) = 2^20000 (2y − 1) − 1: its constant needs 20001 bits, so every MPFR
    // precision up to 16 384 bits leaves the sign at y = 1/2 undecided.
    let big = BigInt(1) << 20000
    var sign = CertifiedSign(MPZVector([-big - 1, big << 1]))
    #expect(sign.evaluate(1, 1).sign == -1)
    #expect(sign.evaluate((BigInt(1) << 19999) + 1, 20000).sign == 1)
    #expect(sign.evaluate(0, 0).sign == -1)
    var linear = CertifiedSign(MPZVector([-1, 2]))
    #expect(linear.evaluate(1, 1).sign == 0)
}

@Test func compareRootsWithRationals() async {
    await forAll(count: 40, input: knownRootSeeds, rationals) { k, q in
        let roots = try! k.polynomial.realRoots()
        for (a, b, s) in k.quadratic {
            let root = roots.first { KnownRoots.contains($0.lower, $0.upper, a: a, b: b, s: s) }!
            // a + s√b > q ⇔ ¬(a + s√b ≤ q) ⇔ ¬(s√b ≤ q − a), by squares.
            let greater = !KnownRoots.atLeast(q - a, s: s, b: b)
            #expect(root.compare(to: q) == (greater ? 1 : -1))
            #expect(root.enclosure(precision: 64).lower.compare(to: root.lower) <= 0)
        }
        for r in k.rational {
            let root = roots.first { $0.contains(r) }!
            #expect(root.compare(to: q) == Rational.compare(r, q).signum())
        }
    }
}

@Test func compareDetectsAnUnflaggedRationalRoot() throws {
    // A leading coefficient of 300 bits keeps the isolator from narrowing
    // intervals until rational roots surface; compare must still find equality.
    let d = BigInt(1) << 300 + 1
    let p = Polynomial([Rational(-1), Rational(d)]) * Polynomial([-2, 0, 1])
    let roots = try p.realRoots()
    let r = Rational(BigInt(1), d)
    let holder = roots.first { $0.contains(r) }!
    #expect(holder.compare(to: r) == 0)
    #expect(holder.compare(to: r + Rational(BigInt(1), d * d * d)) == -1)
}
