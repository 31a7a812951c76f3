import ClaimKit
import ExactArithmetic

/// Claims of NeuralBalance (paper 004, appendix B), registered with the catalog.
public enum BalanceClaims {
    public static let all: [Claim] = [prop13, theorem26, deltaR, theorem34, theorem42, theorem45, gradientFlow, theorem44] + audit

    static func source(_ section: String, _ label: String) -> Source { Source(.synapticBalance, section: section, label: label) }

    static func digits(_ x: Double) -> String { x >= 10_000 ? "all" : String(Int(x.rounded(.down))) }
    /// Three significant digits, for residuals in summaries.
    static func sci(_ x: Double) -> String { BigFloat(x, precision: 53).toString(significantDigits: 3) }

    static let prop13 = Claim(
        id: "balance.prop-13",
        source: source("§B.2", "Proposition 13"),
        statement: "Scalings of BiLU units commute, S_λ(i)S_μ(i) = S_λμ(i), and scaling leaves the network function unchanged.",
        expected: .holds, method: .exact
    ) { context in
        var g = SeededGenerator(seed: context.seed)
        func q() -> Rational { Rational(Int(g.next() % 19) + 1, Int(g.next() % 7) + 1) }
        let nets: [Network<Rational>] = [
            try Architectures.layered(widths: [3, 5, 4, 2], seed: context.seed, activation: .leakyReLU(Rational(1, 3))),
            try Architectures.layered(widths: [2, 6, 2], density: 0.6, seed: context.seed &+ 1),
            try Architectures.recurrent(inputs: 2, hidden: 5, outputs: 1, density: 0.5, seed: context.seed &+ 2),
        ]
        let trials = context.quick ? 30 : 300
        var checks = 0, failure: String?
        for net in nets {
            let hidden = Array(net.hiddenUnits)
            for _ in 0..<trials {
                let i = hidden[Int(g.next() % UInt64(hidden.count))], j = hidden[Int(g.next() % UInt64(hidden.count))]
                let l = q(), m = q()
                var a = net, b = net, c = net
                try a.scale(unit: i, by: l); try a.scale(unit: j, by: m)
                try b.scale(unit: j, by: m); try b.scale(unit: i, by: l)
                if a.weights != b.weights { failure = failure ?? "S_\(l)(\(i)) S_\(m)(\(j)) ≠ reversed order" }
                try c.scale(unit: i, by: l * m)
                var d = net
                try d.scale(unit: i, by: l); try d.scale(unit: i, by: m)
                if c.weights != d.weights { failure = failure ?? "S_\(l)S_\(m) ≠ S_\(l * m) at unit \(i)" }
                let x = (0..<net.inputCount).map { _ in q() - 10 }
                if try a.evaluate(x) != net.evaluate(x) { failure = failure ?? "function changed by scaling units \(i), \(j)" }
                checks += 3
            }
        }
        return .holds(if: failure == nil,
                      "\(checks) exact checks over ℚ on a layered leaky-ReLU net, a sparse net and a recurrent net (biases as weights from unit 0): commutation, composition and function invariance all exact",
                      counterexample: failure ?? "")
    }

