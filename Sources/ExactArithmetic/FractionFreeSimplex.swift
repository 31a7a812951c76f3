/// How a simplex run ended; `stoppedPositive` = the objective became
/// positive and the caller only asked for that.
enum SimplexOutcome { case optimal, unbounded, stoppedPositive }

/// The simplex method on an integer dictionary with Bareiss (fraction-free)
/// pivoting, Bland's anti-cycling rule, free variables pivoted into the
/// basis first, and Chvátal's one-artificial phase 1.
///
/// Problem: variables 0..<n are free; row i says Σ_j A[i][j] x_j ≤ b_i
/// with integer entries. Dictionary convention: for basic variable B_i,
/// x_{B_i} = (T[i][rhs] − Σ_j T[i][j] x_{N_j}) / det. det may be negative
/// (free variables enter on pivots of either sign); every sign test
/// multiplies by `detSign`, and ratio comparisons do not depend on it.
///
/// Variable ids: 0..<n structural, n..<n+m the slack of row i, n+m the
/// phase-1 artificial x0. Bland's rule orders by these ids.
struct FractionFreeSimplex<S: PivotScalar> {

    let n: Int, m: Int
    /// Columns: the n + 1 nonbasic variables (structural ones and x0 at the start), then the rhs.
    let cols: Int
    var t: [S]
    var det: S
    var detSign = 1
    var basic: [Int]
    var nonbasic: [Int]
    var rowIsFree: [Bool]
    var x0Enabled = false
    var objectiveRow: Int { m }
    var phaseOneRow: Int { m + 1 }
    var rhs: Int { cols - 1 }
    var x0: Int { n + m }

    /// `rows` is flat: each row holds n coefficients then b_i; `objective`
    /// has n entries.
    init(rows: [S], objective: [S], variables n: Int) throws {
        self.n = n
        m = rows.count / (n + 1)
        cols = n + 2
        var table = [S](repeating: .zero, count: (m + 2) * cols)
        for i in 0..<m {
            for j in 0..<n { table[i * cols + j] = rows[i * (n + 1) + j] }
            table[i * cols + cols - 1] = rows[i * (n + 1) + n]
        }
        // z = c·x reads z = 0 − Σ (−c_j) x_j.
        for j in 0..<n { table[m * cols + j] = try objective[j].negated() }
        t = table
        det = S(exactly: BigInt(1))!
        basic = Array(n..<(n + m)) + [-1, -1]
        nonbasic = Array(0..<n) + [n + m]
        rowIsFree = [Bool](repeating: false, count: m)
    }

    @inline(__always) func at(_ i: Int, _ j: Int) -> S { t[i * cols + j] }

    /// Exchanges basic[r] and nonbasic[s]; the pivot becomes det.
    mutating func pivot(_ r: Int, _ s: Int) throws {
        let cols = self.cols, rowCount = m + 2, d = det
        let p = t[r * cols + s]
        let divisor = S.prepare(d)
        try t.withUnsafeMutableBufferPointer { tb in
            for i in 0..<rowCount where i != r {
                let f = tb[i * cols + s]
                let base = i * cols
                if f.sgn == 0 {
                    if p != d {
                        for j in 0..<cols where j != s {
                            tb[base + j] = try S.bareiss(tb[base + j], p, .zero, .zero, divisor)
                        }
                    }
                } else {
                    let rbase = r * cols
                    for j in 0..<cols where j != s {
                        tb[base + j] = try S.bareiss(tb[base + j], p, f, tb[rbase + j], divisor)
                    }
                    tb[base + s] = try f.negated()
                }
            }
            tb[r * cols + s] = d
        }
        det = p
        detSign = p.sgn
        swap(&basic[r], &nonbasic[s])
    }

