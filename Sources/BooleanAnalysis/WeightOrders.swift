import ExactArithmetic

/// A strict order of {0,1}ⁿ induced by a generic weight vector: the points
/// (positions, x₁ the most significant bit) sorted by w·x, with a rational w
/// that induces it (eq. 3.9 for w with no ties).
public struct WeightOrder: Hashable, Sendable {
    public let order: [Int]
    public let witness: [Rational]
}

/// The strict orders of {0,1}ⁿ that generic weight vectors induce — the
/// regions of the arrangement of hyperplanes w·(a − b) = 0, a ≠ b ∈ {0,1}ⁿ.
///
/// Walks the region graph from w = (1, 2, 4, …): crossing a wall swaps every
/// adjacent pair a, a + v at once; each candidate order is kept when the
/// exact LP finds a w with w·(τᵢ₊₁ − τᵢ) > 0 for all i (and the chamber
/// constraints). `chamber` restricts to 0 < w₁ < … < wₙ (eq. 3.11): the
/// whole space then has 2ⁿ·n! times as many regions (the group acts freely).
///
/// **Edge cases:** chamber needs 1 ≤ n ≤ 5, the whole space 1 ≤ n ≤ 4
/// (n = 5 has 1 981 440 regions: use the chamber and the group action).
public func weightOrders(variables n: Int, chamber: Bool) throws -> [WeightOrder] {
    let limit = chamber ? 5 : 4
    guard (1...limit).contains(n) else {
        throw BooleanError("\(chamber ? "chamber" : "whole-space") orders need 1 ≤ n ≤ \(limit) (here n = \(n))")
    }
    let size = 1 << n
    func bit(_ x: Int, _ k: Int) -> Int { x >> (n - 1 - k) & 1 }   // x_{k+1}
    func solve(_ order: [Int]) -> [Rational]? {
        var rows: [LinearConstraint] = []
        for i in 0..<(size - 1) {
            rows.append(LinearConstraint((0..<n).map { Rational(bit(order[i + 1], $0) - bit(order[i], $0)) }, .greaterThan, 0))
        }
        if chamber {
            for k in 0..<n {
                var c = [Rational](repeating: 0, count: n)
                c[k] = 1
                if k > 0 { c[k - 1] = -1 }
                rows.append(LinearConstraint(c, .greaterThan, 0))
            }
        }
        if case .feasible(let w) = LinearProgram.feasibility(rows, variables: n) { return w }
        return nil
    }
    let start = (0..<size).sorted { a, b in
        (0..<n).reduce(0) { $0 + bit(a, $1) << $1 } < (0..<n).reduce(0) { $0 + bit(b, $1) << $1 }
    }
    var seen: Set<[Int]> = [start]
    var result = [WeightOrder(order: start, witness: solve(start)!)]
    var next = 0
    while next < result.count {
        let order = result[next].order
        next += 1
        var tried = Set<Int>()
        for i in 0..<(size - 1) {
            let v = order[i + 1] ^ order[i]                      // support of the difference
            let up = order[i + 1] & v                             // coordinates where it is +1
            guard tried.insert(v << n | up).inserted else { continue }
            var candidate = order
            var j = 0
            while j < size - 1 {
                if candidate[j] ^ candidate[j + 1] == v && candidate[j + 1] & v == up {
                    candidate.swapAt(j, j + 1)
                    j += 2
                } else { j += 1 }
            }
            guard !seen.contains(candidate), let w = solve(candidate) else { continue }
            seen.insert(candidate)
            result.append(WeightOrder(order: candidate, witness: w))
        }
    }
    return result
}
