/// An NPN transform: negate some inputs, permute the inputs, maybe negate
/// the output (the group of Theorem 3.3.1, of order 2·2ⁿ·n!).
///
/// Acting on f it gives g = T·f with g(x) = o ⊕ f(x′), where
/// x′_{π(k)} = x_k ⊕ m_k for k = 1…n. Indices are 0-based in the arrays:
/// `permutation[k − 1] = π(k) − 1`, `negations[k − 1] = m_k`.
public struct NPNTransform: Hashable, Sendable, CustomStringConvertible {
    public let permutation: [Int]
    public let negations: [Bool]
    public let outputNegated: Bool

    /// **Edge cases:** a `permutation` that is not one of 0…n−1, or arrays
    /// of different lengths, throw.
    public init(permutation: [Int], negations: [Bool], outputNegated: Bool) throws {
        guard permutation.count == negations.count, permutation.sorted() == Array(0..<permutation.count) else {
            throw BooleanError("an NPN transform needs a permutation of 0…n−1 and n negation flags")
        }
        self.permutation = permutation
        self.negations = negations
        self.outputNegated = outputNegated
    }

    public static func identity(_ n: Int) -> NPNTransform {
        try! NPNTransform(permutation: Array(0..<n), negations: Array(repeating: false, count: n), outputNegated: false)
    }

    public var variables: Int { permutation.count }

    /// T⁻¹: x_k = x′_{π(k)} ⊕ m_k, so π′ = π⁻¹ and m′_{π(k)} = m_k.
    public var inverse: NPNTransform {
        var p = [Int](repeating: 0, count: variables), m = [Bool](repeating: false, count: variables)
        for k in 0..<variables { p[permutation[k]] = k; m[permutation[k]] = negations[k] }
        return try! NPNTransform(permutation: p, negations: m, outputNegated: outputNegated)
    }

    /// g = T·f, by the definition, one input at a time (any n ≤ 20).
    /// **Edge cases:** a table with a different n throws.
    public func apply(_ f: TruthTable) throws -> TruthTable {
        let n = variables
        guard f.variables == n else { throw BooleanError("transform on \(n) inputs applied to a table on \(f.variables)") }
        var g = try TruthTable(zeroWithVariables: n)
        for x in 0..<f.size {
            var y = 0
            for k in 0..<n {
                let bit = (x >> (n - 1 - k)) & 1 ^ (negations[k] ? 1 : 0)
                y |= bit << (n - 1 - permutation[k])
            }
            g[x] = f[y] != outputNegated
        }
        return g
    }

    /// E.g. `x1←¬x2, x2←x1, out¬`: input k of g feeds input π(k) of f.
    public var description: String {
        let parts = (0..<variables).map { k in "x\(permutation[k] + 1)←\(negations[k] ? "¬" : "")x\(k + 1)" }
        return parts.joined(separator: " ") + (outputNegated ? " out¬" : "")
    }
}
