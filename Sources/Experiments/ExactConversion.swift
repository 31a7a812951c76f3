import ExactArithmetic
import LinearRegions
import Trainer

/// A trained float network read as an exact one: every Double is a dyadic
/// rational, so `Rational(exactly:)` loses nothing and the regions counted
/// are those of the very function the trainer computes in exact arithmetic.
enum ExactConversion {
    /// The trainer's flat parameters (W_k row-major, then b_k, layer by
    /// layer) as a `ReLUNetwork`; leak ℓ becomes the dyadic value of the
    /// Double ℓ, the slope the trainer actually used.
    static func network(sizes: [Int], parameters: [Double], leak: Double) throws -> ReLUNetwork {
        let net = try Network<Double>(sizes: sizes, activation: leak == 0 ? .relu : .leakyReLU(leak), parameters: parameters)
        func exact(_ x: Double) throws -> Rational {
            guard let r = Rational(exactly: x) else { throw TrainerError("a trained parameter is not finite (\(x))") }
            return r
        }
        var layers: [AffineLayer] = []
        for k in 0..<net.layerCount {
            let w = try (0..<sizes[k + 1]).map { i in try (0..<sizes[k]).map { j in try exact(net.weight(k, i, j)) } }
            let b = try (0..<sizes[k + 1]).map { i in try exact(net.bias(k, i)) }
            layers.append(try AffineLayer(weight: w, bias: b))
        }
        let activation: LinearRegions.Activation = leak == 0 ? .relu : .leakyReLU(slope: try exact(leak))
        return try ReLUNetwork(layers: layers, activation: activation)
    }
}
