import ClaimKit
import ExactArithmetic

/// ExactNN's own arithmetic self-checks: known theorems recomputed through
/// the exact layer, so a broken GMP/MPFR binding shows up as a failed claim.
enum SelfChecks {
    static var all: [Claim] { [wolstenholme, machinPi, rootIsolation] }

    /// Wolstenholme (1862): for a prime p ≥ 5 the numerator of H(p − 1) is
    /// divisible by p². For composites it is not (verified far beyond our range).
    static let wolstenholme = Claim(
        id: "arithmetic.wolstenholme",
        source: Source(nil, section: "exact rationals", label: "Wolstenholme's theorem"),
        statement: "For 5 ≤ n ≤ N, n² divides the numerator of the harmonic number H(n − 1) exactly when n is prime.",
        expected: .holds, method: .exact
    ) { context in
        let limit = context.quick ? 200 : 600
        var h = Rational(1)  // H(1)
        var failures: [Int] = []
        var primes = 0
        for n in 2...limit {
            // h = H(n − 1) here
            if n >= 5 {
                let divisible = (h.numerator % BigInt(n * n)).isZero
                let prime = (2..<n).allSatisfy { n % $0 != 0 }
                if prime { primes += 1 }
                if divisible != prime { failures.append(n) }
            }
            h += Rational(1, n)
        }
        return .holds(if: failures.isEmpty,
                      "checked n = 5…\(limit) (\(primes) primes); H(\(limit - 1)) has \(h.denominator.description.count)-digit denominator",
                      counterexample: "n = \(failures.first ?? 0)",
                      figures: [.integer("N", limit), .integer("primes p in 5…N", primes), .list("exceptions n in 5…N", failures),
                                .integer("decimal digits of the denominator of H(N)", h.denominator.description.count)])
    }

    /// π from Machin's formula with exact rational partial sums and the
    /// alternating-series tail bound must enclose MPFR's π interval.
    static let machinPi = Claim(
        id: "arithmetic.machin-pi",
        source: Source(nil, section: "MPFR", label: "Machin's formula"),
        statement: "π = 16·arctan(1/5) − 4·arctan(1/239): the exact rational enclosure agrees with MPFR's π rounded down and up at 512 bits.",
        expected: .holds, method: .certified
    ) { _ in
        // arctan(1/x) = Σ (−1)^k / ((2k+1) x^(2k+1)); alternating, terms decreasing,
        // so the partial sums after an even and an odd number of terms bracket it.
        func arctanBracket(_ x: Int, terms: Int) -> (Rational, Rational) {
            var sum = Rational(0), last = Rational(0)
            let x2 = BigInt(x * x)
            var power = BigInt(x)
            for k in 0..<terms {
                let term = Rational(BigInt(1), BigInt(2 * k + 1) * power)
                last = sum
                sum += k % 2 == 0 ? term : -term
                power *= x2
            }
            return sum < last ? (sum, last) : (last, sum)
        }
        let (a5lo, a5hi) = arctanBracket(5, terms: 120)
        let (a239lo, a239hi) = arctanBracket(239, terms: 40)
        let lower = Rational(16) * a5lo - Rational(4) * a239hi
        let upper = Rational(16) * a5hi - Rational(4) * a239lo
        let piDown = BigFloat.pi(precision: 512, rounding: .down).exactRational!
        let piUp = BigFloat.pi(precision: 512, rounding: .up).exactRational!
        // MPFR's [down, up] must meet our rational enclosure, and both must be tight.
        let agree = piDown <= upper && lower <= piUp
        let width = upper - lower
        let tight = width < Rational(BigInt(1), BigInt(10).power(140))
        return .holds(if: agree && tight,
                      "rational enclosure of width < 1e-140 meets MPFR π at 512 bits",
                      counterexample: "enclosure [\(lower.decimal(digits: 30).text), \(upper.decimal(digits: 30).text)]",
                      figures: [KeyFigure("π from the Machin enclosure, 138 decimals", .certified(lower.decimal(digits: 138).text))])
    }

