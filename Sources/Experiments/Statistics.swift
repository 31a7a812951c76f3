import ClaimKit
import Trainer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Median and quartiles of a measured sample with its size — the form every
/// experiment reports (paper 000's figures: medians with 25th–75th
/// percentile bands).
///
/// Quartiles interpolate linearly between order statistics (numpy's
/// default, the Trainer's `Quartiles`).
///
/// **Edge cases:** an empty sample has count 0 and NaN quartiles, rendered
/// as "–" in tables (e.g. epochs to a target no trial reached).
public struct Spread: Sendable, Equatable {
    public let count: Int
    public let q1: Double, median: Double, q3: Double

    public init(_ values: [Double]) {
        count = values.count
        if let q = Quartiles(values) {
            (q1, median, q3) = (q.q1, q.median, q.q3)
        } else {
            (q1, median, q3) = (.nan, .nan, .nan)
        }
    }

    /// Three cells: median, first quartile, third quartile.
    public var cells: [Cell] { count == 0 ? [.text("–"), .text("–"), .text("–")] : [.measured(median), .measured(q1), .measured(q3)] }

    /// "median [q1, q3]" with `digits` decimals.
    public func text(digits: Int = 3) -> String {
        count == 0 ? "–" : "\(Spread.round(median, digits)) [\(Spread.round(q1, digits)), \(Spread.round(q3, digits))]"
    }

    /// x to `digits` decimals; a non-zero |x| below 10^−digits in
    /// scientific form with three significant digits (e.g. 6.14e-05).
    static func round(_ x: Double, _ digits: Int) -> String {
        if x != 0, x.isFinite, abs(x) < Double.pow(10, Double(-digits)) {
            let e = Int(log10(abs(x)).rounded(.down))
            return round(x / Double.pow(10, Double(e)), 2) + "e" + (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
        }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return Cell.format((x * scale).rounded() / scale)
    }
}

/// A success proportion k/n with its Wilson 95 % score interval, the
/// interval used to compare a measured rate with a predicted probability.
///
/// **Edge cases:** n = 0 gives the uninformative interval [0, 1].
public struct Proportion: Sendable, Equatable {
    public let successes: Int, trials: Int

    public init(successes: Int, trials: Int) {
        self.successes = successes
        self.trials = trials
    }

    public var rate: Double { trials == 0 ? .nan : Double(successes) / Double(trials) }

    /// Wilson score interval at z = 1.96.
    public var wilson: (low: Double, high: Double) {
        guard trials > 0 else { return (0, 1) }
        let z = 1.96, n = Double(trials), p = rate
        let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / (1 + z * z / n)
        return (max(0, centre - half), min(1, centre + half))
    }
}
