import PropertyTesting
import Testing
import PropertyBased
@testable import ExactArithmetic

/// Dense random integer polynomials (degree ≤ 14, coefficients up to 10⁶),
/// products with repeated factors, and clustered roots: every isolating
/// interval holds exactly one root by Sturm's count, and together they
/// hold all of them.
let densePolynomials = zip(Gen.int(in: -1_000_000...1_000_000).array(of: 1...15), Gen.int(in: 1...3))
    .map { c, m in Polynomial(c).power(m) }

@Test func isolationAgreesWithSturm() async {
    await forAll(count: 40, input: densePolynomials) { p in
        guard p.degree >= 1 else { return }
        let roots = try! p.realRoots()
        let sturm = SturmSequence(p)
        let bound = Rational(BigInt(1) << 64)
        #expect(sturm.countRoots(in: -bound, bound) == roots.count)
        for r in roots {
            if let v = r.exactValue {
                #expect(p.sign(at: v) == 0)
            } else {
                #expect(p.sign(at: r.lower) != 0 && p.sign(at: r.upper) != 0)
                #expect(sturm.countRoots(in: r.lower, r.upper) == 1)
            }
        }
    }
}

@Test func clusteredRoots() throws {
    // Mignotte-like: x^9 − 2(1000x − 1)² has two roots within 10⁻²⁰ of 1/1000.
    let p = try Polynomial(parsing: "x^9 - 2(1000x - 1)^2")
    let roots = try p.realRoots(digits: 40)
    let sturm = SturmSequence(p)
    #expect(sturm.countRoots(in: -10, 10) == roots.count)
    #expect(roots.count == 3)
    #expect(roots[1].certifiedDigits(40) != roots[2].certifiedDigits(40))
    for r in roots { #expect(sturm.countRoots(in: r.lower, r.upper) == 1) }
}

/// The isolator infers one half's Descartes count from the other's; this
/// checks the subadditivity and parity facts it relies on, on random
/// polynomials and random sub-intervals, with full (uncapped) counts.
@Test func descartesCountsAreSubadditiveWithMatchingParity() async {
    await forAll(count: 200, input: Gen.int(in: -30...30).array(of: 2...12), Gen.int(in: 0...3), Gen.int(in: 0...7)) { c, depth, index in
        let q = MPZVector(c.map { BigInt($0) })
        guard q.degree >= 1, q.sign(0) != 0 else { return }
        // Move to the sub-interval [index/2^depth, (index+1)/2^depth] of (0, 1) by halving and shifting.
        for level in stride(from: depth - 1, through: 0, by: -1) {
            q.halveArgument()
            if (index >> level) & 1 == 1 { q.taylorShiftByOne() }
        }
        guard q.sign(0) != 0, q.valueAtOne.signum != 0 else { return }
        let v = q.descartesVariationsOnUnitInterval(limit: .max)
        let left = q.copy()
        left.halveArgument()
        let right = left.copy()
        right.taylorShiftByOne()
        guard right.sign(0) != 0 else { return }
        let vL = left.descartesVariationsOnUnitInterval(limit: .max)
        let vR = right.descartesVariationsOnUnitInterval(limit: .max)
        #expect(v >= vL + vR)
        #expect((vR % 2 == 1) == (right.sign(0) != right.valueAtOne.signum))
    }
}
