import ExactArithmetic

/// The tiny networks of §3.3.3 and their squared-error losses, with exact
/// gradients under the convention θ(0) = 0 of eq. 3.16 (PyTorch's ReLU′).
public enum TinyNetworks {
    /// Eq. 3.12–3.13: v(x) = max(ax, 0) + b on −1 ↦ −1, 1 ↦ 1.
    public static func lineLoss(a: Rational, b: Rational) -> (loss: Rational, gradient: [Rational]) {
        var loss = Rational(0), ga = Rational(0), gb = Rational(0)
        for (x, y) in [(Rational(-1), Rational(-1)), (Rational(1), Rational(1))] {
            let z = a * x
            let r = y - (z.signum > 0 ? z : 0) - b
            loss += r * r
            if z.signum > 0 { ga -= Rational(2) * r * x }
            gb -= Rational(2) * r
        }
        return (loss, [ga, gb])
    }

    /// Parameters of eq. 3.24: (o₁, o₂, w₁, w₂, b₁, b₂, c).
    public struct XorParameters: Sendable {
        public var o: [Rational], w: [Rational], b: [Rational], c: Rational
        public init(o: [Rational], w: [Rational], b: [Rational], c: Rational) { self.o = o; self.w = w; self.b = b; self.c = c }
    }

    /// Eq. 3.25: v(x) = Σ oᵢ max(wᵢx + bᵢ, 0) + c on x = −1, 0 (weight 2), 1 with
    /// targets −1, 1, −1. Gradient order: o₁, o₂, w₁, w₂, b₁, b₂, c.
    public static func xorLoss(_ p: XorParameters) -> (loss: Rational, gradient: [Rational]) {
        var loss = Rational(0)
        var g = [Rational](repeating: 0, count: 7)
        for (x, y, m) in [(Rational(-1), Rational(-1), Rational(1)), (Rational(0), Rational(1), Rational(2)), (Rational(1), Rational(-1), Rational(1))] {
            let pre = (0..<2).map { p.w[$0] * x + p.b[$0] }
            let act = pre.map { $0.signum > 0 ? $0 : Rational(0) }
            let r = y - (p.o[0] * act[0] + p.o[1] * act[1] + p.c)
            loss += m * r * r
            let k = Rational(-2) * m * r   // ∂L/∂v at this point
            for i in 0..<2 {
                g[i] += k * act[i]
                if pre[i].signum > 0 {
                    g[2 + i] += k * p.o[i] * x
                    g[4 + i] += k * p.o[i]
                }
            }
            g[6] += k
        }
        return (loss, g)
    }
}
