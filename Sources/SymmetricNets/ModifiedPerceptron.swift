import ClaimKit
import ExactArithmetic

/// Algorithm 1 of paper 001 (§3.3) in exact rational arithmetic: from w = 0,
/// while some v has Y(v) w·v ≤ β, set w ← w + Y(v)·v·h. The violating v
/// taken is the first in cyclic order after the previous update.
public struct PerceptronRun: Sendable {
    public let weights: [Rational]
    public let updates: Int
    /// (min_v Y(v) w·v)² / ‖w‖²: the final margin, squared, exact.
    public let finalMarginSquared: Rational
}

/// Theorem 2's bounds for margin γ (given as γ²), step h and confidence β.
public struct PerceptronBounds: Sendable {
    /// (2βh + (Rh)²) / (γh)².
    public let updates: Rational
    /// (γβh / (2βh + (Rh)²))².
    public let marginSquared: Rational

    public init(gammaSquared g2: Rational, radiusSquared r2: Rational, beta: Rational, h: Rational) {
        let top = 2 * beta * h + r2 * h * h
        updates = top / (g2 * h * h)
        marginSquared = g2 * beta * beta * h * h / (top * top)
    }
}

public enum ModifiedPerceptron {
    /// **Edge cases:** β ≤ 0, h ≤ 0, empty or ragged input, labels other
    /// than ±1 throw; more than `maxUpdates` updates throws (the set is then
    /// not separable with the assumed margin).
    public static func run(points: [[Rational]], labels: [Int], beta: Rational, h: Rational,
                           maxUpdates: Int = 10_000_000) throws -> PerceptronRun {
        guard beta.signum > 0, h.signum > 0 else { throw SymmetricError("β and h must be positive") }
        guard !points.isEmpty, points.count == labels.count else { throw SymmetricError("need one label per point and at least one point") }
        let d = points[0].count
        guard points.allSatisfy({ $0.count == d }), labels.allSatisfy({ $0 == 1 || $0 == -1 }) else {
            throw SymmetricError("points must share a dimension and labels must be ±1")
        }
        let steps = points.indices.map { i in points[i].map { (labels[i] == 1 ? $0 : -$0) * h } }
        let signed = points.indices.map { i in points[i].map { labels[i] == 1 ? $0 : -$0 } }
        var w = [Rational](repeating: 0, count: d)
        var updates = 0
        var i = 0, clean = 0
        func score(_ k: Int) -> Rational {
            var s = Rational(0)
            for t in 0..<d where !w[t].isZero && !signed[k][t].isZero { s += w[t] * signed[k][t] }
            return s
        }
        while clean < points.count {
            if score(i) <= beta {
                guard updates < maxUpdates else { throw SymmetricError("no convergence within \(maxUpdates) updates") }
                for t in 0..<d where !steps[i][t].isZero { w[t] += steps[i][t] }
                updates += 1
                clean = 0
            } else {
                clean += 1
            }
            i = (i + 1) % points.count
        }
        let worst = points.indices.map(score).min()!
        let norm2 = w.reduce(Rational(0)) { $0 + $1 * $1 }
        return PerceptronRun(weights: w, updates: updates, finalMarginSquared: worst * worst / norm2)
    }

    /// A random separable set: m points with small integer coordinates in
    /// [−range, range]^d, labelled by a random integer normal (points on the
    /// hyperplane are redrawn). Lifted with a final 1 when `affine`.
    public static func randomSeparable(m: Int, d: Int, range: Int = 5, seed: UInt64) throws -> (points: [[Rational]], labels: [Int]) {
        guard (1...200).contains(m), (1...20).contains(d), (1...1000).contains(range) else {
            throw SymmetricError("need m in 1...200, d in 1...20, range in 1...1000")
        }
        var g = SeededGenerator(seed: seed)
        func draw() -> Int { Int(g.next() % UInt64(2 * range + 1)) - range }
        var normal = (0..<d).map { _ in draw() }
        if normal.allSatisfy({ $0 == 0 }) { normal[0] = 1 }
        var points: [[Rational]] = [], labels: [Int] = []
        while points.count < m {
            let x = (0..<d).map { _ in draw() }
            let s = zip(x, normal).reduce(0) { $0 + $1.0 * $1.1 }
            if s == 0 { continue }
            points.append(x.map { Rational($0) }); labels.append(s > 0 ? 1 : -1)
        }
        return (points, labels)
    }
}
