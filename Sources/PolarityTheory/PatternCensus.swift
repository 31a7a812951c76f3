import Cores
import ExactArithmetic

/// Brute force over all (2^{d+1})ⁿ sign templates of n units in d input
/// dimensions (one output): counts the events that Q, Lemma D.2 and
/// Theorem D.3 claim to count.
public struct PatternCensus: Sendable {
    public let units: Int
    public let dimension: Int
    /// (2^{d+1})ⁿ.
    public let templates: Int
    /// `exactlyDistinct[k]`: templates with exactly k distinct
    /// XOR-compatible full (d+1)-sign patterns — what Q(k, 2^d, 2^d, n) counts.
    public let exactlyDistinct: [Int]
    /// Templates with ≥ 3 distinct XOR-compatible 2-D patterns (w₁, w₂,
    /// output): the sufficient condition of Lemma D.1, irrelevant weights zeroed.
    public let threeRelevantClasses: Int

    /// Templates with ≥ 3 distinct compatible full patterns (D.3's event).
    public var threeFullPatterns: Int { exactlyDistinct.dropFirst(3).reduce(0, +) }

    /// Largest number of templates enumerated.
    public static let maxTemplates = 1 << 24

    /// **Edge cases:** n ≥ 1, 2 ≤ d ≤ 5 and (2^{d+1})ⁿ ≤ 2²⁴, else throws
    /// naming the formula commands that have no such limit.
    public init(units n: Int, dimension d: Int) throws {
        try PolarityError.require(n >= 1, "units must be ≥ 1, got \(n)")
        try PolarityError.require((2...5).contains(d), "enumeration needs dimension in 2...5, got \(d); 'polarity bound' has no such limit")
        let perUnit = 1 << (d + 1)
        try PolarityError.require((d + 1) * n <= 24,
                                  "enumeration of (2^(d+1))^n = 2^\((d + 1) * n) templates is too large (limit 2^24); 'polarity bound' computes the formulas for any n ≤ 10000")
        units = n
        dimension = d
        templates = 1 << ((d + 1) * n)
        // Split on the first unit's pattern; each worker walks the rest.
        let partial = Cores.map(perUnit) { first in
            var hist = [Int](repeating: 0, count: perUnit + 1)
            var threeRel = 0
            let p = UnitPattern(dimension: d, bits: UInt64(first))
            var full: UInt64 = 0, classes: UInt8 = 0
            if p.isXORCompatible { full |= 1 << UInt64(first); classes |= 1 << UInt8(p.relevantPart.bits) }
            Self.walk(remaining: n - 1, dimension: d, full: full, classes: classes, hist: &hist, threeRelevant: &threeRel)
            return (hist: hist, threeRelevant: threeRel)
        }
        var hist = [Int](repeating: 0, count: perUnit + 1)
        for h in partial { for k in h.hist.indices { hist[k] += h.hist[k] } }
        exactlyDistinct = hist
        threeRelevantClasses = partial.reduce(0) { $0 + $1.threeRelevant }
    }

    private static func walk(remaining: Int, dimension d: Int, full: UInt64, classes: UInt8,
                             hist: inout [Int], threeRelevant: inout Int) {
        if remaining == 0 {
            hist[full.nonzeroBitCount] += 1
            if classes.nonzeroBitCount >= 3 { threeRelevant += 1 }
            return
        }
        for bits in 0..<(1 << (d + 1)) {
            // compatible ⇔ output bit == (bit 0 == bit 1); the 2-D class is bits 0, 1 and the output bit.
            let out = bits >> d & 1
            if out == ((bits & 1) == (bits >> 1 & 1) ? 1 : 0) {
                walk(remaining: remaining - 1, dimension: d, full: full | 1 << UInt64(bits),
                     classes: classes | 1 << UInt8(bits & 3 | out << 2), hist: &hist, threeRelevant: &threeRelevant)
            } else {
                walk(remaining: remaining - 1, dimension: d, full: full, classes: classes, hist: &hist, threeRelevant: &threeRelevant)
            }
        }
    }
}
