import ExactArithmetic

/// The activation after every layer but the last.
public enum Activation: Sendable, Hashable {
    /// max(z, 0).
    case relu
    /// z for z > 0, slope·z otherwise.
    case leakyReLU(slope: Rational)

    /// σ'(z) on the open side z > 0 (`active`) or z < 0: the factor the
    /// pre-activation is multiplied by on a region.
    public func factor(active: Bool) -> Rational {
        if active { return Rational(1) }
        switch self {
        case .relu: return Rational(0)
        case .leakyReLU(let slope): return slope
        }
    }

    public func apply(_ z: Rational) -> Rational { z * factor(active: z.signum > 0) }
}

/// One affine layer in PyTorch `nn.Linear` layout: `weight[i]` is output
/// unit i's row, so the layer maps x ↦ weight·x + bias.
public struct AffineLayer: Sendable, Hashable {
    public let weight: [[Rational]]
    public let bias: [Rational]

    /// **Edge cases:** rows of unequal length or a bias of another length
    /// than the row count throw ``NetworkError``.
    public init(weight: [[Rational]], bias: [Rational]) throws {
        guard let width = weight.first?.count, width > 0 else { throw NetworkError("a layer has an empty weight matrix") }
        guard weight.allSatisfy({ $0.count == width }) else { throw NetworkError("a layer's weight rows have different lengths") }
        guard bias.count == weight.count else {
            throw NetworkError("a layer has \(weight.count) weight rows but \(bias.count) biases")
        }
        self.weight = weight
        self.bias = bias
    }

    public var inputs: Int { weight[0].count }
    public var outputs: Int { weight.count }

    public func apply(_ x: [Rational]) -> [Rational] {
        zip(weight, bias).map { row, b in
            var s = b
            for (w, v) in zip(row, x) where !w.isZero { s += w * v }
            return s
        }
    }
}

/// A dense feed-forward network with rational weights: the activation after
/// every layer but the last, which is affine. The exact object whose
/// activation regions this module enumerates (dissertation §5.2, eq. 5.23).
public struct ReLUNetwork: Sendable, Hashable {
    public let layers: [AffineLayer]
    public let activation: Activation

    /// **Edge cases:** no layers, or consecutive layers whose sizes do not
    /// chain, throw ``NetworkError``.
    public init(layers: [AffineLayer], activation: Activation = .relu) throws {
        guard !layers.isEmpty else { throw NetworkError("the network has no layers") }
        for (l, (a, b)) in zip(layers, layers.dropFirst()).enumerated() where a.outputs != b.inputs {
            throw NetworkError("layer \(l) has \(a.outputs) outputs but layer \(l + 1) expects \(b.inputs) inputs")
        }
        self.layers = layers
        self.activation = activation
    }

    /// Builds from integer-or-rational rows; throws on shape mismatch.
    public init(_ spec: [(weight: [[Rational]], bias: [Rational])], activation: Activation = .relu) throws {
        try self.init(layers: spec.map { try AffineLayer(weight: $0.weight, bias: $0.bias) }, activation: activation)
    }

    /// Input dimension d = N₀.
    public var inputDimension: Int { layers[0].inputs }
    public var outputDimension: Int { layers[layers.count - 1].outputs }
    /// Widths N₀, N₁, …, N_L.
    public var widths: [Int] { [inputDimension] + layers.map(\.outputs) }
    /// Hidden units (those followed by the activation).
    public var hiddenUnits: Int { layers.dropLast().reduce(0) { $0 + $1.outputs } }

    /// The network's value at x, exactly.
    public func evaluate(_ x: [Rational]) -> [Rational] {
        var h = x
        for (l, layer) in layers.enumerated() {
            h = layer.apply(h)
            if l < layers.count - 1 { h = h.map(activation.apply) }
        }
        return h
    }

    /// The activation pattern at x: one bit per hidden unit, layer by layer,
    /// set when the pre-activation is > 0.
    public func pattern(at x: [Rational]) -> [Bool] {
        var h = x, bits: [Bool] = []
        for layer in layers.dropLast() {
            let z = layer.apply(h)
            bits += z.map { $0.signum > 0 }
            h = z.map(activation.apply)
        }
        return bits
    }

    /// The architecture as `2-16-16-1`.
    public var architecture: String { widths.map(String.init).joined(separator: "-") }
}

/// A network file or network description that cannot be used, in one line.
public struct NetworkError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
