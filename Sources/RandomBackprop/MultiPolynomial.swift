import ExactArithmetic

/// A polynomial in `variableCount` variables with exact rational
/// coefficients: a map from exponent vectors to non-zero coefficients.
///
/// The learning equations of section 7 (paper 003) are polynomial vector
/// fields; this is their exact representation, used to verify conserved
/// quantities (their Lie derivative is the zero polynomial), to substitute
/// the reductions, and to compile the fields for the Taylor integrator.
///
/// **Edge cases:** the zero polynomial has no terms and degree −1; adding
/// polynomials in different numbers of variables is a programming error
/// (precondition).
public struct MultiPolynomial: Hashable, Sendable, CustomStringConvertible {
    public let variableCount: Int
    /// Exponent vector ↦ coefficient; never stores a zero coefficient.
    public private(set) var terms: [[Int]: Rational]

    public init(variableCount: Int, terms: [[Int]: Rational] = [:]) {
        self.variableCount = variableCount
        self.terms = terms.filter { !$0.value.isZero }
    }

    /// The constant c.
    public init(constant c: Rational, variableCount: Int) {
        self.init(variableCount: variableCount, terms: [Array(repeating: 0, count: variableCount): c])
    }

    /// The variable x_i (0-based).
    public static func variable(_ i: Int, of n: Int) -> MultiPolynomial {
        precondition((0..<n).contains(i))
        var e = Array(repeating: 0, count: n)
        e[i] = 1
        return MultiPolynomial(variableCount: n, terms: [e: 1])
    }

    public var isZero: Bool { terms.isEmpty }
    /// Total degree; −1 for the zero polynomial.
    public var degree: Int { terms.keys.map { $0.reduce(0, +) }.max() ?? -1 }

    public static func + (a: MultiPolynomial, b: MultiPolynomial) -> MultiPolynomial {
        precondition(a.variableCount == b.variableCount)
        var t = a.terms
        for (e, c) in b.terms {
            let s = (t[e] ?? 0) + c
            t[e] = s.isZero ? nil : s
        }
        return MultiPolynomial(variableCount: a.variableCount, terms: t)
    }
    public static prefix func - (a: MultiPolynomial) -> MultiPolynomial {
        MultiPolynomial(variableCount: a.variableCount, terms: a.terms.mapValues { -$0 })
    }
    public static func - (a: MultiPolynomial, b: MultiPolynomial) -> MultiPolynomial { a + (-b) }

    public static func * (a: MultiPolynomial, b: MultiPolynomial) -> MultiPolynomial {
        precondition(a.variableCount == b.variableCount)
        var t: [[Int]: Rational] = [:]
        for (e1, c1) in a.terms {
            for (e2, c2) in b.terms {
                let e = zip(e1, e2).map { $0 + $1 }
                t[e, default: 0] += c1 * c2
            }
        }
        return MultiPolynomial(variableCount: a.variableCount, terms: t)
    }
    public static func * (q: Rational, a: MultiPolynomial) -> MultiPolynomial {
        MultiPolynomial(variableCount: a.variableCount, terms: q.isZero ? [:] : a.terms.mapValues { q * $0 })
    }
    public static func + (a: MultiPolynomial, q: Rational) -> MultiPolynomial {
        a + MultiPolynomial(constant: q, variableCount: a.variableCount)
    }

    /// a^k for k ≥ 0 by repeated squaring.
    public func power(_ k: Int) -> MultiPolynomial {
        precondition(k >= 0)
        var result = MultiPolynomial(constant: 1, variableCount: variableCount), base = self, k = k
        while k > 0 {
            if k & 1 == 1 { result = result * base }
            k >>= 1
            if k > 0 { base = base * base }
        }
        return result
    }

    /// ∂/∂x_i.
    public func derivative(_ i: Int) -> MultiPolynomial {
        var t: [[Int]: Rational] = [:]
        for (e, c) in terms where e[i] > 0 {
            var f = e
            f[i] -= 1
            t[f, default: 0] += Rational(e[i]) * c
        }
        return MultiPolynomial(variableCount: variableCount, terms: t)
    }

    /// Substitutes polynomial `values[i]` (in any common number of variables) for x_i.
    public func substituting(_ values: [MultiPolynomial]) -> MultiPolynomial {
        precondition(values.count == variableCount && !values.isEmpty)
        let m = values[0].variableCount
        var result = MultiPolynomial(variableCount: m)
        var powers: [[MultiPolynomial]] = values.map { [MultiPolynomial(constant: 1, variableCount: m), $0] }
        func pow(_ i: Int, _ k: Int) -> MultiPolynomial {
            while powers[i].count <= k { powers[i].append(powers[i].last! * values[i]) }
            return powers[i][k]
        }
        for (e, c) in terms {
            var p = MultiPolynomial(constant: c, variableCount: m)
            for (i, k) in e.enumerated() where k > 0 { p = p * pow(i, k) }
            result = result + p
        }
        return result
    }

