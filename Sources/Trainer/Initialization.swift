/// How a trial's parameters start. Random schemes draw from the trial's
/// initialization substream, weights first, layer by layer.
///
/// **Edge cases:** `explicit` must list exactly the network's parameter
/// count (layout of `Network.parameters`); a `custom` hook may reject the
/// shape with a `TrainerError`.
public enum Initialization: Sendable, CustomStringConvertible {
    /// He/Kaiming normal: W ~ N(0, 2/n_in), b = 0.
    case he
    /// Glorot/Xavier uniform: W ~ U(±√(6/(n_in + n_out))), b = 0.
    case glorot
    /// PyTorch's `nn.Linear` default: W and b ~ U(±1/√n_in).
    case fanInUniform
    case explicit([Double])
    case custom(any InitializationHook)

    public var description: String {
        switch self {
        case .he: return "he"
        case .glorot: return "glorot"
        case .fanInUniform: return "fan-in-uniform"
        case .explicit: return "explicit"
        case .custom(let h): return h.name
        }
    }

    func initialize(_ net: inout Network<Double>, random: inout TrainerRandom) throws {
        switch self {
        case .explicit(let values):
            net = try Network(sizes: net.sizes, activation: net.activation, parameters: values)
        case .custom(let hook):
            try hook.initialize(&net, random: &random)
        case .he, .glorot, .fanInUniform:
            for k in 0..<net.layerCount {
                let fanIn = Double(net.sizes[k]), fanOut = Double(net.sizes[k + 1])
                let w = net.weightOffset(k), b = net.biasOffset(k)
                for p in w..<b {
                    switch self {
                    case .he: net.parameters[p] = (2 / fanIn).squareRoot() * random.gaussian()
                    case .glorot:
                        let a = (6 / (fanIn + fanOut)).squareRoot()
                        net.parameters[p] = random.uniform(-a, a)
                    default: net.parameters[p] = random.uniform(-1, 1) / fanIn.squareRoot()
                    }
                }
                if case .fanInUniform = self {
                    for p in b..<(b + net.sizes[k + 1]) { net.parameters[p] = random.uniform(-1, 1) / fanIn.squareRoot() }
                }
            }
        }
    }
}

/// An initialization supplied from outside the trainer (e.g. the symmetric
/// initialization of paper 001 §3.1, or a balanced start from
/// NeuralBalance). Works in Double; the trainer converts.
public protocol InitializationHook: Sendable {
    var name: String { get }
    func initialize(_ network: inout Network<Double>, random: inout TrainerRandom) throws
}

/// Paper 001 §3.1: for inputs in {0,1}ⁿ, one hidden layer of n + 3 units
/// with every w_ij = 1 and bias b_i = 2 − i (i = 1…n+3), output weights and
/// bias 0 — so hidden unit i reads |x| − i + 2, the ReLU ramps of Lemma 2.
///
/// **Edge cases:** throws unless the network is n → n + 3 → 1.
public struct SymmetricInitialization: InitializationHook {
    public init() {}
    public var name: String { "symmetric" }

    public func initialize(_ network: inout Network<Double>, random _: inout TrainerRandom) throws {
        let n = network.sizes[0]
        guard network.sizes == [n, n + 3, 1] else {
            throw TrainerError("the symmetric initialization needs the shape n → n+3 → 1, got \(network.sizes.map(String.init).joined(separator: "→"))")
        }
        for i in 0..<(n + 3) {
            for j in 0..<n { network.setWeight(0, i, j, 1) }
            network.setBias(0, i, Double(1 - i))  // b_i = 2 − i with i = index + 1
            network.setWeight(1, 0, i, 0)
        }
        network.setBias(1, 0, 0)
    }
}
