import CGMP
import CMPFR

extension BigInt {
    /// The value as an `Int`, or `nil` when it does not fit.
    public var exactInt: Int? {
        withMPZ { exactnn_mpz_fits_slong_p($0) != 0 ? Int(__gmpz_get_si($0)) : nil }
    }

    /// Exact conversion; `nil` when `value` is not a finite integer.
    public init?(exactly value: Double) {
        guard value.isFinite, value.rounded(.towardZero) == value else { return nil }
        self = BigInt.make { __gmpz_set_d($0, value) }
    }

    /// Truncates toward zero; `nil` for NaN and infinities.
    public init?(truncating value: Double) {
        guard value.isFinite else { return nil }
        self = BigInt.make { __gmpz_set_d($0, value) }
    }
}

extension Double {
    /// The nearest `Double` (ties to even), unlike GMP's truncating `mpz_get_d`.
    public init(_ n: BigInt) {
        var f = __mpfr_struct()
        mpfr_init2(&f, 53)
        defer { mpfr_clear(&f) }
        n.withMPZ { _ = mpfr_set_z(&f, $0, MPFR_RNDN) }
        self = mpfr_get_d(&f, MPFR_RNDN)
    }
}

extension BigInt: CustomStringConvertible, LosslessStringConvertible {
    /// Decimal digits, with a leading minus sign when negative.
    public var description: String { toString(radix: 10) }

    public func toString(radix: Int) -> String {
        precondition((2...62).contains(radix), "radix must be in 2...62")
        return withMPZ { z in
            let count = __gmpz_sizeinbase(z, Int32(radix)) + 2
            var buffer = [UInt8](repeating: 0, count: count)
            buffer.withUnsafeMutableBufferPointer { b in
                b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count) { _ = __gmpz_get_str($0, Int32(radix), z) }
            }
            return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Parses an optional sign followed by decimal digits, or `0x`/`0b`
    /// followed by hex/binary digits. Underscores are ignored. `nil` for
    /// anything else (including the empty string).
    public init?(_ text: String) {
        var s = Substring(text.filter { $0 != "_" })
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        var radix: Int32 = 10
        if s.hasPrefix("0x") || s.hasPrefix("0X") { radix = 16; s = s.dropFirst(2) }
        else if s.hasPrefix("0b") || s.hasPrefix("0B") { radix = 2; s = s.dropFirst(2) }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        let digits = String(s)
        var value = BigInt()
        let status = value.withMutableMPZ { __gmpz_set_str($0, digits, radix) }
        guard status == 0 else { return nil }
        self = negative ? -value : value
    }
}
