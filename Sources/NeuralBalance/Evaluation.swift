import ExactArithmetic

extension Network {
    /// The network's output on an input. Feedforward graphs are evaluated in
    /// topological order; recurrent ones by `steps` synchronous updates from
    /// the zero state (the output after the last step).
    /// **Edge cases:** a wrong input length throws; `steps` must be ≥ 1.
    public func evaluate(_ input: [W], steps: Int = 6) throws -> [W] {
        guard input.count == inputCount else { throw BalanceError("expected \(inputCount) inputs, got \(input.count)") }
        guard steps >= 1 else { throw BalanceError("steps must be at least 1") }
        let zero = input[0].constant(0)
        var value = [W](repeating: zero, count: unitCount)
        value[0] = zero.constant(1)
        for k in 0..<inputCount { value[1 + k] = input[k] }
        func net(_ i: Int, _ v: [W]) -> W {
            var s = zero
            for e in incoming[i] { s = s + edges[e].weight * v[edges[e].from] }
            return s
        }
        if let order = topologicalOrder {
            for i in order { value[i] = activations[i].apply(net(i, value)) }
        } else {
            for _ in 0..<steps {
                var next = value
                for i in (1 + inputCount)..<unitCount { next[i] = activations[i].apply(net(i, value)) }
                value = next
            }
        }
        return Array(value[outputUnits])
    }
}
