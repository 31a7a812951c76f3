import ClaimKit
import ExactArithmetic

/// Claims that close gaps of the completeness audit (Proofs/README.md):
/// Proposition 18, Proposition 37, Remarks 38 and 41 of §B.3 and §B.8.2.
extension BalanceClaims {
    static let audit: [Claim] = [theorem22, prop18, prop37, remark38, remark41]

    /// Theorem 22 and Remark 24 for regularizers g = c₁|w|^p₁ + c₂|w|^p₂.
    static let theorem22 = Claim(
        id: "balance.theorem-22", source: source("§B.4", "Theorem 22, eq. 8–9, Remark 24"),
        statement: "For an additive regularizer g growing from 0 to ∞, each hidden unit has a unique λ* with Σ_IN g(λ*w) = Σ_OUT g(w/λ*) (eq. 9); for a mixed g this balance point need not minimise R (Remark 24), while for g = |w|^p it does.",
        expected: .holds, method: .certified
    ) { context in
        let precision = 256
        var g = SeededGenerator(seed: context.seed &+ 22)
        let exponents: [Rational] = [Rational(1, 2), 1, Rational(3, 2), 2, 3]
        var table = Table(title: "Eq. 9 (balance) vs eq. 10 (R minimal), certified at \(precision) bits", columns: ["g", "unit", "λ eq. 9", "λ eq. 10", "R(eq. 9) − R(eq. 10)"])
        var units = 0, differing = 0, lpAgree = true, ok = true
        for trial in 0..<(context.quick ? 2 : 12) {
            let net = try Architectures.layered(widths: [3, 4, 3, 2], seed: context.seed &+ UInt64(trial)).map { BigFloat($0, precision: precision) }
            let p1 = exponents[Int(g.next() % 5)], p2 = exponents[Int(g.next() % 5)]
            let mixed = try AdditiveRegularizer([(Rational(Int(g.next() % 4) + 1, 2), p1), (Rational(Int(g.next() % 4) + 1, 3), p2)])
            for (reg, isLp) in [(mixed, p1 == p2), (try AdditiveRegularizer.lp(p1), true)] {
                for i in net.hiddenUnits {
                    let r9 = try NeuronBalancing.certifiedRoot(net, unit: i, reg, precision: precision, equation: .balance)
                    let r10 = try NeuronBalancing.certifiedRoot(net, unit: i, reg, precision: precision)
                    // R of the unit's weights after scaling by λ: only its in and out edges change.
                    func cost(_ l: BigFloat) throws -> BigFloat { var s = net; try s.scale(unit: i, by: l); return s.regularizer(reg) }
                    let gap = try cost(r9.midpoint) - cost(r10.midpoint)
                    let disjoint = r9.upper < r10.lower || r10.upper < r9.lower
                    units += 1
                    if isLp { lpAgree = lpAgree && !disjoint } else if disjoint {
                        differing += 1
                        ok = ok && gap.signum > 0
                        if table.rows.count < 6 {
                            table.append([.text(reg.description), .integer(i), .certified(r9.midpoint.toString(significantDigits: 20)),
                                          .certified(r10.midpoint.toString(significantDigits: 20)), .measured(gap.doubleValue)])
                        }
                    }
                }
            }
        }
        ok = ok && lpAgree && differing > 0
        return .holds(if: ok, "\(units) units: eq. 9 has one certified root each (unique: its two sides are monotone in λ); for g = |w|^p it is eq. 10's root; for mixed g the two differ at \(differing) units, where the balance point has the larger R (Remark 24)",
                      counterexample: lpAgree ? "no unit where eq. 9 and eq. 10 differ for mixed g" : "an L_p unit where eq. 9 and eq. 10 differ",
                      details: [.table(table)], figures: try witnessBalanceVersusMinimum())
    }

