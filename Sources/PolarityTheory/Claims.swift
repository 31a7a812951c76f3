import ClaimKit
import ExactArithmetic

/// Claims of PolarityTheory (paper 000, sections 2 and 5, appendices D, E),
/// registered with the catalog.
public enum PolarityClaims {
    public static let all: [Claim] = [lemma21, lemmaD1PlusMinus, lemmaD1ZeroOne, lemmaD2, theoremD3, exactProbability, fifteenUnits]

    static func source(_ section: String, _ label: String) -> Source { Source(.polarity, section: section, label: label) }
    static func dec(_ q: Rational, _ digits: Int = 6) -> String { q.decimal(digits: digits).text }

    // MARK: Lemma 2.1

    static let lemma21 = Claim(
        id: "polarity.lemma-2.1",
        source: source("section 2 and appendix E", "Lemma 2.1, eq. 1–3"),
        statement: "With weights in {−d,…,d}, a one-hidden-layer graph has (2d+1)^|E| weight patterns, a frozen sign template leaves (d+1)^|E| (ratio ((2d+1)/(d+1))^|E|), and so the share of correct patterns grows under an adequate template (eq. 3).",
        expected: .erratum, method: .exhaustive
    ) { context in
        var t = Table(title: "Eq. 1 and 2: formula vs enumeration", columns: ["layers", "d", "|E|", "|G| formula", "|G| enumerated", "|G_T| formula", "|G_T| enumerated (2 templates)", "ratio eq. 2"])
        var mismatches: [String] = []
        let cases: [([Int], Int)] = context.quick ? [([2, 2, 1], 1), ([2, 1, 1], 2)] : [([2, 2, 1], 1), ([2, 1, 1], 2), ([3, 2, 1], 1), ([2, 2, 1], 2), ([2, 3, 1], 1)]
        for (layers, d) in cases {
            let e = try CapacityCounting.edgeCount(layers: layers)
            let g = try CapacityCounting.patternCount(edges: e, maxMagnitude: d)
            let f = try CapacityCounting.frozenPatternCount(edges: e, maxMagnitude: d)
            let allPositive = try CapacityCounting.enumerateCounts(template: [Bool](repeating: false, count: e), maxMagnitude: d)
            let mixed = try CapacityCounting.enumerateCounts(template: (0..<e).map { $0 % 3 == 1 }, maxMagnitude: d)
            if BigInt(allPositive.all) != g || BigInt(allPositive.frozen) != f || BigInt(mixed.frozen) != f { mismatches.append("\(layers), d = \(d)") }
            t.append([.text(layers.map(String.init).joined(separator: "-")), .integer(d), .integer(e), .exact(g.description),
                      .integer(allPositive.all), .exact(f.description), .text("\(allPositive.frozen), \(mixed.frozen)"),
                      .exact(try CapacityCounting.capacityRatio(edges: e, maxMagnitude: d).description)])
        }
        let study = try CapacityXORStudy(maxMagnitude: context.quick ? 1 : 2)
        let ratio = try CapacityCounting.capacityRatio(edges: 8, maxMagnitude: study.maxMagnitude)
        var s = Table(title: "Eq. 3 on XOR by a 3-2-1 ReLU net (constant input = hidden bias), weights in {−d,…,d}", columns: ["d", "|C| correct", "|G|", "templates keeping ≥ 1", "keeping all of C", "best kept", "best gain (eq. 3 factor)", "eq. 2 ratio", "templates where share drops"])
        s.append([.integer(study.maxMagnitude), .integer(study.correct), .exact(try CapacityCounting.patternCount(edges: 8, maxMagnitude: study.maxMagnitude).description),
                  .integer(study.representableTemplates), .integer(study.templatesHoldingAll), .integer(study.bestKept),
                  .exact("\(study.bestGain) ≈ \(dec(study.bestGain, 3))"), .exact("\(ratio) ≈ \(dec(ratio, 3))"), .integer(study.templatesThatLose)])
        guard mismatches.isEmpty else {
            return Finding(.refuted, "eq. 1/2 counts differ from enumeration", details: [.table(t)], counterexample: mismatches.joined(separator: "; "))
        }
        let summary = "eq. 1, 2 match enumeration on \(cases.count) graphs; XOR 3-2-1, d = \(study.maxMagnitude): \(study.correct) correct patterns over \(study.representableTemplates) templates, none keeps all; best gain \(dec(study.bestGain, 3)) < eq. 2 ratio \(dec(ratio, 3))"
        return Finding(.erratum, summary, details: [
            .table(t), .table(s),
            .text("Reading used: eq. 3 is printed with ≪; both sides share the numerator |G_correct| and |G_frozen| < |G|, so the argument needs ≫. Eq. 3 then follows only from G_correct ⊆ G_frozen (the template keeps every correct pattern), which the proof asserts for every representable function; it does not follow from representability: the share under template T is (|C ∩ G_T|/|C|)·((2d+1)/(d+1))^|E| times the unconstrained share, and the injectivity assumption (one pattern per function) fails already for XOR."),
        ], correction: "For a template T, |C ∩ G_T|/|G_T| = (|C ∩ G_T|/|C|) · ((2d+1)/(d+1))^|E| · |C|/|G|: the share of correct patterns grows by the full factor of eq. 2 only if T keeps all correct patterns, and grows at all only if T keeps more than ((d+1)/(2d+1))^|E| of them.")
    }