    static let theorem26 = Claim(
        id: "balance.theorem-26",
        source: source("§B.4", "Theorem 26 (eqs. 10–14)"),
        statement: "Balancing a unit minimises R along its scaling orbit; the optimum solves the consistency equation 10, the balanced weights satisfy eq. 11, and for L_p λ* = (Σ_OUT|w|^p/Σ_IN|w|^p)^(1/2p) with Σ_IN|w|^p = Σ_OUT|w|^p afterwards.",
        expected: .holds, method: .certified
    ) { context in
        let prec = 160
        let net = try Architectures.layered(widths: [3, 6, 5, 2], seed: context.seed).map { BigFloat($0, precision: prec) }
        let ps: [Rational] = [Rational(1, 2), 1, Rational(3, 2), 2, 3]
        var worstLp = 0.0, worstGeneral = 0.0, enclosed = true, minimal = true
        let tight = BigFloat(1, precision: prec).scaled(byPowerOfTwo: -(prec - 24))
        for p in ps {
            for i in net.hiddenUnits {
                let root = try NeuronBalancing.certifiedRoot(net, unit: i, try .lp(p), precision: prec)
                let closed = try NeuronBalancing.lambdaStar(net, unit: i, p: p)
                // λ* of eq. 12 inside the certified root of eq. 10 (up to its own rounding).
                if !(root.lower.subtracting(closed).divided(by: closed) < tight && closed.subtracting(root.upper).divided(by: closed) < tight) { enclosed = false }
                var b = net
                try NeuronBalancing.balance(&b, unit: i, p: p)
                let (sIn, sOut) = b.inOutSums(unit: i, try .lp(p))
                worstLp = max(worstLp, (sIn - sOut).magnitude.divided(by: sIn).doubleValue)
            }
        }
        // Remark 28's mixed regularizer g(w) = w² + |w|/2: eq. 11 after balancing, and minimality.
        let g = try AdditiveRegularizer([(1, 2), (Rational(1, 2), 1)])
        for i in net.hiddenUnits {
            var b = net
            try NeuronBalancing.balance(&b, unit: i, g)
            var mIn = BigFloat(0, precision: prec), mOut = BigFloat(0, precision: prec)
            for e in b.incoming[i] { mIn += g.momentum(b.edges[e].weight) }
            for e in b.outgoing[i] { mOut += g.momentum(b.edges[e].weight) }
            worstGeneral = max(worstGeneral, (mIn - mOut).magnitude.divided(by: mIn).doubleValue)
            let r = b.regularizer(g)
            for f in [Rational(1_000_001, 1_000_000), Rational(999_999, 1_000_000)] {
                var c = b
                try c.scale(unit: i, by: BigFloat(f, precision: prec))
                if c.regularizer(g) < r { minimal = false }
            }
        }
        var deadNet = try Architectures.layered(widths: [2, 3, 1], seed: 1)
        for e in deadNet.incoming[3] { deadNet.edges[e].weight = 0 }
        let deadBalancer = try LpBalancer(network: deadNet, p: 2, precision: 64)
        let deadHandled = (try? NeuronBalancing.lambdaStar(deadNet.map { BigFloat($0, precision: 64) }, unit: 3, p: 2)) == nil
            && deadBalancer.dead == [3]
        return .holds(if: enclosed && minimal && worstLp < 1e-40 && worstGeneral < 1e-40 && deadHandled,
                      "p ∈ {1/2, 1, 3/2, 2, 3}, every hidden unit: eq. 12's λ* lies in the certified root of eq. 10; after balancing |Σ_IN − Σ_OUT|/Σ_IN ≤ \(sci(worstLp)); mixed w² + |w|/2: eq. 11 residual ≤ \(sci(worstGeneral)), R minimal at λ*; dead units rejected/skipped (Remark 25)",
                      counterexample: "enclosed \(enclosed), minimal \(minimal), residuals \(worstLp), \(worstGeneral)",
                      figures: try witnessLambdas())
    }

    static let deltaR = Claim(
        id: "balance.delta-r",
        source: source("§B.4", "Theorem 26, eq. 13"),
        statement: "Balancing a unit for L_p lowers R by exactly (√Σ_IN|w|^p − √Σ_OUT|w|^p)².",
        expected: .holds, method: .certified
    ) { context in
        let prec = 200
        var worst = 0.0, count = 0
        for (k, p) in [Rational(1, 3), Rational(1, 2), 1, 2, Rational(5, 2), 4].enumerated() {
            var net = try Architectures.layered(widths: [3, 7, 5, 2], seed: context.seed &+ UInt64(k)).map { BigFloat($0, precision: prec) }
            for i in net.hiddenUnits {
                let predicted = try NeuronBalancing.predictedDecrease(net, unit: i, p: p)
                let before = net.regularizer(try .lp(p))
                try NeuronBalancing.balance(&net, unit: i, p: p)
                let actual = before - net.regularizer(try .lp(p))
                worst = max(worst, (actual - predicted).magnitude.divided(by: before).doubleValue)
                count += 1
            }
        }
        return .holds(if: worst < 1e-50, "\(count) balancing steps, p ∈ {1/3, 1/2, 1, 2, 5/2, 4}, \(prec) bits: |ΔR − eq. 13|/R ≤ \(sci(worst))",
                      counterexample: "discrepancy \(worst)", figures: try witnessDecreases())
    }

