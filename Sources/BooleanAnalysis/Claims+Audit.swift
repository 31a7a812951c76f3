import ClaimKit
import ExactArithmetic

/// Claims that close gaps of the completeness audit (Proofs/README.md):
/// figure and table data, a counting remark and the background XOR theorem.
extension BooleanClaims {
    static let audit: [Claim] = [figure32, table34, signCases, theorem212]

    /// Fig. 3.2 shows one function from each class with swaps value 5.
    static let figure32 = Claim(
        id: "boolean.fig-3.2", source: source("§3.3.1", "Fig. 3.2"),
        statement: "The 4-input functions 1785 and 7140 have swaps value 5, lie in different NPN classes, and these are all the classes with swaps value 5.",
        expected: .holds, method: .exhaustive
    ) { context in
        let shown: [UInt64] = [1785, 7140]
        var values: [Int] = [], classes: [UInt64] = []
        for v in shown {
            let f = try TruthTable(variables: 4, value: v)
            values.append(try swapsValue(f).value)
            classes.append(try exactNPNCanonization(f).representative.word)
        }
        let five = try sweep(4, context).filter { $0.value == 5 }.map(\.npnClass.word).sorted()
        let summary = "swaps(1785) = \(values[0]), swaps(7140) = \(values[1]); classes \(classes[0]) and \(classes[1]); the sweep of all 222 classes finds swaps 5 on classes \(five)"
        return .holds(if: values == [5, 5] && Set(classes).count == 2 && Set(classes) == Set(five), summary,
                      counterexample: summary,
                      figures: [.list("swaps([1785, 7140])", values), .list("classes([1785, 7140])", classes), .list("classes_with_swaps_5(n=4)", five)])
    }

    /// Table 3.4 as printed (width w; per digit count n = 1…6, "p, r/d" or nil for a dash).
    static let printedTable34: [(width: Int, entries: [(p: Int, r: Int, d: Int)?])] = [
        (2, [(1, 1, 2), nil, nil, nil, nil, nil]),
        (3, [(1, 2, 3), (2, 3, 3), (3, 1, 1), (3, 1, 1), nil, nil]),
        (4, [(1, 2, 4), (2, 3, 6), (3, 3, 4), (4, 1, 1), nil, nil]),
        (5, [(1, 3, 5), (2, 8, 10), (3, 8, 10), (4, 3, 5), nil, nil]),
        (6, [(1, 3, 6), (2, 4, 15), (3, 18, 20), (3, 1, 20), (5, 1, 6), (6, 1, 1)]),
        (7, [(1, 4, 7), (2, 8, 21), (3, 26, 35), (3, 3, 35), (5, 3, 21), (6, 1, 7)]),
        (8, [(1, 5, 8), (2, 5, 28), (3, 41, 56), (3, 5, 56), (5, 4, 56), (6, 2, 28)]),
        (9, [(1, 7, 9), (2, 8, 36), (3, 66, 84), (3, 3, 84), (5, 4, 126), (5, 1, 128)]),
        (10, [(1, 5, 10), (2, 8, 45), (3, 95, 120), (3, 4, 120), (4, 1, 210), (5, 2, 252)]),
        (11, [(1, 6, 11), (2, 13, 55), (3, 143, 165), (3, 4, 165), (4, 1, 330), (5, 1, 462)]),
        (12, [(1, 5, 12), (2, 24, 66), (3, 166, 220), (3, 9, 220), (4, 2, 495), (5, 2, 792)]),
        (13, [(1, 3, 13), (2, 12, 78), (3, 245, 286), (3, 5, 286), (4, 5, 715), (5, 4, 1287)]),
    ]

