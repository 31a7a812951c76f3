/// Quartiles of a sample: linear interpolation between order statistics
/// (numpy's default), so q(0.5) is the usual median.
///
/// **Edge cases:** an empty sample has no quartiles (`nil`). NaN (a run
/// that diverged) sorts above +∞, so it shows up in the upper quartiles
/// instead of scrambling the order.
public struct Quartiles: Sendable, Equatable {
    public let q1: Double, median: Double, q3: Double

    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let s = values.sorted { $0 < $1 || (!$0.isNaN && $1.isNaN) }
        func q(_ p: Double) -> Double {
            let h = p * Double(s.count - 1)
            let lo = Int(h.rounded(.down)), hi = min(lo + 1, s.count - 1)
            return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
        }
        q1 = q(0.25); median = q(0.5); q3 = q(0.75)
    }
}

/// What a set of trials shows: success rate, final-loss and
/// epochs-to-target quartiles, time per run.
public struct TrialSummary: Sendable, Equatable {
    public let trials: Int
    public let successes: Int
    public var successRate: Double { Double(successes) / Double(trials) }
    public let finalLoss: Quartiles
    /// Over the trials whose accuracy reached the target at some epoch
    /// (nil if none did; such a trial may end below it).
    public let epochsToTarget: Quartiles?
    public let reachedTargetOnce: Int
    public let secondsPerRun: Quartiles

    /// **Edge cases:** needs at least one result (throws otherwise).
    public init(_ results: [TrialResult]) throws {
        guard !results.isEmpty else { throw TrainerError("no trial results to summarize") }
        trials = results.count
        successes = results.filter(\.reachedTarget).count
        finalLoss = Quartiles(results.map(\.finalLoss))!
        let epochs = results.compactMap { $0.epochsToTarget.map(Double.init) }
        epochsToTarget = Quartiles(epochs)
        reachedTargetOnce = epochs.count
        secondsPerRun = Quartiles(results.map(\.seconds))!
    }
}
