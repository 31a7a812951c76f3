import ClaimKit
import ExactArithmetic

/// Exact identities of paper 003: the error of A[1,1,1] (§7.2, eq. 24–26),
/// RBP against SRBP (§3, §7.7 after eq. 87) and the layer couplings of the
/// general linear case (§7.7, eq. 83 and 85). Each is an equality of
/// polynomials with rational coefficients, decided term by term.
enum IdentityClaims {
    /// Eq. 24–26 for A[1,1,1]. Eq. 25 prints (α − βP)³ where completing the
    /// square gives (α − βP)²: compared in ℚ[P, α, β] after multiplying by 2β.
    static func equation25(_ context: CheckContext) throws -> Finding {
        // Ring (P, α, β): 2β(E − ½E(T²)) + α² = β²P² − 2αβP + α².
        let P = MultiPolynomial.variable(0, of: 3), alpha = MultiPolynomial.variable(1, of: 3), beta = MultiPolynomial.variable(2, of: 3)
        let error = Rational(1, 2) * (beta * P * P) - alpha * P                 // E − ½E(T²), from its definition
        let scaled = Rational(2) * (beta * error) + alpha * alpha
        let residue = alpha - beta * P
        let squareOK = (scaled - residue.power(2)).isZero
        let cubeDifference = scaled - residue.power(3)
        // eq. 26: dE/dP = βP − α.
        let slopeOK = (error.derivative(0) - (beta * P - alpha)).isZero
        // The smallest integer point (|α| + |P| least, β = 1) where the printed cube differs.
        var witness: (Int, Int)?
        search: for size in 0...4 {
            for a in -size...size {
                for p in [size - abs(a), abs(a) - size] where cubeDifference.evaluate(at: [Rational(p), Rational(a), 1]) != 0 {
                    witness = (a, p)
                    break search
                }
            }
        }
        // eq. 24 and eq. 26's ∂E/∂a_i = (βP − α)P/a_i on seeded A[1,1,1] systems, in ℚ[a1, a2].
        var g = InstanceGenerator(seed: context.seed &+ 11)
        var instances = 0, flowOK = true
        for _ in 0..<(context.quick ? 4 : 20) {
            let a = g.nonZero(6), b = Rational(g.int(1...6), g.int(1...3)), c1 = g.nonZero(6)
            let system = try LinearLearningSystem.chain(layers: 2, alpha: a, beta: b, c: [c1])
            let a1 = system.field.variable(0), a2 = system.field.variable(1), prod = a1 * a2
            let gap = system.field.constant(a) - b * prod
            let dP = system.field.lieDerivative(of: prod)
            let e = Rational(1, 2) * b * (prod * prod) - a * prod
            let partials = (0..<2).allSatisfy { i in
                (system.field.variable(i) * e.derivative(i) - (b * prod - system.field.constant(a)) * prod).isZero
            }
            flowOK = flowOK && (dP - (a1 * a1 + c1 * a2) * gap).isZero && partials
            instances += 1
        }
        let shown = witness.map { "α = \($0.0), β = 1, P = \($0.1): the definition gives E − ½E(T²) = \(Rational(1, 2) * Rational($0.1 * $0.1) - Rational($0.0 * $0.1)), the printed eq. 25 gives \(Rational((($0.0 - $0.1) * ($0.0 - $0.1) * ($0.0 - $0.1)) - $0.0 * $0.0, 2))" } ?? "none"
        let summary = "in ℚ[P, α, β]: 2β(½βP² − αP) + α² − (α − βP)² = 0 (\(squareOK)); with the printed cube the difference is \(cubeDifference.formatted(names: ["P", "α", "β"])) ≠ 0; dE/dP = βP − α (\(slopeOK)); eq. 24 dP/dt = (a1² + c1a2)(α − βP) and a_i∂E/∂a_i = (βP − α)P hold on \(instances) seeded A[1,1,1] systems (\(flowOK)); smallest point where eq. 25 as printed fails: \(shown)"
        // At the witness (β = 1): E − ½E(T²) from the definition and from eq. 25 as printed.
        let figures: [KeyFigure] = witness.map { w in
            let (a, p) = (Rational(w.0), Rational(w.1))
            return [.list("witness(alpha,P),beta=1", [a, p]), .exact("E_minus_half_ET2(definition)", Rational(1, 2) * p * p - a * p),
                    .exact("E_minus_half_ET2(printed)", ((a - p).power(3)! - a * a) / 2)]
        } ?? []
        guard squareOK, slopeOK, flowOK else { return Finding(.refuted, summary, counterexample: summary, figures: figures) }
        if cubeDifference.isZero { return Finding(.holds, summary, figures: figures) }
        return Finding(.erratum, summary, counterexample: shown,
                       correction: "E = ½E(T²) + (α − βP)²/(2β) − α²/(2β) (a square, not a cube); eq. 24 and 26 hold as printed",
                       figures: figures)
    }

