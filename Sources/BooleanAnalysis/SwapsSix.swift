import ExactArithmetic

/// swaps(f) for n = 6 (eq. 3.10) over the 124 187 shipped chamber orders
/// (``ChamberOrderData``) and the 46 080 input negations/permutations —
/// 5.7·10⁹ (image, order) pairs — found by branch and bound:
///
/// * each image h is scored against all chamber orders at once by a
///   depth-first scan of the prefix tree of their first halves
///   (``HalfOrderTrie``: an order is fixed by its first 32 points, and
///   f's changes along it are a sum over that half of 2-bit colour
///   changes); a subtree is dropped as soon as its prefix has as many
///   changes as the best order found so far, for any image — counts only
///   grow along a path, so nothing below can be better;
/// * the best count is shared by all images (every image is scored
///   against the same target), so a good early image prunes the rest;
/// * images that give equal counts are scored once: h, its output
///   negation ¬h and its all-inputs negation h(x̄) (the order reversed is
///   the order complemented) — 46 080 images give at most 23 040 scans;
/// * the search stops when the best reaches `lowerBound` (e.g. the face
///   bound of ``swapsFaceBound(_:)``, or 1 for a non-constant f).
///   ``swapsValue(_:)`` passes only the trivial bound: the face bound costs
///   twelve five-input searches, and for random functions (five-input
///   swaps is at most 9, their six-input values here run 10–13) it sits
///   below the value, so it would rarely stop anything.
///
/// Returns nil when no order has fewer than `below` changes. The witness
/// is the chamber witness carried back through the image's transform and
/// then re-checked exactly: the rational w's own order (sorted with exact
/// sums, no ties) must have `value` changes of f.
func swapsSix(_ f: TruthTable, below cutoff: Int, lowerBound: Int) throws -> SwapsValue? {
    precondition(f.variables == 6)
    let n = 6
    let list = try ChamberCache.shared.list(n), trie = try ChamberCache.shared.trie(n)
    var best = cutoff, bestOrder = -1, bestP = Array(0..<n), bestMask = 0
    var scored = Set<UInt64>()
    WordOps.forEachInputImage(f.word, variables: n, swaps: WordOps.heapSwaps(n)) { h, p, mask in
        var reversed = h
        for j in 0..<n { reversed = WordOps.flip(reversed, j) }
        guard scored.insert(Swift.min(h, ~h, reversed, ~reversed)).inserted else { return true }
        if let m = trie.minimum(h, below: best) {
            best = m.value; bestOrder = m.order; bestP = p; bestMask = mask
            if best <= lowerBound { return false }
        }
        return true
    }
    guard bestOrder >= 0 else { return nil }
    let t = try WordOps.inputTransform(bestP, bestMask, variables: n)
    let (witness, order) = carried(list.weightOrder(bestOrder), through: t)
    let check = ChamberCaseList.order(witness)
    guard check.tieFree, check.order == order, classChanges(f, along: order) == best else {
        throw BooleanError("internal: the n = 6 swaps witness of \(f.word) does not re-verify")
    }
    return SwapsValue(value: best, witness: witness, order: order)
}

/// A lower bound on swaps(f): the largest swaps value of f restricted to
/// a face x_k = c (2n faces, each an (n − 1)-input function).
///
/// Why: along the order σ of w, the points of a face come in the order
/// that w without its k-th weight induces on the face (w·x = w_k·c + the
/// rest), a generic order of {0,1}ⁿ⁻¹; and deleting points from a
/// sequence never adds changes — removing s_i replaces
/// [s_{i−1} ≠ s_i] + [s_i ≠ s_{i+1}] by [s_{i−1} ≠ s_{i+1}], which is no
/// larger (if the outer two differ, one of the two steps differs too). So
/// changes(f, σ) ≥ changes(f|face, σ|face) ≥ swaps(f|face).
///
/// **Edge cases:** 2 ≤ n ≤ 6.
public func swapsFaceBound(_ f: TruthTable) throws -> Int {
    let n = f.variables
    guard (2...6).contains(n) else { throw BooleanError("the face bound needs 2 ≤ n ≤ 6 (here n = \(n))") }
    var bound = 0
    for k in 0..<n {
        for c in 0...1 {
            var face = try TruthTable(zeroWithVariables: n - 1)
            for y in 0..<(1 << (n - 1)) {
                // insert bit c as x_{k+1} into the (n − 1)-bit position y
                let high = y >> (n - 1 - k), low = y & ((1 << (n - 1 - k)) - 1)
                face[y] = f[high << (n - k) | c << (n - 1 - k) | low]
            }
            bound = Swift.max(bound, try swapsValue(face).value)
        }
    }
    return bound
}

/// Whether swaps(f) ≤ k, with a witness when it is: the n = 6 search with
/// the bound k + 1 from the start prunes almost everything for small k.
///
/// **Edge cases:** 1 ≤ n ≤ 6; k < 0 gives nil.
public func swapsValue(_ f: TruthTable, atMost k: Int) throws -> SwapsValue? {
    guard k >= 0 else { return nil }
    if f.variables == 6 { return try swapsSix(f, below: k + 1, lowerBound: f.word == 0 || f.word == ~0 ? 0 : 1) }
    let s = try swapsValue(f)
    return s.value <= k ? s : nil
}