    /// Remark 41: partial steps (μ*^γ, γ random in {1/8, …, 1}) reach the
    /// state full stochastic balancing reaches.
    static let remark41 = Claim(
        id: "balance.remark-41", source: source("§B.8.2", "Remark 41"),
        statement: "Stochastic balancing whose steps only partly balance the visited unit (scale by λ*^γ, 0 < γ ≤ 1, lowering R without minimising it) converges to the same unique balanced state as full stochastic balancing, with R non-increasing.",
        expected: .holds, method: .certified
    ) { context in
        let widths = context.quick ? [3, 5, 5, 2] : [4, 12, 12, 2]
        let layered = try Architectures.layered(widths: widths, seed: context.seed)
        let recurrent = try Architectures.recurrent(inputs: 2, hidden: context.quick ? 5 : 10, outputs: 2, density: 0.5, seed: context.seed)
        var table = Table(title: "Full vs partial stochastic balancing at 256 bits", columns: ["network", "p", "sweeps full", "sweeps partial", "R after (partial)", "digits agreeing", "smallest step ΔR ≥ 0", "monotone"])
        var ok = true, minDigits = 10_000.0
        for (name, net, p) in [("layered \(widths)", layered, Rational(2)), ("layered \(widths)", layered, Rational(1)), ("recurrent", recurrent, Rational(2))] {
            var full = try LpBalancer(network: net, p: p, precision: 256), partial = try LpBalancer(network: net, p: p, precision: 256)
            let a = full.run(.random(seed: context.seed)), b = partial.run(.randomPartial(seed: context.seed &+ 41))
            let d = agreementDigits(a.weights, b.weights)
            let slack = b.initialRegularizer.scaled(byPowerOfTwo: -(256 - 16))
            let stepsDecrease = !(b.smallestStepDecrease < -slack)
            minDigits = min(minDigits, d)
            ok = ok && a.converged && b.converged && b.monotone && stepsDecrease && d >= 40
            table.append([.text(name), .exact(p.description), .integer(a.sweeps), .integer(b.sweeps),
                          .certified(b.finalRegularizer.toString(significantDigits: 30)), .text(digits(d)), .flag(stepsDecrease), .flag(b.monotone)])
        }
        return .holds(if: ok, "partial steps (γ ∈ {1/8, …, 1}) reach full balancing's state to ≥ \(digits(minDigits)) digits at 256 bits on a layered and a recurrent net (p = 2, 1); every step lowered R",
                      counterexample: "see table", details: [.table(table)])
    }

    /// Proposition 18, exactly: p = ½ and weights that are rational squares make every λ* rational.
    static let prop18 = Claim(
        id: "balance.prop-18", source: source("§B.3", "Proposition 18"),
        statement: "Balancing the units of a disjoint set (no connections among them) one after another gives the same network in every order, namely ∏_{i∈I} S_{λ*_i}(i) with each λ*_i taken from the original weights.",
        expected: .holds, method: .exact
    ) { context in
        let widths = [2, 3, 3, 3, 2]
        // w ↦ w|w| keeps signs and makes every |w| a rational square, so λ* for p = ½ is rational (eq. 12).
        let net = try Architectures.layered(widths: widths, seed: context.seed).map { $0 * $0.magnitude }
        let layers = Architectures.hiddenLayers(widths: widths)
        let disjoint = layers[0] + layers[2]
        // The product formula: every λ* from the original network, applied together.
        var together = net
        for u in disjoint { try together.scale(unit: u, by: net.exactHalfLambdaStar(unit: u)) }
        var orders: [[Int]] = []
        if context.quick {
            var g = SeededGenerator(seed: context.seed &+ 18)
            for _ in 0..<24 {
                var o = disjoint
                for k in stride(from: o.count - 1, to: 0, by: -1) { o.swapAt(k, Int(g.next() % UInt64(k + 1))) }
                orders.append(o)
            }
        } else {
            func all(_ a: [Int]) -> [[Int]] {
                a.count <= 1 ? [a] : a.indices.flatMap { i in all(a.enumerated().filter { $0.offset != i }.map(\.element)).map { [a[i]] + $0 } }
            }
            orders = all(disjoint)
        }
        var differing: [Int]?
        for o in orders {
            var n = net
            for u in o { try n.scale(unit: u, by: n.exactHalfLambdaStar(unit: u)) }
            if n.weights != together.weights { differing = o; break }
        }
        // Contrast: two connected units (layers 1 and 2), p = 2 at 256 bits, in both orders.
        let (u, v) = (layers[0][0], layers[1][0])
        var uv = net.map { BigFloat($0, precision: 256) }, vu = uv
        try NeuronBalancing.balance(&uv, unit: u, p: 2); try NeuronBalancing.balance(&uv, unit: v, p: 2)
        try NeuronBalancing.balance(&vu, unit: v, p: 2); try NeuronBalancing.balance(&vu, unit: u, p: 2)
        let gap = zip(uv.weights, vu.weights).map { ($0 - $1).magnitude.doubleValue }.max() ?? 0
        let summary = "layered \(widths) with weights w|w|, I = hidden layers 1 and 3 (\(disjoint.count) units), p = 1/2: \(orders.count) balancing orders\(context.quick ? " (seeded)" : " (all)") give exactly ∏ S_λ*(i) with λ* from the original weights; contrast: the connected units \(u), \(v) balanced for p = 2 in the two orders differ by up to \(sci(gap)) at 256 bits"
        return .holds(if: differing == nil && gap > 1e-20, summary,
                      counterexample: differing.map { "order \($0) gives different weights" } ?? "connected units commute (gap \(gap))")
    }

    /// Layered (bias and bias-free) networks whose Proposition 37 and Definition 35 descriptions are compared.
    static func consistencyNetworks(quick: Bool, seed: UInt64) throws -> [(String, Network<Rational>)] {
        let shapes: [[Int]] = quick ? [[2, 1, 2], [2, 4, 4, 2], [3, 2, 3, 1]] : [[2, 1, 2], [2, 4, 4, 2], [3, 2, 3, 1], [1, 3, 2, 3, 2], [2, 2, 2, 2, 2, 2]]
        return try shapes.flatMap { w in
            try [false, true].map { bias in ("\(w)\(bias ? " +bias" : "")", try Architectures.layered(widths: w, bias: bias, seed: seed)) }
        }
    }

