import CGMP
import CMPFR

extension BigFloat {
    public init(_ q: Rational, precision: Int, rounding: Rounding = .nearest) {
        self = BigFloat.make(precision: precision) { r in q.withMPQ { _ = mpfr_set_q(r, $0, rounding.mpfr) } }
    }
    public init(_ n: BigInt, precision: Int, rounding: Rounding = .nearest) {
        self = BigFloat.make(precision: precision) { r in n.withMPZ { _ = mpfr_set_z(r, $0, rounding.mpfr) } }
    }
    public init(_ n: Int, precision: Int, rounding: Rounding = .nearest) {
        self = BigFloat.make(precision: precision) { _ = mpfr_set_si($0, n, rounding.mpfr) }
    }
    public init(_ x: Double, precision: Int, rounding: Rounding = .nearest) {
        self = BigFloat.make(precision: precision) { _ = mpfr_set_d($0, x, rounding.mpfr) }
    }
    /// Re-rounds to another precision.
    public init(_ x: BigFloat, precision: Int, rounding: Rounding = .nearest) {
        self = BigFloat.make(precision: precision) { r in x.withMPFR { _ = mpfr_set(r, $0, rounding.mpfr) } }
    }

    /// The exact value as a rational; `nil` for NaN and infinities.
    public var exactRational: Rational? {
        guard isFinite else { return nil }
        return Rational.make { q in withMPFR { mpfr_get_q(q, $0) } }
    }

    /// Nearest `Double`.
    public var doubleValue: Double { withMPFR { mpfr_get_d($0, MPFR_RNDN) } }

    public var isFinite: Bool { withMPFR { exactnn_mpfr_nan_p($0) == 0 && exactnn_mpfr_inf_p($0) == 0 } }
    public var isNaN: Bool { withMPFR { exactnn_mpfr_nan_p($0) != 0 } }
    public var isZero: Bool { withMPFR { exactnn_mpfr_zero_p($0) != 0 } }
    /// −1, 0 or 1 (0 for NaN).
    public var signum: Int { withMPFR { Int(exactnn_mpfr_sgn($0)) } }

    /// Binary exponent e with self = m · 2^e, 1/2 ≤ |m| < 1 (for finite non-zero values).
    public var exponent: Int { withMPFR { Int(exactnn_mpfr_get_exp($0)) } }

    // MARK: Explicitly rounded operations

    public func adding(_ b: BigFloat, precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        BigFloat.make(precision: precision ?? Swift.max(self.precision, b.precision)) { r in
            withMPFR { x in b.withMPFR { _ = mpfr_add(r, x, $0, rounding.mpfr) } }
        }
    }
    public func subtracting(_ b: BigFloat, precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        BigFloat.make(precision: precision ?? Swift.max(self.precision, b.precision)) { r in
            withMPFR { x in b.withMPFR { _ = mpfr_sub(r, x, $0, rounding.mpfr) } }
        }
    }
    public func multiplied(by b: BigFloat, precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        BigFloat.make(precision: precision ?? Swift.max(self.precision, b.precision)) { r in
            withMPFR { x in b.withMPFR { _ = mpfr_mul(r, x, $0, rounding.mpfr) } }
        }
    }
    public func divided(by b: BigFloat, precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        BigFloat.make(precision: precision ?? Swift.max(self.precision, b.precision)) { r in
            withMPFR { x in b.withMPFR { _ = mpfr_div(r, x, $0, rounding.mpfr) } }
        }
    }

    private func unary(_ precision: Int?, _ f: (UnsafeMutablePointer<__mpfr_struct>, UnsafePointer<__mpfr_struct>) -> Void) -> BigFloat {
        BigFloat.make(precision: precision ?? self.precision) { r in withMPFR { f(r, $0) } }
    }
    public func squareRoot(precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        unary(precision) { _ = mpfr_sqrt($0, $1, rounding.mpfr) }
    }
    public func exp(precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        unary(precision) { _ = mpfr_exp($0, $1, rounding.mpfr) }
    }
    /// Natural logarithm (NaN below zero, −∞ at zero).
    public func log(precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        unary(precision) { _ = mpfr_log($0, $1, rounding.mpfr) }
    }
    public func log2(precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        unary(precision) { _ = mpfr_log2($0, $1, rounding.mpfr) }
    }
    public func power(_ k: Int, precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        unary(precision) { _ = mpfr_pow_si($0, $1, k, rounding.mpfr) }
    }
    public func power(_ y: BigFloat, precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        unary(precision) { r, x in y.withMPFR { _ = mpfr_pow(r, x, $0, rounding.mpfr) } }
    }
    /// The logistic sigmoid 1/(1 + e^−x), rounded once from a 64-bit-wider evaluation.
    public func sigmoid(precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        let p = precision ?? self.precision
        let wide = p + 64
        let e = (-self).exp(precision: wide)
        let one = BigFloat(1, precision: wide)
        return one.divided(by: one.adding(e, precision: wide), precision: p, rounding: rounding)
    }
    public func tanh(precision: Int? = nil, rounding: Rounding = .nearest) -> BigFloat {
        unary(precision) { _ = mpfr_tanh($0, $1, rounding.mpfr) }
    }
    public var magnitude: BigFloat { unary(nil) { _ = mpfr_abs($0, $1, MPFR_RNDN) } }