    /// Exact value at a rational point.
    public func evaluate(at x: [Rational]) -> Rational {
        evaluate(at: x, lift: { $0 }, one: Rational(1))
    }
    /// Value at an MPFR point, rounded to nearest at `precision` bits per operation.
    public func evaluate(at x: [BigFloat], precision: Int) -> BigFloat {
        evaluate(at: x, lift: { BigFloat($0, precision: precision) }, one: BigFloat(1, precision: precision))
    }
    /// An interval certain to contain the value at every point of the box `x`.
    public func evaluate(at x: [RealInterval], precision: Int) -> RealInterval {
        evaluate(at: x, lift: { RealInterval($0, precision: precision) }, one: RealInterval(1, precision: precision))
    }

    func evaluate<T: PolynomialScalar>(at x: [T], lift: (Rational) -> T, one: T) -> T {
        precondition(x.count == variableCount)
        var sum = lift(0)
        for (e, c) in terms {
            var term = lift(c)
            for (i, k) in e.enumerated() { for _ in 0..<k { term = term * x[i] } }
            sum = sum + term
        }
        return sum
    }

    /// Coefficients c_0 … c_d of a polynomial in one variable (lowest degree first).
    public var univariateCoefficients: [Rational] {
        precondition(variableCount == 1)
        guard degree >= 0 else { return [] }
        var c = Array(repeating: Rational(0), count: degree + 1)
        for (e, q) in terms { c[e[0]] = q }
        return c
    }

    /// Terms in graded-lexicographic order, variables named x1, x2, … unless `names` is given.
    public func formatted(names: [String]? = nil) -> String {
        let names = names ?? (1...max(1, variableCount)).map { "x\($0)" }
        if terms.isEmpty { return "0" }
        let sorted = terms.sorted { a, b in
            let da = a.key.reduce(0, +), db = b.key.reduce(0, +)
            return da != db ? da > db : a.key.lexicographicallyPrecedes(b.key, by: >)
        }
        var out = ""
        for (n, (e, c)) in sorted.enumerated() {
            let mono = e.enumerated().filter { $0.element > 0 }
                .map { $0.element == 1 ? names[$0.offset] : "\(names[$0.offset])^\($0.element)" }.joined(separator: "*")
            let negative = c.signum < 0
            let mag = c.magnitude
            var piece = mono.isEmpty ? mag.description : (mag == 1 ? mono : "\(mag)*\(mono)")
            if mag.denominator != 1 && !mono.isEmpty { piece = "(\(mag))*\(mono)" }
            out += n == 0 ? (negative ? "-" : "") + piece : (negative ? " - " : " + ") + piece
        }
        return out
    }

    public var description: String { formatted() }
}

/// The arithmetic ``MultiPolynomial/evaluate(at:lift:one:)`` needs.
protocol PolynomialScalar {
    static func + (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
}
extension Rational: PolynomialScalar {}
extension BigFloat: PolynomialScalar {}
extension RealInterval: PolynomialScalar {}

extension MultiPolynomial {
    /// self / divisor when the division is exact, else `nil` (division by the
    /// lexicographic leading term: exact division never gets stuck, so a stuck
    /// step proves that the divisor does not divide).
    public func dividedExactly(by divisor: MultiPolynomial) -> MultiPolynomial? {
        precondition(variableCount == divisor.variableCount)
        guard let (dLead, dCoef) = divisor.terms.max(by: { $0.key.lexicographicallyPrecedes($1.key) }) else { return nil }
        var remainder = self
        var quotient = MultiPolynomial(variableCount: variableCount)
        while let (rLead, rCoef) = remainder.terms.max(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let e = zip(rLead, dLead).map { $0 - $1 }
            guard e.allSatisfy({ $0 >= 0 }) else { return nil }
            let step = MultiPolynomial(variableCount: variableCount, terms: [e: rCoef / dCoef])
            quotient = quotient + step
            remainder = remainder - step * divisor
        }
        return quotient
    }

    /// The variables that occur with a positive exponent.
    public var occurringVariables: Set<Int> {
        var s = Set<Int>()
        for e in terms.keys { for (i, k) in e.enumerated() where k > 0 { s.insert(i) } }
        return s
    }
}
