import ExactArithmetic

/// Lemma 2.1 of paper 000 (section 2, proof in appendix E): counting the
/// weight patterns of a one-hidden-layer network whose weights take values
/// in 𝔻 = {−d, …, d}, with and without frozen signs.
///
/// Eq. 1: |G| = (2d + 1)^|E|, |E| = |V₀||V₁| + |V₁||V₂|.
/// Frozen signs leave each weight the d + 1 values of one closed half of 𝔻
/// (zero belongs to both), so |G_frozen| = (d + 1)^|E| and eq. 2 is
/// |G| / |G_frozen| = ((2d + 1)/(d + 1))^|E|.
public enum CapacityCounting {
    /// |E| of fully connected layers with the given widths (input first).
    ///
    /// **Edge cases:** throws unless there are ≥ 2 layers, all widths ≥ 1.
    public static func edgeCount(layers: [Int]) throws -> Int {
        try PolarityError.require(layers.count >= 2, "layers: need at least 2 widths, got \(layers.count)")
        try PolarityError.require(layers.allSatisfy { (1...1_000_000).contains($0) }, "layers: widths must be in 1...1000000")
        return zip(layers, layers.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Eq. 1: (2d + 1)^E. **Edge cases:** d ≥ 0 and E ≥ 0, else throws.
    public static func patternCount(edges: Int, maxMagnitude d: Int) throws -> BigInt {
        try validate(edges: edges, maxMagnitude: d)
        return BigInt(2 * d + 1).power(edges)
    }

    /// (d + 1)^E: the patterns consistent with one frozen sign template.
    public static func frozenPatternCount(edges: Int, maxMagnitude d: Int) throws -> BigInt {
        try validate(edges: edges, maxMagnitude: d)
        return BigInt(d + 1).power(edges)
    }

    /// Eq. 2: ((2d + 1)/(d + 1))^E, exactly.
    public static func capacityRatio(edges: Int, maxMagnitude d: Int) throws -> Rational {
        Rational(try patternCount(edges: edges, maxMagnitude: d), try frozenPatternCount(edges: edges, maxMagnitude: d))
    }

    /// Brute force: walks all of 𝔻^E and counts every pattern and those that
    /// agree with `template` (true = negative; zero agrees with both).
    ///
    /// **Edge cases:** throws when (2d + 1)^E > 2·10⁶ or the template length
    /// is not E.
    public static func enumerateCounts(template: [Bool], maxMagnitude d: Int) throws -> (all: Int, frozen: Int) {
        let e = template.count
        try validate(edges: e, maxMagnitude: d)
        try PolarityError.require(try patternCount(edges: e, maxMagnitude: d) <= BigInt(2_000_000),
                                  "enumeration: (2d+1)^E must be ≤ 2000000; the formula has no limit")
        var all = 0, frozen = 0
        forEachPattern(edges: e, maxMagnitude: d) { w in
            all += 1
            if zip(w, template).allSatisfy({ $1 ? $0 <= 0 : $0 >= 0 }) { frozen += 1 }
        }
        return (all, frozen)
    }

    /// Calls `body` with every vector of {−d, …, d}^E (odometer order).
    static func forEachPattern(edges e: Int, maxMagnitude d: Int, _ body: ([Int]) -> Void) {
        var w = [Int](repeating: -d, count: e)
        while true {
            body(w)
            var i = 0
            while i < e && w[i] == d { w[i] = -d; i += 1 }
            if i == e { return }
            w[i] += 1
        }
    }

    static func validate(edges: Int, maxMagnitude d: Int) throws {
        try PolarityError.require(edges >= 0 && edges <= 1_000_000, "edges must be in 0...1000000, got \(edges)")
        try PolarityError.require(d >= 0 && d <= 1_000_000, "maximal magnitude d must be in 0...1000000, got \(d)")
    }
}
