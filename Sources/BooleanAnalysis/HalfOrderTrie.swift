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
    /// The scan's layout (``packed(_:_:_:_:_:)``).
    let nodes: [UInt64]

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
        precondition(point.count < 1 << 20 && list.count < 1 << 18, "the packed scan holds 2²⁰ nodes and 2¹⁸ orders")
        nodes = Self.packed(point, parent, depth, skip, leafOrder)
    }

    var nodeCount: Int { point.count }

    /// Node i in one word, so the scan reads one value per node: point
    /// (bits 0–5), parent's point (6–11), depth (12–17), skip (18–37),
    /// leaf order + 1 (38–55, 0 for inner nodes).
    private static func packed(_ point: [UInt8], _ parent: [UInt8], _ depth: [UInt8], _ skip: [Int32], _ leafOrder: [Int32]) -> [UInt64] {
        (0..<point.count).map { i -> UInt64 in
            let here = UInt64(point[i]) | UInt64(parent[i]) << 6 | UInt64(depth[i]) << 12
            let jumps = UInt64(skip[i]) << 18 | UInt64(leafOrder[i] + 1) << 38
            return here | jumps
        }
    }

    /// The least change count of h (a one-word table) over the orders,
    /// if below `bound` (else nil), with the order's index. Branch and
    /// bound: a subtree is skipped once its prefix already has ≥ the best
    /// count so far (counts only grow along a path).
    func minimum(_ h: UInt64, below bound: Int) -> (value: Int, order: Int)? {
        let size = 1 << variables, half = size / 2
        // forward bit x = h(x) (point x is table bit size − 1 − x); bit x of h is h(x̄).
        var forward: UInt64 = 0
        for x in 0..<size where h &>> UInt64(size - 1 - x) & 1 == 1 { forward |= 1 &<< UInt64(x) }
        var best = bound, bestOrder = -1
        let partial = UnsafeMutablePointer<Int>.allocate(capacity: half + 1)
        defer { partial.deallocate() }
        nodes.withUnsafeBufferPointer { nodes in
            let count = nodes.count
            let last = UInt64(half - 1)
            var i = 0
            while i < count {
                let node = nodes[i]
                let x = node & 63, p = node &>> 6 & 63, d = node &>> 12 & 63
                var changes = 0
                if d > 0 {
                    let steps = ((forward &>> x ^ forward &>> p) & 1) &+ ((h &>> x ^ h &>> p) & 1)
                    changes = partial[Int(d) - 1] &+ Int(steps)
                }
                if changes >= best { i = Int(node &>> 18 & 0xF_FFFF); continue }
                if d == last {
                    let total = changes &+ Int((forward &>> x ^ h &>> x) & 1)
                    if total < best { best = total; bestOrder = Int(node &>> 38 & 0x3_FFFF) - 1 }
                } else {
                    partial[Int(d)] = changes
                }
                i += 1
            }
        }
        return bestOrder >= 0 ? (best, bestOrder) : nil
    }
}