    /// Polynomials built from known roots: the isolator must find each
    /// exactly once, rational roots exactly, quadratic irrationals a ± √b
    /// inside their intervals (decided by comparing squares of rationals),
    /// and their certified digits must be the truncated decimals of a ± √b.
    static let rootIsolation = Claim(
        id: "arithmetic.root-isolation",
        source: Source(nil, section: "exact polynomials", label: "certified real-root isolation"),
        statement: "For random products of distinct linear factors, irreducible quadratics (x − a)² − b and rootless quadratics, the real roots found are exactly the known ones: rational roots exact, a ± √b each in one isolating interval, with correct certified digits.",
        expected: .holds, method: .exact
    ) { context in
        let trials = context.quick ? 8 : 40, digits = context.quick ? 30 : 100
        var rng = SeededGenerator(seed: context.seed)
        let nonSquares = [2, 3, 5, 6, 7, 10, 11, 13, 14, 15, 17, 19, 21, 22, 23]
        var failures: [String] = []
        var rationalCount = 0, irrationalCount = 0, maxDegree = 0
        for trial in 0..<trials {
            var p = Polynomial(constant: Rational(rng.int(1...9) * (rng.int(0...1) == 0 ? 1 : -1), rng.int(1...9)))
            var rationals = Set<Rational>()
            for _ in 0..<rng.int(0...6) { rationals.insert(Rational(rng.int(-50...50), rng.int(1...9))) }
            var pairs: [(a: Rational, b: Int)] = []
            for _ in 0..<rng.int(0...3) {
                let a = Rational(rng.int(-20...20), rng.int(1...5)), b = nonSquares[rng.int(0...nonSquares.count - 1)]
                if !pairs.contains(where: { $0.a == a && $0.b == b }) { pairs.append((a, b)) }
            }
            for r in rationals { p *= Polynomial([-r, 1]) }
            for (a, b) in pairs { p *= Polynomial([a * a - Rational(b), -2 * a, 1]) }
            for _ in 0..<rng.int(0...2) {
                let c = Rational(rng.int(-9...9), rng.int(1...3)), d = Rational(rng.int(1...9), rng.int(1...9))
                p *= Polynomial([c * c + d, -2 * c, 1])  // (x − c)² + d > 0
            }
            maxDegree = max(maxDegree, p.degree)
            let roots = (try? p.realRoots(digits: digits)) ?? []
            var ok = roots.count == rationals.count + 2 * pairs.count
            ok = ok && zip(roots, roots.dropFirst()).allSatisfy { $0.upper <= $1.lower }
            for r in rationals { ok = ok && roots.filter { $0.contains(r) }.map(\.exactValue) == [r] }
            for (a, b) in pairs {
                for s in [1, -1] {
                    let holders = roots.filter { containsQuadratic($0.lower, $0.upper, a: a, b: b, s: s) }
                    guard holders.count == 1, let text = holders[0].certifiedDigits(digits), let t = Rational(text) else { ok = false; continue }
                    let unit = Rational(10).power(decimalExponent(t) - digits + 1)!
                    ok = ok && (t.signum >= 0 ? containsQuadratic(t, t + unit, a: a, b: b, s: s)
                                              : containsQuadratic(t - unit, t, a: a, b: b, s: s))
                }
            }
            rationalCount += rationals.count
            irrationalCount += 2 * pairs.count
            if !ok { failures.append("trial \(trial): \(p)") }
        }
        // A written-out witness for the oracle: (x − 1/3)(x + 2)((x − 1)² − 2)((x + 1/2)² + 1).
        let witness = Polynomial([Rational(-1, 3), 1]) * Polynomial([2, 1]) * Polynomial([-1, -2, 1]) * Polynomial([Rational(5, 4), 1, 1])
        let roots = try witness.realRoots(digits: 30)
        let figures: [KeyFigure] = [.integer("root_count(witness)", roots.count)] + roots.enumerated().map { k, r in
            r.exactValue.map { KeyFigure.exact("root_\(k + 1)(witness)", $0) } ?? KeyFigure("root_\(k + 1)(witness)", .certified(r.certifiedDigits(30) ?? "?"))
        }
        return .holds(if: failures.isEmpty,
                      "\(trials) polynomials up to degree \(maxDegree): \(rationalCount) rational roots exact, \(irrationalCount) roots a ± √b isolated and certified to \(digits) digits (seed \(context.seed))",
                      counterexample: failures.first ?? "", figures: figures)
    }

    /// Whether [lo, hi] contains a + s√b (s = ±1, b not a square), by squares.
    static func containsQuadratic(_ lo: Rational, _ hi: Rational, a: Rational, b: Int, s: Int) -> Bool {
        // lo ≤ a + s√b ⇔ lo − a ≤ s√b, and a + s√b ≤ hi ⇔ s√b ≤ hi − a.
        let u = lo - a, v = hi - a, bq = Rational(b)
        let lowOK = s > 0 ? (u.signum <= 0 || u * u <= bq) : (u.signum < 0 && u * u >= bq)
        let highOK = s > 0 ? (v.signum >= 0 && v * v >= bq) : (v.signum >= 0 || v * v <= bq)
        return lowOK && highOK
    }

    /// e with 10^e ≤ |t| < 10^(e+1), for t ≠ 0.
    static func decimalExponent(_ t: Rational) -> Int {
        let m = t.magnitude
        var e = 0, p = Rational(1)
        if m >= 1 { while p * 10 <= m { p *= 10; e += 1 } } else { while p > m { p /= 10; e -= 1 } }
        return e
    }
}

