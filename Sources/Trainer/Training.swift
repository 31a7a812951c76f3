import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs trials: one `TrainingConfiguration` on one `TrainingData`, trial i
/// seeded by `(seed, i)` only, so results do not depend on the thread count.
public enum Training {
    /// Substream ids inside a trial (see `TrainerRandom.substream`).
    enum Purpose: UInt64 { case initialization = 1, batchOrder, resets, feedback, channel }

    /// One trial. Throws a `TrainerError` for an impossible configuration.
    public static func run(_ config: TrainingConfiguration, data: TrainingData, seed: UInt64, trial: Int = 0) throws -> TrialResult {
        try config.validate(for: data)
        let start = now()
        let base = TrainerRandom(seed: seed, stream: UInt64(trial))
        var initRandom = base.substream(Purpose.initialization.rawValue)
        var feedbackRandom = base.substream(Purpose.feedback.rawValue)
        var net = try Network<Double>(sizes: config.sizes(for: data), activation: config.activation)
        try config.initialization.initialize(&net, random: &initRandom)
        config.mask?.apply(to: &net.parameters)
        var signs: [Int8]?
        if let freeze = config.freeze {
            let flat = try freeze.template.flat(for: net)
            // Algorithm 1, first loop: give every weight its template sign.
            for p in flat.indices where flat[p] != 0 { net.parameters[p] = Double(flat[p]) * net.parameters[p].magnitude }
            signs = flat
        }
        let matrices = config.feedback.usesMatrices ? try config.feedback.matrices(for: net, random: &feedbackRandom) : []
        let shuffle = base.substream(Purpose.batchOrder.rawValue), resets = base.substream(Purpose.resets.rawValue)
        let outcome: Engine<Double>.Outcome
        let parameters: [Double]
        switch config.precision {
        case .double:
            let e = Engine<Double>(config: config, data: data, network: net, feedbackMatrices: matrices, freezeSigns: signs, shuffleRandom: shuffle, resetRandom: resets)
            e.channelRandom = base.substream(Purpose.channel.rawValue)
            outcome = e.train()
            parameters = e.network().parameters
        case .float:
            let e = Engine<Float>(config: config, data: data, network: net, feedbackMatrices: matrices, freezeSigns: signs, shuffleRandom: shuffle, resetRandom: resets)
            e.channelRandom = base.substream(Purpose.channel.rawValue)
            let o = e.train()
            outcome = .init(metrics: o.metrics, epochsToTarget: o.epochsToTarget, epochsRun: o.epochsRun, finalLoss: o.finalLoss, finalAccuracy: o.finalAccuracy,
                            signFlips: o.signFlips)
            parameters = e.network().parameters
        }
        var result = TrialResult(trial: trial, seed: seed, finalLoss: outcome.finalLoss, finalAccuracy: outcome.finalAccuracy,
                                 reachedTarget: outcome.finalAccuracy >= config.targetAccuracy, epochsToTarget: outcome.epochsToTarget,
                                 epochsRun: outcome.epochsRun, seconds: now() - start, metrics: outcome.metrics, parameters: parameters)
        result.signFlips = outcome.signFlips
        return result
    }

    /// The direction of a trial's first step before the optimizer: the
    /// gradient of the mean loss over all of `data` for BP, its feedback
    /// stand-in for the other modes (paper 003 §2–3), with the feedback
    /// matrices trial `trial` of `seed` would draw for `network`. Hooks,
    /// freezing and the optimizer play no part.
    ///
    /// **Edge cases:** throws for a configuration the data cannot train or a
    /// network whose sizes differ from the configuration's.
    public static func updateDirection(_ config: TrainingConfiguration, data: TrainingData, network: Network<Double>,
                                       seed: UInt64, trial: Int = 0) throws -> (loss: Double, direction: [Double]) {
        try config.validate(for: data)
        guard network.sizes == config.sizes(for: data) else { throw TrainerError("network sizes \(network.sizes) differ from the configuration's \(config.sizes(for: data))") }
        var feedbackRandom = TrainerRandom(seed: seed, stream: UInt64(trial)).substream(Purpose.feedback.rawValue)
        let matrices = config.feedback.usesMatrices ? try config.feedback.matrices(for: network, random: &feedbackRandom) : []
        let (loss, direction) = Engine<Double>.lossAndGradient(config, data: data, network: network, feedbackMatrices: matrices)
        return (loss, direction)
    }

    /// `trials` independent trials on `threads` threads
    /// (DispatchQueue.concurrentPerform). `progress` is called, serialized,
    /// with the number of finished trials.
    ///
    /// **Edge cases:** trials < 1 or threads < 1 throw; a configuration
    /// error is thrown before any trial runs.
    public static func runTrials(_ config: TrainingConfiguration, data: TrainingData, trials: Int, seed: UInt64,
                                 threads: Int = 2, progress: (@Sendable (Int) -> Void)? = nil) throws -> [TrialResult] {
        try runTrials({ _ in config }, data: data, trials: trials, seed: seed, threads: threads, progress: progress)
    }

    /// As above, with a configuration per trial (e.g. a random polarity
    /// template drawn from the trial's own stream).
    public static func runTrials(_ configure: @Sendable (Int) -> TrainingConfiguration, data: TrainingData, trials: Int, seed: UInt64,
                                 threads: Int = 2, progress: (@Sendable (Int) -> Void)? = nil) throws -> [TrialResult] {
        guard trials >= 1 else { throw TrainerError("trials must be at least 1, got \(trials)") }
        guard threads >= 1 else { throw TrainerError("threads must be at least 1, got \(threads)") }
        try configure(0).validate(for: data)
        let box = ResultBox(count: trials)
        DispatchQueue.concurrentPerform(iterations: min(threads, trials)) { worker in
            var i = worker
            while i < trials {
                let r = Result { try run(configure(i), data: data, seed: seed, trial: i) }
                box.store(r, at: i, then: progress)
                i += threads
            }
        }
        return try box.results.map { try $0!.get() }
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}

/// Collects results from worker threads under a lock.
private final class ResultBox: @unchecked Sendable {
    private var lock = pthread_mutex_t()
    private(set) var results: [Result<TrialResult, Error>?]
    private var finished = 0

    init(count: Int) {
        results = Array(repeating: nil, count: count)
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    func store(_ r: Result<TrialResult, Error>, at i: Int, then progress: ((Int) -> Void)?) {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        results[i] = r
        finished += 1
        progress?(finished)
    }
}

/// The outcome of one trial.
public struct TrialResult: Sendable, Equatable {
    public let trial: Int
    public let seed: UInt64
    /// Mean loss and training accuracy after the last epoch run.
    public let finalLoss: Double
    public let finalAccuracy: Double
    /// finalAccuracy ≥ the configuration's target.
    public let reachedTarget: Bool
    /// First epoch count after which training accuracy was at the target
    /// (0 = already at initialization); nil if never or not tracked.
    public let epochsToTarget: Int?
    public let epochsRun: Int
    public let seconds: Double
    public let metrics: [EpochMetrics]
    /// Final parameters in `Network.parameters` layout.
    public let parameters: [Double]
    /// With `trackSignFlips`: per epoch (1, 2, …), per layer, the fraction of
    /// the layer's weights that changed sign during the epoch; else empty.
    public var signFlips: [[Double]] = []
}
