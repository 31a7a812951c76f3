import CGMP

/// The solution set of A·x = b for any shape of A.
public enum LinearSystemSolution: Sendable, Equatable {
    /// No x satisfies A·x = b.
    case inconsistent
    /// x = particular + Σ t_k · nullSpace[k] for all rational t; the
    /// particular solution has every free variable 0, the null-space basis
    /// has one vector per free column (empty when the solution is unique).
    case consistent(particular: [Rational], nullSpace: [[Rational]])
}

extension RationalMatrix {
    /// Exact determinant by fraction-free elimination of the row-scaled
    /// integer matrix: det A = det(D·A) / det D. Throws when not square.
    public func determinant() throws -> Rational {
        guard isSquare else { throw MatrixError("determinant of a non-square \(rowCount)×\(columnCount) matrix") }
        if rowCount == 0 { return 1 }
        let m = IntegerMatrix(rows: rowCount, columns: columnCount)
        let scales = m.fill(scalingRowsOf: entries)
        let e = m.eliminate(pivotLimit: columnCount, reduceAbove: false)
        if e.pivotColumns.count < rowCount { return 0 }
        let d = m.value(rowCount - 1, columnCount - 1)
        let scale = scales.reduce(BigInt(1), *)
        return Rational(e.oddSwaps ? -d : d, scale)
    }

    /// The rank (dimension of the row space).
    public var rank: Int {
        let m = IntegerMatrix(rows: rowCount, columns: columnCount)
        m.fill(scalingRowsOf: entries)
        return m.eliminate(pivotLimit: columnCount, reduceAbove: false).pivotColumns.count
    }

    /// A⁻¹, or `nil` when A is singular or not square.
    public func inverse() -> RationalMatrix? {
        guard isSquare else { return nil }
        let n = rowCount
        // Rows of [A | I] scaled together: the right block becomes D, so
        // eliminating to [d·I | X] gives X/d = (D·A)⁻¹·D = A⁻¹.
        var augmented = [Rational](repeating: 0, count: n * 2 * n)
        for i in 0..<n {
            for j in 0..<n { augmented[i * 2 * n + j] = self[i, j] }
            augmented[i * 2 * n + n + i] = 1
        }
        let m = IntegerMatrix(rows: n, columns: 2 * n)
        m.fill(scalingRowsOf: augmented)
        guard m.eliminate(pivotLimit: n, reduceAbove: true).pivotColumns.count == n else { return nil }
        var e: [Rational] = []
        e.reserveCapacity(n * n)
        for i in 0..<n {
            let d = m.value(i, i)
            for j in 0..<n { e.append(Rational(m.value(i, n + j), d)) }
        }
        return RationalMatrix(unchecked: n, n, e)
    }

    /// The solution set of A·x = b by fraction-free Gauss–Jordan on [A | b].
    /// Throws when b's length differs from the row count.
    public func solutions(_ b: [Rational]) throws -> LinearSystemSolution {
        guard b.count == rowCount else {
            throw MatrixError("right-hand side has \(b.count) entries, the matrix has \(rowCount) rows")
        }
        let w = columnCount + 1
        var augmented: [Rational] = []
        augmented.reserveCapacity(rowCount * w)
        for i in 0..<rowCount { augmented += entries[(i * columnCount)..<((i + 1) * columnCount)]; augmented.append(b[i]) }
        let m = IntegerMatrix(rows: rowCount, columns: w)
        m.fill(scalingRowsOf: augmented)
        let pivots = m.eliminate(pivotLimit: w, reduceAbove: true).pivotColumns
        if pivots.last == columnCount { return .inconsistent }
        var particular = [Rational](repeating: 0, count: columnCount)
        for (k, c) in pivots.enumerated() { particular[c] = Rational(m.value(k, columnCount), m.value(k, c)) }
        let free = (0..<columnCount).filter { !pivots.contains($0) }
        let nullSpace = free.map { f -> [Rational] in
            var v = [Rational](repeating: 0, count: columnCount)
            v[f] = 1
            for (k, c) in pivots.enumerated() { v[c] = -Rational(m.value(k, f), m.value(k, c)) }
            return v
        }
        return .consistent(particular: particular, nullSpace: nullSpace)
    }

    /// The unique solution of A·x = b for square non-singular A.
    ///
    /// Small-integer systems (after clearing denominators row by row) go
    /// through Dixon's p-adic lifting (one LU mod a 31-bit prime, then
    /// O(n²) per digit, rational reconstruction, an exact check A·x = b);
    /// others, or if that check ever failed, through fraction-free
    /// Gauss–Jordan. **Edge cases:** throws for a non-square or singular
    /// matrix and for a right-hand side of the wrong length.
    public func solve(_ b: [Rational]) throws -> [Rational] {
        guard isSquare else { throw MatrixError("solve needs a square matrix, got \(rowCount)×\(columnCount)") }
        guard b.count == rowCount else {
            throw MatrixError("right-hand side has \(b.count) entries, the matrix has \(rowCount) rows")
        }
        if let x = DixonSolver(self, b)?.solve() { return x }
        guard case .consistent(let x, let nullSpace) = try solutions(b), nullSpace.isEmpty else {
            throw MatrixError("matrix is singular")
        }
        return x
    }
}
