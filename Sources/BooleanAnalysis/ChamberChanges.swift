/// Change counts of one-word tables along every chamber order, by byte
/// lookups: per order, table byte j maps to the bits of its points'
/// positions along the order, so a 32-bit table is moved into order with
/// 4 lookups and the changes are one popcount.
struct ChamberChanges {
    let variables: Int
    let orderCount: Int
    /// (order, byte, value) ↦ the byte's points as a bit set of positions.
    private let lookup: [UInt32]
    private let byteCount: Int

    init(_ chamber: [WeightOrder], variables n: Int) {
        let size = 1 << n
        variables = n
        orderCount = chamber.count
        byteCount = max(1, size / 8)
        var lookup = [UInt32](repeating: 0, count: chamber.count * byteCount * 256)
        for (o, c) in chamber.enumerated() {
            var position = [Int](repeating: 0, count: size)
            for (i, x) in c.order.enumerated() { position[x] = i }
            for j in 0..<byteCount {
                for v in 0..<256 {
                    var bits: UInt32 = 0
                    for t in 0..<8 where v >> t & 1 == 1 && 8 * j + t < size {
                        bits |= 1 << UInt32(position[size - 1 - (8 * j + t)])   // table bit b is point size − 1 − b
                    }
                    lookup[(o * byteCount + j) * 256 + v] = bits
                }
            }
        }
        self.lookup = lookup
    }

    /// f along order o as bits (bit i = f at the i-th point).
    @inline(__always) func sequence(_ t: UInt64, order o: Int) -> UInt32 {
        lookup.withUnsafeBufferPointer { l in
            var s: UInt32 = 0
            let base = o * byteCount * 256
            for j in 0..<byteCount { s |= l[base + j * 256 + Int(t >> UInt64(8 * j) & 0xFF)] }
            return s
        }
    }

    /// Changes of f along order o.
    @inline(__always) func changes(_ t: UInt64, order o: Int) -> Int {
        let s = sequence(t, order: o)
        return ((s ^ s >> 1) & ((1 << UInt32((1 << variables) - 1)) - 1)).nonzeroBitCount
    }

    /// swaps of the class of r given that it is ≥ `lowerBound`: the least
    /// count over every input negation/permutation h of r and every chamber
    /// order, stopping at the bound. Returns the order, h and the transform T
    /// with h = T·r (first attaining pair in a fixed enumeration).
    func minimum(_ r: UInt64, lowerBound: Int, swaps: [(Int, Int)]) -> (value: Int, order: Int, image: UInt64, transform: NPNTransform) {
        let n = variables
        var best = Int.max, bestOrder = 0, bestH: UInt64 = 0, bestP = Array(0..<n), bestMask = 0
        WordOps.forEachInputImage(r, variables: n, swaps: swaps) { h, p, mask in
            for o in 0..<orderCount {
                let c = changes(h, order: o)
                if c < best {
                    best = c; bestOrder = o; bestH = h; bestP = p; bestMask = mask
                    if c <= lowerBound { return false }
                }
            }
            return true
        }
        // A permutation of 0..<n and an n-bit mask always make a transform.
        return (best, bestOrder, bestH, try! WordOps.inputTransform(bestP, bestMask, variables: n))
    }
}
