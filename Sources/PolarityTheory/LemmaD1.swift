import ExactArithmetic

/// One ReLU hidden unit: output weight · max(0, w₁x + w₂y + b).
public struct ReLUUnit: Sendable, Equatable {
    public let w1, w2, bias, output: Rational
    public init(_ w1: Rational, _ w2: Rational, bias: Rational, output: Rational) {
        self.w1 = w1; self.w2 = w2; self.bias = bias; self.output = output
    }

    public func callAsFunction(_ x: Rational, _ y: Rational) -> Rational {
        let z = w1 * x + w2 * y + bias
        return z.signum > 0 ? output * z : 0
    }

    /// True when every non-zero weight has the sign the pattern prescribes.
    public func respects(_ p: UnitPattern) -> Bool {
        func ok(_ v: Rational, _ negative: Bool) -> Bool { v.isZero || (v.signum < 0) == negative }
        return ok(w1, p.inputNegative(0)) && ok(w2, p.inputNegative(1)) && ok(output, p.outputNegative)
    }
}

/// The four 3-unit networks of paper 000, appendix E (proof of Lemma D.1),
/// one per 3-subset of the compatible patterns B = {2, 3, 5, 8}; hidden
/// biases 0, no output bias, the pre-sigmoid output is F = Σ units.
/// σ is read as ReLU (the table's weights give rational outputs only then).
public struct LemmaD1Construction: Sendable {
    public let subset: [Int]
    /// (paper pattern index, unit), in the table's order.
    public let units: [(Int, ReLUUnit)]
    /// The table's formula for F.
    public let formula: String

    public func output(_ x: Rational, _ y: Rational) -> Rational {
        units.reduce(Rational(0)) { $0 + $1.1(x, y) }
    }

    /// Every unit's non-zero weights carry its pattern's signs.
    public var respectsPatterns: Bool {
        units.allSatisfy { index, unit in UnitPattern(paperIndex: index).map(unit.respects) ?? false }
    }

    public static let table: [LemmaD1Construction] = {
        func u(_ a: Int, _ b: Int, _ o: Int) -> ReLUUnit { ReLUUnit(Rational(a), Rational(b), bias: 0, output: Rational(o)) }
        return [
            LemmaD1Construction(subset: [2, 3, 5], units: [(2, u(1, 1, -1)), (3, u(1, 0, 1)), (5, u(0, 1, 1))],
                                formula: "−σ(x+y) + σ(x) + σ(y)"),
            LemmaD1Construction(subset: [2, 3, 8], units: [(2, u(1, 0, -1)), (3, u(1, -1, 1)), (8, u(0, -1, -1))],
                                formula: "−σ(x) + σ(x−y) − σ(−y)"),
            LemmaD1Construction(subset: [2, 5, 8], units: [(2, u(0, 1, -1)), (5, u(-1, 1, 1)), (8, u(-1, 0, -1))],
                                formula: "−σ(y) + σ(y−x) − σ(−x)"),
            LemmaD1Construction(subset: [3, 5, 8], units: [(3, u(0, -1, 1)), (5, u(-1, 0, 1)), (8, u(-1, -1, -1))],
                                formula: "σ(−y) + σ(−x) − σ(−x−y)"),
        ]
    }()
}

/// How one construction classifies one labelling of one domain: the open
/// interval of output thresholds t with sign(F − t) = label at all four
/// points, and the margin at its midpoint.
public struct ThresholdAnalysis: Sendable {
    public let domain: XORDomain
    public let label: LabelConvention
    /// F at the points in Boolean order.
    public let values: [Rational]
    /// max F over the negative points, min F over the positive points.
    public let highestNegative, lowestPositive: Rational

    public init(_ c: LemmaD1Construction, domain: XORDomain, label: LabelConvention) {
        self.domain = domain
        self.label = label
        values = domain.points.map { c.output($0.0, $0.1) }
        let pairs = zip(values, label.labels)
        highestNegative = pairs.filter { $0.1 < 0 }.map(\.0).max()!
        lowestPositive = pairs.filter { $0.1 > 0 }.map(\.0).min()!
    }

    /// Some threshold separates the classes.
    public var separable: Bool { highestNegative < lowestPositive }
    /// (lowestPositive − highestNegative)/2 when separable: the largest
    /// min_x label·(F(x) − t), reached at the midpoint threshold.
    public var margin: Rational? { separable ? (lowestPositive - highestNegative) / 2 : nil }
    /// The sigmoid read at 1/2 (threshold t = 0, no output bias) classifies.
    public var worksAtZeroThreshold: Bool { highestNegative.signum < 0 && lowestPositive.signum > 0 }
}
