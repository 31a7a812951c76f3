import ExactArithmetic

/// The two input encodings of 2-D XOR used to read Lemma D.1's table.
/// Points are listed in Boolean order (0,0), (0,1), (1,0), (1,1); the ±1
/// encoding maps Boolean 0 ↦ +1 and 1 ↦ −1 (DESIGN.md).
public enum XORDomain: String, CaseIterable, Sendable {
    case zeroOne = "{0,1}²"
    case plusMinusOne = "{−1,1}²"

    public var points: [(Rational, Rational)] { integerPoints.map { (Rational($0.0), Rational($0.1)) } }

    /// The same points as integers.
    public var integerPoints: [(Int, Int)] {
        let (zero, one) = self == .zeroOne ? (0, 1) : (1, -1)
        return [(zero, zero), (zero, one), (one, zero), (one, one)]
    }
}

/// Which points are the positive class.
public enum LabelConvention: String, CaseIterable, Sendable {
    /// Positive exactly when the two Boolean inputs differ.
    case xor
    /// Positive exactly when they agree.
    case xnor

    /// +1 / −1 labels at the points in Boolean order.
    public var labels: [Int] { self == .xor ? [-1, 1, 1, -1] : [1, -1, -1, 1] }
}
