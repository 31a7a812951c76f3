/// Command-line spellings of the trainer's choices, parsed with one-line
/// errors that list what is allowed.
extension Activation {
    /// `relu`, `leaky-relu[:α]` (α defaults to 0.01), `sigmoid`, `tanh`,
    /// `identity`, `power:μ`.
    public init(spec: String) throws {
        let (name, arg) = splitSpec(spec)
        switch (name, arg) {
        case ("relu", nil): self = .relu
        case ("leaky-relu", nil): self = .leakyReLU(0.01)
        case ("leaky-relu", let a?): self = .leakyReLU(try number(a, in: spec))
        case ("sigmoid", nil): self = .sigmoid
        case ("tanh", nil): self = .tanh
        case ("identity", nil): self = .identity
        case ("power", let m?): self = .power(try number(m, in: spec))
        default: throw TrainerError("unknown activation '\(spec)'; use relu, leaky-relu:<alpha>, sigmoid, tanh, identity or power:<mu>")
        }
    }
}

extension Loss {
    /// `bce`, `mse`, `hinge[:β]` (β defaults to 1), `softmax-ce`.
    public init(spec: String) throws {
        let (name, arg) = splitSpec(spec)
        switch (name, arg) {
        case ("bce", nil): self = .bceWithLogits
        case ("mse", nil): self = .mse
        case ("hinge", nil): self = .hinge(1)
        case ("hinge", let b?): self = .hinge(try number(b, in: spec))
        case ("softmax-ce", nil): self = .softmaxCrossEntropy
        default: throw TrainerError("unknown loss '\(spec)'; use bce, mse, hinge:<beta> or softmax-ce")
        }
    }
}

extension Optimizer {
    /// `sgd`, `momentum[:μ]` (μ defaults to 0.9), `adam`.
    public init(spec: String) throws {
        let (name, arg) = splitSpec(spec)
        switch (name, arg) {
        case ("sgd", nil): self = .sgd
        case ("momentum", nil): self = .momentum(0.9)
        case ("momentum", let m?): self = .momentum(try number(m, in: spec))
        case ("adam", nil): self = .adamDefault
        default: throw TrainerError("unknown optimizer '\(spec)'; use sgd, momentum:<mu> or adam")
        }
    }
}

extension Feedback {
    /// `bp`, `rbp`, `srbp`, `arbp`, `asrbp`, each optionally `-no-fprime`.
    public init(spec: String) throws {
        var name = spec
        var derivative = true
        if name.hasSuffix("-no-fprime") { name.removeLast("-no-fprime".count); derivative = false }
        guard let a = Algorithm(rawValue: name) else {
            throw TrainerError("unknown feedback '\(spec)'; use bp, rbp, srbp, arbp or asrbp, optionally with -no-fprime")
        }
        self.init(a, useDerivative: derivative)
    }
}

extension Initialization {
    /// `he`, `glorot`, `fan-in-uniform`, `symmetric`.
    public init(spec: String) throws {
        switch spec {
        case "he": self = .he
        case "glorot": self = .glorot
        case "fan-in-uniform": self = .fanInUniform
        case "symmetric": self = .custom(SymmetricInitialization())
        default: throw TrainerError("unknown initialization '\(spec)'; use he, glorot, fan-in-uniform or symmetric")
        }
    }
}

private func splitSpec(_ spec: String) -> (String, String?) {
    guard let colon = spec.firstIndex(of: ":") else { return (spec, nil) }
    return (String(spec[..<colon]), String(spec[spec.index(after: colon)...]))
}

private func number(_ text: String, in spec: String) throws -> Double {
    guard let v = Double(text), v.isFinite else { throw TrainerError("'\(spec)': '\(text)' is not a finite number") }
    return v
}
