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

extension WordOps {
    /// Every input negation/permutation h of `word`, in one fixed order
    /// (Heap's transpositions outside, the Gray code of negations inside),
    /// with the variable order p and negation mask that make it; `visit`
    /// returns false to stop. The swaps searches share it, so "the first
    /// image attaining the minimum" means the same image everywhere.
    @inline(__always) static func forEachInputImage(_ word: UInt64, variables n: Int, swaps: [(Int, Int)],
                                                    _ visit: (_ h: UInt64, _ p: [Int], _ mask: Int) throws -> Bool) rethrows {
        var p = Array(0..<n), current = word
        for step in 0...swaps.count {
            if step > 0 {
                current = swap(current, swaps[step - 1].0, swaps[step - 1].1)
                p.swapAt(swaps[step - 1].0, swaps[step - 1].1)
            }
            var h = current, mask = 0
            for g in 0..<(1 << n) {
                if g > 0 { let j = g.trailingZeroBitCount; h = flip(h, j); mask ^= 1 << j }
                guard try visit(h, p, mask) else { return }
            }
        }
    }

    /// The transform T with h = T·f for the image (p, mask) of
    /// ``forEachInputImage(_:variables:swaps:_:)`` (storage bits back to the
    /// paper's x₁…x_n).
    static func inputTransform(_ p: [Int], _ mask: Int, variables n: Int) throws -> NPNTransform {
        let perm = (0..<n).map { k in n - 1 - p[n - 1 - k] }
        let negated = (0..<n).map { k in mask >> (n - 1 - k) & 1 == 1 }
        return try NPNTransform(permutation: perm, negations: negated, outputNegated: false)
    }
}
