import ExactArithmetic

/// Eq. 3 of Lemma 2.1 where its proof's assumption holds — different
/// weight patterns represent different functions — measured by
/// enumeration on the smallest such family: one linear unit x ↦ w·x on
/// {−1,1}^k with w ∈ {−d, …, d}^k (|E| = k, no hidden layer). For every
/// pattern w* (its function's correct set C) and every sign template T
/// that keeps w*, the gain (|C ∩ G_T| / |G_T|) / (|C| / |G|) is counted.
/// A hidden layer breaks the assumption (see ``CapacityXORStudy``).
public struct CapacityLinearStudy: Sendable {
    public let inputs: Int
    public let maxMagnitude: Int
    /// |G| = (2d + 1)^k.
    public let patterns: Int
    /// Distinct functions on {−1,1}^k among them (= patterns when injective).
    public let functions: Int
    /// (target, template) pairs with the target's whole correct set kept.
    public let keptPairs: Int
    /// The distinct gains over those pairs.
    public let gains: [Rational]

    public var injective: Bool { functions == patterns }

    /// **Edge cases:** k ∈ 1…4, d ∈ 1…3 (at most 9⁴ patterns, each against 2^k templates).
    public init(inputs k: Int, maxMagnitude d: Int) throws {
        try PolarityError.require((1...4).contains(k), "linear capacity study: k must be in 1...4, got \(k)")
        try PolarityError.require((1...3).contains(d), "linear capacity study: d must be in 1...3, got \(d)")
        inputs = k
        maxMagnitude = d
        let points = (0..<(1 << k)).map { x in (0..<k).map { x >> $0 & 1 == 0 ? 1 : -1 } }
        var all: [[Int]] = [], byFunction: [[Int]: [[Int]]] = [:]
        CapacityCounting.forEachPattern(edges: k, maxMagnitude: d) { w in
            all.append(w)
            byFunction[points.map { p in zip(w, p).reduce(0) { $0 + $1.0 * $1.1 } }, default: []].append(w)
        }
        patterns = all.count
        functions = byFunction.count
        func keeps(_ t: Int, _ w: [Int]) -> Bool { (0..<k).allSatisfy { w[$0] == 0 || (w[$0] < 0) == (t >> $0 & 1 == 1) } }
        let frozen = BigInt(d + 1).power(k)
        var pairs = 0, gains = Set<Rational>()
        for correct in byFunction.values {
            for t in 0..<(1 << k) where correct.allSatisfy({ keeps(t, $0) }) {
                pairs += 1
                let kept = correct.filter { keeps(t, $0) }.count
                gains.insert(Rational(BigInt(kept), frozen) / Rational(BigInt(correct.count), BigInt(all.count)))
            }
        }
        keptPairs = pairs
        self.gains = gains.sorted()
    }
}
