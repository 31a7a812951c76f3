import ExactArithmetic

/// A one-input, single-hidden-layer leaky-ReLU network with rational
/// parameters, v(x) = d + Σᵢ aᵢ·LReLU(oᵢ(x − tᵢ)), LReLU(z) = max(z, αz),
/// oᵢ = ±1 (eq. A.6 with wᵢ scaled to ±1, cᵢ = −tᵢ as in eq. A.7–A.8).
public struct ShallowNetwork: Sendable {
    public struct Node: Sendable {
        public let weight: Rational
        public let breakpoint: Rational
        public let facesRight: Bool
    }
    public let alpha: Rational
    public let bias: Rational
    public let nodes: [Node]

    public var width: Int { nodes.count }

    public func callAsFunction(_ x: Rational) -> Rational {
        nodes.reduce(bias) { sum, node in
            let z = node.facesRight ? x - node.breakpoint : node.breakpoint - x
            return sum + node.weight * (z.signum >= 0 ? z : alpha * z)
        }
    }

    /// Whether v has the sign of each label (true ↦ positive) at each point, exactly.
    public func classifies(_ points: [Rational], _ labels: [Bool]) -> Bool {
        zip(points, labels).allSatisfy { x, positive in
            let v = self(x)
            return positive ? v.signum > 0 : v.signum < 0
        }
    }
}

/// Lemma A.2.1: the network with k − 1 right-facing nodes at x₁ … x_{k−1}
/// that interpolates y at x₁ < … < x_k. Slopes come from the inverse of
/// eq. A.15 (applied as its bidiagonal-plus-corner form); d from eq. A.16.
///
/// **Edge cases:** α outside [0, 1), fewer than two points, unsorted points
/// or mismatched lengths throw.
public func interpolatingNetwork(points x: [Rational], values y: [Rational], alpha: Rational) throws -> ShallowNetwork {
    guard x.count == y.count, x.count >= 2 else { throw BooleanError("interpolation needs at least two points and one value per point") }
    guard alpha.signum >= 0, alpha < Rational(1) else { throw BooleanError("the leak α must be in [0, 1), got \(alpha)") }
    guard zip(x, x.dropFirst()).allSatisfy({ $0.0 < $0.1 }) else { throw BooleanError("interpolation points must increase strictly") }
    let m = x.count - 1
    let slopes: [Rational] = (0..<m).map { j -> Rational in
        let rise: Rational = y[j + 1] - y[j]
        let run: Rational = x[j + 1] - x[j]
        return rise / run
    }
    let a = try LemmaA21Matrix.inverse(size: m, alpha: alpha).apply(slopes)
    let nodes = (0..<m).map { ShallowNetwork.Node(weight: a[$0], breakpoint: x[$0], facesRight: true) }
    let partial = ShallowNetwork(alpha: alpha, bias: 0, nodes: nodes)
    return ShallowNetwork(alpha: alpha, bias: y[0] - partial(x[0]), nodes: nodes)
}

/// The matrix M of eq. A.13–A.15 and its stated inverse, as functions of α.
///
/// In region j (x_j < x < x_{j+1}) the nodes i ≤ j are active, so the slope
/// is Σ_{i≤j} aᵢ + α Σ_{i>j} aᵢ: row j, column i holds 1 when i ≤ j and α
/// otherwise. Eq. A.14 prints the transpose (1 when i ≤ j for row i); the
/// inverse printed in eq. A.15 (with its corner at row 1 — the text says
/// "i = 0" — and column k − 1) is the inverse of the matrix derived here.
public enum LemmaA21Matrix {
    public struct Dense: Sendable {
        public let entries: [[Rational]]
        public func apply(_ v: [Rational]) -> [Rational] {
            entries.map { row in zip(row, v).reduce(Rational(0)) { $0 + $1.0 * $1.1 } }
        }
        public static func * (a: Dense, b: Dense) -> Dense {
            Dense(entries: a.entries.indices.map { i in
                b.entries[0].indices.map { j in a.entries[i].indices.reduce(Rational(0)) { $0 + a.entries[i][$1] * b.entries[$1][j] } }
            })
        }
    }

    /// M as derived from eq. A.10–A.11 (`printed: false`) or as printed in eq. A.14.
    public static func matrix(size m: Int, alpha: Rational, printed: Bool = false) -> Dense {
        Dense(entries: (0..<m).map { i in (0..<m).map { j in (printed ? i <= j : j <= i) ? Rational(1) : alpha } })
    }

    /// Eq. A.15: 1/(1−α) on the diagonal, 1/(α−1) just below it, α/(α−1) in the
    /// top-right corner, 0 elsewhere. **Edge cases:** α = 1 throws (M is singular).
    public static func inverse(size m: Int, alpha: Rational) throws -> Dense {
        guard alpha != Rational(1) else { throw BooleanError("M is singular at α = 1") }
        let one = Rational(1)
        let diagonal: Rational = one / (one - alpha)
        let below: Rational = one / (alpha - one)
        let corner: Rational = alpha / (alpha - one)
        var entries = [[Rational]](repeating: [Rational](repeating: 0, count: m), count: m)
        for i in 0..<m {
            entries[i][i] = diagonal
            if i > 0 { entries[i][i - 1] = below }
        }
        entries[0][m - 1] += corner   // for m = 1 the corner meets the diagonal: 1/(1−α) + α/(α−1) = 1
        return Dense(entries: entries)
    }
}
