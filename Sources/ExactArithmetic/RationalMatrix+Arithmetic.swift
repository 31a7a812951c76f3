extension RationalMatrix {
    /// The matrix product; throws when the inner dimensions differ.
    public static func * (a: RationalMatrix, b: RationalMatrix) throws -> RationalMatrix {
        guard a.columnCount == b.rowCount else {
            throw MatrixError("cannot multiply \(a.rowCount)×\(a.columnCount) by \(b.rowCount)×\(b.columnCount)")
        }
        var e = [Rational](repeating: 0, count: a.rowCount * b.columnCount)
        for i in 0..<a.rowCount {
            for k in 0..<a.columnCount {
                let aik = a[i, k]
                if aik.isZero { continue }
                for j in 0..<b.columnCount where !b[k, j].isZero { e[i * b.columnCount + j] += aik * b[k, j] }
            }
        }
        return RationalMatrix(unchecked: a.rowCount, b.columnCount, e)
    }

    /// A·v; throws when v has the wrong length.
    public static func * (a: RationalMatrix, v: [Rational]) throws -> [Rational] {
        guard a.columnCount == v.count else {
            throw MatrixError("cannot multiply \(a.rowCount)×\(a.columnCount) by a vector of length \(v.count)")
        }
        return (0..<a.rowCount).map { i in
            var s = Rational()
            for j in 0..<a.columnCount where !v[j].isZero { s += a[i, j] * v[j] }
            return s
        }
    }

    public static func + (a: RationalMatrix, b: RationalMatrix) throws -> RationalMatrix {
        try a.sameShape(b, "add")
        return RationalMatrix(unchecked: a.rowCount, a.columnCount, zip(a.entries, b.entries).map { $0 + $1 })
    }

    public static func - (a: RationalMatrix, b: RationalMatrix) throws -> RationalMatrix {
        try a.sameShape(b, "subtract")
        return RationalMatrix(unchecked: a.rowCount, a.columnCount, zip(a.entries, b.entries).map { $0 - $1 })
    }

    public static func * (s: Rational, a: RationalMatrix) -> RationalMatrix {
        RationalMatrix(unchecked: a.rowCount, a.columnCount, a.entries.map { s * $0 })
    }

    private func sameShape(_ b: RationalMatrix, _ verb: String) throws {
        guard rowCount == b.rowCount, columnCount == b.columnCount else {
            throw MatrixError("cannot \(verb) \(rowCount)×\(columnCount) and \(b.rowCount)×\(b.columnCount)")
        }
    }
}
