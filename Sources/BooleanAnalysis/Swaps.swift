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

/// swaps(f) exactly, for 1 ≤ n ≤ 6 (n = 6: `swapsSix(_:below:lowerBound:)`
/// over the shipped chamber orders, with its pruning).
///
/// Every generic order is the image of a chamber order (0 < w₁ < … < wₙ,
/// eq. 3.11) under an input negation/permutation g, and f has as many
/// changes along g·σ as g⁻¹·f along σ. So the minimum runs over the
/// 2ⁿ·n! NP images of f (bit-parallel moves) times the chamber orders
/// (516 for n = 5), aborting an order once it reaches the best so far; the
/// witness is the chamber witness carried back through g (w′_{π(k)} = ±w_k).
/// Cost for n = 5: ≤ 3840 · 516 · 31 bit tests.
///
/// **Edge cases:** n > 6 throws (2⁷·7!·|chamber| orders are out of reach);
/// n = 6 throws when the shipped chamber orders are missing or corrupt.
public func swapsValue(_ f: TruthTable) throws -> SwapsValue {
    let n = f.variables
    guard n <= 6 else { throw BooleanError("swaps needs 1 ≤ n ≤ 6 (here n = \(n))") }
    if n == 6 {
        let w = f.word
        return try swapsSix(f, below: Int.max, lowerBound: w == 0 || w == ~0 ? 0 : 1)!
    }
    let chamber = try ChamberCache.shared.orders(n)
    let size = 1 << n
    // Storage bit of each point, per order (point x is bit size − 1 − x).
    let bits = chamber.map { $0.order.map { size - 1 - $0 } }
    var best = Int.max, bestOrder = 0, bestP = Array(0..<n), bestMask = 0
    WordOps.forEachInputImage(f.word, variables: n, swaps: WordOps.heapSwaps(n)) { h, p, mask in
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
        return true
    }
    // h = T·f with T = (π, m) as in exactNPNCanonization; carry σ and w back to f.
    let t = try WordOps.inputTransform(bestP, bestMask, variables: n)
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

/// Chamber orders per n, computed once (the LP walk takes a while for n = 5);
/// n = 6 loaded once from `Data/` (checked), with its prefix tree.
final class ChamberCache: @unchecked Sendable {
    static let shared = ChamberCache()
    private var cache: [Int: [WeightOrder]] = [:]
    private var lists: [Int: ChamberOrderList] = [:]
    private var tries: [Int: HalfOrderTrie] = [:]
    private let queue = DispatchQueue(label: "ChamberCache")

    /// The compact list: n = 6 from the shipped data, smaller n by the walk.
    func list(_ n: Int) throws -> ChamberOrderList {
        try queue.sync {
            if let l = lists[n] { return l }
            let l = n == 6 ? try ChamberOrderData.load(variables: n) : try chamberWalk(variables: n, threads: 1).orders
            lists[n] = l
            return l
        }
    }

    func trie(_ n: Int) throws -> HalfOrderTrie {
        let l = try list(n)
        return queue.sync {
            if let t = tries[n] { return t }
            let t = HalfOrderTrie(l)
            tries[n] = t
            return t
        }
    }

    func orders(_ n: Int) throws -> [WeightOrder] {
        try queue.sync {
            if let c = cache[n] { return c }
            let c = try weightOrders(variables: n, chamber: true)
            cache[n] = c
            return c
        }
    }
}
