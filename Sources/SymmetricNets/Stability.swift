import ExactArithmetic

/// Lemma 4 of paper 001 (§3.4, proof in appendix A) measured exactly: SGD
/// with the hinge loss on the whole one-hidden-layer ReLU network (eqs. 2–5),
/// from the initialization of §3.1 with M = 0, b = 0, β = R²h and a dyadic
/// step h ≤ γ^(5/2)/(100 R² R_X), over all 2^n inputs in cyclic order until
/// a full pass makes no update. All arithmetic is exact (h is a power of 2).
///
/// R and γ are those of the lifted embedding (the bias coordinate included);
/// R_X = √n. The lemma assumes R_X > 1, so n ≥ 2.
public struct StabilityRun: Sendable {
    public let n: Int
    public let f: SymmetricFunction
    /// γ², R², the step h and β = R²h.
    public let gammaSquared: Rational
    public let radiusSquared: Rational
    public let h: Rational
    public let updates: Int
    /// max_x ‖v_x(t) − v_x(0)‖² at the end.
    public let maxMoveSquared: Rational
    /// ‖M(t)‖² at the end.
    public let outputNormSquared: Rational
    /// The proof's explicit bounds, squared: (2√6 R_X² h² R t^(3/2))², (2√3 R h √t)² and (0.05γ²)².
    public var moveBoundSquared: Rational { 24 * Rational(n * n) * h.power(4)! * radiusSquared * Rational(updates).power(3)! }
    public var outputNormBoundSquared: Rational { 12 * radiusSquared * h * h * Rational(updates) }
    public var marginKeepingBoundSquared: Rational { Rational(1, 400) * gammaSquared * gammaSquared }
    /// 20R²/γ², the proof's update bound.
    public var updateBound: Rational { 20 * radiusSquared / gammaSquared }

    public var withinBounds: Bool {
        maxMoveSquared <= moveBoundSquared && outputNormSquared <= outputNormBoundSquared
            && maxMoveSquared <= marginKeepingBoundSquared && Rational(updates) <= updateBound
    }

    /// **Edge cases:** n must be in 2…5 (exact SGD over all 2^n inputs).
    public static func run(_ f: SymmetricFunction, maxUpdates: Int = 2_000_000) throws -> StabilityRun {
        let n = f.n
        guard (2...5).contains(n) else { throw SymmetricError("the stability run needs n in 2...5, got \(n)") }
        let embedding = try SymmetricEmbedding(n: n)
        let g2 = try embedding.optimalMargin(f).marginSquared
        let r2 = embedding.radiusSquared
        // Largest h = 2^−k with h⁴·10⁸·R⁸·R_X⁴ ≤ γ¹⁰, i.e. h ≤ γ^(5/2)/(100 R² R_X).
        var h = Rational(1)
        while h.power(4)! * Rational(100_000_000) * r2.power(4)! * Rational(n * n) > g2.power(5)! { h = h.scaled(byPowerOfTwo: -1) }
        let beta = r2 * h
        let hiddenCount = n + 3
        var w = [[Rational]](repeating: [Rational](repeating: 1, count: n), count: hiddenCount)
        var bias = (1...hiddenCount).map { Rational(2 - $0) }
        var m = [Rational](repeating: 0, count: hiddenCount)
        var b = Rational(0)
        let inputs = (0..<(1 << n)).map { code in (0..<n).map { (code >> $0) & 1 == 1 } }
        func pre(_ x: [Bool]) -> [Rational] {
            (0..<hiddenCount).map { i in
                var s = bias[i]
                for j in 0..<n where x[j] { s += w[i][j] }
                return s
            }
        }
        func embed(_ x: [Bool]) -> [Rational] { pre(x).map { $0.signum > 0 ? $0 : 0 } }
        let initial = inputs.map(embed)
        var updates = 0, clean = 0, i = 0
        while clean < inputs.count {
            let x = inputs[i]
            let y = Rational(f(x))
            let z = pre(x)
            let v = z.map { $0.signum > 0 ? $0 : 0 }
            var out = b
            for k in 0..<hiddenCount where !v[k].isZero { out += m[k] * v[k] }
            if y * out <= beta {
                guard updates < maxUpdates else { throw SymmetricError("no convergence within \(maxUpdates) updates") }
                let yh = y * h
                for k in 0..<hiddenCount where z[k].signum > 0 {  // H(z) = 1 for z > 0
                    let g = yh * m[k]
                    if g.isZero { continue }
                    for j in 0..<n where x[j] { w[k][j] += g }
                    bias[k] += g
                }
                for k in 0..<hiddenCount where !v[k].isZero { m[k] += yh * v[k] }
                b += yh
                updates += 1
                clean = 0
            } else {
                clean += 1
            }
            i = (i + 1) % inputs.count
        }
        var maxMove = Rational(0)
        for (x, v0) in zip(inputs, initial) {
            let v = embed(x)
            let d2 = zip(v, v0).reduce(Rational(0)) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            maxMove = Rational.max(maxMove, d2)
        }
        return StabilityRun(n: n, f: f, gammaSquared: g2, radiusSquared: r2, h: h, updates: updates,
                            maxMoveSquared: maxMove, outputNormSquared: m.reduce(Rational(0)) { $0 + $1 * $1 })
    }
}