    // MARK: Lemma D.1

    static func lemmaD1Table(_ domain: XORDomain) -> (Table, [ThresholdAnalysis]) {
        var t = Table(title: "Lemma D.1 constructions on \(domain.rawValue) (σ = ReLU, points (0,0),(0,1),(1,0),(1,1) in Boolean order)",
                      columns: ["subset", "F", "signs ok", "F at points", "label", "threshold interval", "margin at midpoint", "sigmoid at 1/2 works"])
        var all: [ThresholdAnalysis] = []
        for c in LemmaD1Construction.table {
            for label in LabelConvention.allCases {
                let a = ThresholdAnalysis(c, domain: domain, label: label)
                all.append(a)
                t.append([.text("{" + c.subset.map(String.init).joined(separator: ",") + "}"), .text(c.formula), .flag(c.respectsPatterns),
                          .exact(a.values.map(\.description).joined(separator: ", ")), .text(label.rawValue),
                          .exact(a.separable ? "(\(a.highestNegative), \(a.lowestPositive))" : "none"),
                          .exact(a.margin?.description ?? "—"), .flag(a.worksAtZeroThreshold)])
            }
        }
        return (t, all)
    }

    static let lemmaD1PlusMinus = Claim(
        id: "polarity.lemma-D1.pm1",
        source: source("appendix E", "Lemma D.1, table of 3-unit networks"),
        statement: "Each of the four 3-unit networks in the proof of Lemma D.1 (hidden biases 0, output read through a sigmoid) classifies XOR on {−1,1}².",
        expected: .erratum, method: .exact
    ) { _ in
        let (t, all) = lemmaD1Table(.plusMinusOne)
        let xor = all.filter { $0.label == .xor }
        let separated = xor.filter(\.separable).count
        let atHalf = xor.filter(\.worksAtZeroThreshold).count
        let intervals = xor.map { "(\($0.highestNegative), \($0.lowestPositive))" }.joined(separator: ", ")
        let margins = Set(xor.compactMap(\.margin).map(\.description)).sorted().joined(separator: ", ")
        let verdict: Verdict = separated == 4 && atHalf == 4 ? .holds : (separated == 4 ? .erratum : .refuted)
        return Finding(verdict, "XOR separated by \(separated)/4 with a threshold (intervals \(intervals), margin \(margins)); \(atHalf)/4 at sigmoid 1/2",
                       details: [.table(t), .text("Every network respects its sign pattern. On {−1,1}² each leaves two XOR points exactly at the threshold of a sigmoid read at 1/2 (F = 0), so it classifies XOR only after an output bias −t with t inside its interval; the four intervals are disjoint from 0 and from each other in pairs, so no common threshold serves all four.")],
                       counterexample: separated == 4 ? nil : "a construction does not separate XOR on {−1,1}²",
                       correction: "On {−1,1}² (label 1 iff x₁ ≠ x₂) the networks for {2,3,5} and {3,5,8} classify XOR with output threshold t ∈ (0, 1) and those for {2,3,8}, {2,5,8} with t ∈ (−1, 0); at the midpoint the margin is 1/2. Without an output bias (sigmoid read at 1/2) none does.")
    }

    static let lemmaD1ZeroOne = Claim(
        id: "polarity.lemma-D1.01",
        source: source("appendix E", "Lemma D.1, table of 3-unit networks"),
        statement: "Each of the four 3-unit networks in the proof of Lemma D.1 classifies XOR on {0,1}².",
        expected: .refuted, method: .exact
    ) { _ in
        let (t, all) = lemmaD1Table(.zeroOne)
        let working = all.filter(\.separable)
        let first = LemmaD1Construction.table[0]
        let values = XORDomain.zeroOne.points.map { first.output($0.0, $0.1).description }.joined(separator: ", ")
        return Finding.holds(if: working.count == all.count,
                             "\(working.count)/8 (construction, label) pairs separable on {0,1}²; {2,3,5} gives F = \(values)",
                             counterexample: "the network for {2,3,5}, F = −σ(x+y) + σ(x) + σ(y), is \(values) at (0,0),(0,1),(1,0),(1,1): constant, so no threshold separates XOR",
                             details: [.table(t)])
    }

    // MARK: Lemma D.2 and Theorem D.3

