import ExactArithmetic

/// The initial hidden layer of paper 001, §3.1: W is (n+3)×n of ones and
/// b_i = 2 − i, so hidden neuron i computes ReLU(|x| − (i − 2)) and the
/// embedding v_x depends on x only through k = |x|. V has n + 1 points.
/// Vectors are lifted with a final coordinate 1 for the output bias (the
/// paper's footnote 1), so margins include the bias in the norm.
public struct SymmetricEmbedding: Sendable {
    public let n: Int

    /// **Edge cases:** n outside 1…1024 throws.
    public init(n: Int) throws {
        try SymmetricFunction.checkN(n)
        self.n = n
    }

    /// Lifted ṽ_k = (ReLU(k + 1), ReLU(k), …, ReLU(k − n − 1), 1).
    public func vector(atWeight k: Int) -> [Int] {
        ReLURepresentation.shifts(n: n).map { max(0, k - $0) } + [1]
    }

    public var points: [[Rational]] { (0...n).map { vector(atWeight: $0).map { Rational($0) } } }

    /// R² = max_k ‖ṽ_k‖² (attained at k = n).
    public var radiusSquared: Rational {
        Rational((0...n).map { vector(atWeight: $0).reduce(0) { $0 + $1 * $1 } }.max()!)
    }

    /// The margin the explicit output weights of Lemma 2 (M, b = −1/2)
    /// achieve on V, squared and exact: (min_k y_k (M·v_k + b))² / ‖(M, b)‖².
    public func explicitMarginSquared(_ f: SymmetricFunction) throws -> Rational {
        guard f.n == n else { throw SymmetricError("function has n = \(f.n), embedding has n = \(n)") }
        let m = ReLURepresentation.outputWeights(for: f)
        let w = m.map { Rational($0) } + [Rational(-1, 2)]
        var worst: Rational?
        for k in 0...n {
            let v = vector(atWeight: k)
            var s = Rational(0)
            for (a, b) in zip(w, v) where b != 0 { s += a * Rational(b) }
            let signed = f.values[k] == 1 ? s : -s
            worst = worst.map { Rational.min($0, signed) } ?? signed
        }
        let norm2 = w.reduce(Rational(0)) { $0 + $1 * $1 }
        guard let g = worst, g.signum > 0 else { throw SymmetricError("explicit weights do not separate \(f)") }
        return g * g / norm2
    }

    /// The optimal hard margin of the labelling f on V (exact γ²).
    public func optimalMargin(_ f: SymmetricFunction) throws -> HardMarginSolution {
        guard f.n == n else { throw SymmetricError("function has n = \(f.n), embedding has n = \(n)") }
        return try HardMargin.solve(gram: gram, points: points, labels: f.values)
    }

    /// Gram matrix of the lifted points (integers).
    public var gram: [[Rational]] { HardMargin.gram(points) }
}

extension SymmetricEmbedding {
    /// V⁽⁰⁾ = {ReLU(W⁽⁰⁾x + B⁽⁰⁾) : x ∈ {0,1}ⁿ} computed input by input from
    /// the §3.1 initialization (w_ij = 1, b_i = 2 − i for i = 1 … n + 3),
    /// without using that the result depends only on |x|.
    ///
    /// **Edge cases:** n > 24 throws (2ⁿ inputs).
    public func imageOfTheCube() throws -> Set<[Int]> {
        guard n <= 24 else { throw SymmetricError("the cube has 2^\(n) points; enumerating V⁽⁰⁾ takes n ≤ 24") }
        var image = Set<[Int]>()
        for x in 0..<(1 << n) {
            var pre = [Int](repeating: 0, count: n + 3)
            for i in 1...(n + 3) {
                var s = 2 - i
                for j in 0..<n where x >> j & 1 == 1 { s += 1 }
                pre[i - 1] = max(0, s)
            }
            image.insert(pre)
        }
        return image
    }
}
