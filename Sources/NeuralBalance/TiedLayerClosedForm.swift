import ExactArithmetic

/// The analytic balanced state of tied layer balancing (paper 004,
/// appendix "Analytical Solution", Theorem 45, eqs. 46–50) for a layered
/// feedforward network without biases, with weight layers A_1…A_N and
/// S_l = Σ_{w∈A_l} |w|^p.
///
/// Minimising Σ_l M_l^p S_l subject to Π M_l = 1 gives M_l^p S_l = G for
/// every l, G = (Π S_l)^(1/N), so M_l = (G/S_l)^(1/p); for p = 2,
/// M_l = Π_j ‖A_j‖^(1/N) / ‖A_l‖. The printed eq. 50 reads
/// M_l = Π_j ‖A_j‖^(2/N) / ‖A_l‖², the square of the right value: it drops the
/// square root of eq. 48's M_l = (μ/2‖A_l‖²)^(1/2). (Its product is still 1,
/// but the layers it produces are not balanced.)
///
/// With biases the bias of layer l is scaled by Λ_l, not by M_l, so the
/// closed form does not apply; the iteration still converges (Theorem 34).
public enum TiedLayerClosedForm {
    /// S_l for each weight layer (edges grouped by the layer of their target).
    /// **Edge cases:** widths with fewer than two layers throw; bias edges throw.
    public static func layerSums(_ net: Network<Rational>, widths: [Int], p: Rational, precision: Int) throws -> [BigFloat] {
        guard widths.count >= 2 else { throw BalanceError("need at least two layers") }
        guard !net.edges.contains(where: { $0.from == 0 }) else {
            throw BalanceError("the closed form of Theorem 45 needs a network without biases")
        }
        var start = [1]
        for w in widths { start.append(start.last! + w) }
        var sums = [BigFloat](repeating: BigFloat(0, precision: precision), count: widths.count - 1)
        for e in net.edges {
            let l = (1..<widths.count).first { e.to >= start[$0] && e.to < start[$0 + 1] }!
            sums[l - 1] += AdditiveRegularizer.power(BigFloat(e.weight, precision: precision), p)
        }
        return sums
    }

    /// The corrected multipliers M_l = (G/S_l)^(1/p).
    public static func corrected(_ s: [BigFloat], p: Rational) -> [BigFloat] {
        let g = geometricMean(s)
        let prec = s[0].precision
        return s.map { g.divided(by: $0).power(BigFloat(Rational(1) / p, precision: prec)) }
    }

    /// Eq. 50 as printed (p = 2, ‖A_l‖² = S_l): M_l = G/S_l.
    public static func printed(_ s: [BigFloat]) -> [BigFloat] {
        let g = geometricMean(s)
        return s.map { g.divided(by: $0) }
    }

    static func geometricMean(_ s: [BigFloat]) -> BigFloat {
        let prec = s[0].precision
        var logSum = BigFloat(0, precision: prec)
        for x in s { logSum += x.log() }
        return logSum.divided(by: BigFloat(s.count, precision: prec)).exp()
    }

    /// M_l realised by a run: Λ(layer l)/Λ(layer l − 1), read from one unit
    /// per layer (all units of a layer share Λ under tied balancing).
    public static func realised(_ multipliers: [BigFloat], widths: [Int]) -> [BigFloat] {
        var start = [1]
        for w in widths { start.append(start.last! + w) }
        return (1..<widths.count).map { multipliers[start[$0]] / multipliers[start[$0 - 1]] }
    }
}