    /// Every printed "p, r/d" of Table 3.4 against d = C(w, p) and 1 ≤ r ≤ d, p ≤ w.
    static let table34 = Claim(
        id: "boolean.table-3.4", source: source("§3.4.4", "Table 3.4"),
        statement: "In Table 3.4 (pruning wide networks on parity) each entry p, r/d has d = C(w, p), the number of width-p subnetworks of a width-w network, and 1 ≤ r ≤ d.",
        expected: .erratum,
        strength: .typographical("one digit: 1/128 where the caption's own format needs C(9,5) = 126, as the cell beside it prints (4/126); 6 read as 8 is a common OCR confusion.",
                                 transcriptionSlip: true),
        method: .exact
    ) { _ in
        var entries = 0, wrong: [String] = [], inconsistent: [String] = []
        for row in printedTable34 {
            for (k, e) in row.entries.enumerated() {
                guard let e else { continue }
                entries += 1
                let c = BigInt.binomial(row.width, e.p)
                if c != BigInt(e.d) { wrong.append("w = \(row.width), \(k + 1) digits: printed \(e.p), \(e.r)/\(e.d), C(\(row.width),\(e.p)) = \(c)") }
                if !(1 <= e.r && BigInt(e.r) <= c && e.p <= row.width) { inconsistent.append("w = \(row.width), \(k + 1) digits") }
            }
        }
        let summary = "\(entries) printed entries: \(entries - wrong.count) denominators equal C(w, p)" +
            (wrong.isEmpty ? "" : "; differs: " + wrong.joined(separator: "; ")) +
            "; r within 1…C(w, p) and p ≤ w: \(inconsistent.isEmpty ? "all" : "fails at " + inconsistent.joined(separator: ", "))"
        guard inconsistent.isEmpty else { return Finding(.refuted, summary, counterexample: inconsistent.joined(separator: "; ")) }
        let figures: [KeyFigure] = [.integer("entries", entries), .list("denominators_not_C(w,p)", wrong.map { $0.prefix { $0 != ":" } })]
        if wrong.isEmpty { return Finding(.holds, summary, figures: figures) }
        return Finding(.erratum, summary, correction: "the width-9, 6-digit entry reads 5, 1/126 (C(9,5) = 126, printed 128); every other denominator is C(w, p) as printed",
                       figures: figures)
    }

    /// §3.3.3: of the 2⁶ sign patterns of the XOR flow, 36 occur.
    static let signCases = Claim(
        id: "boolean.sign-cases-3.3.3", source: source("§3.3.3", "the flow after eq. 3.25: 64 sign cases, 36 possible"),
        statement: "Of the 64 patterns of signs (> 0 or ≤ 0) of b₁, b₁ ± w₁, b₂, b₂ ± w₂, exactly 36 are taken by real parameters: per node, b ≤ 0 excludes b + w, b − w both positive and b > 0 excludes both non-positive.",
        expected: .holds, method: .exact
    ) { _ in
        let cases = XorSignCases.realizability()
        let possible = cases.filter { $0.witness != nil }
        let witnessesOK = possible.allSatisfy { XorSignCases.pattern($0.witness!) == $0.pattern }
        // The paper's reason: per node, (b ≤ 0, b + w > 0, b − w > 0) and (b > 0, both ≤ 0) are the only exclusions.
        func excluded(_ s: ArraySlice<Bool>) -> Bool { let a = Array(s); return a == [false, true, true] || a == [true, false, false] }
        let ruleOK = cases.allSatisfy { ($0.witness == nil) == (excluded($0.pattern[0..<3]) || excluded($0.pattern[3..<6])) }
        let summary = "exact LP over (w₁, b₁, w₂, b₂) for each of \(cases.count) patterns: \(possible.count) feasible, each with a rational witness that lands in its pattern (\(witnessesOK)); the infeasible ones are exactly the paper's two exclusions per node (\(ruleOK))"
        return .holds(if: cases.count == 64 && possible.count == 36 && witnessesOK && ruleOK, summary, counterexample: summary,
                      figures: [.integer("patterns", cases.count), .integer("feasible", possible.count)])
    }

    /// Theorem 2.1.2 (background, §2.1.2): XOR is not linearly separable.
    static let theorem212 = Claim(
        id: "boolean.theorem-2.1.2", source: source("§2.1.2", "Theorem 2.1.2, eq. 2.5–2.8"),
        statement: "No single perceptron on two binary inputs computes XOR: the constraints of eq. 2.5–2.6 have no real solution, while AND has one.",
        expected: .holds, method: .exact
    ) { _ in
        let xor = try perceptronWeights(for: .parity(2))
        let andTable = try TruthTable.and(2)
        let and = try perceptronWeights(for: andTable)
        // Every 2-input function: only XOR (6) and XNOR (9) are not separable.
        var nonSeparable: [UInt64] = []
        for v in 0..<UInt64(16) {
            if try perceptronWeights(for: TruthTable(variables: 2, value: v)) == nil { nonSeparable.append(v) }
        }
        let parities = try (3...6).map { try perceptronWeights(for: .parity($0)) == nil }
        let andOK = and.map { w in (0..<4).allSatisfy { w.output(atPosition: $0) == andTable[$0] } } ?? false
        let summary = "exact LP: XOR infeasible (\(xor == nil)); AND feasible with w = (\(and?.w.map(\.description).joined(separator: ", ") ?? "—")), b = \(and?.b.description ?? "—") (outputs checked: \(andOK)); of the 16 two-input functions exactly \(nonSeparable) are not separable; n-parity for n = 3…6 is not separable either (\(parities.allSatisfy { $0 }))"
        return .holds(if: xor == nil && andOK && nonSeparable == [6, 9] && parities.allSatisfy { $0 }, summary, counterexample: summary,
                      figures: [.list("not_separable(n=2)", nonSeparable), .list("parity_not_separable(n=3…6)", parities)])
    }
}
