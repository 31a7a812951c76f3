import ExactArithmetic

/// A network as written in a JSON file: counts, edges with exact weights as
/// strings ("-3/7", "0.25"), and optional hidden activations. Unit 0 is the
/// bias unit, 1…inputs the inputs, then hidden units, then outputs.
///
/// ```json
/// {"inputs": 2, "hidden": 2, "outputs": 1,
///  "edges": [{"from": 1, "to": 3, "weight": "1/2"}, {"from": 3, "to": 5, "weight": "-2"}]}
/// ```
public struct NetworkDescription: Codable, Sendable {
    public struct EdgeDescription: Codable, Sendable {
        public let from: Int
        public let to: Int
        public let weight: String
    }
    public let inputs: Int
    public let hidden: Int
    public let outputs: Int
    public let edges: [EdgeDescription]
    public let activations: [Activation]?

    /// **Edge cases:** unreadable weights and every structural error of
    /// ``Network/init(inputCount:hiddenCount:outputCount:edges:hiddenActivation:outputActivation:)`` throw.
    public func network() throws -> Network<Rational> {
        let parsed = try edges.map { e -> (from: Int, to: Int, weight: Rational) in
            do { return (e.from, e.to, try Rational.parse(e.weight)) } catch { throw BalanceError("edge \(e.from)→\(e.to): \(error)") }
        }
        return try Network(inputCount: inputs, hiddenCount: hidden, outputCount: outputs, edges: parsed, hiddenActivation: activations)
    }
}