    /// RBP with feedback C_1 … C_{L−1} is SRBP with B_i = C_i ⋯ C_{L−1} (after eq. 87); for one
    /// hidden layer the two coincide with the same matrix; for equal widths every SRBP system with
    /// invertible B_i is an RBP system (C_i = B_i B_{i+1}⁻¹). Unequal widths: a rank obstruction.
    static func rbpEqualsSRBP(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 12)
        func matrix(_ r: Int, _ c: Int) -> [[Rational]] { (0..<r).map { _ in (0..<c).map { _ in g.rational(-4...4, maxDenominator: 3) } } }
        func invertible(_ n: Int) throws -> [[Rational]] {
            while true { let m = matrix(n, n); if try RationalMatrix(rows: m).determinant() != 0 { return m } }
        }
        func product(_ ms: ArraySlice<[[Rational]]>) throws -> [[Rational]] {
            try ms.dropFirst().reduce(try RationalMatrix(rows: ms.first!)) { try $0 * RationalMatrix(rows: $1) }.rows
        }
        func system(_ w: [Int], _ rule: FeedbackRule, _ f: [[[Rational]]], _ sti: [[Rational]], _ sii: [[Rational]]) throws -> LinearLearningSystem {
            try LinearLearningSystem(widths: w, rule: rule, feedback: f, sigmaTI: sti, sigmaII: sii)
        }
        let rounds = context.quick ? 1 : 4
        var checked: [String] = [], failures: [String] = []
        for _ in 0..<rounds {
            // (a) any widths: RBP(C) = SRBP(C_i ⋯ C_{L−1}).
            for w in [[2, 3, 2], [1, 3, 1], [2, 3, 1, 2], [2, 2, 3, 2]] {
                let L = w.count - 1
                let c = (1..<L).map { matrix(w[$0], w[$0 + 1]) }
                let b = try (0..<(L - 1)).map { try product(c[$0...]) }
                let sti = matrix(w[L], w[0]), sii = matrix(w[0], w[0])
                let same = try system(w, .rbp, c, sti, sii).field.components == system(w, .srbp, b, sti, sii).field.components
                // For L = 2 the product is C_1 itself: RBP and SRBP with the same matrix.
                if !same { failures.append("RBP ≠ SRBP(products) for A\(w)") }
                checked.append("A\(w)")
            }
            // (b) equal widths: given invertible SRBP matrices B_i, RBP with C_i = B_i B_{i+1}⁻¹ has the same field.
            for w in context.quick ? [[2, 2, 2, 2]] : [[2, 2, 2, 2], [2, 2, 2, 2, 2], [3, 3, 3, 3]] {
                let L = w.count - 1, n = w[0]
                let b = try (1..<L).map { _ in try invertible(n) }
                var c = b
                for i in 0..<(L - 2) { c[i] = try (RationalMatrix(rows: b[i]) * RationalMatrix(rows: b[i + 1]).inverse()!).rows }
                let sti = matrix(n, n), sii = matrix(n, n)
                if try system(w, .srbp, b, sti, sii).field.components != system(w, .rbp, c, sti, sii).field.components {
                    failures.append("SRBP(B) ≠ RBP(B_i B_{i+1}⁻¹) for A\(w)")
                }
                checked.append("A\(w) from SRBP")
            }
        }
        // (c) unequal widths A[2,3,1,2]: at A = 0 the SRBP field is dA_1/dt = B_1Σ_TI, so it fixes
        // B_1 = (dA_1/dt)Σ_TI⁻¹; a rank-2 B_1 cannot be C_1C_2, which passes through one unit.
        let w = [2, 3, 1, 2]
        var b1 = matrix(3, 2)
        while try RationalMatrix(rows: b1).rank < 2 { b1 = matrix(3, 2) }
        let sti = try invertible(2)
        let srbp = try system(w, .srbp, [b1, matrix(1, 2)], sti, matrix(2, 2))
        let atZero = srbp.field.evaluate(at: [Rational](repeating: 0, count: srbp.field.dimension))
        let d1 = try RationalMatrix(rowCount: 3, columnCount: 2, entries: Array(atZero[0..<6]))
        let recovered = try d1 * RationalMatrix(rows: sti).inverse()!
        let rank = recovered.rank
        if recovered.rows != b1 { failures.append("B_1 not recovered from the SRBP field") }
        let summary = "exact equality of the polynomial fields (eq. 81 vs 87) on \(checked.count) seeded instances (\(Set(checked).sorted().joined(separator: ", "))): RBP(C) = SRBP(C_i⋯C_{L−1}); one hidden layer: the same matrix; equal widths: every invertible SRBP choice is RBP with C_i = B_iB_{i+1}⁻¹. Unequal widths A[2,3,1,2]: the SRBP field fixes B_1 (rank \(rank)), no RBP product C_1C_2 (rank ≤ 1) matches it"
        return .holds(if: failures.isEmpty && rank == 2, summary, counterexample: failures.first ?? "rank \(rank)")
    }

    /// Eq. 83 (SRBP, equal widths, invertible C_i, C_L = Id): dA_{i+1}/dt = C_{i+1}C_i⁻¹ (dA_i/dt) A_iᵗ.
    /// Eq. 85 (gradient descent, any widths; printed "A_{i+1}ᵗ A_{i+1}/dt", read dA_{i+1}/dt):
    /// A_{i+1}ᵗ dA_{i+1}/dt = (dA_i/dt) A_iᵗ.
    static func couplings(_ context: CheckContext) throws -> Finding {
        var g = InstanceGenerator(seed: context.seed &+ 13)
        func matrix(_ r: Int, _ c: Int) -> [[Rational]] { (0..<r).map { _ in (0..<c).map { _ in g.rational(-4...4, maxDenominator: 3) } } }
        var checks83 = 0, checks85 = 0, failures: [String] = []
        for w in context.quick ? [[2, 2, 2], [2, 2, 2, 2]] : [[2, 2, 2], [2, 2, 2, 2], [3, 3, 3, 3], [2, 2, 2, 2, 2]] {
            let L = w.count - 1, n = w[0]
            var c: [[[Rational]]] = []
            while c.count < L - 1 { let m = matrix(n, n); if try RationalMatrix(rows: m).determinant() != 0 { c.append(m) } }
            let system = try LinearLearningSystem(widths: w, rule: .srbp, feedback: c, sigmaTI: matrix(n, n), sigmaII: matrix(n, n))
            let id = (0..<n).map { i in (0..<n).map { Rational($0 == i ? 1 : 0) } }
            let cs = c + [id], nv = system.field.dimension
            for i in 1..<L {
                let link = try (RationalMatrix(rows: cs[i]) * RationalMatrix(rows: cs[i - 1]).inverse()!).rows
                let rhs = PolynomialMatrix(link, variableCount: nv) * system.layerDerivative(i) * system.layer(i).transposed
                checks83 += 1
                if rhs.entries != system.layerDerivative(i + 1).entries { failures.append("eq. 83 fails at i = \(i) for A\(w)") }
            }
        }
        for w in context.quick ? [[2, 3, 2], [3, 2, 4, 2]] : [[2, 3, 2], [3, 2, 4, 2], [1, 3, 2, 1, 2], [2, 4, 3, 2]] {
            let L = w.count - 1
            let system = try LinearLearningSystem(widths: w, rule: .bp, feedback: [], sigmaTI: matrix(w[L], w[0]), sigmaII: matrix(w[0], w[0]))
            for i in 1..<L {
                checks85 += 1
                let lhs = system.layer(i + 1).transposed * system.layerDerivative(i + 1)
                if lhs.entries != (system.layerDerivative(i) * system.layer(i).transposed).entries {
                    failures.append("eq. 85 fails at i = \(i) for A\(w)")
                }
            }
        }
        return .holds(if: failures.isEmpty,
                      "eq. 83 (SRBP, equal widths, seeded invertible C_i) holds as a polynomial matrix identity at \(checks83) layer pairs; eq. 85 (gradient descent, unequal widths included) at \(checks85) layer pairs",
                      counterexample: failures.first ?? "")
    }
}
