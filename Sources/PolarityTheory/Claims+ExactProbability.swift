import ClaimKit
import ExactArithmetic

/// Claims that need exact representability (beyond the paper's own
/// argument): the true probability beside the D.2 / D.3 bounds, and the
/// "15 units for > 99 %" reading of section 5.
extension PolarityClaims {
    static let biasConventions: [RepresentabilityConvention] = [(RepresentabilityConvention.Bias.free, RepresentabilityConvention.Bias.free), (.zero, .free), (.free, .zero), (.zero, .zero)]
        .map { RepresentabilityConvention(hiddenBias: $0.0, outputBias: $0.1) }

    /// Exact P(n), n ≤ 64, with the complete structure, for each convention.
    static func exactTables(_ conventions: [RepresentabilityConvention]) throws -> [(RepresentabilityConvention, XORRepresentability, [Rational])] {
        try conventions.map { c in
            let s = XORRepresentability(c)
            return (c, s, try ExactProbability.table(s, maxUnits: 64))
        }
    }

    /// The conventions of the paper's setting: at least one bias free.
    static let paperConventions = biasConventions.filter { $0.hiddenBias == .free || $0.outputBias == .free }

    static let exactProbability = Claim(
        id: "polarity.exact-probability",
        source: source("section 5 and appendix D", "Lemma D.2, Theorem D.3 as lower bounds"),
        statement: "For networks with biases (the paper's networks are PyTorch layers; free hidden biases, a free output bias, or both), the D.2 and D.3 values are lower bounds on the exact probability P(n) that Bernoulli(1/2) frozen signs on n ReLU units can represent XOR on {−1,1}² (decided by exact LP).",
        expected: .holds,
        strength: .reading(Reading(printed: "randomly initialize each weight with its polarity following  $P(polarity) \\sim Bernoulli(0.5)$", line: 256,
                                   readAs: "the weights' signs are frozen at random and the biases, which carry no polarity, stay free as in the paper's PyTorch networks",
                                   alternative: "with the hidden and output biases fixed at 0, as the proof's table of networks has them, no 3-unit template represents XOR (P(3) = 0 < 3/64) and the verdict would be refuted; that failure belongs to the table and is reported under polarity.lemma-D1.pm1."),
                           "the lemmas do not say whether biases exist; the paper's experiments train networks with biases."),
        method: .exact
    ) { context in
        // Quick: the table's zero hidden biases with a free output bias (the cheapest structure);
        // full: the three conventions with a free bias, and all biases zero beside them.
        let tables = try exactTables(context.quick ? [RepresentabilityConvention(hiddenBias: .zero, outputBias: .free)] : biasConventions)
        var t = Table(title: "Exact P(n) beside the bounds (d = 64 is the largest D.3 in range)", columns: ["convention", "paper's setting", "cap", "minimal profiles", "n", "P(n)", "D.2", "D.3 (d = 64)", "D.2 ≤ P", "D.3 ≤ P"])
        var worst: (n: Int, d: Int, c: RepresentabilityConvention, p: Rational, b: Rational)?
        var sufficiency: [String] = [], checked: [String] = [], zeroBelow = 0, figures: [KeyFigure] = []
        for (c, s, p) in tables {
            let paper = paperConventions.contains(c)
            let key = "biases \(c.hiddenBias.rawValue):\(c.outputBias.rawValue)"
            let bounded = try (1...p.count).allSatisfy { n in
                try ProbabilityBounds.lemmaD2(units: n) <= p[n - 1] && ProbabilityBounds.theoremD3(units: n, dimension: 64) <= p[n - 1]
            }
            figures += [.flag("D.2 and D.3 (d = 64) ≤ P(n) for every n ≤ 64 (\(key))", bounded), .list("P(n), n = 1…16 (\(key))", Array(p.prefix(16)))]
            let working = try triples.filter { try s.isRepresentable(counts: counts($0)) }
            sufficiency.append("\(c): \(working.count)/4 of Lemma D.1's triples represent XOR")
            if paper { checked.append("\(c.hiddenBias.rawValue)/\(c.outputBias.rawValue)") }
            for n in 1...p.count {
                let d2 = try ProbabilityBounds.lemmaD2(units: n)
                let d3 = try ProbabilityBounds.theoremD3(units: n, dimension: 64)
                if d3 > p[n - 1] || d2 > p[n - 1] {
                    if !paper { zeroBelow += 1 } else if worst == nil {
                        // the smallest d at which D.3 exceeds P(n) (D.3 grows with d)
                        let d = try (2...64).first { try ProbabilityBounds.theoremD3(units: n, dimension: $0) > p[n - 1] } ?? 2
                        worst = (n, d, c, p[n - 1], try ProbabilityBounds.theoremD3(units: n, dimension: d))
                    }
                }
                if n <= 16 || n % 16 == 0 {
                    t.append([.text(c.description), .flag(paper), .integer(s.cap), .integer(s.minimal.count), .integer(n), .exact(dec(p[n - 1], 8)), .exact(dec(d2, 8)), .exact(dec(d3, 8)), .flag(d2 <= p[n - 1]), .flag(d3 <= p[n - 1])])
                }
            }
        }
        let text = Block.text("Lemma D.1 sufficiency by exact LP — " + sufficiency.joined(separator: "; ") + ". Sizes: " + (context.quick ? "quick (zero hidden biases, a free output bias, n ≤ 64)" : "full (the three conventions with a free bias, and all biases zero beside them, n ≤ 64)") + (zeroBelow > 0 ? ". With every bias zero (not the paper's setting) the bounds exceed P(n) for \(zeroBelow) values of n: see polarity.lemma-D1.pm1" : "") + ". The cap: by Carathéodory's theorem in ℝ⁴ a representable template contains a representable sub-template of ≤ 4 units, so units of one type beyond 4 (beyond the listed cap, in fact) never matter. The bounds are far from tight: the exact P(n) is the result.")
        guard let w = worst else {
            return Finding(.holds, "D.2 and D.3 (d ≤ 64) ≤ P(n) for every n ≤ 64 with biases \(checked.joined(separator: ", ")) (hidden/output); " + sufficiency[0], details: [.table(t), text], figures: figures)
        }
        return Finding(.refuted, "D.3 exceeds the exact probability: n = \(w.n), d = \(w.d), \(w.c): P = \(w.p) < D.3 = \(dec(w.b, 6))",
                       details: [.table(t), text],
                       counterexample: "n = \(w.n) units, d = \(w.d), \(w.c): exact P(n) = \(w.p) but Theorem D.3 gives \(w.b)", figures: figures)
    }

