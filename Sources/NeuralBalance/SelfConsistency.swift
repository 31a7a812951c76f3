import ExactArithmetic

/// The linear manifold 𝓛 of self-consistent log-multipliers (paper 004,
/// §B.8.2, Definition 35, Proposition 37, Remark 38): L_ij = log Λ_i −
/// log Λ_j on every edge j → i, with Λ = 1 on visible units (bias, inputs,
/// outputs). Both descriptions as exact rational matrices, one column per edge.
public enum SelfConsistency {
    /// The map from the hidden log-multipliers to edge values: row per edge,
    /// +1 at the head, −1 at the tail (hidden units only). 𝓛 is its column
    /// space, so dim 𝓛 is its rank.
    public static func multiplierMap<W>(_ net: Network<W>) throws -> RationalMatrix {
        let hidden = Array(net.hiddenUnits)
        var column: [Int: Int] = [:]
        for (k, u) in hidden.enumerated() { column[u] = k }
        var entries = [Rational](repeating: 0, count: net.edges.count * hidden.count)
        for (e, edge) in net.edges.enumerated() {
            if let c = column[edge.to] { entries[e * hidden.count + c] += 1 }
            if let c = column[edge.from] { entries[e * hidden.count + c] -= 1 }
        }
        return try RationalMatrix(rowCount: net.edges.count, columnCount: hidden.count, entries: entries)
    }

    /// Proposition 37's constraints for a feedforward network: one row per
    /// directed path from a visible source (bias or input) to an output,
    /// with a 1 on each of its edges. 𝓛 is the null space.
    ///
    /// **Edge cases:** recurrent networks (cycles add constraints not listed
    /// here) and more than `maxPaths` paths throw.
    public static func pathConstraints<W>(_ net: Network<W>, maxPaths: Int = 4096) throws -> RationalMatrix {
        guard !net.isRecurrent else { throw BalanceError("path constraints are listed for feedforward networks only") }
        var rows: [[Rational]] = []
        func walk(_ u: Int, _ path: [Int]) throws {
            if net.outputUnits.contains(u) {
                guard rows.count < maxPaths else { throw BalanceError("more than \(maxPaths) input–output paths") }
                var row = [Rational](repeating: 0, count: net.edges.count)
                for e in path { row[e] = 1 }
                rows.append(row)
                return
            }
            for e in net.outgoing[u] { try walk(net.edges[e].to, path + [e]) }
        }
        for source in 0...net.inputCount { try walk(source, []) }
        guard !rows.isEmpty else { return RationalMatrix.zero(rows: 0, columns: net.edges.count) }
        return try RationalMatrix(rows: rows)
    }
}