    static let theorem34 = Claim(
        id: "balance.theorem-34",
        source: source("§B.8.2", "Theorem 34"),
        statement: "Stochastic (or any periodic) neuron balancing converges to one balanced state, independent of the schedule, with R non-increasing.",
        expected: .holds, method: .certified
    ) { context in
        let widths = context.quick ? [3, 6, 6, 2] : [4, 16, 16, 2]
        var rows = Table(title: "Balancing to convergence at 256 bits", columns: ["network", "p", "schedule", "sweeps", "R before", "R after", "digits vs first", "monotone"])
        var ok = true
        var minDigits = 10_000.0
        let layered = try Architectures.layered(widths: widths, seed: context.seed)
        let recurrent = try Architectures.recurrent(inputs: 2, hidden: context.quick ? 5 : 10, outputs: 2, density: 0.5, seed: context.seed)
        let cases: [(String, Network<Rational>, Rational)] = [("layered \(widths)", layered, 2), ("layered \(widths)", layered, 1), ("recurrent", recurrent, 2)]
        for (name, net, p) in cases {
            var reference: [BigFloat]?
            let schedules: [Schedule] = [.random(seed: context.seed), .random(seed: context.seed &+ 99), .cyclic]
            for s in schedules {
                var b = try LpBalancer(network: net, p: p, precision: 256)
                let r = b.run(s)
                let d = reference.map { agreementDigits($0, r.weights) } ?? 10_000
                if reference == nil { reference = r.weights }
                minDigits = min(minDigits, d)
                ok = ok && r.converged && r.monotone && r.finalRegularizer < r.initialRegularizer && d >= 40
                rows.append([.text(name), .exact(p.description), .text(s.description), .integer(r.sweeps),
                             .certified(r.initialRegularizer.toString(significantDigits: 12)), .certified(r.finalRegularizer.toString(significantDigits: 30)),
                             .text(digits(d)), .flag(r.monotone)])
            }
        }
        return .holds(if: ok, "random, random and cyclic schedules reach the same weights to ≥ \(digits(minDigits)) digits at 256 bits on a layered and a recurrent net (p = 2, 1); R fell monotonically every run",
                      counterexample: "see table", details: [.table(rows)])
    }

