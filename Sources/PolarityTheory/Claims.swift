import ClaimKit
import ExactArithmetic

/// Claims of PolarityTheory (paper 000, sections 2 and 5, appendices D, E),
/// registered with the catalog.
public enum PolarityClaims {
    public static let all: [Claim] = [lemma21, lemma21XOR, lemmaD1PlusMinus, lemmaD1ZeroOne, compatibilityRule, lemmaD2, theoremD3,
                                      exactProbability, fifteenUnits]

    static func source(_ section: String, _ label: String) -> Source { Source(.polarity, section: section, label: label) }
    static func dec(_ q: Rational, _ digits: Int = 6) -> String { q.decimal(digits: digits).text }

    // MARK: Lemma D.2 and Theorem D.3

    static let lemmaD2 = Claim(
        id: "polarity.lemma-D2",
        source: source("appendix D", "Lemma D.2 and the helper Q"),
        statement: "1 − Σ_{k≤2} Q(k,4,4,n)/8ⁿ is the probability that n units with uniformly random sign patterns contain at least 3 distinct XOR-compatible patterns; Q(k,m,M,n) counts n-tuples with exactly k of m marked symbols present.",
        expected: .holds,
        strength: .reading(Reading(printed: "&= 1 - P(|J| \\ge 0) - P(|J| = 1) - P(|J| = 2)", line: 367, readAs: "1 − P(|J| = 0) − P(|J| = 1) − P(|J| = 2), as the next line's sum over k = 0, 1, 2 has it",
                                   alternative: "read as printed the middle line equals −P(|J| = 1) − P(|J| = 2) ≤ 0, and that line (not the lemma's formula) would be a typographical erratum."),
                           "one glyph in an intermediate line; the lemma's formula and the proof's other lines agree with the reading."),
        method: .exhaustive
    ) { context in
        let maxN = context.quick ? 5 : 7
        var t = Table(title: "Q and Lemma D.2 against enumeration of all 8ⁿ templates", columns: ["n", "Q(0..4,4,4,n) recursion", "enumerated", "Ω(n) = D.2", "decimal"])
        var bad: [String] = [], d2s: [Rational] = [], lastQ: [BigInt] = []
        for n in 1...maxN {
            let census = try PatternCensus(units: n, dimension: 2)
            let q = try (0...4).map { try CountingHelperQ.recursive($0, 4, 4, n) }
            let ie = try (0...4).map { try CountingHelperQ.inclusionExclusion($0, 4, 4, n) }
            let counted = (0...4).map { BigInt(census.exactlyDistinct[$0]) }
            let d2 = try ProbabilityBounds.lemmaD2(units: n)
            if q != counted || ie != counted { bad.append("Q at n = \(n)") }
            d2s.append(d2); lastQ = counted
            if d2 != Rational(BigInt(census.threeFullPatterns), BigInt(census.templates)) { bad.append("D.2 at n = \(n)") }
            t.append([.integer(n), .exact(q.map(\.description).joined(separator: ", ")), .exact(counted.map(\.description).joined(separator: ", ")), .exact(d2.description), .text(dec(d2))])
        }
        let d15 = try ProbabilityBounds.lemmaD2(units: 15)
        return Finding.holds(if: bad.isEmpty, "Q (recursion and inclusion–exclusion) and D.2 equal the enumerated counts for n ≤ \(maxN); D.2(15) = \(dec(d15))",
                             counterexample: bad.joined(separator: "; "),
                             details: [.table(t), .text("Reading used: the proof's \"1 − P(|J| ≥ 0)\" is read as 1 − P(|J| = 0) − P(|J| = 1) − P(|J| = 2); XOR-compatible means sign(output) = −sign(w₁)·sign(w₂), which is what the set B = {2,3,5,8} lists (the rule printed without the minus gives {1,4,6,7}; the count is the same: polarity.compatibility-rule). Whether D.2 bounds the probability of learning XOR depends on Lemma D.1 being sufficient: see polarity.exact-probability.")],
                             figures: [.list("D2(n=1…\(maxN))", d2s), .list("tuples_with_k_compatible(k=0…4,n=\(maxN))", lastQ), .exact("D2(n=15)", d15)])
    }

    static let theoremD3 = Claim(
        id: "polarity.theorem-D3",
        source: source("appendix D", "Theorem D.3"),
        statement: "1 − Σ_{k≤2} Q(k,2^d,2^d,n)/2^{(d+1)n} is the probability of the sufficient condition of Lemma D.1 in d dimensions (3 distinct XOR-compatible units, irrelevant weights zero).",
        expected: .erratum,
        strength: .substantive("the proof counts units with distinct (d+1)-sign patterns as distinct for Lemma D.1, but its own construction sets the irrelevant weights to zero, after which such units can coincide; the overcount is in the argument, not in a glyph."),
        method: .exhaustive
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
        let figures: [KeyFigure] = [.list("first_difference(n,d)", [n, d]), .exact("D3(n=\(n),d=\(d))", row.theoremD3),
                                    .exact("counted_event(n=\(n),d=\(d))", row.countedEvent), .exact("sufficient(n=\(n),d=\(d))", row.sufficientCondition)]
        return Finding(.erratum, "D.3 counts ≥ 3 distinct compatible (d+1)-sign patterns, not 3 distinct 2-D ones; first differs at n = \(n), d = \(d): D.3 = \(row.theoremD3) vs \(row.sufficientCondition) = D.2(\(n))",
                       details: [.table(t), .text("Smallest counterexample template (signs of w₁…w_d : output): " + template.map(\.description).joined(separator: "  ") + ". It has three distinct compatible full patterns, but once the irrelevant weights are zero two of its units are the same 2-D unit, so Lemma D.1 does not apply.")],
                       correction: "The sufficient condition of Lemma D.1 has probability 1 − Σ_{k≤2} Q(k,4,4,n)/8ⁿ (Lemma D.2's value) for every d ≥ 2; D.3 exceeds it for d ≥ 3, n ≥ 3.",
                       figures: figures)
    }
}
