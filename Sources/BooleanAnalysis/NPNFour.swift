/// Precomputed NPN data of all 65 536 four-input tables, for the n = 5
/// split of ``NPNSearch`` (``NPNSplitFive``).
///
/// A 4-input transform is written as in ``NPNSearch``: image
/// y(b) = o ⊕ x(σ ⊕ π(15 ⊕ b)) with π(e_i) = e_{dᵢ} and the output polarity
/// forced, o = x(σ) (the image's digit 0 is 0). Here it is stored as σ
/// (4 bits) and the index p of the direction list d₀…d₃ among the 24 orders.
/// Since π(15) = 15, y(b) = o ⊕ x((σ ⊕ 15) ⊕ π(b)): negate the variables in
/// σ ⊕ 15, then move bits by π (two byte look-ups).
///
/// The tables are built once on first use and never freed; they are plain
/// buffers rather than arrays so the hot path does no reference counting.
struct NPNFour: @unchecked Sendable { // immutable after init, never deallocated
    static let shared = NPNFour()

    /// Per table x: its least NPN image h (bits 0–15), σ (bits 16–19) and p
    /// (bits 20–24) of one transform taking x to h, bit 25 set when h has
    /// transforms fixing it besides the identity.
    let entry: UnsafeBufferPointer<UInt32>
    /// Per least table h with bit 25 set: the transforms fixing h are
    /// `stabilizers[stabilizerStart[k] ..< stabilizerStart[k + 1]]`, k = `classIndex[h]`,
    /// each packed σ | p << 4 (the identity included).
    let classIndex: UnsafeBufferPointer<UInt8>
    let stabilizerStart: UnsafeBufferPointer<Int32>
    let stabilizers: UnsafeBufferPointer<UInt16>
    /// Direction list of order p: dᵢ = directions[p] >> 2i & 3.
    let directions: UnsafeBufferPointer<UInt8>
    /// `moves[p << 9 | half << 8 | byte]`: the image bits, under the move
    /// y(b) = x(π(b)) of order p, of the source bits `byte` at 8·half…8·half + 7.
    let moves: UnsafeBufferPointer<UInt16>

    private init() {
        var orders: [UInt8] = []
        for d0 in 0..<4 {
            for d1 in 0..<4 where d1 != d0 {
                for d2 in 0..<4 where d2 != d0 && d2 != d1 {
                    let d3 = 6 - d0 - d1 - d2
                    orders.append(UInt8(d0 | d1 << 2 | d2 << 4 | d3 << 6))
                }
            }
        }
        directions = Self.keep(orders)
        var moves = [UInt16](repeating: 0, count: 24 << 9)
        for p in 0..<24 {
            for b in 0..<16 {
                let source = Self.move(b, orders[p])
                for byte in 0..<256 where byte >> (source & 7) & 1 == 1 {
                    moves[p << 9 | (source >> 3) << 8 | byte] |= UInt16(1) << UInt16(b)
                }
            }
        }
        let kept = Self.keep(moves)
        self.moves = kept
        let inverse = (0..<24).map { p in
            orders.firstIndex { q in (0..<4).allSatisfy { i in Int(q) >> (2 * Self.direction(orders[p], i)) & 3 == i } }!
        }

        var entry = [UInt32](repeating: .max, count: 1 << 16)
        var classIndex = [UInt8](repeating: 0, count: 1 << 16)
        var starts: [Int32] = [0], stabilizers: [UInt16] = []
        for h in 0..<(1 << 16) where entry[h] == .max {
            // h is the least of its orbit (tables visited in increasing
            // order). For each transform τ = (σ, p): u = τ(h) (either output
            // polarity) is carried back to h by τ⁻¹ = (π⁻¹(σ), π⁻¹).
            var fixing: [UInt16] = []
            for p in 0..<24 {
                let q = inverse[p]
                for sigma in 0..<16 {
                    let u = Self.image(UInt32(h), sigma: sigma, order: p, moves: kept)
                    let back = UInt32(Self.move(sigma, orders[q]) | q << 4)
                    for v in [u, ~u & 0xFFFF] where entry[Int(v)] == .max {
                        entry[Int(v)] = UInt32(h) | back << 16
                    }
                    if u == h { fixing.append(UInt16(sigma | p << 4)) }
                }
            }
            if fixing.count > 1 {
                entry[h] |= 1 << 25
                classIndex[h] = UInt8(starts.count - 1)
                stabilizers += fixing
                starts.append(Int32(stabilizers.count))
            }
        }
        // Members of a class with a non-trivial stabilizer carry the flag too.
        for x in 0..<(1 << 16) { entry[x] |= entry[Int(entry[x] & 0xFFFF)] & 1 << 25 }
        self.entry = Self.keep(entry)
        self.classIndex = Self.keep(classIndex)
        self.stabilizerStart = Self.keep(starts)
        self.stabilizers = Self.keep(stabilizers)
    }

    /// A copy of `array` that lives as long as the process.
    private static func keep<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }

    @inline(__always) private static func direction(_ order: UInt8, _ i: Int) -> Int { Int(order) >> (2 * i) & 3 }

    /// π(z) = ⊕_{i ∈ z} e_{dᵢ}.
    @inline(__always) static func move(_ z: Int, _ order: UInt8) -> Int {
        var r = 0
        for i in 0..<4 where z >> i & 1 == 1 { r |= 1 << direction(order, i) }
        return r
    }

    /// The image o ⊕ x((σ ⊕ 15) ⊕ π(b)) with o = x(σ).
    @inline(__always) static func image(_ x: UInt32, sigma: Int, order p: Int, moves: UnsafeBufferPointer<UInt16>) -> UInt32 {
        moved(x, negating: sigma ^ 15, order: p, moves: moves) ^ (0 &- (x >> UInt32(sigma) & 1)) & 0xFFFF
    }

    /// x((σ ⊕ 15) ⊕ π(b)) with m = σ ⊕ 15: negate the variables in m, then move by π.
    @inline(__always) static func moved(_ x: UInt32, negating m: Int, order p: Int, moves: UnsafeBufferPointer<UInt16>) -> UInt32 {
        var y = x
        // Negate variable j: exchange the blocks of 2ʲ bits (masks as in WordOps.low).
        y = m & 1 != 0 ? (y & 0x5555) << 1 | (y >> 1) & 0x5555 : y
        y = m & 2 != 0 ? (y & 0x3333) << 2 | (y >> 2) & 0x3333 : y
        y = m & 4 != 0 ? (y & 0x0F0F) << 4 | (y >> 4) & 0x0F0F : y
        y = m & 8 != 0 ? (y & 0x00FF) << 8 | (y >> 8) & 0x00FF : y
        return UInt32(moves[p << 9 | Int(y & 0xFF)]) | UInt32(moves[p << 9 | 256 | Int(y >> 8)])
    }
}
