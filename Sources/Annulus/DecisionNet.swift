import ExactArithmetic

/// A dense ReLU network ℝⁿ → ℝ with rational weights: ReLU after every hidden
/// layer, an affine output unit. Its decision set is {x : f(x) > 0} (§4.1's
/// "closed, bounded region" is a bounded component of it or of {f < 0}).
///
/// Layers are in `nn.Linear` layout: `weights[k][j]` is the row of unit j of
/// layer k. **Edge cases:** the initializer rejects empty networks, ragged
/// rows, a bias of the wrong length and an output layer of width ≠ 1.
public struct DecisionNet: Sendable, Equatable, CustomStringConvertible {
    public let weights: [[[Rational]]]
    public let biases: [[Rational]]

    public init(weights: [[[Rational]]], biases: [[Rational]]) throws {
        guard !weights.isEmpty, weights.count == biases.count else { throw AnnulusError("a network needs at least an output layer, one bias per layer") }
        guard let n = weights[0].first?.count, n > 0 else { throw AnnulusError("layer 1 needs at least one unit with at least one input") }
        var width = n
        for (k, (w, b)) in zip(weights, biases).enumerated() {
            guard !w.isEmpty, w.count == b.count, w.allSatisfy({ $0.count == width }) else {
                throw AnnulusError("layer \(k + 1): \(w.count) rows of \(width) weights and as many biases expected")
            }
            width = w.count
        }
        guard width == 1 else { throw AnnulusError("the output layer must have one unit, got \(width)") }
        self.weights = weights
        self.biases = biases
    }

    public var inputDimension: Int { weights[0][0].count }
    /// Widths of the hidden layers (all layers but the output).
    public var hiddenWidths: [Int] { weights.dropLast().map(\.count) }

    /// f(x), exactly.
    public func evaluate(_ x: [Rational]) -> Rational {
        var h = x
        for k in weights.indices {
            var z = affine(k, h)
            if k < weights.count - 1 { z = z.map { $0.signum > 0 ? $0 : Rational() } }
            h = z
        }
        return h[0]
    }

    func affine(_ k: Int, _ h: [Rational]) -> [Rational] {
        zip(weights[k], biases[k]).map { row, b in
            var s = b
            for (w, v) in zip(row, h) where !w.isZero && !v.isZero { s += w * v }
            return s
        }
    }

    public var description: String {
        func vec(_ v: [Rational]) -> String { "[" + v.map(\.description).joined(separator: ", ") + "]" }
        return zip(weights, biases).map { w, b in "W=" + "[" + w.map(vec).joined(separator: ", ") + "] b=" + vec(b) }.joined(separator: "; ")
    }

    /// A seeded random network with integer weights in −r…r (small weights make
    /// degenerate arrangements — parallel or concurrent lines, dead units — common,
    /// which is where a claim about "every network" breaks if it breaks).
    public static func random(input: Int, hidden: [Int], range r: Int, using g: inout some RandomNumberGenerator) -> DecisionNet {
        var ws: [[[Rational]]] = [], bs: [[Rational]] = []
        var width = input
        for m in hidden + [1] {
            ws.append((0..<m).map { _ in (0..<width).map { _ in Rational(Int.random(in: -r...r, using: &g)) } })
            bs.append((0..<m).map { _ in Rational(Int.random(in: -r...r, using: &g)) })
            width = m
        }
        return try! DecisionNet(weights: ws, biases: bs)
    }
}
