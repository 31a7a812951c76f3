import ClaimKit
import ExactArithmetic

/// Claims that need exact representability (beyond the paper's own
/// argument): the true probability beside the D.2 / D.3 bounds, and the
/// "15 units for > 99 %" reading of section 5.
extension PolarityClaims {
    static let biasConventions: [RepresentabilityConvention] = [(RepresentabilityConvention.Bias.free, RepresentabilityConvention.Bias.free), (.zero, .free), (.free, .zero), (.zero, .zero)]
        .map { RepresentabilityConvention(hiddenBias: $0.0, outputBias: $0.1) }

    /// Quick mode: zero hidden and output biases, atom sets of ≤ 3 units, n ≤ 3;
    /// full mode: all four bias conventions, complete structure, n ≤ 64.
    static func exactTables(_ context: CheckContext) throws -> [(RepresentabilityConvention, XORRepresentability, [Rational])] {
        let conventions = context.quick ? biasConventions.filter { $0.hiddenBias == .zero && $0.outputBias == .zero } : biasConventions
        return try conventions.map { c in
            let s = XORRepresentability(c, maxAtoms: context.quick ? 3 : 4)
            return (c, s, try ExactProbability.table(s, maxUnits: context.quick ? 3 : 64))
        }
    }

    static let exactProbability = Claim(
        id: "polarity.exact-probability",
        source: source("section 5 and appendix D", "Lemma D.2, Theorem D.3 as lower bounds"),
        statement: "The D.2 and D.3 values are lower bounds on the exact probability P(n) that Bernoulli(1/2) frozen signs on n ReLU units can represent XOR on {−1,1}² (decided by exact LP), whichever bias convention is used.",
        expected: .refuted, method: .exact
    ) { context in
        let tables = try exactTables(context)
        let maxN = tables[0].2.count
        var t = Table(title: "Exact P(n) beside the bounds (d = 64 is the largest D.3 in range)", columns: ["convention", "cap", "minimal profiles", "n", "P(n)", "D.2", "D.3 (d = 64)", "D.2 ≤ P", "D.3 ≤ P"])
        var worst: (n: Int, d: Int, c: RepresentabilityConvention, p: Rational, b: Rational)?
        var sufficiency: [String] = []
        for (c, s, p) in tables {
            let triples = [[2, 3, 5], [2, 3, 8], [2, 5, 8], [3, 5, 8]].filter { subset in
                var counts = [Int](repeating: 0, count: 8)
                for i in subset { counts[i - 1] = 1 }
                return (try? s.isRepresentable(counts: counts)) == true
            }
            sufficiency.append("\(c): \(triples.count)/4 of Lemma D.1's triples represent XOR")
            for n in 1...maxN {
                let d2 = try ProbabilityBounds.lemmaD2(units: n)
                let d3 = try ProbabilityBounds.theoremD3(units: n, dimension: 64)
                if d3 > p[n - 1] && worst == nil {
                    // the smallest d at which D.3 exceeds P(n) (D.3 grows with d)
                    let d = try (2...64).first { try ProbabilityBounds.theoremD3(units: n, dimension: $0) > p[n - 1] }!
                    worst = (n, d, c, p[n - 1], try ProbabilityBounds.theoremD3(units: n, dimension: d))
                }
                if n <= 16 || n % 16 == 0 {
                    t.append([.text(c.description), .integer(s.cap), .integer(s.minimal.count), .integer(n), .exact(dec(p[n - 1], 8)), .exact(dec(d2, 8)), .exact(dec(d3, 8)), .flag(d2 <= p[n - 1]), .flag(d3 <= p[n - 1])])
                }
            }
        }
        let text = Block.text("Lemma D.1 sufficiency by exact LP — " + sufficiency.joined(separator: "; ") + ". Sizes: " + (context.quick ? "quick (zero biases, n ≤ 3)" : "full (four conventions, n ≤ 64)") + ". The cap: by Carathéodory's theorem in ℝ⁴ a representable template contains a representable sub-template of ≤ 4 units, so units of one type beyond 4 (beyond the listed cap, in fact) never matter.")
        guard let w = worst else {
            return Finding(.holds, "D.2 and D.3 (d ≤ 64) ≤ P(n) for n ≤ \(maxN) under every convention checked", details: [.table(t), text])
        }
        return Finding(.refuted, "D.3 exceeds the exact probability: n = \(w.n), d = \(w.d), \(w.c): P = \(w.p) < D.3 = \(dec(w.b, 6)); " + sufficiency.last!,
                       details: [.table(t), text],
                       counterexample: "n = \(w.n) units, d = \(w.d), \(w.c): exact P(n) = \(w.p) but Theorem D.3 gives \(w.b)")
    }

    static let fifteenUnits = Claim(
        id: "polarity.fifteen-units",
        source: source("section 5, Figure 4A", "15 hidden units for > 99 % on XOR-5D"),
        statement: "For XOR-5D, 15 hidden units with random frozen signs suffice for a > 99 % chance of being able to learn XOR, and fewer do not reach it.",
        expected: .erratum, method: .exact
    ) { context in
        let level = Rational(99, 100)
        let nD3 = try ProbabilityBounds.smallestUnits(exceeding: level, dimension: 5)
        let nD2 = try ProbabilityBounds.smallestUnits(exceeding: level)
        var t = Table(title: "Smallest n above 99/100", columns: ["quantity", "smallest n", "value there"])
        t.append([.text("Theorem D.3, d = 5 (as printed)"), .integer(nD3 ?? 0), .exact(dec(try ProbabilityBounds.theoremD3(units: nD3 ?? 1, dimension: 5), 6))])
        t.append([.text("corrected bound (= Lemma D.2)"), .integer(nD2 ?? 0), .exact(dec(try ProbabilityBounds.lemmaD2(units: nD2 ?? 1), 6))])
        var exact: [String] = []
        if !context.quick {
            for (c, _, p) in try exactTables(context) {
                if let n = p.firstIndex(where: { $0 > level }) {
                    exact.append("\(n + 1) (\(c.hiddenBias.rawValue)/\(c.outputBias.rawValue))")
                    t.append([.text("exact P(n), \(c)"), .integer(n + 1), .exact(dec(p[n], 6))])
                }
            }
        }
        let d15 = try ProbabilityBounds.theoremD3(units: 15, dimension: 5)
        return Finding(.erratum, "D.3(15, 5) = \(dec(d15, 6)) but D.3 passes 99 % at n = \(nD3 ?? 0); corrected bound at n = \(nD2 ?? 0); exact P(n) at " + (exact.isEmpty ? "(full mode)" : exact.joined(separator: ", ")),
                       details: [.table(t)],
                       correction: "Theorem D.3 as printed first exceeds 99 % at n = \(nD3 ?? 0), not 15; its corrected form (Lemma D.2's value) needs n = \(nD2 ?? 0); the exact probability of representing XOR exceeds 99 % from n = 9 (free biases) to n = 14 (zero hidden and output biases) — so 15 units do suffice, but fewer do too.")
    }
}
