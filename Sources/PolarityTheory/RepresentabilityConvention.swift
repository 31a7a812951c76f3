/// The bias and label conventions under which frozen-sign XOR
/// representability is decided (beyond paper 000; its Lemma D.1 table uses
/// zero hidden biases and no output bias).
public struct RepresentabilityConvention: Hashable, Sendable, CustomStringConvertible {
    public enum Bias: String, CaseIterable, Sendable {
        /// Any real value (a bias has no frozen sign).
        case free
        /// Fixed at 0.
        case zero
    }

    public let hiddenBias: Bias
    public let outputBias: Bias
    public let label: LabelConvention

    public init(hiddenBias: Bias, outputBias: Bias, label: LabelConvention = .xor) {
        self.hiddenBias = hiddenBias
        self.outputBias = outputBias
        self.label = label
    }

    /// All eight combinations, free biases first.
    public static let all: [RepresentabilityConvention] = Bias.allCases.flatMap { h in
        Bias.allCases.flatMap { o in LabelConvention.allCases.map { RepresentabilityConvention(hiddenBias: h, outputBias: o, label: $0) } }
    }

    /// The same convention with another output-bias rule.
    public func withOutputBias(_ b: Bias) -> RepresentabilityConvention {
        RepresentabilityConvention(hiddenBias: hiddenBias, outputBias: b, label: label)
    }

    public var description: String { "hidden bias \(hiddenBias.rawValue), output bias \(outputBias.rawValue), \(label.rawValue)" }
}
