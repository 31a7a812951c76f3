/// A Boolean function f: {0,1}ⁿ → {0,1} stored as its truth table.
///
/// Bit order (DESIGN.md, the dissertation's Table 3.3): list f at the inputs
/// in lexicographic order, f(0…0) first, x₁ the most significant bit of the
/// position; the table's integer value is that binary string read as a
/// number. Storage follows the same integer: bit `b` of `words` (word
/// `b >> 6`, bit `b & 63`) is the string's digit of weight 2^b, i.e. f at the
/// position 2ⁿ − 1 − b, which is the input x with bits `~b`. So the `UInt64`
/// of a table with n ≤ 6 *is* its decimal form (`27030` is 4-parity), and
/// input variable x_k acts on bit `n − k` of `b`.
///
/// **Edge cases:** n ranges over ``variableRange`` (1…20); unused high bits
/// of the last word are always zero.
public struct TruthTable: Hashable, Sendable {
    /// Number of input variables n.
    public let variables: Int
    /// 2ⁿ bits, least significant word first.
    public internal(set) var words: [UInt64]

    /// n for single-function operations: 2²⁰ bits is 128 KiB.
    public static let variableRange = 1...20

    /// The all-zero table on `variables` inputs.
    public init(zeroWithVariables variables: Int) throws {
        guard Self.variableRange.contains(variables) else {
            throw BooleanError("n = \(variables) is out of range \(Self.variableRange) for a truth table; class counts for any n: 'exactnn npn count --vars \(variables)'")
        }
        self.variables = variables
        words = [UInt64](repeating: 0, count: Swift.max(1, (1 << variables) >> 6))
    }

    /// A table with n ≤ 6 from its integer value (the decimal form).
    public init(variables: Int, value: UInt64) throws {
        try self.init(zeroWithVariables: variables)
        guard variables <= 6 else { throw BooleanError("a one-word table needs n ≤ 6, got n = \(variables)") }
        guard value & ~Self.mask(variables) == 0 else {
            throw BooleanError("value \(value) is too large for n = \(variables) (at most 2^\(1 << variables) − 1)")
        }
        words[0] = value
    }

    /// A table from words (least significant first); the caller guarantees the count.
    init(variables: Int, words: [UInt64]) {
        self.variables = variables
        self.words = words
    }

    /// Number of inputs 2ⁿ.
    public var size: Int { 1 << variables }

    /// Low `2ⁿ` bits set, for n ≤ 6.
    public static func mask(_ variables: Int) -> UInt64 {
        variables >= 6 ? ~0 : (UInt64(1) << (1 << variables)) - 1
    }

    /// The single word of a table with n ≤ 6.
    public var word: UInt64 {
        precondition(variables <= 6, "word needs n ≤ 6")
        return words[0]
    }

    /// f at the input whose lexicographic position is `position` (x₁ the most
    /// significant bit of `position`).
    public subscript(position: Int) -> Bool {
        get { bit(size - 1 - position) }
        set { setBit(size - 1 - position, newValue) }
    }

    /// The bit of weight 2^b of the table's integer value.
    public func bit(_ b: Int) -> Bool { words[b >> 6] >> UInt64(b & 63) & 1 == 1 }

    mutating func setBit(_ b: Int, _ value: Bool) {
        if value { words[b >> 6] |= 1 << UInt64(b & 63) } else { words[b >> 6] &= ~(1 << UInt64(b & 63)) }
    }

    /// f as ±1 values in position order (Boolean 0 ↦ +1, 1 ↦ −1).
    public var signs: [Int] { (0..<size).map { self[$0] ? -1 : 1 } }

    /// Number of inputs with f = 1.
    public var weight: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The output negation ¬f.
    public var complement: TruthTable {
        var t = self
        for i in t.words.indices { t.words[i] = ~t.words[i] }
        if variables < 6 { t.words[0] &= Self.mask(variables) }
        return t
    }
}

extension TruthTable: Comparable {
    /// Order by integer value (the decimal form) — the canonical form is the least.
    public static func < (a: TruthTable, b: TruthTable) -> Bool {
        if a.variables != b.variables { return a.variables < b.variables }
        for i in a.words.indices.reversed() where a.words[i] != b.words[i] { return a.words[i] < b.words[i] }
        return false
    }
}
