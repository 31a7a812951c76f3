/// A balancing strategy the training loop calls (paper 004): before
/// training, and every `everyEpochs` epochs when that is positive. It works
/// in Double; a Float run is converted for the call. Optimizer moments are
/// left as they are. NeuralBalance supplies the paper's operations through
/// this protocol.
public protocol BalancingHook: Sendable {
    var name: String { get }
    var beforeTraining: Bool { get }
    /// 0 means never during training.
    var everyEpochs: Int { get }
    func balance(_ network: inout Network<Double>)
}

/// L2 neuron balancing: hidden unit i of layer k, with incoming weights and
/// bias `in` and outgoing weights `out`, is scaled by λ = √(‖out‖/‖in‖) —
/// incoming ×λ, outgoing ×1/λ — after which ‖in‖ = ‖out‖. For positively
/// homogeneous units (ReLU, leaky ReLU, identity: paper 004's BiLU) the
/// network's function is unchanged. Units are visited layer by layer, and
/// sweeps repeat until every unit is balanced to `tolerance` (relative) or
/// `maxSweeps` is reached (paper 004, Theorem 34: the iteration converges).
///
/// **Edge cases:** a unit with ‖in‖ = 0 or ‖out‖ = 0 is left alone (no
/// finite λ balances it); non-homogeneous activations are left untouched
/// because scaling would change the function.
public struct L2NeuronBalancing: BalancingHook {
    public var beforeTraining: Bool
    public var everyEpochs: Int
    public var tolerance: Double
    public var maxSweeps: Int

    public init(beforeTraining: Bool = true, everyEpochs: Int = 0, tolerance: Double = 1e-12, maxSweeps: Int = 1000) {
        self.beforeTraining = beforeTraining
        self.everyEpochs = everyEpochs
        self.tolerance = tolerance
        self.maxSweeps = maxSweeps
    }

    public var name: String { "l2-neuron" }

    public func balance(_ network: inout Network<Double>) {
        guard network.activation.isPositivelyHomogeneous else { return }
        for _ in 0..<maxSweeps {
            var worst = 0.0
            for k in 0..<(network.layerCount - 1) {
                for i in 0..<network.sizes[k + 1] {
                    let (inNorm, outNorm) = L2NeuronBalancing.norms(network, layer: k, unit: i)
                    guard inNorm > 0, outNorm > 0 else { continue }
                    worst = max(worst, abs(inNorm - outNorm) / max(inNorm, outNorm))
                    L2NeuronBalancing.scale(&network, layer: k, unit: i, by: (outNorm / inNorm).squareRoot())
                }
            }
            if worst <= tolerance { return }
        }
    }

    /// (‖incoming weights and bias‖₂, ‖outgoing weights‖₂) of hidden unit i
    /// in the output of layer k.
    public static func norms(_ net: Network<Double>, layer k: Int, unit i: Int) -> (Double, Double) {
        var inSq = net.bias(k, i) * net.bias(k, i)
        for j in 0..<net.sizes[k] { inSq += net.weight(k, i, j) * net.weight(k, i, j) }
        var outSq = 0.0
        for r in 0..<net.sizes[k + 2] { outSq += net.weight(k + 1, r, i) * net.weight(k + 1, r, i) }
        return (inSq.squareRoot(), outSq.squareRoot())
    }

    /// Incoming weights and bias ×λ, outgoing ×1/λ.
    public static func scale(_ net: inout Network<Double>, layer k: Int, unit i: Int, by lambda: Double) {
        for j in 0..<net.sizes[k] { net.setWeight(k, i, j, net.weight(k, i, j) * lambda) }
        net.setBias(k, i, net.bias(k, i) * lambda)
        for r in 0..<net.sizes[k + 2] { net.setWeight(k + 1, r, i, net.weight(k + 1, r, i) / lambda) }
    }
}
