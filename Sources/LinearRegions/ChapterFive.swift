import ExactArithmetic

/// The worked examples of dissertation chapter 5, exactly.
public enum ChapterFive {
    static func r(_ rows: [[Int]]) -> [[Rational]] { rows.map { $0.map { Rational($0) } } }
    static func v(_ xs: [Int]) -> [Rational] { xs.map { Rational($0) } }

    /// Eq. 5.10–5.11: v(x) = wᵀ ReLU(Ax + b) + c with A = [[1,1],[1,1]],
    /// b = (1, 0), w = (1, −2), c = −1 (the modified XOR of Fig. 5.2).
    public static var xor: ReLUNetwork {
        try! ReLUNetwork([(weight: r([[1, 1], [1, 1]]), bias: v([1, 0])), (weight: r([[1, -2]]), bias: v([-1]))])
    }

    /// Eq. 5.14 as printed: (pattern, J, c) per row, J·x + c; s = x₁ + x₂.
    public static let printedXORPieces: [(pattern: [Bool], jacobian: [Rational], offset: Rational)] = [
        ([true, true], v([-1, -1]), Rational(1)),
        ([true, false], v([1, 1]), Rational(1)),
        ([false, true], v([-4, -4]), Rational(3)),
        ([false, false], v([0, 0]), Rational(-1)),
    ]

    /// Eq. 5.22 as printed: max{−1, −1 + x₁ + x₂} − max{0, 2x₁ + 2x₂}.
    public static var printedXORTropical: TropicalRational {
        TropicalRational(numerator: TropicalPolynomial([AffineFunction(v([0, 0]), Rational(-1)), AffineFunction(v([1, 1]), Rational(-1))]),
                         denominator: TropicalPolynomial([AffineFunction(v([0, 0]), Rational(0)), AffineFunction(v([2, 2]), Rational(0))]))
    }

    /// Fig. 5.1's 3-3-3-3 network (weights "chosen arbitrarily" in the text).
    public static var figure51: ReLUNetwork {
        try! ReLUNetwork([
            (weight: r([[3, 0, 4], [5, 9, 1], [6, 1, 2]]), bias: v([7, 2, 9])),
            (weight: r([[2, 9, 5], [1, 3, 3], [8, 7, 0]]), bias: v([7, 7, 8])),
            (weight: r([[7, 9, 6], [4, 0, 9], [7, 3, 7]]), bias: v([5, 5, 2])),
        ])
    }

    /// Fig. 5.1's pattern: layer 1 units 1 and 3 active, layer 2 unit 2 active.
    public static let figure51Pattern = [true, false, true, false, true, false]
    /// Fig. 5.1's printed result J·x + c.
    public static let figure51PrintedJacobian = r([[42, 0, 120], [20, 0, 27], [336, 21, 0]])
    public static let figure51PrintedOffset = v([695, 376, 562])
}
