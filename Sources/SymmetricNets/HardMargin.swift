import ExactArithmetic

/// The optimal hard margin of a labelled finite set (paper 001, §3.2):
/// marg(Y) = max_{‖w‖=1} min_v Y(v) w·v, for vectors already lifted with a
/// constant coordinate when the affine margin is wanted.
///
/// Solved as the dual QP min ½αᵀQα − Σα, α ≥ 0, Q_ij = y_i y_j v_i·v_j: then
/// w* = Σ α_i y_i v_i, ‖w*‖² = Σα and marg² = 1/Σα. A `Double` active-set
/// run guesses the support; the answer is accepted only after the KKT
/// conditions hold exactly over ℚ (α_S > 0 solves Q_SS α_S = 1, and
/// y_k w*·v_k ≥ 1 for every k). If the guess fails, the same active-set
/// method runs in exact rationals, and for singular Q (more points than
/// dimensions) supports are enumerated.
public struct HardMarginSolution: Sendable {
    /// w* with min_k y_k w*·v_k = 1.
    public let weights: [Rational]
    /// γ² = 1/‖w*‖², exact.
    public let marginSquared: Rational
    /// Indices of the support vectors and their multipliers.
    public let support: [Int]
    public let alpha: [Rational]
    /// Which path decided: "double-guided", "exact active set" or "enumeration".
    public let method: String
}

public enum HardMargin {
    /// **Edge cases:** empty input, ragged vectors, labels other than ±1 or a
    /// labelling that is not linearly separable throw ``SymmetricError``.
    public static func solve(points: [[Rational]], labels: [Int]) throws -> HardMarginSolution {
        guard !points.isEmpty, points.count == labels.count else {
            throw SymmetricError("need one label per point and at least one point")
        }
        let d = points[0].count
        guard d > 0, points.allSatisfy({ $0.count == d }) else { throw SymmetricError("all points need the same positive dimension") }
        guard labels.allSatisfy({ $0 == 1 || $0 == -1 }) else { throw SymmetricError("labels must be +1 or -1") }
        return try solve(gram: gram(points), points: points, labels: labels)
    }

    /// The Gram matrix v_i·v_j, to share between labellings of one point set.
    public static func gram(_ points: [[Rational]]) -> [[Rational]] {
        let m = points.count, d = points[0].count
        var k = [[Rational]](repeating: [Rational](repeating: 0, count: m), count: m)
        for i in 0..<m {
            for j in i..<m {
                var s = Rational(0)
                for t in 0..<d where !points[i][t].isZero { s += points[i][t] * points[j][t] }
                k[i][j] = s; k[j][i] = s
            }
        }
        return k
    }

    /// As ``solve(points:labels:)`` with the Gram matrix of `points` given.
    public static func solve(gram k: [[Rational]], points: [[Rational]], labels: [Int]) throws -> HardMarginSolution {
        let m = points.count, d = points[0].count
        guard k.count == m, labels.count == m, labels.allSatisfy({ $0 == 1 || $0 == -1 }) else {
            throw SymmetricError("Gram matrix, points and labels must match")
        }
        var q = k
        for i in 0..<m { for j in 0..<m where labels[i] != labels[j] { q[i][j] = -k[i][j] } }
        let qd: [[Double]] = q.map { row in row.map { Double($0) } }
        if let support = activeSet(qd), let s = verify(support, q, points, labels, method: "double-guided") { return s }
        if let support = activeSet(q), let s = verify(support, q, points, labels, method: "exact active set") { return s }
        if m <= 20 {
            for s in subsetsBySize(m, maxSize: min(m, d)) {
                if let sol = verify(s, q, points, labels, method: "enumeration") { return sol }
            }
        }
        throw SymmetricError("the labelling is not linearly separable (no support set satisfies the KKT conditions)")
    }

    /// The inverse of a non-singular Gram matrix, exactly (`nil` if singular).
    public static func inverse(_ k: [[Rational]]) -> [[Rational]]? {
        let m = k.count
        var columns: [[Rational]] = []
        for j in 0..<m {
            guard let c = solveLinearSystem(k, (0..<m).map { Rational($0 == j ? 1 : 0) }) else { return nil }
            columns.append(c)
        }
        return (0..<m).map { i in (0..<m).map { columns[$0][i] } }
    }

