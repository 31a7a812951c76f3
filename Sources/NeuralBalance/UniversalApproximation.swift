import ExactArithmetic

/// Theorem 44 of paper 004 (appendix A): a one-hidden-layer network of
/// ReLU-type units g_λ(x) = λ·max(0, x) with a linear output approximates a
/// continuous f on [0, 1]. Hidden unit k (k = 1…N) gets input weight 1 and
/// bias −(k−1)/N, so it switches on at the left end of slice k; the output is
/// the piecewise-linear interpolant of f at k/N, which is within ε of f when
/// f varies by less than ε on every slice.
///
/// The printed proof gives the biases as 0, 1/N, …, (N−1)/N: with those
/// signs every unit is active on all of [0, 1], the network is affine there,
/// and no choice of output weights approximates a non-affine f. Only the
/// products β_kλ_k enter the output, so equal slopes (all λ_k = 1) suffice.
public struct PiecewiseLinearNetwork: Sendable {
    public let biases: [Rational]
    public let slopes: [Rational]
    public let outputWeights: [Rational]
    public let outputBias: Rational

    /// Builds the network from f's values at k/N, k = 0…N, solving eq. 45
    /// slice by slice: β_kλ_k = s_k − s_(k−1) with s_k the interpolant's slope.
    /// `printedBiasSigns` uses the biases +(k−1)/N as printed, with the same
    /// β and the output bias fitted at x = 0, to show that construction fail.
    /// **Edge cases:** N must be in 1…100 000 and slopes non-zero.
    public init(samples: [Rational], slopes: [Rational]? = nil, printedBiasSigns: Bool = false) throws {
        let n = samples.count - 1
        guard (1...100_000).contains(n) else { throw BalanceError("N must be in 1...100000, got \(n)") }
        let lambdas = slopes ?? [Rational](repeating: 1, count: n)
        guard lambdas.count == n, lambdas.allSatisfy({ !$0.isZero }) else { throw BalanceError("need N non-zero slopes λ_k") }
        let h = Rational(1, n)
        var beta: [Rational] = []
        var previous = Rational(0)
        for k in 1...n {
            let s = (samples[k] - samples[k - 1]) / h
            beta.append((s - previous) / lambdas[k - 1])
            previous = s
        }
        let b = (1...n).map { Rational($0 - 1, n) * (printedBiasSigns ? 1 : -1) }
        // Match f(0): with the printed signs every unit already contributes at x = 0.
        var atZero = Rational(0)
        for k in 0..<n where b[k].signum > 0 { atZero += beta[k] * lambdas[k] * b[k] }
        biases = b
        self.slopes = lambdas
        outputWeights = beta
        outputBias = samples[0] - atZero
    }

    public func callAsFunction(_ x: Rational) -> Rational {
        var y = outputBias
        for k in biases.indices {
            let z = x + biases[k]
            if z.signum > 0 { y += outputWeights[k] * slopes[k] * z }
        }
        return y
    }

    /// max |net(x) − f(x)| over the grid j/M, j = 0…M, exactly.
    public func supError(grid m: Int, _ f: (Rational) -> Rational) -> Rational {
        (0...m).map { j -> Rational in
            let x = Rational(j, m)
            return (self(x) - f(x)).magnitude
        }.max()!
    }
}
