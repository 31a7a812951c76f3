import Trainer

/// L_p neuron balancing in Double for the trainer (paper 004, eq. 12):
/// hidden unit i of layer k, with A = Σ|incoming weights and bias|^p and
/// B = Σ|outgoing weights|^p, is scaled by λ* = (B/A)^(1/(2p)) — incoming
/// ×λ*, outgoing ÷λ* — after which both sums equal √(AB), the minimum of
/// λ^p A + λ^(−p) B. For BiLU units (ReLU, leaky ReLU, identity) the
/// function is unchanged.
///
/// *Full* balancing repeats layer-wise sweeps until every unit is balanced
/// to `tolerance` (relative; Theorem 34: the iteration converges); *partial*
/// balancing (paper 004 §3.2) is one sweep from the input layer upward.
///
/// **Edge cases:** a unit with A = 0 or B = 0 is skipped (no finite λ
/// balances it); non-homogeneous activations are left untouched.
public struct LpNeuronBalancing: BalancingHook {
    public let p: Double
    public let beforeTraining: Bool
    public let everyEpochs: Int
    /// nil = one sweep (partial); otherwise sweep until balanced to this.
    public let tolerance: Double?
    public let maxSweeps = 1000

    public init(p: Double, beforeTraining: Bool, everyEpochs: Int, tolerance: Double?) {
        self.p = p
        self.beforeTraining = beforeTraining
        self.everyEpochs = everyEpochs
        self.tolerance = tolerance
    }

    public var name: String { "l\(Int(p))-" + (tolerance == nil ? "partial" : "full") }

    public func balance(_ network: inout Network<Double>) {
        guard network.activation.isPositivelyHomogeneous else { return }
        for _ in 0..<(tolerance == nil ? 1 : maxSweeps) {
            var worst = 0.0
            for k in 0..<(network.layerCount - 1) {
                for i in 0..<network.sizes[k + 1] {
                    let (a, b) = BalanceDeficit.sums(network, layer: k, unit: i, p: p)
                    guard a > 0, b > 0 else { continue }
                    worst = max(worst, abs(a - b) / (a + b))
                    L2NeuronBalancing.scale(&network, layer: k, unit: i, by: Double.pow(b / a, 1 / (2 * p)))
                }
            }
            if let t = tolerance, worst <= t { return }
        }
    }
}

/// The regularizer R = c·Σ|w|^p (p = 1 or 2, over all weights and biases)
/// applied as a proximal step after each epoch: L2 w ← w / (1 + 2sc),
/// L1 w ← sign(w)·max(|w| − sc, 0), with step s = η × optimizer steps per
/// epoch. Proximal gradient descent (an E step, then the exact minimizer of
/// R + ‖w − w₀‖²/(2s)) has the same fixed points as gradient descent on
/// E + R, which is what Theorem 31 is about; the trainer has no penalty
/// term of its own, so the balancing hook carries it.
///
/// **Edge cases:** p must be 1 or 2 and c, s ≥ 0 (the initializer traps
/// otherwise: these are programmer choices, not user input).
public struct ProximalRegularization: BalancingHook {
    public let p: Int
    public let coefficient: Double
    public let step: Double

    public init(p: Int, coefficient: Double, step: Double) {
        precondition((p == 1 || p == 2) && coefficient >= 0 && step >= 0, "ProximalRegularization needs p ∈ {1, 2}, c ≥ 0, s ≥ 0")
        self.p = p
        self.coefficient = coefficient
        self.step = step
    }

    public var name: String { "l\(p)-reg" }
    public var beforeTraining: Bool { false }
    public var everyEpochs: Int { 1 }

    public func balance(_ network: inout Network<Double>) {
        let t = step * coefficient
        if p == 2 {
            let factor = 1 / (1 + 2 * t)
            for q in network.parameters.indices { network.parameters[q] *= factor }
        } else {
            for q in network.parameters.indices {
                let w = network.parameters[q]
                network.parameters[q] = w > t ? w - t : (w < -t ? w + t : 0)
            }
        }
    }
}

/// How far each hidden unit is from L_p balance.
public enum BalanceDeficit {
    /// (Σ|incoming weights and bias|^p, Σ|outgoing weights|^p) of hidden
    /// unit i in the output of layer k.
    public static func sums(_ net: Network<Double>, layer k: Int, unit i: Int, p: Double) -> (Double, Double) {
        func power(_ w: Double) -> Double { p == 2 ? w * w : (p == 1 ? abs(w) : Double.pow(abs(w), p)) }
        var a = power(net.bias(k, i)), b = 0.0
        for j in 0..<net.sizes[k] { a += power(net.weight(k, i, j)) }
        for r in 0..<net.sizes[k + 2] { b += power(net.weight(k + 1, r, i)) }
        return (a, b)
    }

    /// The largest |A − B| over hidden units (eq. 31's deficit for p = 2)
    /// and the largest relative deficit |A − B| / (A + B) over the live
    /// units, those with A + B ≥ 10⁻⁶ of the largest A + B in the network
    /// (a unit decaying to zero under a regularizer is balanced in the
    /// limit, but its ratio of two vanishing sums is noise).
    ///
    /// **Edge cases:** a network without hidden layers, or with all sums
    /// zero, has deficit (0, 0).
    public static func worst(_ net: Network<Double>, p: Double) -> (absolute: Double, relative: Double) {
        var units: [(Double, Double)] = []
        for k in 0..<max(net.layerCount - 1, 0) {
            for i in 0..<net.sizes[k + 1] { units.append(sums(net, layer: k, unit: i, p: p)) }
        }
        let largest = units.map { $0.0 + $0.1 }.max() ?? 0
        var absolute = 0.0, relative = 0.0
        for (a, b) in units {
            absolute = max(absolute, abs(a - b))
            if largest > 0, a + b >= 1e-6 * largest { relative = max(relative, abs(a - b) / (a + b)) }
        }
        return (absolute, relative)
    }
}
