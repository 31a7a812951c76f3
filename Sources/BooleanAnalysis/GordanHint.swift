/// A floating-point *hint* for the strict homogeneous system U·w > 0 (rows
/// of small integers): never a verdict. Callers turn a hint into exact
/// evidence — a rounded integer w checked in integer arithmetic, or a
/// Gordan certificate λ ≥ 0, λ ≠ 0, λᵀU = 0 recomputed exactly
/// (`GordanCertificate`) — and fall back to the exact LP when that fails.
///
/// Method: phase 1 of the simplex method on the alternative system
/// [Uᵀ; 1ᵀ]·λ = (0, …, 0, 1), λ ≥ 0 (Gordan's theorem: exactly one of the
/// two systems is solvable). A zero phase-1 optimum is a basic λ; a
/// positive one leaves dual values y with yᵀ[Uᵀ; 1ᵀ] ≤ 0 and y_last > 0,
/// i.e. w = −y_{0…n−1}/y_last with U·w ≥ 1. Bland's rule (the right-hand
/// side is degenerate in all rows but one) rules out cycling.
enum GordanHint {
    /// λ with positive entries on `support` (row indices), or a w with U·w ≳ 1, or nothing.
    case alternative(support: [Int])
    case solution([Double])
    case unknown

    init(rows: [[Int]], variables n: Int) {
        let m = rows.count, r = n + 1, c = m + r
        var t = [Double](repeating: 0, count: r * c)
        var rhs = [Double](repeating: 0, count: r)
        rhs[n] = 1
        var reduced = [Double](repeating: 0, count: c)
        var basis = [Int](repeating: 0, count: r)
        for j in 0..<m {
            var s = 1.0
            for k in 0..<n { t[k * c + j] = Double(rows[j][k]); s += Double(rows[j][k]) }
            t[n * c + j] = 1
            reduced[j] = -s
        }
        for i in 0..<r { t[i * c + m + i] = 1; basis[i] = m + i }
        let eps = 1e-9
        var pivots = 0
        while true {
            guard let e = reduced.firstIndex(where: { $0 < -eps }) else { break }
            pivots += 1
            var p = -1, best = Double.infinity
            for i in 0..<r where t[i * c + e] > eps {
                let ratio = rhs[i] / t[i * c + e]
                if ratio < best - 1e-12 || (abs(ratio - best) <= 1e-12 && basis[i] < basis[p]) { best = ratio; p = i }
            }
            guard p >= 0, pivots < 10_000 else { self = .unknown; return }
            let pivot = t[p * c + e]
            for j in 0..<c { t[p * c + j] /= pivot }
            rhs[p] /= pivot
            for i in 0..<r where i != p && t[i * c + e] != 0 {
                let f = t[i * c + e]
                for j in 0..<c { t[i * c + j] -= f * t[p * c + j] }
                rhs[i] -= f * rhs[p]
            }
            let f = reduced[e]
            for j in 0..<c { reduced[j] -= f * t[p * c + j] }
            basis[p] = e
        }
        let value = (0..<r).reduce(0.0) { basis[$1] >= m ? $0 + rhs[$1] : $0 }
        if value < 1e-7 {
            self = .alternative(support: (0..<r).filter { basis[$0] < m && rhs[$0] > 1e-12 }.map { basis[$0] }.sorted())
            return
        }
        // Reduced cost of artificial i is 1 − yᵢ.
        let y = (0..<r).map { 1 - reduced[m + $0] }
        guard y[n] > 1e-9 else { self = .unknown; return }
        self = .solution((0..<n).map { -y[$0] / y[n] })
    }
}

/// Exact evidence that U·w > 0 has no solution: integers λᵢ > 0 on a set
/// of rows with Σ λᵢ·Uᵢ = 0 (Gordan: then λᵀU·w = 0 for every w, so not
/// all of those rows can be positive).
enum GordanCertificate {
    /// The certificate on `support` if the rows there have a one-dimensional
    /// null space spanned by a vector of one strict sign (all in Int
    /// arithmetic: entries are small), checked by recomputing Σ λᵢ·Uᵢ.
    static func find(rows: [[Int]], support: [Int], variables n: Int) -> [Int]? {
        let k = support.count
        guard k > 0, let lambda = nullVector(support.map { rows[$0] }, variables: n) else { return nil }
        let sign = lambda[0] > 0 ? 1 : -1
        let positive = lambda.map { $0 * sign }
        guard positive.allSatisfy({ $0 > 0 }) else { return nil }
        for coordinate in 0..<n where (0..<k).reduce(0, { $0 + positive[$1] * rows[support[$1]][coordinate] }) != 0 { return nil }
        return positive
    }

    /// An integer vector spanning the null space of the columns (each an
    /// n-vector), or nil when that null space is not a line. Fraction-free
    /// elimination to reduced echelon form, rows divided by their gcd.
    static func nullVector(_ columns: [[Int]], variables n: Int) -> [Int]? {
        let k = columns.count
        var a = (0..<n).map { r in columns.map { $0[r] } }
        var pivots: [(row: Int, column: Int)] = []
        for column in 0..<k where pivots.count < n {
            let r = pivots.count
            guard let p = (r..<n).first(where: { a[$0][column] != 0 }) else { continue }
            a.swapAt(r, p)
            for i in 0..<n where i != r && a[i][column] != 0 {
                let (x, y) = (a[r][column], a[i][column])
                var g = 0
                for j in 0..<k { a[i][j] = a[i][j] * x - a[r][j] * y; g = gcd(g, a[i][j]) }
                if g > 1 { for j in 0..<k { a[i][j] /= g } }
            }
            pivots.append((r, column))
        }
        guard pivots.count == k - 1 else { return nil }
        let pivotColumns = Set(pivots.map(\.column))
        guard let free = (0..<k).first(where: { !pivotColumns.contains($0) }) else { return nil }
        var l = 1
        for p in pivots { let v = abs(a[p.row][p.column]); l = l / gcd(l, v) * v }
        var x = [Int](repeating: 0, count: k)
        x[free] = l
        for p in pivots { x[p.column] = -a[p.row][free] * (l / a[p.row][p.column]) }
        return x
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (abs(a), abs(b))
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