    /// Pivots every free variable into the basis on a row where its
    /// coefficient is non-zero, preferring rows with zero right-hand side
    /// (the others' right-hand sides then stay put, which often spares
    /// phase 1), then the smallest magnitude (smaller entries).
    mutating func pivotFreeVariablesIn() throws {
        for v in 0..<n {
            guard let s = nonbasic.firstIndex(of: v) else { continue }
            var best: Int?
            for i in 0..<m where !rowIsFree[i] && at(i, s).sgn != 0 {
                if let b = best {
                    let bz = at(b, rhs).sgn == 0, iz = at(i, rhs).sgn == 0
                    if bz && !iz { continue }
                    if bz == iz && !magnitudeLess(at(i, s), at(b, s)) { continue }
                }
                best = i
            }
            guard let r = best else { continue }
            try pivot(r, s)
            rowIsFree[r] = true
        }
    }

    private func magnitudeLess(_ a: S, _ b: S) -> Bool {
        let a = a.sgn < 0 ? (try? a.negated()) ?? a : a
        let b = b.sgn < 0 ? (try? b.negated()) ?? b : b
        return a < b
    }

    /// Whether nonbasic column s may enter: not a free variable stuck
    /// outside the basis (its column is zero on constrained rows), not a
    /// disabled artificial.
    @inline(__always) func mayEnter(_ s: Int) -> Bool {
        let v = nonbasic[s]
        if v < n { return false }
        if v == x0 { return x0Enabled }
        return true
    }

    /// Bland's rule on objective row `z`: the smallest-id improving entering
    /// variable, the smallest-id leaving variable among tied ratios.
    mutating func optimize(row z: Int, stopWhenPositive: Bool) throws -> SimplexOutcome {
        while true {
            if stopWhenPositive && at(z, rhs).sgn * detSign > 0 { return .stoppedPositive }
            var s = -1
            for j in 0..<(cols - 1) where mayEnter(j) && at(z, j).sgn * detSign < 0 {
                if s < 0 || nonbasic[j] < nonbasic[s] { s = j }
            }
            if s < 0 { return .optimal }
            var r = -1
            for i in 0..<m where !rowIsFree[i] && at(i, s).sgn * detSign > 0 {
                if r < 0 { r = i; continue }
                let c = try S.compareProducts(at(i, rhs), at(r, s), at(r, rhs), at(i, s))
                if c < 0 || (c == 0 && basic[i] < basic[r]) { r = i }
            }
            if r < 0 { return .unbounded }
            try pivot(r, s)
        }
    }

    /// Reaches a feasible dictionary; `false` when the rows are infeasible.
    mutating func phaseOne() throws -> Bool {
        var worst = -1
        for i in 0..<m where !rowIsFree[i] && at(i, rhs).sgn * detSign < 0 {
            if worst < 0 || (detSign > 0 ? at(i, rhs) < at(worst, rhs) : at(i, rhs) > at(worst, rhs)) { worst = i }
        }
        if worst < 0 { return true }
        // x_B = β − … + x0 on constrained rows; z1 = −x0.
        let s = nonbasic.firstIndex(of: x0)!
        let minusDet = try det.negated()
        for i in 0..<m where !rowIsFree[i] { t[i * cols + s] = minusDet }
        t[phaseOneRow * cols + s] = det
        x0Enabled = true
        try pivot(worst, s)
        _ = try optimize(row: phaseOneRow, stopWhenPositive: false)
        if at(phaseOneRow, rhs).sgn * detSign < 0 { return false }
        if let r = basic.firstIndex(of: x0) {
            // Degenerate: x0 = 0 is basic; swap it out on any non-zero entry.
            if let s = (0..<(cols - 1)).first(where: { nonbasic[$0] >= n && at(r, $0).sgn != 0 }) {
                try pivot(r, s)
            }
        }
        x0Enabled = false
        return true
    }

    /// Current value of variable v as (numerator, det).
    func value(of v: Int) -> S {
        if let i = basic.firstIndex(of: v) { return at(i, rhs) }
        return .zero
    }
}
