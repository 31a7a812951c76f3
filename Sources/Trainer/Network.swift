/// A dense MLP's shape and parameters: layer sizes n₀ → n₁ → … → n_L, hidden
/// layers with `activation`, a linear output layer. All parameters live in
/// one contiguous array, layer by layer: W_k (row-major, n_{k+1} × n_k) then
/// b_k, so optimizers and hooks are single loops.
///
/// **Edge cases:** `sizes` needs at least two entries, all positive
/// (checked by `init`); an empty hidden list is a linear model.
public struct Network<T: TrainerScalar>: Sendable, Equatable {
    public let sizes: [Int]
    public let activation: Activation
    public var parameters: [T]

    public init(sizes: [Int], activation: Activation, parameters: [T]? = nil) throws {
        guard sizes.count >= 2 else { throw TrainerError("a network needs an input and an output layer") }
        if let bad = sizes.firstIndex(where: { $0 < 1 }) {
            throw TrainerError("layer \(bad) has width \(sizes[bad]); every width must be at least 1")
        }
        let count = Network.parameterCount(sizes)
        if let parameters, parameters.count != count {
            throw TrainerError("explicit initialization has \(parameters.count) values, the network \(sizes.map(String.init).joined(separator: "→")) has \(count)")
        }
        self.sizes = sizes
        self.activation = activation
        self.parameters = parameters ?? Array(repeating: 0, count: count)
    }

    public var layerCount: Int { sizes.count - 1 }

    static func parameterCount(_ sizes: [Int]) -> Int {
        (0..<(sizes.count - 1)).reduce(0) { $0 + sizes[$1 + 1] * (sizes[$1] + 1) }
    }

    /// Offset of W_k in `parameters`.
    public func weightOffset(_ k: Int) -> Int {
        (0..<k).reduce(0) { $0 + sizes[$1 + 1] * (sizes[$1] + 1) }
    }

    /// Offset of b_k in `parameters`.
    public func biasOffset(_ k: Int) -> Int { weightOffset(k) + sizes[k + 1] * sizes[k] }

    /// W_k[i][j]: from unit j of layer k to unit i of layer k + 1.
    public func weight(_ k: Int, _ i: Int, _ j: Int) -> T { parameters[weightOffset(k) + i * sizes[k] + j] }
    public mutating func setWeight(_ k: Int, _ i: Int, _ j: Int, _ v: T) { parameters[weightOffset(k) + i * sizes[k] + j] = v }
    public func bias(_ k: Int, _ i: Int) -> T { parameters[biasOffset(k) + i] }
    public mutating func setBias(_ k: Int, _ i: Int, _ v: T) { parameters[biasOffset(k) + i] = v }

    /// The network's output for one input (a plain reference forward pass,
    /// independent of the training engine's batched loops).
    public func output(_ input: [T]) -> [T] {
        precondition(input.count == sizes[0], "input has \(input.count) values, the network expects \(sizes[0])")
        var x = input
        for k in 0..<layerCount {
            var s = [T](repeating: 0, count: sizes[k + 1])
            for i in 0..<sizes[k + 1] {
                var acc = bias(k, i)
                for j in 0..<sizes[k] { acc += weight(k, i, j) * x[j] }
                s[i] = k == layerCount - 1 ? acc : activation.value(acc)
            }
            x = s
        }
        return x
    }

    /// The same network in another precision.
    public func converted<U: TrainerScalar>(to _: U.Type) -> Network<U> {
        // Shape is already valid, so init cannot throw.
        try! Network<U>(sizes: sizes, activation: activation, parameters: parameters.map { U($0) })
    }
}

/// A one-line, user-facing error from the trainer (bad configuration or data).
public struct TrainerError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
