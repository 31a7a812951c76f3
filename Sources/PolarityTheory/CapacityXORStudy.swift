import ExactArithmetic

/// What inequality 3 of Lemma 2.1 rests on, measured on a case small
/// enough to enumerate: XOR on {−1,1}² by a 3-2-1 ReLU network (inputs x₁,
/// x₂ and a constant 1 that carries the hidden biases; no output bias), all
/// 8 weights in {−d, …, d}; a pattern is correct when F(x) > 0 exactly on
/// the points with x₁ ≠ x₂ (a sigmoid read out at 1/2).
///
/// The proof assumes different patterns represent different functions;
/// here they do not, so this is a remark beside Lemma 2.1, not a test of it.
/// Eq. 3 is read with "≫" (see ``CapacityLinearStudy``). For a template T
/// the exact identity is
///   (|C ∩ G_T| / |G_T|) / (|C| / |G|) = (|C ∩ G_T| / |C|) · ((2d+1)/(d+1))^E,
/// so eq. 3 holds with the full factor of eq. 2 only when T keeps every
/// correct pattern (G_correct ⊆ G_frozen), and gains at all only when T
/// keeps more than ((d+1)/(2d+1))^E of them.
public struct CapacityXORStudy: Sendable {
    public let maxMagnitude: Int
    public let edges = 8
    /// |C|: correct patterns among all (2d + 1)^8.
    public let correct: Int
    /// Distinct functions (values at the four points) among the correct
    /// patterns: fewer than |C| breaks Lemma 2.1's assumption even for
    /// real-valued outputs (swapping the two hidden units is one cause).
    public let correctFunctions: Int
    /// Templates (2⁸) whose frozen set holds at least one correct pattern.
    public let representableTemplates: Int
    /// Largest |C ∩ G_T| over templates.
    public let bestKept: Int
    /// Templates holding all of C (eq. 3's assumption G_correct ⊆ G_frozen).
    public let templatesHoldingAll: Int
    /// Representable templates whose proportion of correct patterns is
    /// below the unconstrained one (eq. 3 fails for them).
    public let templatesThatLose: Int

    /// The gain factor of eq. 3 for the best template, exactly.
    public var bestGain: Rational {
        Rational(BigInt(bestKept), BigInt(correct)) * ((try? CapacityCounting.capacityRatio(edges: edges, maxMagnitude: maxMagnitude)) ?? 0)
    }

    /// **Edge cases:** d ∈ 1…2 (d = 2 walks 390 625 patterns).
    public init(maxMagnitude d: Int) throws {
        try PolarityError.require((1...2).contains(d), "capacity study: d must be 1 or 2, got \(d)")
        maxMagnitude = d
        var kept = [Int](repeating: 0, count: 256)
        var correct = 0
        var functions = Set<[Int]>()
        let points: [(Int, Int, Bool)] = [(1, 1, false), (1, -1, true), (-1, 1, true), (-1, -1, false)]
        CapacityCounting.forEachPattern(edges: 8, maxMagnitude: d) { w in
            var values: [Int] = []
            for (x1, x2, positive) in points {
                let f = w[6] * max(0, w[0] * x1 + w[1] * x2 + w[2]) + w[7] * max(0, w[3] * x1 + w[4] * x2 + w[5])
                if (f > 0) != positive { return }
                values.append(f)
            }
            correct += 1
            functions.insert(values)
            // Every template whose signs agree with w's non-zero entries keeps w.
            for t in 0..<256 where (0..<8).allSatisfy({ w[$0] == 0 || (w[$0] < 0) == (t >> $0 & 1 == 1) }) {
                kept[t] += 1
            }
        }
        self.correct = correct
        correctFunctions = functions.count
        representableTemplates = kept.filter { $0 > 0 }.count
        bestKept = kept.max() ?? 0
        templatesHoldingAll = kept.filter { $0 == correct && correct > 0 }.count
        // proportion kept/(d+1)^8 < correct/(2d+1)^8  ⇔  kept·(2d+1)^8 < correct·(d+1)^8
        let big = (2 * d + 1) * (2 * d + 1), small = (d + 1) * (d + 1)
        let g = big * big * big * big, f = small * small * small * small
        templatesThatLose = kept.filter { $0 > 0 && $0 * g < correct * f }.count
    }
}
