import CGMP
import CMPFR

extension Rational {
    /// The exact value of a finite `Double` (every finite double is a
    /// dyadic rational); `nil` for NaN and infinities.
    public init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        self = Rational.make { __gmpq_set_d($0, value) }
    }

    /// The value as an `Int` when it is an integer that fits.
    public var exactInt: Int? { isInteger ? numerator.exactInt : nil }
}

extension Double {
    /// The nearest `Double` to an exact rational (correctly rounded by MPFR).
    public init(_ q: Rational) {
        var f = __mpfr_struct()
        mpfr_init2(&f, 53)
        defer { mpfr_clear(&f) }
        q.withMPQ { _ = mpfr_set_q(&f, $0, MPFR_RNDN) }
        self = mpfr_get_d(&f, MPFR_RNDN)
    }
}

/// A number written by a user could not be read as an exact rational.
public struct RationalParseError: Error, CustomStringConvertible {
    public let text: String
    public let reason: String
    public var description: String { "cannot read '\(text)' as an exact rational: \(reason)" }
}

extension Rational: CustomStringConvertible, LosslessStringConvertible {
    /// `p/q`, or `p` for integers. Never rounds.
    public var description: String {
        let d = denominator
        return d == 1 ? numerator.description : "\(numerator)/\(d)"
    }

    /// Reads `-3/7`, `42`, `1.25`, `-2.5e-3`, `1e10` exactly; `nil` otherwise.
    public init?(_ text: String) {
        guard let q = try? Rational.parse(text) else { return nil }
        self = q
    }

    /// Like the failable `init(_: String)` but says what is wrong.
    public static func parse(_ raw: String) throws -> Rational {
        let text = raw.trimmingCharacters(in: " \t")
        func fail(_ reason: String) -> RationalParseError { RationalParseError(text: raw, reason: reason) }
        if let slash = text.firstIndex(of: "/") {
            if text[text.index(after: slash)...].contains("/") { throw fail("more than one '/'") }
            let num = try parse(String(text[..<slash]))
            let den = try parse(String(text[text.index(after: slash)...]))
            if den.isZero { throw fail("zero denominator") }
            return num / den
        }
        var mantissa = Substring(text)
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let exp = Int(mantissa[mantissa.index(after: e)...]), abs(exp) <= 100_000 else {
                throw fail("bad exponent")
            }
            exponent = exp
            mantissa = mantissa[..<e]
        }
        var negative = false
        if mantissa.first == "-" || mantissa.first == "+" { negative = mantissa.first == "-"; mantissa = mantissa.dropFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw fail("more than one decimal point") }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty),
              (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber })
        else { throw fail("expected digits, a fraction p/q, or decimal/scientific notation") }
        let digits = BigInt(String(whole + fraction)) ?? 0
        let scale = exponent - fraction.count
        let ten = BigInt(10)
        var q = scale >= 0 ? Rational(digits * ten.power(scale)) : Rational(digits, ten.power(-scale))
        if negative { q = -q }
        return q
    }

    /// Decimal expansion rounded to nearest with `digits` digits after the
    /// point, and whether it is exact. For display; exact values stay `p/q`.
    public func decimal(digits: Int) -> (text: String, isExact: Bool) {
        precondition(digits >= 0)
        let scale = BigInt(10).power(digits)
        let scaled = self * Rational(scale)
        // round half away from zero
        let twice = scaled.magnitude * 2 + 1
        let n = twice.numerator / (twice.denominator * 2)
        let exact = scaled.isInteger
        var s = n.description
        if digits > 0 {
            if s.count <= digits { s = String(repeating: "0", count: digits - s.count + 1) + s }
            s.insert(".", at: s.index(s.endIndex, offsetBy: -digits))
        }
        if signum < 0 && n != 0 { s = "-" + s }
        return (s, exact)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
