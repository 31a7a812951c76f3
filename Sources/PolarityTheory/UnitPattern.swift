/// The sign pattern of one hidden unit of a one-hidden-layer network:
/// the signs of its d input weights and of its output weight
/// (paper 000, appendix E, proof of Lemma D.1 and of Theorem D.3).
///
/// Stored as bits: bit i (i < d) is set when input weight w_{i+1} is
/// negative, bit d when the output weight is negative. The paper's table
/// of the eight 2-D patterns lists them as 1 = (+,+,+), 2 = (+,+,−), …,
/// 8 = (−,−,−); ``paperIndex`` converts.
///
/// **Edge cases:** a zero magnitude is allowed under any sign (frozen signs
/// constrain a weight to a closed half-line).
public struct UnitPattern: Hashable, Sendable, CustomStringConvertible {
    public let dimension: Int
    public let bits: UInt64

    /// `inputNegative[i]` for w_{i+1}, `outputNegative` for the output weight.
    public init(inputNegative: [Bool], outputNegative: Bool) {
        dimension = inputNegative.count
        var b: UInt64 = outputNegative ? 1 << UInt64(inputNegative.count) : 0
        for (i, neg) in inputNegative.enumerated() where neg { b |= 1 << UInt64(i) }
        bits = b
    }

    init(dimension: Int, bits: UInt64) {
        self.dimension = dimension
        self.bits = bits
    }

    public func inputNegative(_ i: Int) -> Bool { bits >> UInt64(i) & 1 == 1 }
    public var outputNegative: Bool { bits >> UInt64(dimension) & 1 == 1 }

    /// XOR-compatible in the reading that matches the paper's set
    /// B = {2, 3, 5, 8}: sign(output) = −sign(w₁)·sign(w₂). The rule as
    /// printed in Lemma D.1 (without the minus) selects {1, 4, 6, 7}
    /// instead, the XNOR-compatible patterns; both sets have 4 members, so
    /// the bounds D.2 and D.3 do not depend on the reading.
    public var isXORCompatible: Bool {
        outputNegative == (inputNegative(0) == inputNegative(1))
    }

    /// The 2-D pattern (w₁, w₂, output) with the irrelevant dimensions dropped.
    public var relevantPart: UnitPattern {
        UnitPattern(inputNegative: [inputNegative(0), inputNegative(1)], outputNegative: outputNegative)
    }

    /// The paper's index 1…8 of a 2-D pattern (Lemma D.1 proof table).
    public var paperIndex: Int {
        (inputNegative(0) ? 4 : 0) + (inputNegative(1) ? 2 : 0) + (outputNegative ? 1 : 0) + 1
    }

    /// The 2-D pattern with paper index 1…8; `nil` outside that range.
    public init?(paperIndex: Int) {
        guard (1...8).contains(paperIndex) else { return nil }
        let c = paperIndex - 1
        self.init(inputNegative: [c & 4 != 0, c & 2 != 0], outputNegative: c & 1 != 0)
    }

    /// `+-:+` style: input signs, a colon, the output sign.
    public var description: String {
        let inputs = (0..<dimension).map { inputNegative($0) ? "-" : "+" }.joined()
        return inputs + ":" + (outputNegative ? "-" : "+")
    }
}
