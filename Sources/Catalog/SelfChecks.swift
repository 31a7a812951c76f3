import ClaimKit
import ExactArithmetic

/// ExactNN's own arithmetic self-checks: known theorems recomputed through
/// the exact layer, so a broken GMP/MPFR binding shows up as a failed claim.
enum SelfChecks {
    static var all: [Claim] { [wolstenholme, machinPi] }

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
                      counterexample: "n = \(failures.first ?? 0)")
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
                      counterexample: "enclosure [\(lower.decimal(digits: 30).text), \(upper.decimal(digits: 30).text)]")
    }
}
