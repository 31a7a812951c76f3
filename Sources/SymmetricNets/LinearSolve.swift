import ExactArithmetic

/// The scalar operations the small linear-algebra and QP routines need, so
/// one algorithm runs in `Double` (to guess) and in `Rational` (to decide).
public protocol FieldScalar: Comparable {
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    init(_ value: Int)
    /// Treated as zero when eliminating or testing signs (0 for exact types).
    static var tolerance: Self { get }
}

extension Double: FieldScalar {
    public static var tolerance: Double { 1e-12 }
}

extension Rational: FieldScalar {
    public static var tolerance: Rational { Rational(0) }
}

extension FieldScalar {
    var magnitudeValue: Self { self < Self(0) ? Self(0) - self : self }
}

/// Solves a·x = b by Gaussian elimination with the largest pivot; `nil`
/// when a is singular (a pivot within tolerance of zero). Exact for `Rational`.
/// **Edge cases:** an empty system returns `[]`; a is not modified.
public func solveLinearSystem<T: FieldScalar>(_ a: [[T]], _ b: [T]) -> [T]? {
    let n = b.count
    var m = a
    var r = b
    for col in 0..<n {
        var pivot = col
        for row in (col + 1)..<max(col + 1, n) where m[row][col].magnitudeValue > m[pivot][col].magnitudeValue { pivot = row }
        if !(m[pivot][col].magnitudeValue > T.tolerance) { return nil }
        if pivot != col { m.swapAt(pivot, col); r.swapAt(pivot, col) }
        let p = m[col][col]
        for row in (col + 1)..<max(col + 1, n) {
            let factor = m[row][col] / p
            if factor == T(0) { continue }
            for j in col..<n { m[row][j] = m[row][j] - factor * m[col][j] }
            r[row] = r[row] - factor * r[col]
        }
    }
    var x = [T](repeating: T(0), count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
        var s = r[row]
        for j in (row + 1)..<max(row + 1, n) { s = s - m[row][j] * x[j] }
        x[row] = s / m[row][row]
    }
    return x
}
