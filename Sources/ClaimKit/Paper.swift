/// The five source papers (see `shared/seeds/README.md`).
public enum Paper: String, CaseIterable, Codable, Sendable {
    case polarity = "000"
    case symmetry = "001"
    case localLinearity = "002"
    case randomBackprop = "003"
    case synapticBalance = "004"

    public var title: String {
        switch self {
        case .polarity: return "Polarity Is All You Need to Learn and Transfer Faster (Wang, Powell, Bridgeford, Geisa, Vogelstein)"
        case .symmetry: return "On Symmetry and Initialization for Neural Networks"
        case .localLinearity: return "Local Linearity of ReLU Neural Networks (Sattelberg, PhD dissertation)"
        case .randomBackprop: return "Learning in the Machine: Random Backpropagation and the Deep Learning Channel (Baldi, Sadowski, Lu)"
        case .synapticBalance: return "Improving Deep Learning Speed and Performance through Synaptic Neural Balance"
        }
    }

    /// The claim-id prefix used for this paper's claims.
    public var idPrefix: String {
        switch self {
        case .polarity: return "polarity"
        case .symmetry: return "symmetric"
        case .localLinearity: return "boolean"
        case .randomBackprop: return "rbp"
        case .synapticBalance: return "balance"
        }
    }
}

/// Where a claim is stated: paper, section, and the statement's number.
public struct Source: Codable, Sendable, CustomStringConvertible {
    public let paper: Paper?
    public let section: String
    public let label: String

    /// `paper == nil` marks ExactNN's own self-checks.
    public init(_ paper: Paper?, section: String, label: String) {
        self.paper = paper
        self.section = section
        self.label = label
    }

    public var description: String {
        guard let paper else { return "ExactNN self-check: \(label)" }
        return "paper \(paper.rawValue), \(section), \(label)"
    }
}
