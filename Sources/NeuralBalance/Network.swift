import ExactArithmetic

/// A network of BiLU (or BiPU) units on any directed graph: feedforward or
/// recurrent, any sparsity (paper 004, appendix B). Unit 0 is the bias unit,
/// clamped to one, so biases are ordinary weights from unit 0 (§B.2); then
/// come the inputs, the hidden units and the outputs. Only hidden units are
/// scaled or balanced; visible units (and the bias unit) keep Λ = 1.
public struct Network<W: BalanceScalar> {
    public struct Edge {
        public let from: Int
        public let to: Int
        public var weight: W
    }

    public let inputCount: Int
    public let hiddenCount: Int
    public let outputCount: Int
    public var edges: [Edge]
    /// One activation per unit (bias and inputs ignore theirs).
    public let activations: [Activation]
    /// Edge indices into / out of each unit.
    public let incoming: [[Int]]
    public let outgoing: [[Int]]
    /// Hidden units in a topological order, or `nil` when the graph has a cycle.
    public let topologicalOrder: [Int]?

    public var unitCount: Int { 1 + inputCount + hiddenCount + outputCount }
    public var hiddenUnits: Range<Int> { (1 + inputCount)..<(1 + inputCount + hiddenCount) }
    public var outputUnits: Range<Int> { (1 + inputCount + hiddenCount)..<unitCount }
    public var isRecurrent: Bool { topologicalOrder == nil }

    /// **Edge cases:** counts must be ≥ 1 for inputs and outputs (≥ 0 hidden);
    /// edges must join existing units, may not enter the bias or an input unit,
    /// and may not repeat; violations throw ``BalanceError``.
    public init(inputCount: Int, hiddenCount: Int, outputCount: Int, edges: [(from: Int, to: Int, weight: W)],
                hiddenActivation: [Activation]? = nil, outputActivation: Activation = .identity) throws {
        guard inputCount >= 1, outputCount >= 1, hiddenCount >= 0 else {
            throw BalanceError("a network needs at least one input and one output unit")
        }
        let units = 1 + inputCount + hiddenCount + outputCount
        guard units <= 1_000_000 else { throw BalanceError("at most 1 000 000 units") }
        var seen = Set<Int>()
        for e in edges {
            guard (0..<units).contains(e.from), (0..<units).contains(e.to) else {
                throw BalanceError("edge \(e.from)→\(e.to) names a unit outside 0..<\(units)")
            }
            guard e.to > inputCount else { throw BalanceError("edge \(e.from)→\(e.to) enters the bias or an input unit") }
            guard seen.insert(e.from * units + e.to).inserted else { throw BalanceError("edge \(e.from)→\(e.to) appears twice") }
        }
        if let h = hiddenActivation, h.count != hiddenCount {
            throw BalanceError("\(h.count) hidden activations for \(hiddenCount) hidden units")
        }
        self.inputCount = inputCount
        self.hiddenCount = hiddenCount
        self.outputCount = outputCount
        self.edges = edges.map { Edge(from: $0.from, to: $0.to, weight: $0.weight) }
        activations = [Activation](repeating: .identity, count: 1 + inputCount)
            + (hiddenActivation ?? [Activation](repeating: .relu, count: hiddenCount))
            + [Activation](repeating: outputActivation, count: outputCount)
        var inc = [[Int]](repeating: [], count: units), out = [[Int]](repeating: [], count: units)
        for (k, e) in edges.enumerated() { inc[e.to].append(k); out[e.from].append(k) }
        incoming = inc
        outgoing = out
        topologicalOrder = Network.topologicalSort(units: units, firstHidden: 1 + inputCount, edges: edges.map { ($0.from, $0.to) })
    }

    /// The same graph with every weight mapped (e.g. Rational → BigFloat).
    public func map<V: BalanceScalar>(_ f: (W) -> V) -> Network<V> {
        try! Network<V>(inputCount: inputCount, hiddenCount: hiddenCount, outputCount: outputCount,
                        edges: edges.map { ($0.from, $0.to, f($0.weight)) },
                        hiddenActivation: Array(activations[hiddenUnits]), outputActivation: activations[unitCount - 1])
    }

    public var weights: [W] { edges.map(\.weight) }

    /// Hidden units whose incoming or outgoing weights are all zero (or
    /// absent): Remark 25's removable units, which balancing skips.
    public var deadUnits: [Int] {
        hiddenUnits.filter { i in
            incoming[i].allSatisfy { edges[$0].weight.isZeroValue } || outgoing[i].allSatisfy { edges[$0].weight.isZeroValue }
        }
    }

    static func topologicalSort(units: Int, firstHidden: Int, edges: [(Int, Int)]) -> [Int]? {
        var indegree = [Int](repeating: 0, count: units)
        var succ = [[Int]](repeating: [], count: units)
        for (a, b) in edges { indegree[b] += 1; succ[a].append(b) }
        var queue = (0..<units).filter { indegree[$0] == 0 }
        var order: [Int] = []
        var head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
            order.append(u)
            for v in succ[u] { indegree[v] -= 1; if indegree[v] == 0 { queue.append(v) } }
        }
        return order.count == units ? order.filter { $0 >= firstHidden } : nil
    }
}