    /// π at the given precision.
    public static func pi(precision: Int, rounding: Rounding = .nearest) -> BigFloat {
        BigFloat.make(precision: precision) { _ = mpfr_const_pi($0, rounding.mpfr) }
    }

    /// self · 2^k, exact (barring overflow of the exponent range).
    public func scaled(byPowerOfTwo k: Int) -> BigFloat {
        unary(nil) { _ = mpfr_mul_2si($0, $1, k, MPFR_RNDN) }
    }

    // MARK: Operators (round to nearest, larger precision)

    public static prefix func - (a: BigFloat) -> BigFloat { a.unary(nil) { _ = mpfr_neg($0, $1, MPFR_RNDN) } }
    public static func + (a: BigFloat, b: BigFloat) -> BigFloat { a.adding(b) }
    public static func - (a: BigFloat, b: BigFloat) -> BigFloat { a.subtracting(b) }
    public static func * (a: BigFloat, b: BigFloat) -> BigFloat { a.multiplied(by: b) }
    public static func / (a: BigFloat, b: BigFloat) -> BigFloat { a.divided(by: b) }
    public static func += (a: inout BigFloat, b: BigFloat) {
        b.withMPFR { y in a.withMutableMPFR { _ = mpfr_add($0, $0, y, MPFR_RNDN) } }
    }
    public static func -= (a: inout BigFloat, b: BigFloat) {
        b.withMPFR { y in a.withMutableMPFR { _ = mpfr_sub($0, $0, y, MPFR_RNDN) } }
    }
    public static func *= (a: inout BigFloat, b: BigFloat) {
        b.withMPFR { y in a.withMutableMPFR { _ = mpfr_mul($0, $0, y, MPFR_RNDN) } }
    }

    public static func min(_ a: BigFloat, _ b: BigFloat) -> BigFloat { a < b ? a : b }
    public static func max(_ a: BigFloat, _ b: BigFloat) -> BigFloat { a < b ? b : a }
}

extension BigFloat: Equatable, Comparable {
    /// IEEE equality: NaN is unequal to everything.
    public static func == (a: BigFloat, b: BigFloat) -> Bool { a.withMPFR { x in b.withMPFR { mpfr_equal_p(x, $0) } } != 0 }
    public static func < (a: BigFloat, b: BigFloat) -> Bool { a.withMPFR { x in b.withMPFR { mpfr_less_p(x, $0) } } != 0 }

    /// Exact comparison with a rational: negative, zero or positive (0 for NaN).
    public func compare(to q: Rational) -> Int {
        withMPFR { x in q.withMPQ { Int(mpfr_cmp_q(x, $0)) } }
    }
}

extension BigFloat: CustomStringConvertible {
    /// Enough significant decimal digits to round-trip at this precision.
    public var description: String { toString(significantDigits: 0) }

    /// Scientific decimal notation with `significantDigits` digits, correctly
    /// rounded in the given direction (0 = enough to round-trip).
    public func toString(significantDigits: Int, rounding: Rounding = .nearest) -> String {
        if isNaN { return "nan" }
        if !isFinite { return signum < 0 ? "-inf" : "inf" }
        if isZero { return "0" }
        var exp: mpfr_exp_t = 0
        let raw: String = withMPFR { x in
            guard let p = mpfr_get_str(nil, &exp, 10, Swift.max(0, significantDigits), x, rounding.mpfr) else { return "" }
            defer { mpfr_free_str(p) }
            return String(cString: p)
        }
        var digits = Substring(raw)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        // value = 0.d1d2d3… × 10^exp
        let e = Int(exp) - 1
        var mantissa = String(digits.first!)
        let rest = digits.dropFirst()
        if !rest.isEmpty { mantissa += "." + rest }
        let body: String
        if e >= -5 && e < 21 {
            body = Self.fixed(digits: String(digits), pointAfter: e + 1)
        } else {
            body = mantissa + "e" + (e >= 0 ? "+" : "") + String(e)
        }
        return (negative ? "-" : "") + body
    }

    private static func fixed(digits: String, pointAfter k: Int) -> String {
        if k <= 0 { return "0." + String(repeating: "0", count: -k) + digits }
        if k >= digits.count { return digits + String(repeating: "0", count: k - digits.count) }
        let i = digits.index(digits.startIndex, offsetBy: k)
        return digits[..<i] + "." + digits[i...]
    }
}
