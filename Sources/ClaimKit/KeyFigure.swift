/// A named value a claim's check computed, exported so that an independent
/// oracle (`Tests/Oracles/`) can recompute it by another route.
///
/// Names carry every parameter the value depends on, in the papers'
/// notation (`P(n=3, biases free:free)`, `swaps(parity_5)`), so the oracle
/// needs nothing but the name and the size mode. Values are cells, so their
/// kind is visible: exact integers and rationals as `p` or `p/q`, certified
/// decimals with only correct digits, flags, or text for tuples and lists
/// (written `[a, b, c]` with exact entries).
public struct KeyFigure: Sendable, Equatable {
    public let name: String
    public let value: Cell

    public init(_ name: String, _ value: Cell) {
        self.name = name
        self.value = value
    }

    /// An exact integer of any size, or an exact rational, from its description.
    public static func exact(_ name: String, _ value: some CustomStringConvertible) -> KeyFigure {
        KeyFigure(name, .exact(value.description))
    }

    public static func integer(_ name: String, _ value: Int) -> KeyFigure { KeyFigure(name, .integer(value)) }

    public static func flag(_ name: String, _ value: Bool) -> KeyFigure { KeyFigure(name, .flag(value)) }

    /// A list of exact values, written `[a, b, c]`.
    public static func list(_ name: String, _ values: [some CustomStringConvertible]) -> KeyFigure {
        KeyFigure(name, .exact("[" + values.map(\.description).joined(separator: ", ") + "]"))
    }
}
