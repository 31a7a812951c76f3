/// How the error reaches the hidden layers (paper 003, sections 2–3).
/// With δ^L = ∂E/∂S^L at the output and f′ the hidden derivative:
///
/// * BP:   δ^h = f′(S^h) ⊙ (W^{h+1})ᵀ δ^{h+1}
/// * RBP:  δ^h = f′(S^h) ⊙ (C^{h+1})ᵀ δ^{h+1}, C fixed random, shaped like W
/// * SRBP: δ^h = f′(S^h) ⊙ (D^h)ᵀ δ^L, D^h fixed random, n_L × n_h
/// * ARBP / ASRBP: as RBP / SRBP, and after each step the feedback matrix
///   moves by the same outer product that drives the forward weights,
///   ΔC = −η′ · mean(δ_upper ⊗ O_lower) (paper 003 §3, Δc = η R O).
///
/// "No f′" drops the hidden derivative everywhere. The top layer always
/// follows the gradient. Random matrices: `gaussian` N(0, 1/n_upper),
/// `plusMinusOne` ±1/√n_upper, `sparse(n)` entries 1 with probability
/// n/n_lower (scaled by 1/√n for RBP, as paper 003 Fig. 4 advises);
/// `congruent` gives each entry the sign of the forward weight it stands
/// for (for SRBP, of the product W^L⋯W^{h+1}) at initialization.
///
/// **Edge cases:** with no hidden layer every mode is BP. `explicit`
/// matrices must match the shapes above, else the run throws.
public struct Feedback: Sendable, CustomStringConvertible {
    public enum Algorithm: String, Sendable, CaseIterable { case bp, rbp, srbp, arbp, asrbp }

    public enum Distribution: Sendable, Equatable {
        case gaussian
        case plusMinusOne
        case sparse(expected: Double)
        /// One matrix per hidden layer h = 0…L−2 (row-major).
        case explicit([[Double]])
    }

    public var algorithm: Algorithm
    public var useDerivative: Bool
    public var distribution: Distribution
    public var congruent: Bool
    /// η′ for ARBP/ASRBP; nil uses the optimizer's learning rate.
    public var adaptationRate: Double?
    /// §5.1 (Fig. 7): quantize the error reaching each hidden unit (before
    /// f′, before it travels further down); nil = exact.
    public var errorQuantizer: Quantizer? = nil
    /// §5.2 (Fig. 8): quantize each example's weight update η·δ·O before
    /// the mini-batch is combined; nil = exact. Both quantizers act in the
    /// units of one example's loss.
    public var updateQuantizer: Quantizer? = nil
    /// §6.1 (Fig. 9): probability of dropping a hidden unit from the
    /// backward pass, per example (survivors scaled by 1/(1 − p)).
    public var channelDropout = 0.0

    public init(_ algorithm: Algorithm = .bp, useDerivative: Bool = true, distribution: Distribution = .gaussian,
                congruent: Bool = false, adaptationRate: Double? = nil) {
        self.algorithm = algorithm
        self.useDerivative = useDerivative
        self.distribution = distribution
        self.congruent = congruent
        self.adaptationRate = adaptationRate
    }

    public static let bp = Feedback()

    public var description: String {
        algorithm.rawValue.uppercased() + (useDerivative ? "" : " (no f′)")
            + (errorQuantizer.map { ", error quantized \($0)" } ?? "") + (updateQuantizer.map { ", update quantized \($0)" } ?? "")
            + (channelDropout > 0 ? ", channel dropout \(channelDropout)" : "")
    }

    var isSkipped: Bool { algorithm == .srbp || algorithm == .asrbp }
    var isAdaptive: Bool { algorithm == .arbp || algorithm == .asrbp }
    var usesMatrices: Bool { algorithm != .bp }

    /// (rows, columns) of the feedback matrix for hidden layer h (the
    /// output of forward layer h).
    public func shape(hidden h: Int, sizes: [Int]) -> (Int, Int) {
        isSkipped ? (sizes[sizes.count - 1], sizes[h + 1]) : (sizes[h + 2], sizes[h + 1])
    }

    /// The fixed matrices, one per hidden layer.
    func matrices(for net: Network<Double>, random: inout TrainerRandom) throws -> [[Double]] {
        let hidden = net.layerCount - 1
        if case .explicit(let given) = distribution {
            guard given.count == hidden else { throw TrainerError("\(algorithm.rawValue): \(given.count) feedback matrices given, the network has \(hidden) hidden layers") }
            for h in 0..<hidden where given[h].count != shape(hidden: h, sizes: net.sizes).0 * shape(hidden: h, sizes: net.sizes).1 {
                throw TrainerError("\(algorithm.rawValue): feedback matrix \(h) has \(given[h].count) entries, expected \(shape(hidden: h, sizes: net.sizes).0 * shape(hidden: h, sizes: net.sizes).1)")
            }
            return given
        }
        return (0..<hidden).map { h in
            let (rows, cols) = shape(hidden: h, sizes: net.sizes)
            let scale = 1 / Double(rows).squareRoot()
            var m = (0..<(rows * cols)).map { _ -> Double in
                switch distribution {
                case .gaussian: return scale * random.gaussian()
                case .plusMinusOne: return random.next() >> 63 == 0 ? scale : -scale
                case .sparse(let n):
                    let hit = random.uniform() < min(1, n / Double(cols))
                    return hit ? (isSkipped ? 1 : 1 / max(n, 1).squareRoot()) : 0
                case .explicit: return 0
                }
            }
            if congruent {
                let reference = isSkipped ? Feedback.product(net, from: h + 1) : Array(net.parameters[net.weightOffset(h + 1)..<net.biasOffset(h + 1)])
                for p in m.indices where (m[p] < 0) != (reference[p] < 0) { m[p] = -m[p] }
            }
            return m
        }
    }

    /// W^L ⋯ W^{k}, row-major n_L × n_{k} (the SBP matrix of §3).
    static func product(_ net: Network<Double>, from k: Int) -> [Double] {
        let L = net.layerCount
        var acc = Array(net.parameters[net.weightOffset(L - 1)..<net.biasOffset(L - 1)])
        var cols = net.sizes[L - 1]
        let rows = net.sizes[L]
        for layer in stride(from: L - 2, through: k, by: -1) {
            let inner = net.sizes[layer]
            var next = [Double](repeating: 0, count: rows * inner)
            for r in 0..<rows { for c in 0..<cols { for j in 0..<inner { next[r * inner + j] += acc[r * cols + c] * net.weight(layer, c, j) } } }
            acc = next
            cols = inner
        }
        return acc
    }
}
