import ClaimKit
import ExactArithmetic

/// Lemma D.1 (appendix D, proof in appendix E): the table of four 3-unit
/// networks on the zero-centred square, a remark on {0,1}², and the
/// compatibility rule against the set B the proof uses.
extension PolarityClaims {
    static let triples = [[2, 3, 5], [2, 3, 8], [2, 5, 8], [3, 5, 8]]

    static func counts(_ subset: [Int]) -> [Int] {
        var c = [Int](repeating: 0, count: 8)
        for t in subset { c[t - 1] += 1 }
        return c
    }

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

    /// F of each table network at the domain's points, as key figures.
    static func tableFigures(_ domain: XORDomain) -> [KeyFigure] {
        LemmaD1Construction.table.map { c in
            .list("F of the {" + c.subset.map(String.init).joined(separator: ",") + "} network on \(domain.rawValue)", domain.points.map { c.output($0.0, $0.1) })
        }
    }

    static let lemmaD1PlusMinus = Claim(
        id: "polarity.lemma-D1.pm1",
        source: source("appendix E", "Lemma D.1, table of 3-unit networks"),
        statement: "Each of the four 3-unit networks in the proof of Lemma D.1 (hidden biases 0, output read through a sigmoid) classifies XOR on {−1,1}².",
        expected: .erratum,
        strength: .substantive("the table's networks leave F = 0 at two of the four points, and with every bias zero no 3-unit network classifies XOR at all (P(3) = 0 by exact LP), so the table's literal setting needs a parameter it does not list; with an output bias all four work and Lemma D.1 holds. Reading ties at sigmoid ½ as one class does not rescue the table: either tie rule serves only two of the four."),
        method: .exact
    ) { context in
        let (t, all) = lemmaD1Table(.plusMinusOne)
        let xor = all.filter { $0.label == .xor }
        let separated = xor.filter(\.separable).count
        let atHalf = xor.filter(\.worksAtZeroThreshold).count
        // A fixed tie rule at sigmoid ½: class 1 iff F > 0, or iff F ≥ 0.
        let labels = LabelConvention.xor.labels
        let strictRule = xor.filter { a in zip(a.values, labels).allSatisfy { ($0.0.signum > 0) == ($0.1 > 0) } }.count
        let weakRule = xor.filter { a in zip(a.values, labels).allSatisfy { ($0.0.signum >= 0) == ($0.1 > 0) } }.count
        let intervals = xor.map { "(\($0.highestNegative), \($0.lowestPositive))" }.joined(separator: ", ")
        let margins = Set(xor.compactMap(\.margin).map(\.description)).sorted().joined(separator: ", ")
        // The table's literal setting: zero hidden and output biases.
        let zero = RepresentabilityConvention(hiddenBias: .zero, outputBias: .zero)
        let maxN = context.quick ? 3 : 64
        let p = try ExactProbability.table(XORRepresentability(zero, maxAtoms: context.quick ? 3 : 4), maxUnits: maxN)
        var below: [Int] = []
        var b = Table(title: "With every bias zero: exact P(n) against the bounds", columns: ["n", "P(n)", "D.2", "D.3 (d = 64)"])
        for n in 1...maxN {
            let d2 = try ProbabilityBounds.lemmaD2(units: n), d3 = try ProbabilityBounds.theoremD3(units: n, dimension: 64)
            if d2 > p[n - 1] || d3 > p[n - 1] { below.append(n) }
            if n <= 8 || n % 16 == 0 { b.append([.integer(n), .exact(dec(p[n - 1], 8)), .exact(dec(d2, 8)), .exact(dec(d3, 8))]) }
        }
        let verdict: Verdict = separated == 4 && atHalf == 4 ? .holds : (separated == 4 ? .erratum : .refuted)
        let range = below.isEmpty ? "no n ≤ \(maxN)" : "n = " + compactRanges(below)
        return Finding(verdict, "XOR separated by \(separated)/4 with a threshold (intervals \(intervals), margin \(margins)); \(atHalf)/4 at sigmoid 1/2 (\(strictRule)/4 if ties count as class 0, \(weakRule)/4 as class 1); all biases zero: P(3) = \(p[2]), D.2 or D.3 exceeds P(n) at \(range)",
                       details: [.table(t), .table(b), .text("Every network respects its sign pattern. On {−1,1}² each leaves two XOR points exactly at the threshold of a sigmoid read at 1/2 (F = 0), so it classifies XOR only after an output bias −t with t inside its interval; the four intervals are disjoint from 0 and from each other in pairs, so no common threshold serves all four. With all biases zero (the table's literal setting) no template of three units represents XOR, so D.2 and D.3 are not lower bounds there (n ≤ \(maxN)\(context.quick ? ", quick sizes" : "")); with free biases they are (polarity.exact-probability).")],
                       counterexample: separated == 4 ? nil : "a construction does not separate XOR on {−1,1}²",
                       correction: "On {−1,1}² (label 1 iff x₁ ≠ x₂) the networks for {2,3,5} and {3,5,8} classify XOR with output threshold t ∈ (0, 1) and those for {2,3,8}, {2,5,8} with t ∈ (−1, 0); at the midpoint the margin is 1/2. Without an output bias (sigmoid read at 1/2) none does, and with every bias zero no 3-unit network does: D.2(3) = 3/64 > P(3) = 0.",
                       figures: tableFigures(.plusMinusOne) + [.integer("networks separating XOR with an output threshold", separated),
                                                                .integer("networks classifying XOR at sigmoid 1/2", atHalf),
                                                                .exact("P(n = 3, biases zero:zero)", p[2]), .exact("D.2(n = 3)", try ProbabilityBounds.lemmaD2(units: 3))])
    }

