import ClaimKit
import ExactArithmetic

/// Chapter 2's perceptron theorems (Minsky and Papert, as the dissertation
/// states them in §2.1.2), decided by exact LP over mask predicates.
extension BooleanClaims {
    static let maskPerceptrons: [Claim] = [theorem211, theorem213]

    /// Theorem 2.1.1 on every invariant function of small R, for two groups.
    static let theorem211 = Claim(
        id: "boolean.theorem-2.1.1", source: source("§2.1.2", "Theorem 2.1.1 (group invariance)"),
        statement: "If G permutes the R input bits, Φ is a G-closed set of masks and a G-invariant F is a perceptron over Φ, then F has weights constant on the G-classes of masks; with cyclic shifts and single-bit masks such an F depends only on the number of bits on.",
        expected: .holds, method: .exact
    ) { context in
        let top = context.quick ? 4 : 5
        var table = Table(title: "G-invariant functions representable over masks of order ≤ k (free weights = tied weights in every case)",
                          columns: ["R", "G", "invariant functions", "representable, k = 1…R", "averaged weights work"])
        var figures: [KeyFigure] = [], ok = true, failure = ""
        var orderOneCountsOnly = true
        for r in 2...top {
            for group in [BitPermutationGroup.cyclic(bits: r), .symmetric(bits: r)] {
                let pointOrbits = group.orbits(of: Array(0..<(1 << r)))
                var counts: [Int] = [], averagedOK = true
                for k in 1...r {
                    let masks = MaskPerceptron.masks(bits: r, order: k)
                    let maskOrbits = group.orbits(of: masks)
                    var representable = 0
                    for labels in 0..<(1 << pointOrbits.count) {
                        let orbitOf = Dictionary(uniqueKeysWithValues: pointOrbits.enumerated().flatMap { j, o in o.map { ($0, j) } })
                        let f = try TruthTable(variables: r) { labels >> orbitOf[$0]! & 1 == 1 }
                        let free = try MaskPerceptron.weights(for: f, masks: masks)
                        let tied = try MaskPerceptron.weights(for: f, masks: masks, tiedBy: maskOrbits)
                        if (free == nil) != (tied == nil) {
                            ok = false
                            failure = "R = \(r), \(group.name), k = \(k), f = \(f): free weights \(free == nil ? "infeasible" : "feasible"), tied \(tied == nil ? "infeasible" : "feasible")"
                        }
                        guard let free else { continue }
                        representable += 1
                        // The proof's construction: average w over G; it must still compute f.
                        let averaged = masks.map { s in
                            let orbit = maskOrbits.first { $0.contains(s) }!
                            let indices = orbit.map { masks.firstIndex(of: $0)! }
                            return indices.reduce(Rational()) { $0 + free[$1] } / Rational(orbit.count)
                        }
                        averagedOK = averagedOK && MaskPerceptron.computes(f, masks: masks, weights: averaged)
                        if k == 1 && group.name == "cyclic shifts" {
                            let byWeight = Dictionary(grouping: 0..<(1 << r), by: \.nonzeroBitCount)
                            orderOneCountsOnly = orderOneCountsOnly && byWeight.values.allSatisfy { xs in Set(xs.map { f[$0] }).count == 1 }
                        }
                    }
                    counts.append(representable)
                }
                ok = ok && averagedOK
                table.append([.integer(r), .text(group.name), .integer(1 << pointOrbits.count),
                              .text(counts.map(String.init).joined(separator: ", ")), .flag(averagedOK)])
                if group.name == "all permutations" { figures.append(.list("symmetric functions representable, R = \(r), k = 1…R", counts)) }
            }
        }
        ok = ok && orderOneCountsOnly
        let summary = "R = 2…\(top), cyclic shifts and all permutations, masks of every order k: an invariant F has free weights exactly when it has G-tied weights, and averaging any free solution over G computes F (\(ok)); with cyclic shifts and k = 1 every representable invariant F depends only on |x| (\(orderOneCountsOnly))"
        return .holds(if: ok, summary, counterexample: failure.isEmpty ? summary : failure, details: [.table(table)], figures: figures)
    }

    /// Theorem 2.1.3: parity over masks needs every one of the 2^R masks.
    static let theorem213 = Claim(
        id: "boolean.theorem-2.1.3", source: source("§2.1.2", "Theorem 2.1.3 (parity needs all masks)"),
        statement: "A perceptron over mask predicates classifies R-bit strings by parity only if it uses all 2^R masks.",
        expected: .holds,
        strength: .reading(Reading(printed: "*To be able to classify a bit string of length R as having even or odd parity using bit masks as inputs to the perceptron requires all 2^R masks [6].*",
                                   line: 342, readAs: "F = 1 on strings of odd parity, with Theorem 2.1.1's convention F = 1 exactly when Σ w_ψ ψ(x) ≥ 0 (no separate threshold)",
                                   alternative: "read with F = 1 on even strings, the empty sum at x = 0 is already ≥ 0, so the constant mask ψ_∅ is dispensable and 2^R − 1 masks suffice (all non-empty ones are still needed; verdict erratum, typographical in spirit); with a free threshold θ, as Minsky and Papert write perceptrons, ψ_∅ is redundant for any labelling and the count is the 2^R − 1 non-empty masks either way."),
                           "the count depends on which parity is labelled 1 and on whether the constant predicate is a mask; the substance, that every non-empty mask is needed, holds under every reading."),
        method: .exact
    ) { context in
        let top = context.quick ? 4 : 5
        var rows: [String] = [], figures: [KeyFigure] = [], ok = true
        for r in 1...top {
            let all = Array(0..<(1 << r))
            for odd in [true, false] {
                let f = try TruthTable(variables: r) { ($0.nonzeroBitCount & 1 == 1) == odd }
                let withAll = try MaskPerceptron.weights(for: f, masks: all)
                let needed = try all.filter { s in try MaskPerceptron.weights(for: f, masks: all.filter { $0 != s }) == nil }
                let fine = withAll.map { MaskPerceptron.computes(f, masks: all, weights: $0) } ?? false
                // Odd parity needs every mask; even parity every non-empty one
                // (at x = 0 the empty sum is 0 ≥ 0, so F(0) = 1 comes free).
                ok = ok && fine && needed == (odd ? all : Array(all.dropFirst()))
                rows.append("R = \(r), F = 1 on \(odd ? "odd" : "even"): \(needed.count) of \(all.count) masks indispensable")
                figures.append(.integer("masks indispensable for \(odd ? "odd" : "even") parity, R = \(r)", needed.count))
            }
        }
        let summary = "exact LP: with all masks weights exist (checked); labelling odd strings 1, dropping any one mask leaves none; labelling even strings 1, dropping any non-empty mask leaves none, while the constant ψ_∅ is dispensable — " + rows.joined(separator: "; ")
        return .holds(if: ok, summary, counterexample: summary, figures: figures)
    }
}
