import ExactArithmetic

/// A polynomial in the weights that the learning flow keeps constant, as
/// stated in paper 003 (its time derivative along the field must be the
/// zero polynomial — ``isConserved(by:)`` checks that exactly).
public struct ConservedQuantity: Sendable {
    /// Where the paper states it, e.g. "eq. 48".
    public let source: String
    public let polynomial: MultiPolynomial

    public func isConserved(by field: PolynomialVectorField) -> Bool { field.lieDerivative(of: polynomial).isZero }
}

extension LinearLearningSystem {
    /// The paper's conserved quantities for this system.
    ///
    /// * chain, SRBP/RBP with gains g_i ≠ 0: a_{i+1} − g_{i+1}/(2g_i) · a_i² (eq. 30, 39–40, 48);
    /// * chain, BP: a_{i+1}² − a_i² (eq. 54);
    /// * A[1,N,1], RBP: b_i − a_i²/(2c_i) (eq. 59) and c_1 a_i − c_i a_1 (eq. 60–61);
    /// * A[N,1,N], RBP: CB − ½‖A‖² for any Σ (eq. 66);
    /// * any three-layer RBP/SRBP system: the entries of C_1A_2 + (C_1A_2)ᵗ − A_1A_1ᵗ (eq. 92);
    /// * any BP system: the entries of A_{i+1}ᵗA_{i+1} − A_iA_iᵗ (the integrated coupling of eq. 85).
    ///
    /// **Edge cases:** relations that divide by a zero feedback weight are left out.
    public func conservedQuantities(feedback: [[[Rational]]]) -> [ConservedQuantity] {
        let n = field.dimension, L = widths.count - 1
        var out: [ConservedQuantity] = []
        func A(_ i: Int) -> PolynomialMatrix {
            PolynomialMatrix(rows: widths[i], cols: widths[i - 1], entries: (0..<widths[i]).map { r in
                (0..<widths[i - 1]).map { c in field.variable(offsets[i - 1] + r * widths[i - 1] + c) }
            })
        }
        func entries(_ m: PolynomialMatrix, _ source: String) {
            for row in m.entries { for p in row where !p.isZero { out.append(ConservedQuantity(source: source, polynomial: p)) } }
        }
        if rule == .bp {
            for i in 1..<max(1, L) { entries(A(i + 1).transposed * A(i + 1) - A(i) * A(i).transposed, "eq. 54/85") }
            return out
        }
        if widths.allSatisfy({ $0 == 1 }) {
            // Gains g_i of the chain: SRBP c_i, RBP c_i ⋯ c_{L−1}; g_L = 1.
            var g = feedback.map { $0[0][0] } + [Rational(1)]
            if rule == .rbp { for i in stride(from: L - 2, through: 0, by: -1) { g[i] = g[i] * g[i + 1] } }
            for i in 0..<(L - 1) where !g[i].isZero {
                let a = field.variable(i), b = field.variable(i + 1)
                out.append(ConservedQuantity(source: "eq. 48", polynomial: b - (g[i + 1] / (2 * g[i])) * (a * a)))
            }
            return out
        }
        if L == 2 {
            let C = PolynomialMatrix(feedback[0], variableCount: n)
            let CA2 = C * A(2)
            entries(CA2 + CA2.transposed - A(1) * A(1).transposed, "eq. 92")
            if widths[0] == 1 && widths[2] == 1 {
                let N = widths[1], c = feedback[0].map { $0[0] }
                for i in 0..<N where !c[i].isZero {
                    let a = field.variable(i), b = field.variable(N + i)
                    out.append(ConservedQuantity(source: "eq. 59", polynomial: b - (1 / (2 * c[i])) * (a * a)))
                }
                for i in 1..<N {
                    out.append(ConservedQuantity(source: "eq. 60–61",
                                                 polynomial: c[0] * field.variable(i) - c[i] * field.variable(0)))
                }
            }
            if widths[1] == 1 {
                var normA = MultiPolynomial(variableCount: n)
                for i in 0..<widths[0] { normA = normA + field.variable(i) * field.variable(i) }
                out.append(ConservedQuantity(source: "eq. 66", polynomial: CA2.entries[0][0] - Rational(1, 2) * normA))
            }
        }
        return out
    }
}

extension PowerLearningSystem {
    /// a_2 − a_1²/(2c_1μ) with f′ (eq. 115); a_1² − μ a_2² for gradient descent (re-derived
    /// from eq. 119: a_1 da_1/dt = μ a_2 da_2/dt). None without f′ (eq. 113 couples nothing).
    public func conservedQuantities(c1: Rational) -> [ConservedQuantity] {
        let a1 = field.variable(0), a2 = field.variable(1)
        switch rule {
        case .withDerivative where mu > 0 && !c1.isZero:
            return [ConservedQuantity(source: "eq. 115", polynomial: a2 - (1 / (2 * c1 * Rational(mu))) * (a1 * a1))]
        case .gradient:
            return [ConservedQuantity(source: "eq. 119", polynomial: a1 * a1 - Rational(mu) * (a2 * a2))]
        default:
            return []
        }
    }
}
