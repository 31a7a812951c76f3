/// Per-example losses on the network's linear output z, averaged over the
/// batch (and over outputs), as PyTorch's defaults do. Softmax
/// cross-entropy couples the outputs of an example and is averaged over
/// the batch only (PyTorch's `CrossEntropyLoss`).
///
/// Labels: a binary data set stores Boolean values b ∈ {0, 1}. BCE trains
/// toward P(b = 1) = σ(z); hinge and MSE train toward the ±1 value
/// y = 1 − 2b (DESIGN.md: Boolean 0 ↦ +1, 1 ↦ −1). A real-valued data set's
/// labels are used as targets unchanged.
///
/// **Edge cases:** BCE is computed as max(z,0) − zt + log1p(e^−|z|), finite
/// for any finite z; the hinge's derivative at the kink yz = β is taken as 0.
public enum Loss: Sendable, Equatable, CustomStringConvertible {
    case bceWithLogits
    case mse
    /// max(0, β − y·z) with margin β (paper 001 §3.1).
    case hinge(Double)
    /// log Σ_o e^{z_o} − z_label for one-hot labels (paper 003 §4's softmax
    /// outputs); evaluated per example by the internal `softmax` kernel.
    case softmaxCrossEntropy

    public var description: String {
        switch self {
        case .bceWithLogits: return "bce"
        case .mse: return "mse"
        case .hinge(let b): return "hinge:\(b)"
        case .softmaxCrossEntropy: return "softmax-ce"
        }
    }

    /// The training target for a Boolean label.
    public func target(bit: Double) -> Double {
        switch self {
        case .bceWithLogits, .softmaxCrossEntropy: return bit
        case .mse, .hinge: return 1 - 2 * bit
        }
    }

    /// Whether the loss couples an example's outputs (softmax) rather than
    /// summing one term per output.
    public var couplesOutputs: Bool { self == .softmaxCrossEntropy }

    /// The loss of one output and its derivative with respect to z (not
    /// defined for softmax cross-entropy, whose terms couple the outputs).
    @inline(__always)
    public func valueAndDerivative<T: TrainerScalar>(_ z: T, _ t: T) -> (T, T) {
        switch self {
        case .bceWithLogits:
            let loss = (z > 0 ? z : 0) - z * t + T.log1p(T.exp(-z.magnitude))
            return (loss, Activation.logistic(z) - t)
        case .mse:
            let r = z - t
            return (r * r, 2 * r)
        case .hinge(let beta):
            let slack = T(beta) - t * z
            return slack > 0 ? (slack, -t) : (0, 0)
        case .softmaxCrossEntropy: preconditionFailure("softmax cross-entropy is evaluated per example (Loss.softmax)")
        }
    }

    /// Only the derivative (the training step does not need the value;
    /// BCE then skips its log1p).
    @inline(__always)
    func derivative<T: TrainerScalar>(_ z: T, _ t: T) -> T {
        switch self {
        case .bceWithLogits: return Activation.logistic(z) - t
        case .mse: return 2 * (z - t)
        case .hinge(let beta): return T(beta) - t * z > 0 ? -t : 0
        case .softmaxCrossEntropy: preconditionFailure("softmax cross-entropy is evaluated per example (Loss.softmax)")
        }
    }

    /// Whether output z classifies the target t correctly: the sign of z
    /// agrees with the target's class (z = 0 counts as wrong).
    @inline(__always)
    func isCorrect<T: TrainerScalar>(_ z: T, _ t: T) -> Bool {
        switch self {
        case .bceWithLogits: return t > 0.5 ? z > 0 : z < 0
        case .mse, .hinge: return t > 0 ? z > 0 : z < 0
        case .softmaxCrossEntropy: preconditionFailure("softmax cross-entropy is evaluated per example (Loss.softmax)")
        }
    }

    /// Softmax cross-entropy of one example: outputs z_o = z[o·stride], one-hot
    /// targets t_o = t[o·tStride], o < count. Writes p_o − t_o (∂loss/∂z_o)
    /// times `scale` into d[o·stride]; returns the loss and whether the
    /// largest output (first on ties) is the labelled class.
    ///
    /// **Edge cases:** shifting by max z keeps every exponential ≤ 1, so
    /// any finite logits give a finite loss.
    @inline(__always)
    static func softmax<T: TrainerScalar>(_ z: UnsafePointer<T>, _ t: UnsafePointer<T>, _ d: UnsafeMutablePointer<T>,
                                          count: Int, stride: Int, tStride: Int, scale: T) -> (T, Bool) {
        var best = 0
        for o in 1..<count where z[o * stride] > z[best * stride] { best = o }
        let m = z[best * stride]
        var sum: T = 0
        for o in 0..<count { sum += T.exp(z[o * stride] - m) }
        let logSum = m + T.log1p(sum - 1)  // sum ≥ 1: the largest term is e⁰
        var loss: T = 0
        for o in 0..<count {
            let zo = z[o * stride], to = t[o * tStride]
            loss += to * (logSum - zo)
            d[o * stride] = (T.exp(zo - m) / sum - to) * scale
        }
        return (loss, t[best * tStride] > 0.5)
    }
}
