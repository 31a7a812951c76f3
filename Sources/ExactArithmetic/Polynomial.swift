/// A polynomial in one variable with exact rational coefficients.
///
/// Coefficients are stored low → high (`coefficients[i]` multiplies xⁱ) and
/// are always trimmed: the last stored coefficient is non-zero.
///
/// **Edge cases:** the zero polynomial has no coefficients; its ``degree``
/// is −1 and its ``leadingCoefficient`` is 0. A non-zero constant has
/// degree 0. Every operation that would divide by zero (division by the
/// zero polynomial) returns `nil` instead of trapping.
public struct Polynomial: Hashable, Sendable {
    /// Coefficients low → high, trimmed (no trailing zeros).
    public let coefficients: [Rational]

    /// The polynomial Σ coefficients[i]·xⁱ; trailing zeros are dropped.
    public init(_ coefficients: [Rational]) {
        var c = coefficients
        while let last = c.last, last.isZero { c.removeLast() }
        self.coefficients = c
    }

    /// Integer coefficients, low → high.
    public init(_ coefficients: [Int]) { self.init(coefficients.map { Rational($0) }) }

    /// Integer coefficients, low → high.
    public init(_ coefficients: [BigInt]) { self.init(coefficients.map { Rational($0) }) }

    /// The constant polynomial c (the zero polynomial for c = 0).
    public init(constant c: Rational) { self.init([c]) }

    /// The monic polynomial ∏ (x − rᵢ) with the given roots (1 for none).
    public init(roots: [Rational]) {
        // ∏ (dᵢx − nᵢ) over the integers, divided by ∏ dᵢ once at the end.
        var c = [BigInt(1)]
        var denominators = BigInt(1)
        for r in roots {
            let n = r.numerator, d = r.denominator
            c.append(BigInt(0))
            for i in stride(from: c.count - 1, through: 0, by: -1) {
                c[i] *= -n
                if i > 0 { c[i].addProduct(c[i - 1], d) }
            }
            denominators *= d
        }
        let scale = Rational(BigInt(1), denominators)
        self.init(c.map { Rational($0) * scale })
    }

    public static let zero = Polynomial([Rational]())
    public static let one = Polynomial([Rational(1)])
    /// The variable x.
    public static let x = Polynomial([Rational(0), Rational(1)])

    /// The degree; −1 for the zero polynomial.
    public var degree: Int { coefficients.count - 1 }
    public var isZero: Bool { coefficients.isEmpty }
    /// The coefficient of the highest power; 0 for the zero polynomial.
    public var leadingCoefficient: Rational { coefficients.last ?? Rational(0) }

    /// The coefficient of xⁱ (0 beyond the degree or for i < 0).
    public subscript(i: Int) -> Rational {
        i >= 0 && i < coefficients.count ? coefficients[i] : Rational(0)
    }

    /// The same polynomial divided by its leading coefficient; zero stays zero.
    public var monic: Polynomial {
        guard let lc = leadingCoefficient.reciprocal else { return self }
        return scaled(by: lc)
    }
}
