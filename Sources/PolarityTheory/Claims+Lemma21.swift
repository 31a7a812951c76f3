import ClaimKit
import ExactArithmetic

/// Lemma 2.1 (section 2, proof in appendix E): the lemma under its own
/// assumption, and a remark on the paper's XOR setting where the
/// assumption fails.
extension PolarityClaims {
    static let lemma21 = Claim(
        id: "polarity.lemma-2.1",
        source: source("section 2 and appendix E", "Lemma 2.1, eq. 1–3"),
        statement: "With weights in {−d,…,d}, a one-hidden-layer graph has (2d+1)^|E| weight patterns (eq. 1) and a frozen sign template leaves (d+1)^|E| (ratio eq. 2); if different patterns represent different functions (the proof's assumption), a template that keeps the correct pattern raises the share of correct patterns by that ratio (eq. 3, read with ≫).",
        expected: .holds,
        strength: .reading(Reading(printed: "\\frac{|G_{correct}|}{|G_{\\text{polarityFrozen}}|} \\ll \\frac{|G_{correct}|}{|G|}", line: 295,
                                   readAs: "≫: the share of correct patterns is much larger under the frozen template",
                                   alternative: "read as printed (≪), eq. 3 fails for every template that keeps the correct pattern and the verdict would be erratum (typographical)."),
                           "both sides of eq. 3 share the numerator and |G_frozen| < |G|, so only ≫ fits the proof and its next sentence (\"much higher proportion of correct solutions\"); one glyph, plausibly a transcription slip."),
        method: .exhaustive
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
        var s = Table(title: "Eq. 3 where the assumption holds: one linear unit x ↦ w·x on {−1,1}^k, w ∈ {−d,…,d}^k (|E| = k)",
                      columns: ["k", "d", "|G|", "distinct functions", "(target, template) pairs keeping C", "gains found", "eq. 2 ratio"])
        let linear: [(Int, Int)] = context.quick ? [(2, 1), (3, 1), (3, 2)] : [(2, 1), (3, 1), (3, 2), (4, 1), (4, 2), (4, 3)]
        var figures: [KeyFigure] = []
        for (k, d) in linear {
            let study = try CapacityLinearStudy(inputs: k, maxMagnitude: d)
            let ratio = try CapacityCounting.capacityRatio(edges: k, maxMagnitude: d)
            if !study.injective || study.gains != [ratio] { mismatches.append("linear k = \(k), d = \(d): gains \(study.gains)") }
            figures += [.integer("functions of w·x on {−1,1}^k (k = \(k), d = \(d))", study.functions),
                        .list("gains of templates keeping the correct set (k = \(k), d = \(d))", study.gains)]
            s.append([.integer(k), .integer(d), .integer(study.patterns), .integer(study.functions), .integer(study.keptPairs),
                      .exact(study.gains.map(\.description).joined(separator: ", ")), .exact(ratio.description)])
        }
        let summary = "eq. 1, 2 match enumeration on \(cases.count) graphs; where patterns are functions (\(linear.count) linear cases, every target and template) the kept correct pattern's share grows by exactly eq. 2's ratio"
        return Finding.holds(if: mismatches.isEmpty, summary, counterexample: mismatches.joined(separator: "; "), details: [
            .table(t), .table(s),
            .text("In general the gain of a template T is (|C ∩ G_T|/|G_T|)/(|C|/|G|) = (|C ∩ G_T|/|C|)·((2d+1)/(d+1))^|E|: the full factor of eq. 2 needs G_correct ⊆ G_frozen, which the assumption supplies (C is one pattern). Where patterns and functions differ, as for XOR by a ReLU net, see polarity.lemma-2.1.xor."),
        ], figures: figures)
    }

    static let lemma21XOR = Claim(
        id: "polarity.lemma-2.1.xor",
        source: source("appendix E", "proof of Lemma 2.1: its assumption in the paper's XOR setting"),
        statement: "Remark: in the paper's own XOR setting (one hidden ReLU layer; here 3-2-1 with the hidden biases on a constant input, weights in {−d,…,d}) several weight patterns compute the same function, so Lemma 2.1's assumption fails; no template keeps every correct pattern, the best gains less than eq. 2's ratio, and no template that keeps a correct pattern lowers the share.",
        expected: .remark, method: .exhaustive
    ) { context in
        var s = Table(title: "Eq. 3 on XOR by a 3-2-1 ReLU net (constant input = hidden bias), weights in {−d,…,d}", columns: ["d", "|C| correct", "distinct functions in C", "|G|", "templates keeping ≥ 1", "keeping all of C", "best kept", "best gain (eq. 3 factor)", "eq. 2 ratio", "templates where share drops"])
        var ok = true, first = "", figures: [KeyFigure] = []
        for d in context.quick ? [1] : [1, 2] {
            let study = try CapacityXORStudy(maxMagnitude: d)
            let ratio = try CapacityCounting.capacityRatio(edges: 8, maxMagnitude: d)
            figures += [.integer("correct patterns (d = \(d))", study.correct), .integer("functions they compute (d = \(d))", study.correctFunctions),
                        .integer("templates keeping a correct pattern (d = \(d))", study.representableTemplates),
                        .integer("templates keeping all (d = \(d))", study.templatesHoldingAll), .integer("most kept (d = \(d))", study.bestKept),
                        .exact("best gain (d = \(d))", study.bestGain), .integer("templates lowering the share (d = \(d))", study.templatesThatLose)]
            ok = ok && study.correctFunctions < study.correct && study.templatesHoldingAll == 0 && study.templatesThatLose == 0
                && study.bestGain > 1 && study.bestGain < ratio
            if first.isEmpty {
                first = "d = \(d): \(study.correct) correct patterns compute \(study.correctFunctions) functions; no template keeps all, the best keeps \(study.bestKept) of \(study.correct): gain \(study.bestGain) ≈ \(dec(study.bestGain, 2)) < eq. 2's \(ratio) ≈ \(dec(ratio, 2)); \(study.templatesThatLose) of \(study.representableTemplates) templates keeping a correct pattern lower the share"
            }
            s.append([.integer(d), .integer(study.correct), .integer(study.correctFunctions), .exact(try CapacityCounting.patternCount(edges: 8, maxMagnitude: d).description),
                      .integer(study.representableTemplates), .integer(study.templatesHoldingAll), .integer(study.bestKept),
                      .exact("\(study.bestGain) ≈ \(dec(study.bestGain, 3))"), .exact("\(ratio) ≈ \(dec(ratio, 3))"), .integer(study.templatesThatLose)])
        }
        return Finding.remark(if: ok, first, counterexample: "the XOR study contradicts the remark: " + first, details: [
            .table(s),
            .text("A pattern is correct when F > 0 exactly at the two points with x₁ ≠ x₂. Swapping the two hidden units maps a correct pattern to another with the same function, so the proof's assumption fails for any network with two or more hidden units. Lemma 2.1's qualitative conclusion survives here: every template that keeps a correct pattern raises the share, by the factor (|C ∩ G_T|/|C|)·((2d+1)/(d+1))^|E|."),
        ], figures: figures)
    }
}
