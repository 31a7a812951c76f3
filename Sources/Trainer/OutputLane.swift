/// One example's logit in the specialised passes (tiny and narrow): the
/// gradient ∂loss/∂z, its loss added to `total` when wanted, and a correct
/// sign counted. Defined once so the passes cannot drift from each other;
/// the speed-path tests hold both to the general loops bit for bit.
struct OutputLane<T: TrainerScalar> {
    /// 0: BCE with logits, 1: MSE, 2: hinge with margin `beta`.
    let kind: Int
    let beta: T
    let wantLoss: Bool

    init(_ loss: Loss, wantLoss: Bool, pass: String) {
        switch loss {
        case .bceWithLogits: (kind, beta) = (0, 0)
        case .mse: (kind, beta) = (1, 0)
        case .hinge(let m): (kind, beta) = (2, T(m))
        case .softmaxCrossEntropy: preconditionFailure("the \(pass) pass has no softmax")
        }
        self.wantLoss = wantLoss
    }

    @inline(__always) func gradient(_ zl: T, _ t: T, total: inout T, correct: inout Int) -> T {
        let grad: T
        let right: Bool
        switch kind {
        case 0:
            let e = T.exp(-zl.magnitude)  // as Activation.logistic
            grad = (zl >= 0 ? 1 : e) / (1 + e) - t
            if wantLoss { total += (zl > 0 ? zl : 0) - zl * t + T.log1p(e) }
            right = t > 0.5 ? zl > 0 : zl < 0
        case 1:
            let r = zl - t
            grad = 2 * r
            if wantLoss { total += r * r }
            right = t > 0 ? zl > 0 : zl < 0
        default:
            let slack = beta - t * zl
            grad = slack > 0 ? -t : 0
            if wantLoss { total += slack > 0 ? slack : 0 }
            right = t > 0 ? zl > 0 : zl < 0
        }
        if right { correct &+= 1 }
        return grad
    }
}

extension Engine {
    /// The hidden activation as the specialised passes branch on it:
    /// 0 ReLU, 1 leaky ReLU with `slope`, 2 identity (slope 1).
    var hiddenActivationKind: (kind: Int, slope: T) {
        switch activation {
        case .relu: return (0, 0)
        case .leakyReLU(let a): return (1, T(a))
        default: return (2, 1)
        }
    }
}