    static let theorem42 = Claim(
        id: "balance.theorem-42",
        source: source("§B.5, §B.8.3", "Theorem 42, eqs. 29–30, 41"),
        statement: "For units with f(λx) = λ^c f(x), scaling by λ in and λ^(−c) out keeps the function; balancing uses λ* = (cΣ_OUT|w|^p/Σ_IN|w|^p)^(1/p(c+1)) and leaves Σ_IN = cΣ_OUT; stochastic balancing converges to a unique state whose log-multipliers satisfy the path constraints of eq. 41.",
        expected: .holds, method: .certified
    ) { context in
        let widths = [3, 5, 4, 2]
        var net = try Architectures.layered(widths: widths, seed: context.seed)
        // Alternate BiLU (c = 1) and BiPU units with c = 2 and c = 3.
        let acts: [Activation] = net.hiddenUnits.map { i in
            Activation(negativeSlope: Rational(1, 4), positiveSlope: 1, exponent: [1, 2, 3][i % 3])
        }
        net = try Network(inputCount: 3, hiddenCount: net.hiddenCount, outputCount: 2,
                          edges: net.edges.map { ($0.from, $0.to, $0.weight) }, hiddenActivation: acts)
        // Exact invariance over ℚ.
        var invariant = true
        var g = SeededGenerator(seed: context.seed)
        for i in net.hiddenUnits {
            var s = net
            try s.scale(unit: i, by: Rational(Int(g.next() % 9) + 2, 3))
            let x = (0..<3).map { _ in Rational(Int(g.next() % 11) - 5, 2) }
            let before = try net.evaluate(x), after = try s.evaluate(x)
            invariant = invariant && before == after
        }
        var a = try LpBalancer(network: net, p: 2, precision: 256), b = try LpBalancer(network: net, p: 2, precision: 256)
        let ra = a.run(.random(seed: context.seed)), rb = b.run(.random(seed: context.seed &+ 5))
        let agree = agreementDigits(ra.weights, rb.weights)
        // Eq. 30 after balancing: Σ_IN |w|^p = c Σ_OUT |w|^p at every unit.
        let bal = try Network(inputCount: 3, hiddenCount: net.hiddenCount, outputCount: 2,
                              edges: zip(net.edges, ra.weights).map { ($0.from, $0.to, $1) }, hiddenActivation: acts)
        var eq30 = 0.0
        for i in bal.hiddenUnits {
            let (sIn, sOut) = bal.inOutSums(unit: i, try .lp(2))
            let c = BigFloat(bal.activations[i].exponent, precision: 256)
            eq30 = max(eq30, (sIn - c * sOut).magnitude.divided(by: sIn).doubleValue)
        }
        // Eq. 41 along every input→output path of the layered net (one unit per layer).
        var start = [1]
        for w in widths { start.append(start.last! + w) }
        var eq41 = 0.0
        let weightIndex = Dictionary(uniqueKeysWithValues: net.edges.enumerated().map { ($0.element.from * 1000 + $0.element.to, $0.offset) })
        for _ in 0..<40 {
            let path = (0..<widths.count).map { l in start[l] + Int(g.next() % UInt64(widths[l])) }
            var total = BigFloat(0, precision: 256)
            for k in 1..<path.count {
                let e = weightIndex[path[k - 1] * 1000 + path[k]]!
                let l = ra.weights[e].divided(by: BigFloat(net.edges[e].weight, precision: 256)).log()
                var factor = 1
                for m in k..<path.count { factor *= net.activations[path[m]].exponent }  // Π_{m=k}^{n} c_m as printed (c_n = 1)
                total += l * BigFloat(factor, precision: 256)
            }
            eq41 = max(eq41, total.magnitude.doubleValue)
        }
        let ok = invariant && agree >= 40 && eq30 < 1e-60 && eq41 < 1e-60 && ra.monotone
        return .holds(if: ok, "units with c ∈ {1, 2, 3}: scaling exact-invariant over ℚ; two random schedules agree to \(digits(agree)) digits; eq. 30 residual ≤ \(sci(eq30)); eq. 41 path sums ≤ \(sci(eq41)) (the printed product Π_{k=i}^{n} c_k includes the output's c_n = 1, a common factor)",
                      counterexample: "invariant \(invariant), digits \(agree), eq30 \(eq30), eq41 \(eq41)")
    }

