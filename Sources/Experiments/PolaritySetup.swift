import ClaimKit
import Trainer

/// The XOR-5D setting shared by paper 000's figures (§2.1, appendix B):
/// one hidden ReLU layer, BCE, Adam, mini-batches of 32, 100 epochs, a
/// fixed training set per size and a 1000-sample validation set; all
/// scenarios of one trial share the initial magnitudes and the batch order
/// (the trainer seeds both from (seed, trial) alone), as the paper controls.
///
/// Settings the paper leaves open are ours and recorded in every report:
/// learning rate 0.01, PyTorch's fan-in uniform initialization, Freeze-SGD
/// ε = 0.01, and the blob spread σ of `Datasets.xor5dSigma`.
struct PolaritySetup: Sendable {
    enum Scenario: String, CaseIterable, Sendable {
        case fluid = "Fluid-Net"
        case sufficient = "Frozen-Net Sufficient-Polarity"
        case random = "Frozen-Net RAND-Polarity"
    }

    var hidden = 64
    var epochs = 100
    var batch = 32
    var learningRate = 0.01
    var epsilon = 0.01
    var validationSize = 1000
    var resetMode = FreezeSGD.ResetMode.posRand

    /// Training data of a size, and the validation set, from the seed.
    static func trainingSet(size: Int, seed: UInt64) -> TrainingData { Datasets.xor5d(count: size, seed: seed &+ UInt64(size) &* 0x9E37_79B9) }
    static func validationSet(size: Int, seed: UInt64) -> TrainingData { Datasets.xor5d(count: size, seed: ~seed) }

    /// Template signs for one trial, drawn from the trial's own substream.
    /// Sufficient polarity (§2.1): random input-weight signs; output sign
    /// of unit i is −sign(w_i1)·sign(w_i2). The paper states "the sign
    /// product"; with our labels (class 1 when the two corner bits differ,
    /// i.e. x₁x₂ < 0) a unit with equal-sign weights fires on the
    /// agreeing corners and must vote for class 0, hence the minus sign.
    static func template(_ scenario: Scenario, hidden: Int, seed: UInt64, trial: Int) -> PolarityTemplate? {
        var random = TrainerRandom(seed: seed, stream: UInt64(trial)).substream(0x504F_4C41)  // "POLA"
        switch scenario {
        case .fluid: return nil
        case .random: return PolarityTemplate.random(sizes: [5, hidden, 1], random: &random)
        case .sufficient:
            let first: [Int8] = (0..<(5 * hidden)).map { _ in random.next() >> 63 == 0 ? 1 : -1 }
            let output: [Int8] = (0..<hidden).map { i in -first[5 * i] * first[5 * i + 1] }
            return PolarityTemplate(signs: [first, output])
        }
    }

    func configuration(_ scenario: Scenario, seed: UInt64, trial: Int, trackTarget: Bool) -> TrainingConfiguration {
        var c = TrainingConfiguration(widths: [hidden], activation: .relu, loss: .bceWithLogits, optimizer: .adamDefault,
                                      learningRate: learningRate, epochs: epochs, batchSize: batch, initialization: .fanInUniform,
                                      targetAccuracy: 0.8, trackEpochsToTarget: trackTarget)
        if let t = PolaritySetup.template(scenario, hidden: hidden, seed: seed, trial: trial) {
            c.freeze = FreezeSGD(template: t, mode: resetMode, epsilon: epsilon)
        }
        return c
    }

    /// Per trial: validation accuracy and epochs to 80 % training accuracy.
    struct Outcome: Sendable, Equatable {
        let validationAccuracy: Double
        let epochsTo80: Int?
    }

    func run(_ scenario: Scenario, trainingSize: Int, trials: Int, seed: UInt64, threads: Int, trackTarget: Bool = true) throws -> [Outcome] {
        let data = PolaritySetup.trainingSet(size: trainingSize, seed: seed)
        let validation = PolaritySetup.validationSet(size: validationSize, seed: seed)
        let results = try Training.runTrials({ self.configuration(scenario, seed: seed, trial: $0, trackTarget: trackTarget) },
                                             data: data, trials: trials, seed: seed, threads: threads)
        return try results.map { r in
            let net = try Network<Double>(sizes: [5, hidden, 1], activation: .relu, parameters: r.parameters)
            return Outcome(validationAccuracy: PolaritySetup.accuracy(net, validation), epochsTo80: r.epochsToTarget)
        }
    }

    /// Fraction of examples whose logit has the label's sign (z = 0 wrong).
    static func accuracy(_ net: Network<Double>, _ data: TrainingData) -> Double {
        var right = 0
        for i in 0..<data.count {
            let z = net.output(data.input(i))[0]
            if data.label(i)[0] == 1 ? z > 0 : z < 0 { right += 1 }
        }
        return Double(right) / Double(data.count)
    }

    var settings: [(String, String)] {
        [("architecture", "5 → \(hidden) ReLU → 1, BCE with logits"), ("optimizer", "Adam(0.9, 0.999, 1e-8), lr \(learningRate)"),
         ("batches", "\(batch), seeded shuffle, \(epochs) epochs"), ("initialization", "fan-in uniform (PyTorch nn.Linear)"),
         ("Freeze-SGD", "reset \(resetMode.rawValue), ε = \(epsilon), biases free"),
         ("data", "XOR-5D, σ = \(Datasets.xor5dSigma) around the corners, noise N(1,1); validation \(validationSize) samples")]
    }
}

extension PolaritySetup.Outcome {
    /// A grid row of outcomes: per trial the validation accuracy and the
    /// epochs to 80 % ("–" when not reached).
    static func row(_ outcomes: [Self]) -> [Cell] {
        outcomes.flatMap { [.measured($0.validationAccuracy), $0.epochsTo80.map { .integer($0) } ?? .text("–")] }
    }

    /// The outcomes of a grid row written by ``row(_:)``.
    static func outcomes(_ row: [Cell]) -> [Self] {
        stride(from: 0, to: row.count, by: 2).map { i in
            Self(validationAccuracy: row.measured(i), epochsTo80: row[i + 1] == .text("–") ? nil : row.integer(i + 1))
        }
    }
}
