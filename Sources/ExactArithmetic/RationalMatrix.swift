/// A dense matrix of exact rationals, stored row-major. Value type.
///
/// **Edge cases:** 0×0 and m×0 / 0×n matrices are allowed (the 0×0
/// determinant is 1, its rank 0). Ragged rows and mismatched dimensions
/// throw ``MatrixError``; subscripts out of range trap like `Array`.
public struct RationalMatrix: Sendable, Hashable {
    public let rowCount: Int
    public let columnCount: Int
    /// Row-major entries, `rowCount · columnCount` of them.
    public private(set) var entries: [Rational]

    /// A matrix from its rows; all rows must have the same length.
    public init(rows: [[Rational]]) throws {
        let width = rows.first?.count ?? 0
        if let bad = rows.firstIndex(where: { $0.count != width }) {
            throw MatrixError("row \(bad) has \(rows[bad].count) entries, row 0 has \(width)")
        }
        self.init(unchecked: rows.count, width, Array(rows.joined()))
    }

    /// A matrix from row-major entries.
    public init(rowCount: Int, columnCount: Int, entries: [Rational]) throws {
        guard rowCount >= 0, columnCount >= 0 else {
            throw MatrixError("matrix dimensions must be ≥ 0, got \(rowCount)×\(columnCount)")
        }
        guard entries.count == rowCount * columnCount else {
            throw MatrixError("\(rowCount)×\(columnCount) matrix needs \(rowCount * columnCount) entries, got \(entries.count)")
        }
        self.init(unchecked: rowCount, columnCount, entries)
    }

    init(unchecked rows: Int, _ columns: Int, _ entries: [Rational]) {
        rowCount = rows
        columnCount = columns
        self.entries = entries
    }

    /// The n×n identity (empty for n ≤ 0).
    public static func identity(_ n: Int) -> RationalMatrix {
        let n = max(n, 0)
        var e = [Rational](repeating: 0, count: n * n)
        for i in 0..<n { e[i * n + i] = 1 }
        return RationalMatrix(unchecked: n, n, e)
    }

    /// The rows×columns zero matrix (dimensions below 0 count as 0).
    public static func zero(rows: Int, columns: Int) -> RationalMatrix {
        RationalMatrix(unchecked: max(rows, 0), max(columns, 0), [Rational](repeating: 0, count: max(rows, 0) * max(columns, 0)))
    }

    public subscript(i: Int, j: Int) -> Rational {
        get { entries[i * columnCount + j] }
        set { entries[i * columnCount + j] = newValue }
    }

    public var isSquare: Bool { rowCount == columnCount }

    public var rows: [[Rational]] {
        (0..<rowCount).map { i in Array(entries[(i * columnCount)..<((i + 1) * columnCount)]) }
    }

    public var transposed: RationalMatrix {
        var e: [Rational] = []
        e.reserveCapacity(entries.count)
        for j in 0..<columnCount { for i in 0..<rowCount { e.append(self[i, j]) } }
        return RationalMatrix(unchecked: columnCount, rowCount, e)
    }
}

/// A matrix operation got data of the wrong shape or a singular matrix.
public struct MatrixError: Error, CustomStringConvertible, Equatable {
    public let description: String
    init(_ description: String) { self.description = description }
}

extension RationalMatrix: CustomStringConvertible {
    /// Rows in brackets, exact entries: `[[1, -3/7], [0, 2]]`.
    public var description: String {
        "[" + rows.map { "[" + $0.map(\.description).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }
}
