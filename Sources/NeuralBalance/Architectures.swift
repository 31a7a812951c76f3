import ClaimKit
import ExactArithmetic

/// Seeded random networks for the checks and the CLI.
public enum Architectures {
    /// A layered feedforward network with the given widths (input first,
    /// output last), every pair of consecutive layers joined with probability
    /// `density`, biases on hidden and output units when `bias`. Weights are
    /// random non-zero multiples of 1/8 in [−2, 2].
    /// **Edge cases:** fewer than two layers, a zero width, or density outside
    /// (0, 1] throw.
    public static func layered(widths: [Int], bias: Bool = true, density: Double = 1, seed: UInt64,
                               activation: Activation = .relu) throws -> Network<Rational> {
        guard widths.count >= 2 else { throw BalanceError("--layers needs at least an input and an output width") }
        guard widths.allSatisfy({ $0 >= 1 }) else { throw BalanceError("every layer width must be at least 1, got \(widths)") }
        guard density > 0, density <= 1 else { throw BalanceError("density must be in (0, 1]") }
        guard widths.reduce(0, +) <= 200_000 else { throw BalanceError("at most 200 000 units") }
        var g = SeededGenerator(seed: seed)
        func weight() -> Rational {
            let k = Int(g.next() % 32)  // 0…31 ↦ −16…−1, 1…16
            return Rational(k < 16 ? k - 16 : k - 15, 8)
        }
        var start = [1]
        for w in widths { start.append(start.last! + w) }
        var edges: [(from: Int, to: Int, weight: Rational)] = []
        for l in 1..<widths.count {
            for j in 0..<widths[l] {
                let to = start[l] + j
                if bias { edges.append((0, to, weight())) }
                for i in 0..<widths[l - 1] where density >= 1 || Double(g.next() >> 11) / 9007199254740992.0 < density {
                    edges.append((start[l - 1] + i, to, weight()))
                }
            }
        }
        let hidden = widths.dropFirst().dropLast().reduce(0, +)
        return try Network(inputCount: widths[0], hiddenCount: hidden, outputCount: widths.last!, edges: edges,
                           hiddenActivation: [Activation](repeating: activation, count: hidden))
    }

    /// The hidden units of each hidden layer of a layered network.
    public static func hiddenLayers(widths: [Int]) -> [[Int]] {
        var start = 1 + widths[0]
        var layers: [[Int]] = []
        for w in widths.dropFirst().dropLast() { layers.append(Array(start..<(start + w))); start += w }
        return layers
    }

    /// A random recurrent network: every ordered pair of non-bias units (into
    /// hidden or output units) is joined with probability `density`, self-loops
    /// included, plus a bias edge into every hidden and output unit.
    public static func recurrent(inputs: Int, hidden: Int, outputs: Int, density: Double, seed: UInt64) throws -> Network<Rational> {
        guard inputs >= 1, outputs >= 1, hidden >= 1 else { throw BalanceError("need at least one input, hidden and output unit") }
        var g = SeededGenerator(seed: seed)
        let units = 1 + inputs + hidden + outputs
        var edges: [(from: Int, to: Int, weight: Rational)] = []
        for to in (1 + inputs)..<units {
            edges.append((0, to, Rational(Int(g.next() % 17) - 8, 4)))
            for from in 1..<units where Double(g.next() >> 11) / 9007199254740992.0 < density {
                let k = Int(g.next() % 32)
                edges.append((from, to, Rational(k < 16 ? k - 16 : k - 15, 8)))
            }
        }
        return try Network(inputCount: inputs, hiddenCount: hidden, outputCount: outputs, edges: edges)
    }
}
