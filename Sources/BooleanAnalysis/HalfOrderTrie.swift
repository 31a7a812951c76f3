/// The first halves of the chamber orders as a prefix tree in preorder.
///
/// Why halves suffice: for generic w, w·x̄ = Σw − w·x (x̄ the complement),
/// so the order reads backwards is the order complemented, σ_{2ⁿ−1−i} =
/// σ̄_i, and the changes of h along σ are, with the colour
/// c(x) = (h(x), h(x̄)) of two bits,
///   Σ_{i < m−1} |c(σ_i) ⊕ c(σ_{i+1})| + [h(σ_{m−1}) ≠ h(σ̄_{m−1})],  m = 2ⁿ⁻¹
/// (the second half contributes the second bit's changes backwards, the
/// middle pair the last term). A path of m points thus scores an order.
///
/// Layout: node i has a point, its parent's point and depth; `skip[i]` is
/// the first node after i's subtree, so a depth-first scan is a walk along
/// the array that jumps over pruned subtrees; leaves (depth m − 1) carry
/// their order's index in the list.
struct HalfOrderTrie: Sendable {
    let variables: Int
    let point: [UInt8], parent: [UInt8], depth: [UInt8]
    let skip: [Int32], leafOrder: [Int32]

    init(_ list: ChamberOrderList) {
        let n = list.variables, size = 1 << n, half = size / 2
        let indices = (0..<list.count).sorted { a, b in
            list.points[(a * size)..<(a * size + half)].lexicographicallyPrecedes(list.points[(b * size)..<(b * size + half)])
        }
        var point: [UInt8] = [], parent: [UInt8] = [], depth: [UInt8] = [], skip: [Int32] = [], leafOrder: [Int32] = []
        var open: [Int] = []          // node of each depth on the current path
        var previous: ArraySlice<UInt8> = []
        for o in indices {
            let h = list.points[(o * size)..<(o * size + half)]
            var common = 0
            while common < previous.count && previous[previous.startIndex + common] == h[h.startIndex + common] { common += 1 }
            for d in open.indices.dropFirst(common) { skip[open[d]] = Int32(point.count) }
            open.removeSubrange(min(common, open.count)...)
            for d in common..<half {
                open.append(point.count)
                point.append(h[h.startIndex + d])
                parent.append(d > 0 ? h[h.startIndex + d - 1] : 0)
                depth.append(UInt8(d))
                skip.append(0)
                leafOrder.append(d == half - 1 ? Int32(o) : -1)
            }
            previous = h
        }
        for node in open { skip[node] = Int32(point.count) }
        variables = n
        (self.point, self.parent, self.depth, self.skip, self.leafOrder) = (point, parent, depth, skip, leafOrder)
    }

    var nodeCount: Int { point.count }

    /// The least change count of h (a one-word table) over the orders,
    /// if below `bound` (else nil), with the order's index. Branch and
    /// bound: a subtree is skipped once its prefix already has ≥ the best
    /// count so far (counts only grow along a path).
    func minimum(_ h: UInt64, below bound: Int) -> (value: Int, order: Int)? {
        let size = 1 << variables, half = size / 2
        var colour = [UInt8](repeating: 0, count: size)
        for x in 0..<size {
            // point x is table bit size − 1 − x, its complement size − 1 − x̄ = x
            colour[x] = UInt8(h >> UInt64(size - 1 - x) & 1) | UInt8(h >> UInt64(x) & 1) << 1
        }
        var best = bound, bestOrder = -1
        var partial = [Int](repeating: 0, count: half + 1)
        point.withUnsafeBufferPointer { point in parent.withUnsafeBufferPointer { parent in
        depth.withUnsafeBufferPointer { depth in skip.withUnsafeBufferPointer { skip in
        colour.withUnsafeBufferPointer { colour in partial.withUnsafeMutableBufferPointer { partial in
            let count = point.count
            var i = 0
            while i < count {
                let d = Int(depth[i])
                let c = colour[Int(point[i])]
                let changes = d == 0 ? 0 : partial[d - 1] + (colour[Int(parent[i])] ^ c).nonzeroBitCount
                if changes >= best { i = Int(skip[i]); continue }
                if d == half - 1 {
                    let total = changes + Int((c ^ c >> 1) & 1)
                    if total < best { best = total; bestOrder = Int(leafOrder[i]) }
                } else {
                    partial[d] = changes
                }
                i += 1
            }
        }}}}}}
        return bestOrder >= 0 ? (best, bestOrder) : nil
    }
}
