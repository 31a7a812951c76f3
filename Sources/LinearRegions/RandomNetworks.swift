import ClaimKit
import ExactArithmetic

/// Reproducible random networks with small rational weights, for tests,
/// bounds and benchmarks.
public enum RandomNetworks {
    /// Widths N₀ … N_L; weights and biases k/q with k uniform in −q…q
    /// (so in [−1, 1], denominator q), drawn from `SeededGenerator(seed)`.
    public static func make(widths: [Int], seed: UInt64, denominator q: Int = 8,
                            activation: Activation = .relu) throws -> ReLUNetwork {
        var rng = SeededGenerator(seed: seed)
        let layers = try zip(widths, widths.dropFirst()).map { n, m in
            try AffineLayer(weight: (0..<m).map { _ in (0..<n).map { _ in Rational(rng.int(-q...q), q) } },
                            bias: (0..<m).map { _ in Rational(rng.int(-q...q), q) })
        }
        return try ReLUNetwork(layers: layers, activation: activation)
    }
}
