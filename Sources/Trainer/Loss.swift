/// Per-example losses on the network's linear output z, averaged over the
/// batch (and over outputs), as PyTorch's defaults do.
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

    public var description: String {
        switch self {
        case .bceWithLogits: return "bce"
        case .mse: return "mse"
        case .hinge(let b): return "hinge:\(b)"
        }
    }

    /// The training target for a Boolean label.
    public func target(bit: Double) -> Double {
        switch self {
        case .bceWithLogits: return bit
        case .mse, .hinge: return 1 - 2 * bit
        }
    }

    /// The loss of one output and its derivative with respect to z.
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
        }
    }

    /// Whether output z classifies the target t correctly: the sign of z
    /// agrees with the target's class (z = 0 counts as wrong).
    @inline(__always)
    func isCorrect<T: TrainerScalar>(_ z: T, _ t: T) -> Bool {
        switch self {
        case .bceWithLogits: return t > 0.5 ? z > 0 : z < 0
        case .mse, .hinge: return t > 0 ? z > 0 : z < 0
        }
    }
}
