import ExactArithmetic

extension TruthTable {
    /// Reads a truth table in the convention of DESIGN.md.
    ///
    /// * a binary string of 0/1 of length 2ⁿ (spaces and `_` are ignored,
    ///   so Table 3.3's `01101001 10010110` reads), optionally `0b`-prefixed;
    /// * `0x` followed by hex digits, or decimal digits: the value of that
    ///   binary string (`27030` is 4-parity).
    ///
    /// A plain string of only 0/1 is binary unless `variables` is given and
    /// its length differs from 2^variables. Numbers take n from `variables`,
    /// else the least n ≥ 1 whose tables reach the value.
    ///
    /// **Edge cases:** empty text, a length that is not a power of two,
    /// characters other than 0/1 in a binary string, a value too large for n
    /// and n outside 1…20 each throw a one-line ``BooleanError``.
    public init(parsing raw: String, variables: Int? = nil) throws {
        let text = String(raw.filter { $0 != " " && $0 != "_" })
        guard !text.isEmpty else { throw BooleanError("empty truth table: give 2ⁿ binary digits, a decimal value or 0x hex") }
        if let n = variables, !Self.variableRange.contains(n) {
            throw BooleanError("n = \(n) is out of range \(Self.variableRange) for a truth table; class counts for any n: 'exactnn npn count --vars \(n)'")
        }
        let lower = text.lowercased()
        if lower.hasPrefix("0b") {
            try self.init(binary: String(text.dropFirst(2)), variables: variables)
        } else if lower.hasPrefix("0x") {
            let digits = String(lower.dropFirst(2))
            guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit }) else {
                throw BooleanError("'\(raw)' is not a hex number: after 0x only 0-9 and a-f may follow")
            }
            try self.init(value: BigInt("0x" + digits)!, text: raw, variables: variables)
        } else if text.allSatisfy({ $0 == "0" || $0 == "1" }) && (variables == nil || text.count == 1 << variables!) {
            try self.init(binary: text, variables: variables)
        } else if text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            try self.init(value: BigInt(text)!, text: raw, variables: variables)
        } else {
            throw BooleanError("'\(raw)' is not a truth table: use 2ⁿ characters 0/1, a decimal value or 0x hex")
        }
    }

    private init(binary text: String, variables: Int?) throws {
        guard text.allSatisfy({ $0 == "0" || $0 == "1" }) else {
            throw BooleanError("binary truth table '\(text)' may only contain the characters 0 and 1")
        }
        let length = text.count
        guard length >= 2, length & (length - 1) == 0 else {
            throw BooleanError("binary truth table has length \(length), not a power of two ≥ 2 (2ⁿ entries for n inputs)")
        }
        let n = length.trailingZeroBitCount
        if let v = variables, v != n {
            throw BooleanError("binary truth table has 2^\(n) entries but n = \(v) needs 2^\(v)")
        }
        try self.init(zeroWithVariables: n)
        for (position, c) in text.enumerated() where c == "1" { self[position] = true }
    }

    private init(value: BigInt, text: String, variables: Int?) throws {
        let bits = value.bitWidth
        let n = variables ?? Swift.max(1, (0...).first { 1 << $0 >= bits }!)
        guard Self.variableRange.contains(n) else {
            throw BooleanError("value '\(text)' needs n = \(n) > 20 variables, beyond single-function operations")
        }
        guard bits <= 1 << n else {
            throw BooleanError("value '\(text)' is too large for n = \(n) (at most 2^\(1 << n) − 1)")
        }
        try self.init(zeroWithVariables: n)
        var v = value
        let mask = BigInt(1) << 32
        for b in stride(from: 0, to: bits, by: 32) {
            let low = UInt64((v % mask).exactInt!)
            words[b >> 6] |= low << UInt64(b & 63)
            v = v >> 32
        }
    }

    /// The table's value as an exact integer (the decimal form).
    public var value: BigInt {
        var v = BigInt(0)
        for w in words.reversed() {
            v = (v << 32) + BigInt(Int(w >> 32))
            v = (v << 32) + BigInt(Int(w & 0xFFFF_FFFF))
        }
        return v
    }

    /// The binary string, f(0…0) first.
    public var binary: String { String((0..<size).map { self[$0] ? "1" : "0" }) }

    /// The decimal form, e.g. `27030` for 4-parity.
    public var decimal: String { value.description }

    /// `0x` and the hex digits of the value, padded to 2ⁿ/4 digits (n ≥ 2).
    public var hex: String {
        let digits = value.toString(radix: 16)
        let width = Swift.max(1, size / 4)
        return "0x" + String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}

extension TruthTable: CustomStringConvertible {
    /// Binary up to n = 6, hex beyond.
    public var description: String { variables <= 6 ? binary : hex }
}