    static let theorem45 = Claim(
        id: "balance.theorem-45",
        source: source("appendix, Analytical Solution", "Theorem 45, eqs. 46–50"),
        statement: "Tied layer balancing converges to a unique state, with layer multipliers M_l = Π_j‖A_j‖^(2/N)/‖A_l‖² (eq. 50).",
        expected: .erratum,
        strength: .substantive("eq. 48 gives M_i = (μ/2‖A_i‖²)^(1/2), but eq. 50 drops the root in both of its expressions (the second is consistent with the first), so the closed form the theorem promises is the square of the balanced multiplier: an algebra slip carried through, not a glyph. (Eq. 50's text also writes M_i = λ_i/Λ_(i−1) for Λ_i/Λ_(i−1), a glyph.)"),
        method: .certified
    ) { context in
        let widths = context.quick ? [3, 5, 6, 4, 2] : [4, 16, 16, 8, 2]
        let net = try Architectures.layered(widths: widths, bias: false, seed: context.seed)
        let layers = Architectures.hiddenLayers(widths: widths)
        var t = Table(title: "Layer multipliers M_l", columns: ["p", "schedule", "layer", "iteration", "corrected closed form", "printed eq. 50"])
        var iterOK = true, printedWrong = true, minDigits = 10_000.0, printedDigits = 0.0
        for p in [Rational(2), Rational(1)] {
            let sums = try TiedLayerClosedForm.layerSums(net, widths: widths, p: p, precision: 256)
            let corrected = TiedLayerClosedForm.corrected(sums, p: p)
            let printed = TiedLayerClosedForm.printed(sums)
            var reference: [BigFloat]?
            for s in [Schedule.tiedLayers(layers), .tiedLayersRandom(layers, seed: context.seed)] {
                var b = try LpBalancer(network: net, p: p, precision: 256)
                let r = b.run(s)
                let m = TiedLayerClosedForm.realised(r.multipliers, widths: widths)
                let d = agreementDigits(corrected, m)
                minDigits = min(minDigits, d)
                if let ref = reference { iterOK = iterOK && agreementDigits(ref, r.weights) >= 40 }
                reference = r.weights
                iterOK = iterOK && r.converged && r.monotone && d >= 40
                if p == 2 { printedDigits = max(printedDigits, agreementDigits(printed, m)); printedWrong = printedWrong && agreementDigits(printed, m) < 3 }
                for l in m.indices where s.description == "tied layers" {
                    t.append([.exact(p.description), .text(s.description), .integer(l + 1), .certified(m[l].toString(significantDigits: 15)),
                              .certified(corrected[l].toString(significantDigits: 15)), .certified(p == 2 ? printed[l].toString(significantDigits: 15) : "—")])
                }
            }
        }
        let verdict: Verdict = iterOK && printedWrong ? .erratum : .refuted
        let figures = try tiedFigures()
        return Finding(verdict, "tied balancing (cyclic and random layer order, p = 2 and 1, no biases) converges to M_l = (G/S_l)^(1/p), G = (Π S_l)^(1/N), S_l = Σ_{A_l}|w|^p, to ≥ \(digits(minDigits)) digits; printed eq. 50 (= the square of the p = 2 value) agrees to only \(digits(printedDigits)) digits",
                       details: [.table(t), .text("Eq. 48 gives M_l = (μ/2‖A_l‖²)^(1/2); eq. 50 drops the square root. Also eq. 50's text defines M_i = λ_i/Λ_(i−1), meaning Λ_i/Λ_(i−1). With biases (weights from the unit clamped to 1) the closed form no longer applies: the bias of layer l scales by Λ_l.")],
                       correction: "M_l = Π_j ‖A_j‖^(1/N) / ‖A_l‖ for L2, and in general M_l = (Π_j S_j)^(1/(Np)) / S_l^(1/p) with S_l = Σ_{w∈A_l}|w|^p, for a bias-free layered network; every balanced layer then has Σ|w|^p = (Π_j S_j)^(1/N).",
                       figures: figures)
    }