    /// Proposition 37 (feedforward): the Λ-image equals the null space of the path constraints.
    static let prop37 = Claim(
        id: "balance.prop-37", source: source("§B.8.2", "Definition 35, Proposition 37"),
        statement: "In a feedforward network, edge values L_ij come from unique multipliers Λ (Λ = 1 on visible units) exactly when their sum along every path from a visible source to an output is zero.",
        expected: .holds, method: .exact
    ) { context in
        var rows: [String] = [], ok = true, figures: [KeyFigure] = []
        for (name, net) in try consistencyNetworks(quick: context.quick, seed: context.seed) {
            let d = try SelfConsistency.multiplierMap(net), p = try SelfConsistency.pathConstraints(net)
            // P·D = 0: images satisfy the constraints; rank D + rank P = E: nothing else does; rank D = H: Λ is unique.
            let contained = try (p * d).entries.allSatisfy(\.isZero)
            let rankD = d.rank, rankP = p.rank, e = net.edges.count, h = net.hiddenCount
            ok = ok && contained && rankD + rankP == e && rankD == h
            rows.append("\(name): E = \(e), H = \(h), \(p.rowCount) paths of rank \(rankP)")
            figures.append(.list("E_H_paths_rankP_rankD(\(name.filter { $0 != " " }))", [e, h, p.rowCount, rankP, rankD]))
        }
        return .holds(if: ok, "exact ranks over ℚ: path constraints annihilate the Λ-image, rank(Λ-map) = H and H + rank(paths) = E on " + rows.joined(separator: "; "),
                      counterexample: rows.joined(separator: "; "), figures: figures)
    }

    /// Remark 38's dim 𝓛 = E − M against the exact rank of the Λ-map.
    static let remark38 = Claim(
        id: "balance.remark-38", source: source("§B.8.2", "Remark 38"),
        statement: "For a layered feedforward network with E connections whose largest layer has M units, the manifold of self-consistent L_ij has dimension E − M.",
        expected: .refuted,
        strength: .substantive("a self-consistent configuration is one log-multiplier per hidden unit, so dim 𝓛 = H, the number of hidden units (its codimension is E − H); E − M is neither, and agrees with the dimension only by coincidence (16 of 108 small shapes)."),
        method: .exact
    ) { context in
        // Bias-free layered shapes with at least one hidden layer, smallest E first.
        let top = context.quick ? 3 : 4
        var shapes: [[Int]] = []
        for layers in 3...(context.quick ? 4 : 5) {
            var w = [Int](repeating: 1, count: layers)
            while true {
                shapes.append(w)
                var k = layers - 1
                while k >= 0 && w[k] == top { w[k] = 1; k -= 1 }
                if k < 0 { break }
                w[k] += 1
            }
        }
        func edges(_ w: [Int]) -> Int { zip(w, w.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 } }
        shapes.sort { a, b in
            (edges(a), a.count) != (edges(b), b.count) ? (edges(a), a.count) < (edges(b), b.count) : a.lexicographicallyPrecedes(b)
        }
        var first: String?, agree = 0, hiddenDim = true, firstFigures: [KeyFigure] = []
        for w in shapes {
            let net = try Architectures.layered(widths: w, bias: false, seed: context.seed)
            let dim = try SelfConsistency.multiplierMap(net).rank
            let e = edges(w), m = w.max()!, h = w.dropFirst().dropLast().reduce(0, +)
            hiddenDim = hiddenDim && dim == h
            if dim == e - m { agree += 1 } else if first == nil {
                firstFigures = [.list("first_failure_widths", w), .integer("first_failure_E_minus_M", e - m), .integer("first_failure_dim", dim)]
                first = "A\(w) without biases: E = \(e), M = \(m), E − M = \(e - m), but dim 𝓛 = rank of the Λ-map = \(dim) (= H, the number of hidden units)"
            }
        }
        let example = try Architectures.layered(widths: [2, 4, 4, 2], bias: false, seed: context.seed)
        let exampleDim = try SelfConsistency.multiplierMap(example).rank
        let summary = "\(shapes.count) bias-free layered shapes (widths 1…\(top)): dim 𝓛 = H on all (\(hiddenDim)); E − M agrees on only \(agree); smallest failure: \(first ?? "none"); 2-4-4-2: dim 𝓛 = \(exampleDim), E − M = 28"
        let figures = [.integer("shapes(widths≤\(top))", shapes.count), .integer("agree_E_minus_M(widths≤\(top))", agree),
                       .flag("dim_is_H(widths≤\(top))", hiddenDim), .integer("dim(2-4-4-2)", exampleDim)] + firstFigures
        return first == nil ? Finding(.holds, summary, figures: figures)
            : Finding(.refuted, summary, counterexample: first! + "; dim 𝓛 = H (one log-multiplier per hidden unit) and its codimension is E − H",
                      figures: figures)
    }
}