    static let fifteenUnits = Claim(
        id: "polarity.fifteen-units",
        source: source("section 5, Figure 4A", "15 hidden units for > 99 % on XOR-5D"),
        statement: "For XOR-5D, 15 hidden units with random frozen signs suffice for a > 99 % chance of being able to learn XOR, and fewer do not reach it.",
        expected: .erratum,
        strength: .substantive("the 15 rests on D.3, which overcounts (polarity.theorem-D3) and itself first passes 99 % at n = 14; its corrected form needs 23; the exact probability passes 99 % at 9 to 14 units, so \"15 suffice\" is true but \"it takes at least 15\" is not, under any of them."),
        method: .exact
    ) { context in
        let level = Rational(99, 100)
        let nD3 = try ProbabilityBounds.smallestUnits(exceeding: level, dimension: 5)
        let nD2 = try ProbabilityBounds.smallestUnits(exceeding: level)
        var t = Table(title: "Smallest n above 99/100", columns: ["quantity", "smallest n", "value there"])
        t.append([.text("Theorem D.3, d = 5 (as printed)"), .integer(nD3 ?? 0), .exact(dec(try ProbabilityBounds.theoremD3(units: nD3 ?? 1, dimension: 5), 6))])
        t.append([.text("corrected bound (= Lemma D.2)"), .integer(nD2 ?? 0), .exact(dec(try ProbabilityBounds.lemmaD2(units: nD2 ?? 1), 6))])
        var exact: [String] = []
        if !context.quick {
            for (c, _, p) in try exactTables(biasConventions) {
                if let n = p.firstIndex(where: { $0 > level }) {
                    exact.append("\(n + 1) (\(c.hiddenBias.rawValue)/\(c.outputBias.rawValue))")
                    t.append([.text("exact P(n), \(c)"), .integer(n + 1), .exact(dec(p[n], 6))])
                }
            }
        }
        let d15 = try ProbabilityBounds.theoremD3(units: 15, dimension: 5)
        return Finding(.erratum, "D.3(15, 5) = \(dec(d15, 6)) but D.3 passes 99 % at n = \(nD3 ?? 0); corrected bound at n = \(nD2 ?? 0); exact P(n) at " + (exact.isEmpty ? "(full mode)" : exact.joined(separator: ", ")),
                       details: [.table(t)],
                       correction: "Theorem D.3 as printed first exceeds 99 % at n = \(nD3 ?? 0), not 15; its corrected form (Lemma D.2's value) needs n = \(nD2 ?? 0); the exact probability of representing XOR exceeds 99 % from n = 9 (free biases) to n = 14 (zero hidden and output biases) — so 15 units do suffice, but fewer do too.",
                       figures: [.integer("smallest_n_D3>99/100(d=5)", nD3 ?? 0), .integer("smallest_n_D2>99/100", nD2 ?? 0),
                                 KeyFigure("D3(n=15,d=5)", .certified(d15.decimal(digits: 12).text))])
    }
}