    static let gradientFlow = Claim(
        id: "balance.gradient-flow",
        source: source("§B.6", "eq. 31"),
        statement: "Under gradient flow the L2 deficit Σ_IN w² − Σ_OUT w² of every hidden BiLU unit is conserved.",
        expected: .holds, method: .certified
    ) { context in
        let net = try Architectures.layered(widths: [2, 4, 3, 1], seed: context.seed, activation: .leakyReLU(Rational(1, 5)))
        let data: [(input: [Rational], target: [Rational])] = [([0, 0], [0]), ([0, 1], [1]), ([1, 0], [1]), ([1, 1], [0])]
        let etas: [Rational] = context.quick ? [Rational(1, 16), Rational(1, 128)] : [Rational(1, 16), Rational(1, 128), Rational(1, 1024)]
        var drifts: [BigFloat] = []
        for eta in etas {
            drifts.append(try GradientFlow.deficitDrift(net, data: data, eta: eta, time: Rational(1, 2), precision: 128))
        }
        // O(η): each 8× smaller step must shrink the drift by at least 4×.
        var ok = true
        for k in 1..<drifts.count { ok = ok && drifts[k] * BigFloat(4, precision: 128) < drifts[k - 1] }
        let text = zip(etas, drifts).map { "η = \($0.0): \($0.1.toString(significantDigits: 3))" }.joined(separator: ", ")
        return .holds(if: ok, "Euler steps over T = 1/2 on XOR with MSE, 128 bits: max deficit drift \(text) — O(η), vanishing as η → 0",
                      counterexample: text)
    }

    static let theorem44 = Claim(
        id: "balance.theorem-44",
        source: source("appendix A", "Theorem 44, eq. 45"),
        statement: "One hidden layer of ReLU units with slopes λ_k, input weights 1 and biases 0, 1/N, …, (N−1)/N, plus a linear output, approximates any continuous f on [0, 1] within ε.",
        expected: .erratum,
        strength: .typographical("the biases are listed without their minus signs, while eq. 45 of the same proof uses x − (i−1)h, i.e. biases −(i−1)/N; the argument is right. A list stated in words is no transcription slip; \"bias\" used for a threshold would explain it. Separately, the proof's \"it is essential that different units have different slopes\" is false: only β_kλ_k enters.",
                                 transcriptionSlip: false),
        method: .exact
    ) { context in
        // f(x) = 8x(1−x)(x−½) + |x − ⅓|: continuous, not affine, Lipschitz ≤ 5.
        func f(_ x: Rational) -> Rational { 8 * x * (1 - x) * (x - Rational(1, 2)) + (x - Rational(1, 3)).magnitude }
        let eps = context.quick ? Rational(1, 20) : Rational(1, 100)
        let n = (5 / eps).floor.exactInt! + 1   // h·L < ε
        let grid = context.quick ? 1_000 : 4_000
        let samples = (0...n).map { f(Rational($0, n)) }
        let fixed = try PiecewiseLinearNetwork(samples: samples)
        var g = SeededGenerator(seed: context.seed)
        let slopes = (0..<n).map { _ in Rational(Int(g.next() % 9) + 1, 4) }
        let varied = try PiecewiseLinearNetwork(samples: samples, slopes: slopes)
        let printed = try PiecewiseLinearNetwork(samples: samples, printedBiasSigns: true)
        let e1 = fixed.supError(grid: grid, f), e2 = varied.supError(grid: grid, f), e3 = printed.supError(grid: grid, f)
        let ok = e1 < eps && e2 < eps && e3 > eps
        let key = "eps=\(eps),grid=\(grid)"
        let figures: [KeyFigure] = [.integer("N(\(key))", n), .exact("sup_err(\(key),lambda=1)", e1),
                                    .exact("sup_err(\(key),random_lambda)", e2), .exact("sup_err(\(key),printed_biases)", e3)]
        return Finding(ok ? .erratum : .refuted,
                       "f = 8x(1−x)(x−½) + |x−⅓|, ε = \(eps), N = \(n): sup error on \(grid + 1) grid points \(e1.decimal(digits: 6).text) (all λ_k = 1), \(e2.decimal(digits: 6).text) (random λ_k); with the printed biases +(k−1)/N: \(e3.decimal(digits: 4).text)",
                       correction: "The theorem holds, but the hidden biases must be −(k−1)/N (unit k switches on at the left end of slice k); with the printed signs every unit is active on all of [0, 1] and the network is affine. Different slopes are not essential: only β_kλ_k enters, so ordinary ReLUs (λ_k = 1) suffice.",
                       figures: figures)
    }
}