    static let lemmaD2 = Claim(
        id: "polarity.lemma-D2",
        source: source("appendix D", "Lemma D.2 and the helper Q"),
        statement: "1 − Σ_{k≤2} Q(k,4,4,n)/8ⁿ is the probability that n units with uniformly random sign patterns contain at least 3 distinct XOR-compatible patterns; Q(k,m,M,n) counts n-tuples with exactly k of m marked symbols present.",
        expected: .holds, method: .exhaustive
    ) { context in
        let maxN = context.quick ? 5 : 7
        var t = Table(title: "Q and Lemma D.2 against enumeration of all 8ⁿ templates", columns: ["n", "Q(0..4,4,4,n) recursion", "enumerated", "Ω(n) = D.2", "decimal"])
        var bad: [String] = []
        for n in 1...maxN {
            let census = try PatternCensus(units: n, dimension: 2)
            let q = try (0...4).map { try CountingHelperQ.recursive($0, 4, 4, n) }
            let ie = try (0...4).map { try CountingHelperQ.inclusionExclusion($0, 4, 4, n) }
            let counted = (0...4).map { BigInt(census.exactlyDistinct[$0]) }
            let d2 = try ProbabilityBounds.lemmaD2(units: n)
            if q != counted || ie != counted { bad.append("Q at n = \(n)") }
            if d2 != Rational(BigInt(census.threeFullPatterns), BigInt(census.templates)) { bad.append("D.2 at n = \(n)") }
            t.append([.integer(n), .exact(q.map(\.description).joined(separator: ", ")), .exact(counted.map(\.description).joined(separator: ", ")), .exact(d2.description), .text(dec(d2))])
        }
        let d15 = try ProbabilityBounds.lemmaD2(units: 15)
        return Finding.holds(if: bad.isEmpty, "Q (recursion and inclusion–exclusion) and D.2 equal the enumerated counts for n ≤ \(maxN); D.2(15) = \(dec(d15))",
                             counterexample: bad.joined(separator: "; "),
                             details: [.table(t), .text("Reading used: the proof's \"1 − P(|J| ≥ 0)\" is read as 1 − P(|J| = 0) − P(|J| = 1) − P(|J| = 2); XOR-compatible means sign(output) = −sign(w₁)·sign(w₂), which is what the set B = {2,3,5,8} lists (the rule printed without the minus gives {1,4,6,7}; the count is the same). Whether D.2 bounds the probability of learning XOR depends on Lemma D.1 being sufficient: see polarity.exact-probability.")])
    }

    static let theoremD3 = Claim(
        id: "polarity.theorem-D3",
        source: source("appendix D", "Theorem D.3"),
        statement: "1 − Σ_{k≤2} Q(k,2^d,2^d,n)/2^{(d+1)n} is the probability of the sufficient condition of Lemma D.1 in d dimensions (3 distinct XOR-compatible units, irrelevant weights zero).",
        expected: .erratum, method: .exhaustive
    ) { context in
        var t = Table(title: "D.3 vs its counted event and its sufficient condition, by enumeration", columns: ["n", "d", "D.3 formula", "≥ 3 distinct full patterns (enumerated)", "≥ 3 distinct 2-D patterns (enumerated)", "D.2"])
        var formulaMismatch: [String] = []
        let pairs: [(Int, Int)] = context.quick ? [(3, 2), (3, 3), (4, 3), (3, 4)] : [(3, 2), (4, 2), (3, 3), (4, 3), (5, 3), (3, 4), (4, 4), (3, 5), (4, 5)]
        for (n, d) in pairs {
            let row = try TheoremD3Reduction.compare(units: n, dimension: d)
            if row.theoremD3 != row.countedEvent { formulaMismatch.append("n = \(n), d = \(d)") }
            if row.sufficientCondition != row.lemmaD2 { formulaMismatch.append("sufficient ≠ D.2 at n = \(n), d = \(d)") }
            t.append([.integer(n), .integer(d), .exact(row.theoremD3.description), .exact(row.countedEvent.description), .exact(row.sufficientCondition.description), .exact(row.lemmaD2.description)])
        }
        guard formulaMismatch.isEmpty else {
            return Finding(.refuted, "D.3 does not count its own event", details: [.table(t)], counterexample: formulaMismatch.joined(separator: "; "))
        }
        guard let (row, template) = try TheoremD3Reduction.smallestCounterexample() else {
            return Finding(.holds, "D.3 equals the probability of its sufficient condition for n ≤ 6, d ≤ 5", details: [.table(t)])
        }
        let n = row.census.units, d = row.census.dimension
        return Finding(.erratum, "D.3 counts ≥ 3 distinct compatible (d+1)-sign patterns, not 3 distinct 2-D ones; first differs at n = \(n), d = \(d): D.3 = \(row.theoremD3) vs \(row.sufficientCondition) = D.2(\(n))",
                       details: [.table(t), .text("Smallest counterexample template (signs of w₁…w_d : output): " + template.map(\.description).joined(separator: "  ") + ". It has three distinct compatible full patterns, but once the irrelevant weights are zero two of its units are the same 2-D unit, so Lemma D.1 does not apply.")],
                       correction: "The sufficient condition of Lemma D.1 has probability 1 − Σ_{k≤2} Q(k,4,4,n)/8ⁿ (Lemma D.2's value) for every d ≥ 2; D.3 exceeds it for d ≥ 3, n ≥ 3.")
    }
}
