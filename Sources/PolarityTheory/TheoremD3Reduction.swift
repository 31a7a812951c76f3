import ExactArithmetic

/// Theorem D.3's reduction (paper 000, appendix E): the proof reuses the
/// count of Lemma D.2 with |A| = 2^{d+1} patterns of which |B| = 2^d are
/// compatible, i.e. it counts templates with 3 distinct compatible *full*
/// patterns. The sufficient condition that Lemma D.1 gives in d dimensions
/// (irrelevant weights set to zero) needs 3 distinct compatible *2-D*
/// patterns (w₁, w₂, output); two units that differ only in irrelevant
/// signs are the same unit once those weights are zero.
///
/// Since the relevant signs of each unit are uniform on 8 patterns whatever
/// d is, the probability of the sufficient condition is Lemma D.2's value
/// for every d ≥ 2: that is the corrected bound.
public enum TheoremD3Reduction {
    /// One (n, d) compared by enumeration and by formula.
    public struct Row: Sendable {
        public let census: PatternCensus
        public let theoremD3: Rational
        public let lemmaD2: Rational
        /// Probability of the sufficient condition, from the census.
        public var sufficientCondition: Rational { Rational(BigInt(census.threeRelevantClasses), BigInt(census.templates)) }
        /// Probability of D.3's counted event, from the census.
        public var countedEvent: Rational { Rational(BigInt(census.threeFullPatterns), BigInt(census.templates)) }
    }

    /// **Edge cases:** same limits as ``PatternCensus``.
    public static func compare(units n: Int, dimension d: Int) throws -> Row {
        let census = try PatternCensus(units: n, dimension: d)
        return Row(census: census, theoremD3: try ProbabilityBounds.theoremD3(units: n, dimension: d),
                   lemmaD2: try ProbabilityBounds.lemmaD2(units: n))
    }

    /// The first template, in odometer order over unit patterns, that has 3
    /// distinct compatible full patterns but fewer than 3 distinct compatible
    /// 2-D patterns; `nil` when none exists for this (n, d).
    ///
    /// **Edge cases:** throws when (2^{d+1})ⁿ > 2²⁰.
    public static func separatingTemplate(units n: Int, dimension d: Int) throws -> [UnitPattern]? {
        try PolarityError.require(n >= 1 && (2...5).contains(d) && (d + 1) * n <= 20,
                                  "separating template: need n ≥ 1, d in 2...5 and (d+1)·n ≤ 20")
        let perUnit = UInt64(1) << UInt64(d + 1)
        var digits = [UInt64](repeating: 0, count: n)
        while true {
            let units = digits.map { UnitPattern(dimension: d, bits: $0) }
            let compatible = units.filter(\.isXORCompatible)
            if Set(compatible).count >= 3 && Set(compatible.map(\.relevantPart)).count < 3 { return units }
            var i = n - 1
            while i >= 0 && digits[i] == perUnit - 1 { digits[i] = 0; i -= 1 }
            if i < 0 { return nil }
            digits[i] += 1
        }
    }

    /// The smallest (n, d) — n first, then d — with n ≤ 6, d ≤ 5 at which
    /// D.3 differs from the probability of its sufficient condition, with a
    /// separating template; `nil` if none in that range.
    public static func smallestCounterexample() throws -> (row: Row, template: [UnitPattern])? {
        for n in 1...6 {
            for d in 2...5 where (d + 1) * n <= 20 {
                let row = try compare(units: n, dimension: d)
                if row.theoremD3 != row.sufficientCondition, let t = try separatingTemplate(units: n, dimension: d) {
                    return (row, t)
                }
            }
        }
        return nil
    }
}
