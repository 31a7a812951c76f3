import ExactArithmetic

/// How the error reaches a deep layer (paper 003, sections 2–3 and 7.7).
public enum FeedbackRule: String, Sendable, CaseIterable {
    /// Gradient descent: the transposed forward matrices above the layer (eq. 52, 84).
    case bp
    /// Random backpropagation: the chain C_i ⋯ C_{L−1} of fixed random matrices (eq. 87).
    case rbp
    /// Skipped RBP: one fixed matrix C_i straight from the output (eq. 44–45, 81).
    case srbp
}

/// The averaged learning equations of a linear network A[N_0, …, N_L]
/// (paper 003, section 7.7), as an exact polynomial vector field.
///
/// dA_i/dt = B_i (Σ_TI − P Σ_II) A_1ᵗ ⋯ A_{i−1}ᵗ with P = A_L ⋯ A_1, where
/// B_i = C_i (SRBP, C_i of size N_i × N_L, eq. 81), C_i ⋯ C_{L−1} (RBP,
/// C_i of size N_i × N_{i+1}, eq. 87) or A_{i+1}ᵗ ⋯ A_Lᵗ (BP, eq. 84),
/// and B_L = Id. Re-derived from the on-line rule ΔA_i = η B_i (T − O)
/// (A_{i−1} ⋯ A_1 I)ᵗ averaged over the data with η → dt.
///
/// The special cases of sections 7.2–7.6 are this system for particular
/// widths: the chain A[1, …, 1] (eq. 23, 36, 44), the expansive A[1, N, 1]
/// (eq. 57) and the compressive autoencoder A[N, 1, N] (eq. 65).
///
/// Variables: the entries of A_1, then A_2, …, row by row.
public struct LinearLearningSystem: Sendable {
    public let widths: [Int]
    public let rule: FeedbackRule
    public let field: PolynomialVectorField
    /// Index of the first variable of A_i (i = 1 … L) at `offsets[i − 1]`.
    public let offsets: [Int]

    /// Builds the system. `feedback[i − 1]` is C_i for i = 1 … L − 1 (ignored for BP).
    ///
    /// **Edge cases:** throws ``ModelError`` for fewer than two widths, a
    /// width outside 1…16, feedback or Σ matrices of the wrong shape.
    public init(widths: [Int], rule: FeedbackRule, feedback: [[[Rational]]],
                sigmaTI: [[Rational]], sigmaII: [[Rational]]) throws {
        let L = widths.count - 1
        guard L >= 1 else { throw ModelError("an architecture needs at least two layers of units (N0, N1)") }
        guard widths.allSatisfy({ (1...16).contains($0) }) else { throw ModelError("every width must be in 1...16, got \(widths)") }
        func shape(_ m: [[Rational]], _ r: Int, _ c: Int) -> Bool { m.count == r && m.allSatisfy { $0.count == c } }
        guard shape(sigmaTI, widths[L], widths[0]) else { throw ModelError("Σ_TI must be \(widths[L])×\(widths[0])") }
        guard shape(sigmaII, widths[0], widths[0]) else { throw ModelError("Σ_II must be \(widths[0])×\(widths[0])") }
        if rule != .bp {
            guard feedback.count == L - 1 else {
                throw ModelError("need \(L - 1) feedback matrices C_1…C_\(L - 1), got \(feedback.count)")
            }
            for i in 1..<L {
                let cols = rule == .srbp ? widths[L] : widths[i + 1]
                guard shape(feedback[i - 1], widths[i], cols) else {
                    throw ModelError("C_\(i) must be \(widths[i])×\(cols) for \(rule.rawValue.uppercased())")
                }
            }
        }
        var names: [String] = [], offsets: [Int] = []
        for i in 1...L {
            offsets.append(names.count)
            for r in 0..<widths[i] { for c in 0..<widths[i - 1] { names.append(Self.name(layer: i, row: r, col: c, widths: widths)) } }
        }
        let n = names.count
        let A: [PolynomialMatrix] = (1...L).map { i in
            PolynomialMatrix(rows: widths[i], cols: widths[i - 1], entries: (0..<widths[i]).map { r in
                (0..<widths[i - 1]).map { c in .variable(offsets[i - 1] + r * widths[i - 1] + c, of: n) }
            })
        }
        var P = A[0]
        for i in 1..<L { P = A[i] * P }
        let error = PolynomialMatrix(sigmaTI, variableCount: n) - P * PolynomialMatrix(sigmaII, variableCount: n)
        var components: [MultiPolynomial] = []
        for i in 1...L {
            var back: PolynomialMatrix
            switch rule {
            case _ where i == L: back = .identity(widths[L], variableCount: n)
            case .srbp: back = PolynomialMatrix(feedback[i - 1], variableCount: n)
            case .rbp:
                back = PolynomialMatrix(feedback[i - 1], variableCount: n)
                for j in i..<(L - 1) { back = back * PolynomialMatrix(feedback[j], variableCount: n) }
            case .bp:
                back = A[i].transposed
                for j in (i + 1)..<L { back = back * A[j].transposed }
            }
            var d = back * error
            for j in 0..<(i - 1) { d = d * A[j].transposed }
            components += d.entries.flatMap { $0 }
        }
        self.widths = widths
        self.rule = rule
        self.offsets = offsets
        field = PolynomialVectorField(names: names, components: components)
    }