    /// "1–3, 5, 9" from sorted integers.
    static func compactRanges(_ xs: [Int]) -> String {
        var parts: [String] = [], i = 0
        while i < xs.count {
            var j = i
            while j + 1 < xs.count && xs[j + 1] == xs[j] + 1 { j += 1 }
            parts.append(i == j ? "\(xs[i])" : "\(xs[i])–\(xs[j])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }

    static let lemmaD1ZeroOne = Claim(
        id: "polarity.lemma-D1.01",
        source: source("appendix E", "Lemma D.1, table of 3-unit networks, on a domain the paper does not use"),
        statement: "Remark on the lemma's domain: the paper builds its XOR networks for zero-centred inputs and never puts XOR on {0,1}². There, with zero hidden biases, none of the table's four networks classifies XOR under any output threshold, and of the four sign triples only {2,3,5} and {3,5,8} can (an output bias of −½ serves).",
        expected: .remark, method: .exact
    ) { _ in
        let (t, all) = lemmaD1Table(.zeroOne)
        let separable = all.filter(\.separable).count
        let convention = RepresentabilityConvention(hiddenBias: .zero, outputBias: .free)
        var lp = Table(title: "Sign triples on {0,1}² by exact LP (zero hidden biases, free output bias, label 1 iff x₁ ≠ x₂)", columns: ["triple", "represents XOR", "witness F at points", "output bias"])
        var working: [[Int]] = []
        for triple in triples {
            let w = try FrozenSignXOR.decideByEnumeration(counts: counts(triple), convention, domain: .zeroOne)
            if w != nil { working.append(triple) }
            lp.append([.text("{" + triple.map(String.init).joined(separator: ",") + "}"), .flag(w != nil),
                       .exact(w?.values.map(\.description).joined(separator: ", ") ?? "—"), .exact(w?.outputBias.description ?? "—")])
        }
        // σ(x − y) + σ(y − x) − ½: units of types 3 and 5; the triple's third unit has zero weights.
        let half = Rational(-1, 2)
        let units = [ReLUUnit(1, -1, bias: 0, output: 1), ReLUUnit(-1, 1, bias: 0, output: 1)]
        let values = XORDomain.zeroOne.points.map { p in units.reduce(half) { $0 + $1(p.0, p.1) } }
        let witnessOK = zip(values, LabelConvention.xor.labels).allSatisfy { $0.0.signum == $0.1 }
        let first = LemmaD1Construction.table[0]
        let tableValues = XORDomain.zeroOne.points.map { first.output($0.0, $0.1).description }.joined(separator: ", ")
        let ok = separable == 0 && working == [[2, 3, 5], [3, 5, 8]] && witnessOK
        let figures = tableFigures(.zeroOne) + [.integer("(network, label) pairs separable on {0,1}²", separable),
                                                .list("sign triples representing XOR on {0,1}² (zero hidden biases, free output bias)", working.map { $0.map(String.init).joined() })]
        return Finding.remark(if: ok, "on {0,1}²: \(separable)/8 (network, label) pairs separable (the {2,3,5} network is \(tableValues)); by LP \(working.count)/4 sign triples represent XOR: \(working.map { "{" + $0.map(String.init).joined(separator: ",") + "}" }.joined(separator: ", ")); σ(x−y) + σ(y−x) − ½ = \(values.map(\.description).joined(separator: ", "))",
                              counterexample: "the computation differs from the remark: \(separable) separable, triples \(working), witness \(witnessOK)",
                              details: [.table(t), .table(lp), .text("At (0,0) every unit with zero hidden bias is 0, so F(0,0) is the output bias; a triple without both types 3 and 5 has no unit that is positive at (0,1) (or at (1,0)), so F there cannot exceed F(0,0). Paper 000 applies Lemma D.1 to zero-centred inputs (XOR-5D, the table's hidden biases 0 and its quadrant rule), so this is a remark about the domain, not a finding against the lemma.")],
                              figures: figures)
    }

    static let compatibilityRule = Claim(
        id: "polarity.compatibility-rule",
        source: source("appendix D and E, section 2.1", "Lemma D.1: the rule for XOR-compatible units against the set B"),
        statement: "The rule sign(w_out) = sign(w₁)·sign(w₂) for an XOR-compatible unit (Lemma D.1, Theorem D.3's proof; section 2.1 in words) selects the set B = {2, 3, 5, 8} from which the proof of Lemma D.1 builds its networks.",
        expected: .erratum,
        strength: .typographical("one sign: B and the table's networks follow sign(w_out) = −sign(w₁)·sign(w₂) for the labelling they classify (class 1 when the inputs differ). The rule is printed the same way three times and once in words, so it is not a transcription slip, and no count depends on it: both sets have four members and negating every output weight maps one onto the other (XOR ↔ XNOR). The checks read B with the minus sign, as does the trainer's Sufficient-Polarity template.",
                                 transcriptionSlip: false),
        method: .exact
    ) { _ in
        let rule = (1...8).filter { t in
            let p = UnitPattern(paperIndex: t)!
            return p.outputNegative == (p.inputNegative(0) != p.inputNegative(1))   // sign(out) = sign(w₁)·sign(w₂)
        }
        let b = (1...8).filter { UnitPattern(paperIndex: $0)!.isXORCompatible }
        let convention = RepresentabilityConvention(hiddenBias: .zero, outputBias: .free)
        var t = Table(title: "3-subsets of each set by exact LP on {−1,1}² (zero hidden biases, free output bias)", columns: ["set", "triple", "XOR (class 1 iff inputs differ)", "XNOR"])
        var bXOR = true, ruleXNOR = true
        for (name, set) in [("B", b), ("rule", rule)] {
            for triple in FrozenSignXOR.subsets(of: set, size: 3) {
                let x = try FrozenSignXOR.decideByEnumeration(counts: counts(triple), convention) != nil
                let xn = try FrozenSignXOR.decideByEnumeration(counts: counts(triple), RepresentabilityConvention(hiddenBias: .zero, outputBias: .free, label: .xnor)) != nil
                if name == "B" { bXOR = bXOR && x && !xn } else { ruleXNOR = ruleXNOR && xn && !x }
                t.append([.text(name), .text("{" + triple.map(String.init).joined(separator: ",") + "}"), .flag(x), .flag(xn)])
            }
        }
        let tableInB = LemmaD1Construction.table.allSatisfy { $0.units.allSatisfy { b.contains($0.0) } }
        let figures: [KeyFigure] = [.list("patterns with sign(w_out) = sign(w₁)·sign(w₂)", rule), .list("B (the proof's set)", b)]
        let summary = "the printed rule selects {\(rule.map(String.init).joined(separator: ","))}, B = {\(b.map(String.init).joined(separator: ","))}; every triple of B represents XOR and not XNOR (\(bXOR)), every triple of the rule's set XNOR and not XOR (\(ruleXNOR)); the table's networks use B only (\(tableInB))"
        guard rule != b else { return Finding(.holds, summary, details: [.table(t)], figures: figures) }
        guard bXOR && ruleXNOR && tableInB else { return Finding(.refuted, summary, details: [.table(t)], counterexample: summary, figures: figures) }
        return Finding(.erratum, summary, details: [.table(t)],
                       correction: "For the labelling the proof's networks classify (class 1 when x₁ ≠ x₂), a unit is XOR-compatible when sign(w_out) = −sign(w₁)·sign(w₂), which gives B = {2, 3, 5, 8}; the printed rule gives {1, 4, 6, 7}, the XNOR-compatible set. D.2, D.3 and P(n) are the same under either reading.",
                       figures: figures)
    }
}
