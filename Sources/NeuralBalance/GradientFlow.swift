import ExactArithmetic

/// Eq. 31 of paper 004 (§B.6): under the gradient flow of any error E, the
/// L2 deficit D_i = Σ_IN(i) w² − Σ_OUT(i) w² of every hidden BiLU unit is
/// constant. With explicit Euler steps of size η the first-order terms cancel
/// and each step changes D_i by η²(‖∂E/∂IN(i)‖² − ‖∂E/∂OUT(i)‖²), so over a
/// fixed time T the drift is O(η): it vanishes as the step shrinks.
public enum GradientFlow {
    /// Largest |D_i(T) − D_i(0)| over hidden units after T/η Euler steps of
    /// gradient descent on the mean squared error over `data`, at `precision`
    /// bits. The network must be feedforward.
    /// **Edge cases:** recurrent networks, η ≤ 0, T ≤ 0 or empty data throw.
    public static func deficitDrift(_ net: Network<Rational>, data: [(input: [Rational], target: [Rational])],
                                    eta: Rational, time: Rational, precision: Int) throws -> BigFloat {
        guard let order = net.topologicalOrder else { throw BalanceError("gradient flow needs a feedforward network") }
        guard eta.signum > 0, time.signum > 0 else { throw BalanceError("η and T must be positive") }
        guard !data.isEmpty else { throw BalanceError("need at least one training pair") }
        let steps = (time / eta).ceiling.exactInt ?? 0
        guard steps <= 1_000_000 else { throw BalanceError("T/η must be at most 1 000 000 steps") }
        var w = net.edges.map { BigFloat($0.weight, precision: precision) }
        let zero = BigFloat(0, precision: precision)
        func deficits() -> [BigFloat] {
            net.hiddenUnits.map { i in
                var d = zero
                for e in net.incoming[i] { d += w[e] * w[e] }
                for e in net.outgoing[i] { d -= w[e] * w[e] }
                return d
            }
        }
        let start = deficits()
        let step = BigFloat(eta, precision: precision)
        let scale = BigFloat(Rational(2, data.count), precision: precision)
        for _ in 0..<steps {
            var grad = [BigFloat](repeating: zero, count: w.count)
            for (x, y) in data {
                var pre = [BigFloat](repeating: zero, count: net.unitCount)
                var value = pre
                value[0] = BigFloat(1, precision: precision)
                for k in 0..<net.inputCount { value[1 + k] = BigFloat(x[k], precision: precision) }
                for i in order {
                    var s = zero
                    for e in net.incoming[i] { s += w[e] * value[net.edges[e].from] }
                    pre[i] = s
                    value[i] = net.activations[i].apply(s)
                }
                var delta = [BigFloat](repeating: zero, count: net.unitCount)
                for (k, o) in net.outputUnits.enumerated() { delta[o] = (value[o] - BigFloat(y[k], precision: precision)) * scale }
                for i in order.reversed() {
                    if !net.outputUnits.contains(i) {
                        var s = zero
                        for e in net.outgoing[i] { s += w[e] * delta[net.edges[e].to] }
                        delta[i] = s
                    }
                    let a = net.activations[i]
                    let slope = pre[i].signum < 0 ? a.negativeSlope : a.positiveSlope
                    delta[i] = delta[i] * BigFloat(slope, precision: precision)
                    for e in net.incoming[i] { grad[e] += delta[i] * value[net.edges[e].from] }
                }
            }
            for e in w.indices { w[e] -= step * grad[e] }
        }
        let end = deficits()
        return zip(start, end).map { ($0 - $1).magnitude }.max() ?? zero
    }
}
