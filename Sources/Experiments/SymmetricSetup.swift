import ClaimKit
import SymmetricNets
import Trainer

/// Paper 001 §5: learning a symmetric function on {0,1}ⁿ with one hidden
/// ReLU layer, hinge loss with margin β, SGD with mini-batches of one in a
/// fresh shuffle every epoch; training error on the sample and true error
/// on fresh uniform samples (10⁴ in full mode, as the paper's footnote 2).
///
/// Readings used (recorded in every report):
/// * symmetric initialization (§3.1, the trainer's hook): n + 3 hidden
///   units (Lemma 2's width; the paper's experiments use 4n + 3), output
///   layer zero; step h and β = n³h as in §5;
/// * random initialization: 4n + 3 hidden units, PyTorch's fan-in uniform,
///   SGD step 0.01 and β = 1 — the paper does not give its random-init
///   settings, and at h = n⁻⁶ a random network would barely move;
/// * β = 0 (Figure 4) is read as the perceptron rule "update unless
///   y·z > 0"; the trainer updates only when y·z < β, so β = 10⁻³·h stands
///   for it (z starts at exactly 0 under the symmetric initialization).
struct SymmetricSetup: Sendable {
    enum Start: String, Sendable { case symmetric, random }
    enum Target: Sendable {
        case parity, random
        var name: String { self == .parity ? "parity" : "random symmetric" }
    }

    var n = 20
    var target = Target.random
    var samples = 200
    var epochs = 50
    var start = Start.symmetric
    /// h = n^(−stepExponent) for the symmetric start.
    var stepExponent = 6.0
    var betaIsZero = false
    var trainHidden = true
    var labelNoise = 0.0
    var inputNoise = 0.0
    var testSize = 10_000

    var step: Double { start == .symmetric ? Double.pow(Double(n), -stepExponent) : 0.01 }
    var beta: Double { start == .random ? 1 : (betaIsZero ? 1e-3 * step : Double.pow(Double(n), 3) * step) }
    var hidden: Int { start == .symmetric ? n + 3 : 4 * n + 3 }

    func function(seed: UInt64) throws -> SymmetricFunction {
        target == .parity ? try .parity(n: n) : try .random(n: n, seed: seed)
    }

    /// `count` uniform points of {0,1}ⁿ labelled by f (bit 1 where f = −1,
    /// the ±1 convention), optionally corrupted: each label flipped with
    /// probability `labelNoise`, each coordinate shifted by U[−ε, ε].
    func sample(_ f: SymmetricFunction, count: Int, random: inout TrainerRandom, corrupt: Bool) throws -> TrainingData {
        var inputs: [[Double]] = [], labels: [[Double]] = []
        for _ in 0..<count {
            let bits = (0..<n).map { _ in random.next() >> 63 == 1 }
            var label = f(bits) == -1
            if corrupt, labelNoise > 0, random.uniform() < labelNoise { label.toggle() }
            inputs.append(bits.map { b in (b ? 1 : 0) + (corrupt && inputNoise > 0 ? random.uniform(-inputNoise, inputNoise) : 0) })
            labels.append([label ? 1 : 0])
        }
        return try TrainingData(inputs: inputs, labels: labels)
    }

    struct Outcome: Sendable {
        let trainingError: Double, trueError: Double
        let epochsToZero: Int?
    }

    func run(trials: Int, seed: UInt64, threads: Int) throws -> [Outcome] {
        let f = try function(seed: seed)
        var random = TrainerRandom(seed: seed, stream: 0x5359_4D4D)  // "SYMM"
        let train = try sample(f, count: samples, random: &random, corrupt: true)
        let fresh = try sample(f, count: testSize, random: &random, corrupt: false)
        let config = TrainingConfiguration(
            widths: [hidden], activation: .relu, loss: .hinge(beta), optimizer: .sgd, learningRate: step, epochs: epochs, batchSize: 1,
            initialization: start == .symmetric ? .custom(SymmetricInitialization()) : .fanInUniform,
            frozenLayers: trainHidden ? [] : [0])
        let results = try Training.runTrials(config, data: train, trials: trials, seed: seed, threads: threads)
        return try results.map { r in
            let net = try Network<Double>(sizes: [n, hidden, 1], activation: .relu, parameters: r.parameters)
            var wrong = 0
            for i in 0..<fresh.count where (net.output(fresh.input(i))[0] > 0) != (fresh.label(i)[0] == 0) { wrong += 1 }
            return Outcome(trainingError: 1 - r.finalAccuracy, trueError: Double(wrong) / Double(fresh.count), epochsToZero: r.epochsToTarget)
        }
    }

    var describe: String {
        let h = start == .symmetric ? "h = n^-\(Spread.round(stepExponent, 2))" : "h = 0.01"
        return "\(start.rawValue) init, \(hidden) hidden, \(h), β = " + (start == .random ? "1" : (betaIsZero ? "0 (1e-3·h)" : "n³h")) + (trainHidden ? "" : ", output layer only")
    }

    /// One table row per setup: training and true error spreads, epochs to
    /// zero training error.
    static func rows(_ setups: [(String, SymmetricSetup)], trials: Int, options: ExperimentOptions, title: String) throws -> (Table, [Spread]) {
        var t = Table(title: title, columns: ["n", "setting", "samples", "train err. median", "q1", "q3", "true err. median", "q1", "q3", "reached 0 train err."])
        var trueErrors: [Spread] = []
        for (label, s) in setups {
            options.note("n = \(s.n), \(label)")
            let outcomes = try s.run(trials: trials, seed: options.seed, threads: options.threads)
            let trueError = Spread(outcomes.map(\.trueError))
            trueErrors.append(trueError)
            t.append([.integer(s.n), .text(label), .integer(s.samples)] + Spread(outcomes.map(\.trainingError)).cells + trueError.cells
                     + [.text("\(outcomes.filter { $0.epochsToZero != nil }.count)/\(trials)")])
        }
        t.notes = ["True error on \(setups.first!.1.testSize) fresh uniform points of {0,1}ⁿ; float measurements over \(trials) trials (batch order, and the initialization for random starts)."]
        return (t, trueErrors)
    }

    static func settings(_ options: ExperimentOptions, trials: Int, _ s: SymmetricSetup) -> [(String, String)] {
        [("seed", String(options.seed)), ("trials", String(trials)), ("loss", "hinge with margin β, SGD, batch 1, reshuffled every epoch"),
         ("epochs", String(s.epochs)), ("true error", "\(s.testSize) fresh samples"), ("mode", options.quick ? "quick" : "full"),
         ("symmetric init", "n + 3 hidden units (Lemma 2; paper's runs: 4n + 3), output layer 0"),
         ("random init", "4n + 3 hidden, fan-in uniform, h = 0.01, β = 1 (paper: unstated)")]
    }
}
