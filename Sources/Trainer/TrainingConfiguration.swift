/// Which implementation of the training pass runs.
///
/// * `automatic`: the fast path (`FastKernel.swift`) for the small
///   one-hidden-layer shapes it covers — results agree with the general
///   loops to the tolerance stated there, not bit for bit — else as
///   `bitIdentical`.
/// * `bitIdentical`: the specialised passes that perform the general
///   loops' operations in the same order (`TinyKernel.swift`,
///   `NarrowKernel.swift`), else the general loops.
/// * `general`: the general loops only.
public enum Kernel: String, Sendable, CaseIterable {
    case automatic, bitIdentical = "bit-identical", general
}

/// Everything that defines a training run except the data and the seed.
public struct TrainingConfiguration: Sendable {
    /// Hidden widths n₁ … n_{L−1}; the input and output widths come from the data.
    public var widths: [Int]
    public var activation: Activation
    public var loss: Loss
    public var optimizer: Optimizer
    public var learningRate: Double
    public var epochs: Int
    /// nil = full batch; otherwise mini-batches in a seeded shuffle each
    /// epoch, the last one possibly smaller.
    public var batchSize: Int?
    public var initialization: Initialization
    public var precision: Precision
    /// Training accuracy that counts as success (1 = every example right).
    public var targetAccuracy: Double
    public var stopAtTarget: Bool
    /// Evaluate after every epoch to find the first epoch at the target
    /// (free for full batch; one extra forward pass per epoch otherwise).
    public var trackEpochsToTarget: Bool
    /// Keep loss and accuracy after every epoch (epoch 0 = at initialization).
    public var recordMetrics: Bool
    /// Record, after every epoch, the fraction of each layer's weights that
    /// changed sign during it (`TrialResult.signFlips`; paper 000 Fig. C.5).
    public var trackSignFlips = false
    /// `.automatic` lets the trainer pick the fastest pass that applies
    /// (the fast path within a stated tolerance, or a bit-identical
    /// specialised pass); `.bitIdentical` keeps results bit for bit equal
    /// to `.general`, the general loops (see `Kernel`).
    public var kernel = Kernel.automatic
    public var freeze: FreezeSGD?
    public var feedback: Feedback
    public var balancing: (any BalancingHook)?
    /// Layers (0-based) whose parameters are never updated (paper 001 §3.3
    /// trains only the output layer).
    public var frozenLayers: Set<Int>

    public init(widths: [Int], activation: Activation = .relu, loss: Loss = .bceWithLogits,
                optimizer: Optimizer = .adamDefault, learningRate: Double = 0.01, epochs: Int = 100,
                batchSize: Int? = nil, initialization: Initialization = .fanInUniform, precision: Precision = .double,
                targetAccuracy: Double = 1, stopAtTarget: Bool = false, trackEpochsToTarget: Bool = true, recordMetrics: Bool = false,
                freeze: FreezeSGD? = nil, feedback: Feedback = .bp, balancing: (any BalancingHook)? = nil,
                frozenLayers: Set<Int> = []) {
        self.widths = widths
        self.activation = activation
        self.loss = loss
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.epochs = epochs
        self.batchSize = batchSize
        self.initialization = initialization
        self.precision = precision
        self.targetAccuracy = targetAccuracy
        self.stopAtTarget = stopAtTarget
        self.trackEpochsToTarget = trackEpochsToTarget
        self.recordMetrics = recordMetrics
        self.freeze = freeze
        self.feedback = feedback
        self.balancing = balancing
        self.frozenLayers = frozenLayers
    }

    public func sizes(for data: TrainingData) -> [Int] { [data.inputDimension] + widths + [data.outputDimension] }

    /// Checks the settings against the data; one clear message per problem.
    public func validate(for data: TrainingData) throws {
        if let bad = widths.first(where: { $0 < 1 }) { throw TrainerError("hidden width \(bad) is impossible; widths must be at least 1") }
        guard learningRate > 0, learningRate.isFinite else { throw TrainerError("learning rate must be positive, got \(learningRate)") }
        guard epochs >= 1 else { throw TrainerError("epochs must be at least 1, got \(epochs)") }
        if let b = batchSize, b < 1 { throw TrainerError("batch size must be at least 1, got \(b)") }
        guard targetAccuracy > 0, targetAccuracy <= 1 else { throw TrainerError("target accuracy must be in (0, 1], got \(targetAccuracy)") }
        switch activation {
        case .leakyReLU(let a) where !a.isFinite: throw TrainerError("leaky ReLU slope must be finite")
        case .power(let m) where !(m > 0 && m.isFinite): throw TrainerError("power exponent must be positive, got \(m)")
        default: break
        }
        switch optimizer {
        case .momentum(let m) where !(m >= 0 && m < 1): throw TrainerError("momentum must be in [0, 1), got \(m)")
        case .adam(let b1, let b2, let e) where !(b1 >= 0 && b1 < 1 && b2 >= 0 && b2 < 1 && e > 0):
            throw TrainerError("Adam needs β₁, β₂ in [0, 1) and ε > 0")
        default: break
        }
        if loss == .softmaxCrossEntropy {
            guard data.outputDimension >= 2 else { throw TrainerError("softmax cross-entropy needs at least 2 outputs, the data have \(data.outputDimension)") }
            guard data.labelKind == .bits, (0..<data.count).allSatisfy({ data.label($0).reduce(0, +) == 1 }) else {
                throw TrainerError("softmax cross-entropy needs one-hot labels (exactly one 1 per row)")
            }
        }
        if case .hinge(let beta) = loss, !(beta >= 0 && beta.isFinite) { throw TrainerError("hinge margin must be non-negative, got \(beta)") }
        if loss == .bceWithLogits, data.labelKind == .real, !data.labels.allSatisfy({ (0...1).contains($0) }) {
            throw TrainerError("BCE needs labels in [0, 1]")
        }
        let layers = widths.count + 1
        if let bad = frozenLayers.first(where: { !(0..<layers).contains($0) }) { throw TrainerError("frozen layer \(bad) does not exist (layers 0…\(layers - 1))") }
        if let f = freeze, !(f.epsilon > 0 && f.epsilon.isFinite) { throw TrainerError("Freeze-SGD ε must be positive") }
        let sizes = self.sizes(for: data)
        let parameters = zip(sizes, sizes.dropFirst()).reduce(0.0) { $0 + Double($1.0 + 1) * Double($1.1) }
        guard parameters <= Self.maximumParameters else {
            throw TrainerError("the network \(sizes.map(String.init).joined(separator: "-")) has \(Int(parameters)) parameters; the trainer's limit is \(Int(Self.maximumParameters)) (each trial keeps several copies in memory)")
        }
        let activations = Double(batchSize ?? data.count) * Double(sizes.reduce(0, +))
        guard activations <= Self.maximumActivations else {
            throw TrainerError("a batch of \(batchSize ?? data.count) rows through widths \(sizes) needs \(Int(activations)) activations; the limit is \(Int(Self.maximumActivations)) (use a smaller --batch)")
        }
    }

    /// Memory bounds checked before any trial starts: parameters (weights,
    /// gradients and optimizer state, per worker) and activations per batch.
    public static let maximumParameters = 2e7
    public static let maximumActivations = 5e7
}
