/// A value in a result table. The case says what kind of number it is,
/// so every renderer can label exactness (DESIGN.md: "exactness is visible").
public enum Cell: Sendable, Equatable, CustomStringConvertible {
    case text(String)
    case integer(Int)
    /// An exact integer or rational, written `p` or `p/q`.
    case exact(String)
    /// A certified real: decimal digits, all correct.
    case certified(String)
    /// A float measurement.
    case measured(Double)
    case flag(Bool)

    public var description: String {
        switch self {
        case .text(let s), .exact(let s), .certified(let s): return s
        case .integer(let n): return String(n)
        case .measured(let x): return Cell.format(x)
        case .flag(let b): return b ? "yes" : "no"
        }
    }

    /// Short, stable float formatting (no locale, no Foundation).
    public static func format(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
        let s = String(x)
        // Keep at most 6 significant decimals for display.
        if let dot = s.firstIndex(of: "."), !s.contains("e") {
            let intDigits = s.distance(from: s.startIndex, to: dot)
            let keep = max(1, 6 - intDigits)
            let end = s.index(dot, offsetBy: min(keep + 1, s.distance(from: dot, to: s.endIndex)))
            return String(s[..<end])
        }
        return s
    }
}

extension Cell: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}

/// A titled table of cells with named columns.
public struct Table: Sendable, Equatable {
    public var title: String
    public var columns: [String]
    public var rows: [[Cell]]
    /// Free-form notes printed under the table (e.g. precision, seeds).
    public var notes: [String]

    public init(title: String = "", columns: [String], rows: [[Cell]] = [], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "row has \(row.count) cells, table has \(columns.count) columns")
        rows.append(row)
    }
}
