import ExactArithmetic

/// A unit's activation: f(x) = negativeSlope·x for x < 0 and
/// positiveSlope·x for x ≥ 0 (paper 004, Definition 10), raised to the
/// power `exponent` c for the BiPU units of §B.5 (f(λx) = λ^c f(x)):
/// f(x) = positiveSlope·x^c for x ≥ 0 and negativeSlope·|x|^c for x < 0.
/// c = 1 is a BiLU; ReLU is (0, 1), the identity (1, 1).
public struct Activation: Hashable, Sendable, Codable {
    public let negativeSlope: Rational
    public let positiveSlope: Rational
    public let exponent: Int

    public init(negativeSlope: Rational, positiveSlope: Rational, exponent: Int = 1) {
        self.negativeSlope = negativeSlope
        self.positiveSlope = positiveSlope
        self.exponent = exponent
    }

    public static let relu = Activation(negativeSlope: 0, positiveSlope: 1)
    public static let identity = Activation(negativeSlope: 1, positiveSlope: 1)
    public static func leakyReLU(_ a: Rational) -> Activation { Activation(negativeSlope: a, positiveSlope: 1) }

    /// f(x); for x < 0 and c > 1 the value is −negativeSlope·|x|^c, which is
    /// negativeSlope·x at c = 1.
    public func apply<W: BalanceScalar>(_ x: W) -> W {
        let negative = x.signum < 0
        let magnitude = negative ? x.constant(0) - x : x
        var m = magnitude
        for _ in 1..<max(1, exponent) { m = m * magnitude }
        return negative ? (x.constant(0) - m) * x.constant(negativeSlope) : m * x.constant(positiveSlope)
    }

    enum CodingKeys: String, CodingKey { case negativeSlope, positiveSlope, exponent }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        negativeSlope = try Rational.parse(c.decode(String.self, forKey: .negativeSlope))
        positiveSlope = try Rational.parse(c.decode(String.self, forKey: .positiveSlope))
        exponent = try c.decodeIfPresent(Int.self, forKey: .exponent) ?? 1
        guard (1...8).contains(exponent) else { throw BalanceError("activation exponent must be in 1...8, got \(exponent)") }
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(negativeSlope.description, forKey: .negativeSlope)
        try c.encode(positiveSlope.description, forKey: .positiveSlope)
        try c.encode(exponent, forKey: .exponent)
    }
}
