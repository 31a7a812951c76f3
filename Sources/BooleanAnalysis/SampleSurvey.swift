import ClaimKit
import ExactArithmetic

/// Surveys of uniformly random functions (issue 13 item 4): at n = 6 the
/// 2·10¹⁴ classes cannot be listed, so a study draws functions instead.

/// Draw j of the seeded stream (SplitMix64 from `seed`, as
/// ``SeededGenerator``): its j-th output, masked to 2ⁿ bits — uniform over
/// the n-input tables, and computed directly (the generator's state after j
/// steps is seed + j·γ), so any shard draws its items without the others.
///
/// **Edge cases:** n outside 1…6 throws.
public func sampledFunction(variables n: Int, seed: UInt64, draw j: Int) throws -> TruthTable {
    guard (1...6).contains(n), j >= 0 else { throw BooleanError("sampled functions need 1 ≤ n ≤ 6 and a draw index ≥ 0 (here n = \(n), j = \(j))") }
    var g = SeededGenerator(seed: seed &+ UInt64(j) &* 0x9E37_79B9_7F4A_7C15)
    return try TruthTable(variables: n, value: g.next() & TruthTable.mask(n))
}

/// One sampled function's row: its NPN class (least table), Fourier
/// degree, total influence (eq. 3.6, exact) and entropy (eq. 3.7, exact
/// form), and swaps (eq. 3.10, with witness) when `withSwaps`.
public struct SampleSurveyRow: Sendable {
    public let function: TruthTable
    public let canonical: TruthTable
    public let degree: Int
    public let totalInfluence: Rational
    public let entropy: FourierEntropy
    public let swaps: SwapsValue?

    /// **Edge cases:** n > 6 throws; `withSwaps` throws where ``swapsValue(_:)`` does.
    public init(_ f: TruthTable, withSwaps: Bool) throws {
        function = f
        canonical = try exactNPNCanonization(f).representative
        let w = WalshSpectrum(f)
        degree = w.degree
        totalInfluence = w.totalInfluence
        entropy = w.entropy
        swaps = withSwaps ? try swapsValue(f) : nil
    }
}

// ─── MERGE SWITCH (branch `six`) ──────────────────────────────────────────
/// Whether ``swapsValue(_:)`` answers for n inputs in this build: it is
/// asked once, on the constant-0 function, and a ``BooleanError`` means no
/// (today for n = 6, until six-input swaps land). Sample studies leave the
/// swaps column out then — never a made-up value. With six-input swaps
/// merged this turns true by itself; to force the column off meanwhile,
/// return `n <= 5` here.
public func swapsAvailable(variables n: Int) -> Bool {
    guard let zero = try? TruthTable(zeroWithVariables: n) else { return false }
    do { _ = try swapsValue(zero); return true } catch { return false }
}

/// 95 % intervals for sample summaries (z = 1.959964, the normal quantile).
/// Statistical estimates for display; the counts they summarize stay exact.
public enum SampleInterval {
    static let z = 1.959964

    /// Wilson score interval for a proportion of `count` in `total` (good
    /// also for counts near 0 or total, unlike the plain normal interval).
    public static func wilson(count: Int, total: Int) -> (low: Double, high: Double) {
        let n = Double(total), p = Double(count) / n, z2 = z * z
        let center = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return (Swift.max(0, center - half), Swift.min(1, center + half))
    }

    /// The exact mean of integer values and the normal-approximation interval
    /// mean ± z·s/√N, s² the exact sample variance (nil below two values).
    public static func mean(_ values: [Int]) -> (mean: Rational, interval: (low: Double, high: Double)?) {
        let n = values.count
        let sum = values.reduce(Rational(0)) { $0 + Rational($1) }
        let mean = sum / Rational(n)
        guard n >= 2 else { return (mean, nil) }
        let squares = values.reduce(Rational(0)) { $0 + Rational($1 * $1) }
        let variance = (squares - Rational(n) * mean * mean) / Rational(n - 1)
        let half = z * (Double(variance) / Double(n)).squareRoot()
        return (mean, (Double(mean) - half, Double(mean) + half))
    }
}
