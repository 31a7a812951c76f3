import Dispatch
import ExactArithmetic

/// swaps(f) (eq. 3.10): the least number of class changes along the order of
/// {0,1}ⁿ induced by a generic weight vector, with a witness.
public struct SwapsValue: Hashable, Sendable {
    public let value: Int
    /// A rational w whose order (``order``) has exactly `value` changes of f.
    public let witness: [Rational]
    /// The points (positions, x₁ the most significant bit) sorted by w·x.
    public let order: [Int]
}

/// Number of changes of f along `order` (eq. 3.10's sum).
public func classChanges(_ f: TruthTable, along order: [Int]) -> Int {
    zip(order, order.dropFirst()).filter { f[$0.0] != f[$0.1] }.count
}

/// swaps(f) exactly, for 1 ≤ n ≤ 5.
///
/// Every generic order is the image of a chamber order (0 < w₁ < … < wₙ,
/// eq. 3.11) under an input negation/permutation g, and f has as many
/// changes along g·σ as g⁻¹·f along σ. So the minimum runs over the
/// 2ⁿ·n! NP images of f (bit-parallel moves) times the chamber orders
/// (516 for n = 5), aborting an order once it reaches the best so far; the
/// witness is the chamber witness carried back through g (w′_{π(k)} = ±w_k).
/// Cost for n = 5: ≤ 3840 · 516 · 31 bit tests.
///
/// **Edge cases:** n > 5 throws (the chamber of n = 6 has 124 187 regions).
public func swapsValue(_ f: TruthTable) throws -> SwapsValue {
    let n = f.variables
    guard n <= 5 else { throw BooleanError("swaps needs 1 ≤ n ≤ 5 (here n = \(n)): the chamber orders of n = 6 are not enumerated") }
    let chamber = try ChamberCache.shared.orders(n)
    let size = 1 << n
    // Storage bit of each point, per order (point x is bit size − 1 − x).
    let bits = chamber.map { $0.order.map { size - 1 - $0 } }
    var best = Int.max, bestOrder = 0, bestP = Array(0..<n), bestMask = 0
    var p = Array(0..<n), current = f.word
    let swaps = WordOps.heapSwaps(n)
    for step in 0...swaps.count {
        if step > 0 {
            current = WordOps.swap(current, swaps[step - 1].0, swaps[step - 1].1)
            p.swapAt(swaps[step - 1].0, swaps[step - 1].1)
        }
        var h = current, mask = 0
        for g in 0..<(1 << n) {
            if g > 0 { let j = g.trailingZeroBitCount; h = WordOps.flip(h, j); mask ^= 1 << j }
            for (o, order) in bits.enumerated() {
                var changes = 0, previous = h >> UInt64(order[0]) & 1
                for i in 1..<size {
                    let b = h >> UInt64(order[i]) & 1
                    changes += Int(b ^ previous)
                    previous = b
                    if changes >= best { break }
                }
                if changes < best { best = changes; bestOrder = o; bestP = p; bestMask = mask }
            }
        }
    }
    // h = T·f with T = (π, m) as in exactNPNCanonization; carry σ and w back to f.
    let perm = (0..<n).map { k in n - 1 - bestP[n - 1 - k] }
    let negated = (0..<n).map { k in bestMask >> (n - 1 - k) & 1 == 1 }
    let t = try NPNTransform(permutation: perm, negations: negated, outputNegated: false)
    let (witness, order) = carried(chamber[bestOrder], through: t)
    return SwapsValue(value: best, witness: witness, order: order)
}

/// A chamber order σ (witness w) carried back through an input transform T:
/// if h = T·F has c changes along σ, F has c changes along the returned
/// order, induced by w′ with w′_{π(k)} = ±w_k (negating input k negates
/// its weight: w·x′ then differs from w′·x by a constant). T's output
/// negation does not change counts and is ignored.
func carried(_ chamber: WeightOrder, through t: NPNTransform) -> (witness: [Rational], order: [Int]) {
    let n = t.variables, perm = t.permutation, negated = t.negations
    var witness = [Rational](repeating: 0, count: n)
    for k in 0..<n { witness[perm[k]] = negated[k] ? -chamber.witness[k] : chamber.witness[k] }
    let order = chamber.order.map { x in
        (0..<n).reduce(0) { y, k in
            let bit = (x >> (n - 1 - k)) & 1 ^ (negated[k] ? 1 : 0)
            return y | bit << (n - 1 - perm[k])
        }
    }
    return (witness, order)
}

/// Chamber orders per n, computed once (the LP walk takes a while for n = 5).
final class ChamberCache: @unchecked Sendable {
    static let shared = ChamberCache()
    private var cache: [Int: [WeightOrder]] = [:]
    private let queue = DispatchQueue(label: "ChamberCache")

    func orders(_ n: Int) throws -> [WeightOrder] {
        try queue.sync {
            if let c = cache[n] { return c }
            let c = try weightOrders(variables: n, chamber: true)
            cache[n] = c
            return c
        }
    }
}
