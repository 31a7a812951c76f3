/// Hidden-layer transfer functions f (the output layer is always linear: a
/// logit for BCE, a score for hinge and MSE).
///
/// **Edge cases:** at a kink (ReLU and leaky ReLU at 0) the derivative is the
/// right-hand one for leaky ReLU's slope and 0 for ReLU, as in PyTorch.
/// `power(μ)` is the odd extension sign(x)·|x|^μ (paper 003 §7.9 uses
/// μ = 1/3 as an S-shaped unit); its derivative μ|x|^(μ−1) is taken as 0 at
/// x = 0 when μ < 1, where it is infinite.
public enum Activation: Sendable, Equatable, CustomStringConvertible {
    case relu
    case leakyReLU(Double)
    case sigmoid
    case tanh
    case identity
    case power(Double)

    public var description: String {
        switch self {
        case .relu: return "relu"
        case .leakyReLU(let a): return "leaky-relu:\(a)"
        case .sigmoid: return "sigmoid"
        case .tanh: return "tanh"
        case .identity: return "identity"
        case .power(let m): return "power:\(m)"
        }
    }

    /// True when f(λx) = λf(x) for λ > 0, the units whose incoming and
    /// outgoing weights can be rescaled without changing the function
    /// (paper 004's BiLU units).
    public var isPositivelyHomogeneous: Bool {
        switch self {
        case .relu, .leakyReLU, .identity: return true
        case .sigmoid, .tanh, .power: return false
        }
    }

    @inline(__always)
    public func value<T: TrainerScalar>(_ x: T) -> T {
        switch self {
        case .relu: return x > 0 ? x : 0
        case .leakyReLU(let a): return x > 0 ? x : T(a) * x
        case .sigmoid: return Activation.logistic(x)
        case .tanh: return T.tanh(x)
        case .identity: return x
        case .power(let m):
            if x == 0 { return 0 }
            let y = T.pow(x.magnitude, T(m))
            return x < 0 ? -y : y
        }
    }

    /// f′(x), given x and y = f(x) (sigmoid and tanh use y).
    @inline(__always)
    public func derivative<T: TrainerScalar>(_ x: T, _ y: T) -> T {
        switch self {
        case .relu: return x > 0 ? 1 : 0
        case .leakyReLU(let a): return x > 0 ? 1 : T(a)
        case .sigmoid: return y * (1 - y)
        case .tanh: return 1 - y * y
        case .identity: return 1
        case .power(let m):
            if x == 0 { return m < 1 ? 0 : (m == 1 ? 1 : 0) }
            return T(m) * T.pow(x.magnitude, T(m) - 1)
        }
    }

    /// Overflow-free logistic function.
    @inline(__always)
    static func logistic<T: TrainerScalar>(_ x: T) -> T {
        // 1/(1 + e^−x) for x ≥ 0, e^x/(1 + e^x) below; e^(−|x|) is the
        // exponential of both, so the only branch left is a select (the
        // sign of a logit is unpredictable).
        let e = T.exp(-x.magnitude)
        return (x >= 0 ? 1 : e) / (1 + e)
    }

    /// y[i] = f(x[i]) for i < n; the switch sits outside the loop.
    @inline(__always)
    func apply<T: TrainerScalar>(_ x: UnsafePointer<T>, _ y: UnsafeMutablePointer<T>, _ n: Int) {
        switch self {
        case .relu: for i in 0..<n { let v = x[i]; y[i] = v > 0 ? v : 0 }
        case .leakyReLU(let a):
            let s = T(a)
            for i in 0..<n { let v = x[i]; y[i] = v > 0 ? v : s * v }
        case .identity: for i in 0..<n { y[i] = x[i] }
        default: for i in 0..<n { y[i] = value(x[i]) }
        }
    }

    /// d[i] *= f′(x[i]) for i < n.
    @inline(__always)
    func multiplyDerivative<T: TrainerScalar>(_ x: UnsafePointer<T>, _ y: UnsafePointer<T>, _ d: UnsafeMutablePointer<T>, _ n: Int) {
        switch self {
        // A multiply by a selected constant: branch-free, so it vectorizes
        // (the signs of pre-activations are unpredictable).
        case .relu: for i in 0..<n { let m: T = x[i] > 0 ? 1 : 0; d[i] *= m }
        case .leakyReLU(let a):
            let s = T(a)
            for i in 0..<n { let m: T = x[i] > 0 ? 1 : s; d[i] *= m }
        case .identity: break
        default: for i in 0..<n { d[i] *= derivative(x[i], y[i]) }
        }
    }
}
