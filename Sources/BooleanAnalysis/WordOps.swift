/// Bit-parallel NPN moves on one-word tables (n ≤ 6). Variable j here is
/// bit j of the storage index (x_{n−j} of the paper, see ``TruthTable``).
enum WordOps {
    /// Bits whose storage index has bit j clear.
    static let low: [UInt64] = [0x5555_5555_5555_5555, 0x3333_3333_3333_3333, 0x0F0F_0F0F_0F0F_0F0F,
                                0x00FF_00FF_00FF_00FF, 0x0000_FFFF_0000_FFFF, 0x0000_0000_FFFF_FFFF]

    /// Negate variable j.
    @inline(__always) static func flip(_ t: UInt64, _ j: Int) -> UInt64 {
        let s = UInt64(1) << UInt64(j), m = low[j]
        return ((t & m) << s) | ((t >> s) & m)
    }

    /// Exchange variables i < j.
    @inline(__always) static func swap(_ t: UInt64, _ i: Int, _ j: Int) -> UInt64 {
        let shift = UInt64((1 << j) - (1 << i))
        let a = ~low[i] & low[j]
        return (t & ~(a | (a << shift))) | ((t & a) << shift) | ((t >> shift) & a)
    }

    /// Heap's algorithm as a list of transpositions: applying them in turn
    /// visits all n! orders of the variables once.
    static func heapSwaps(_ n: Int) -> [(Int, Int)] {
        var swaps: [(Int, Int)] = []
        var c = [Int](repeating: 0, count: n)
        var i = 1
        while i < n {
            if c[i] < i {
                swaps.append(i & 1 == 0 ? (0, i) : (c[i], i))
                c[i] += 1
                i = 1
            } else {
                c[i] = 0
                i += 1
            }
        }
        return swaps
    }
}