    /// a1, a2, … for scalar layers; a_i/b_i for the one-hidden-layer widths; A2[r,c] otherwise.
    static func name(layer i: Int, row r: Int, col c: Int, widths: [Int]) -> String {
        if widths.allSatisfy({ $0 == 1 }) { return "a\(i)" }
        if widths.count == 3 && (widths[0] == 1 && widths[2] == 1 || widths[1] == 1) {
            return (i == 1 ? "a" : "b") + "\(r + c + 1)"
        }
        return "A\(i)[\(r + 1),\(c + 1)]"
    }
}

extension LinearLearningSystem {
    /// The chain A[1, …, 1] with L layers: da_i/dt = c_i a_1 ⋯ a_{i−1} (α − βP), c_L = 1
    /// (SRBP, eq. 44–45; L = 2 is eq. 23, L = 3 is eq. 36). For RBP layer i is
    /// driven by c_i ⋯ c_{L−1}; for BP by P/a_i (eq. 52).
    ///
    /// **Edge cases:** throws when L ∉ 1…16 or `c` does not hold L − 1 values (BP ignores it).
    public static func chain(layers L: Int, alpha: Rational, beta: Rational, c: [Rational],
                             rule: FeedbackRule = .srbp) throws -> LinearLearningSystem {
        guard (1...16).contains(L) else { throw ModelError("--layers must be in 1...16, got \(L)") }
        if rule != .bp && c.count != L - 1 {
            throw ModelError("a chain with \(L) layers needs \(L - 1) feedback weights c_1…c_\(L - 1), got \(c.count)")
        }
        return try LinearLearningSystem(widths: Array(repeating: 1, count: L + 1), rule: rule,
                                        feedback: rule == .bp ? [] : c.map { [[$0]] },
                                        sigmaTI: [[alpha]], sigmaII: [[beta]])
    }

    /// The expansive A[1, N, 1] (eq. 57): da_i/dt = c_i (α − βP), db_i/dt = a_i (α − βP), P = Σ a_i b_i.
    /// For BP, c_i is replaced by b_i.
    public static func width(n: Int, alpha: Rational, beta: Rational, c: [Rational],
                             rule: FeedbackRule = .rbp) throws -> LinearLearningSystem {
        if rule != .bp && c.count != n { throw ModelError("A[1,\(n),1] needs \(n) feedback weights c_1…c_\(n), got \(c.count)") }
        return try LinearLearningSystem(widths: [1, n, 1], rule: rule, feedback: rule == .bp ? [] : [c.map { [$0] }],
                                        sigmaTI: [[alpha]], sigmaII: [[beta]])
    }

    /// The compressive A[N, 1, N] (eq. 65): dA/dt = C(Σ_TI − BAΣ_II), dB/dt = (Σ_TI − BAΣ_II)Aᵗ,
    /// with Σ_TI = Σ_II = Id for the normalised autoencoder of Theorem 6 (eq. 68) by default.
    public static func autoencoder(n: Int, c: [Rational], sigmaTI: [[Rational]]? = nil, sigmaII: [[Rational]]? = nil,
                                   rule: FeedbackRule = .rbp) throws -> LinearLearningSystem {
        if rule != .bp && c.count != n { throw ModelError("A[\(n),1,\(n)] needs \(n) feedback weights c_1…c_\(n), got \(c.count)") }
        let id = (0..<n).map { i in (0..<n).map { Rational($0 == i ? 1 : 0) } }
        return try LinearLearningSystem(widths: [n, 1, n], rule: rule, feedback: rule == .bp ? [] : [[c]],
                                        sigmaTI: sigmaTI ?? id, sigmaII: sigmaII ?? id)
    }
}