    /// The solution when every point is a support vector: for independent
    /// points Q⁻¹ = D K⁻¹ D, so α_i = y_i (K⁻¹y)_i. Accepted only when every
    /// α_i > 0 (then all constraints hold with equality and the KKT
    /// conditions are met exactly); `nil` otherwise.
    public static func fullSupport(kInverse: [[Rational]], points: [[Rational]], labels: [Int]) -> HardMarginSolution? {
        let m = labels.count
        var alpha: [Rational] = []
        for i in 0..<m {
            var s = Rational(0)
            for j in 0..<m { if labels[j] == 1 { s += kInverse[i][j] } else { s -= kInverse[i][j] } }
            let a = labels[i] == 1 ? s : -s
            guard a.signum > 0 else { return nil }
            alpha.append(a)
        }
        let d = points[0].count
        var w = [Rational](repeating: 0, count: d)
        for i in 0..<m {
            let c = labels[i] == 1 ? alpha[i] : -alpha[i]
            for t in 0..<d where !points[i][t].isZero { w[t] += c * points[i][t] }
        }
        let norm2 = alpha.reduce(Rational(0), +)
        return HardMarginSolution(weights: w, marginSquared: norm2.reciprocal!, support: Array(0..<m), alpha: alpha, method: "full support (K⁻¹)")
    }

    /// Exact KKT check of a candidate support.
    static func verify(_ support: [Int], _ q: [[Rational]], _ points: [[Rational]], _ labels: [Int],
                       method: String) -> HardMarginSolution? {
        guard !support.isEmpty else { return nil }
        let sub = support.map { i in support.map { q[i][$0] } }
        guard let alpha = solveLinearSystem(sub, [Rational](repeating: 1, count: support.count)),
              alpha.allSatisfy({ $0.signum > 0 }) else { return nil }
        let d = points[0].count
        var w = [Rational](repeating: 0, count: d)
        for (a, i) in zip(alpha, support) {
            let c = labels[i] == 1 ? a : -a
            for t in 0..<d where !points[i][t].isZero { w[t] += c * points[i][t] }
        }
        for k in points.indices {
            var s = Rational(0)
            for t in 0..<d where !w[t].isZero { s += w[t] * points[k][t] }
            if labels[k] == -1 { s = -s }
            if s < 1 { return nil }
        }
        let norm2 = alpha.reduce(Rational(0), +)
        return HardMarginSolution(weights: w, marginSquared: norm2.reciprocal!, support: support, alpha: alpha, method: method)
    }

    /// Primal active-set method for min ½αᵀQα − Σα, α ≥ 0 (Q positive
    /// definite); returns the final free set, or `nil` on a singular
    /// subproblem or when the iteration limit is hit.
    static func activeSet<T: FieldScalar>(_ q: [[T]], maxIterations: Int = 2000) -> [Int]? {
        let m = q.count
        var alpha = [T](repeating: T(0), count: m)
        var free: [Int] = []
        var stationary = true
        for _ in 0..<maxIterations {
            if stationary {
                var best = -1
                var bestValue = T(0) - T.tolerance
                for k in 0..<m where !free.contains(k) {
                    var g = T(0) - T(1)
                    for j in free { g = g + q[k][j] * alpha[j] }
                    if g < bestValue { bestValue = g; best = k }
                }
                if best < 0 { return free.sorted() }
                free.append(best)
            }
            let sub = free.map { i in free.map { q[i][$0] } }
            guard let beta = solveLinearSystem(sub, [T](repeating: T(1), count: free.count)) else { return nil }
            if beta.allSatisfy({ $0 > T.tolerance }) {
                for (i, b) in zip(free, beta) { alpha[i] = b }
                stationary = true
                continue
            }
            // Step toward beta until the first multiplier reaches zero.
            var t = T(1)
            for (idx, i) in free.enumerated() where !(beta[idx] > T.tolerance) {
                let den = alpha[i] - beta[idx]
                guard den > T(0) else { return nil }
                let r = alpha[i] / den
                if r < t { t = r }
            }
            for (idx, i) in free.enumerated() { alpha[i] = alpha[i] + t * (beta[idx] - alpha[i]) }
            free.removeAll { !(alpha[$0] > T.tolerance) }
            for i in 0..<m where !free.contains(i) { alpha[i] = T(0) }
            stationary = false
        }
        return nil
    }

    static func subsetsBySize(_ m: Int, maxSize: Int) -> [[Int]] {
        var result: [[Int]] = []
        func extend(_ s: [Int], from: Int, size: Int) {
            if s.count == size { result.append(s); return }
            if from >= m { return }
            for i in from..<m { extend(s + [i], from: i + 1, size: size) }
        }
        for size in 1...max(1, maxSize) { extend([], from: 0, size: size) }
        return result
    }
}
