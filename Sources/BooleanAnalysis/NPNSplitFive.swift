/// The least NPN image of a 5-input table from its ten 4-input cofactors and
/// the precomputed 4-input classes (``NPNFour``); the same least image,
/// minimizer count and reported transform as ``NPNSearch``, which it
/// replaces at n = 5 unless many transforms tie on the top half.
///
/// **Why this is exact.** In ``NPNSearch``'s notation an image is
/// W(b) = o ⊕ w(σ₀ ⊕ π(31 ⊕ b)) with o = w(σ₀) forced. Its top half (the 16
/// most significant digits, storage bits 16–31) involves only d₀…d₃, so the
/// variable v = d₄ and the bit a = σ₀ᵥ are fixed there: it is the 4-input
/// image t(c) of the cofactor c = w|_{xᵥ = a} (cofactor variable j is
/// variable r(j), r(j) = j except r(v) = 4), where t = (σ, d′) with σ₀ = σ
/// spread by r plus a at v, dᵢ = r(d′ᵢ), and the same forced o. The bottom
/// half flips bit v of the argument: it is t applied, with that o, to the
/// other cofactor c̄ = w|_{xᵥ = 1−a}. This is a bijection between the 3840
/// transforms of W with forced o and the triples (v, a, t), t any of the
/// 384 (σ, d′). So
/// 1. the least image's top half is H = min over the ten cofactors of their
///    least 4-input NPN images (a forced-o image of c is an NPN image of c,
///    and the least NPN image has digit 0 equal to 0, so it is forced-o);
/// 2. the transforms reaching H from c are s ∘ t_c for s in the stabilizer
///    of H and t_c any one of them (the table's), and the least image is H
///    followed by the least of the bottoms s(t_c(c̄)) over the cofactors c
///    with least image H and those s; the minimizers are exactly the
///    (c, s) reaching that bottom, so their number is |stabilizer of W|.
/// Composition: with sᵢ the directions of s, s ∘ t has directions
/// d′ᵢ = t_{sᵢ} and σ = σ_t ⊕ π_t(15 ⊕ σ_s).
/// Of the minimizers the one reported is ``NPNSearch``'s: the least direction
/// list (d₀ first), then the highest σ₀.
///
/// Cost for a random table: five variable swaps, ten table look-ups and
/// usually one or two 16-bit moves — against ≈ 400 digit steps of the search.
struct NPNSplitFive {
    private(set) var word: UInt64 = 0
    /// ``NPNSearch``'s packing: dᵢ at bits 3i.
    private(set) var directions: UInt32 = 0
    private(set) var start = 0
    private(set) var minimizers = 0

    /// `nil` when more than `limit` (cofactor, stabilizer element) pairs tie on
    /// the top half (tables with many symmetries): the search is then cheaper.
    init?(_ w: UInt64, limit: Int) {
        let four = NPNFour.shared
        // Step 1: the ten cofactors' least images; `tied` marks (v, a) at bit 2v + a.
        var best: UInt32 = .max, tied = 0
        for v in 0..<5 {
            let y = Self.exchangeWithTop(w, v)
            for a in 0..<2 {
                let h = four.entry[Int(y >> UInt64(16 * a) & 0xFFFF)] & 0xFFFF
                if h < best { best = h; tied = 0 }
                if h == best { tied |= 1 << (2 * v + a) }
            }
        }
        // Step 2: the stabilizer of H (the identity alone unless flagged).
        var stabilizer = 0..<0
        if four.entry[Int(best)] & 1 << 25 != 0 {
            let k = Int(four.classIndex[Int(best)])
            stabilizer = Int(four.stabilizerStart[k])..<Int(four.stabilizerStart[k + 1])
        }
        guard tied.nonzeroBitCount * Swift.max(1, stabilizer.count) <= limit else { return nil }
        var bottom: UInt32 = .max, key = Int.max
        while tied != 0 {
            let i = tied.trailingZeroBitCount
            tied &= tied - 1
            let v = i >> 1, a = i & 1
            let y = Self.exchangeWithTop(w, v)
            let c = UInt32(truncatingIfNeeded: y >> UInt64(16 * a)) & 0xFFFF
            let other = UInt32(truncatingIfNeeded: y >> UInt64(16 - 16 * a)) & 0xFFFF
            let e = four.entry[Int(c)]
            let sigmaT = Int(e >> 16 & 15), orderT = Int(e >> 20 & 31)
            // t_c(c̄), with the output polarity forced by c.
            let x = NPNFour.moved(other, negating: sigmaT ^ 15, order: orderT, moves: four.moves)
                ^ (0 &- (c >> UInt32(sigmaT) & 1)) & 0xFFFF
            // s runs over the stabilizer, or is the identity alone (one pass, s = none).
            for j in stabilizer.isEmpty ? 0..<1 : stabilizer {
                var candidate = x, sigma = sigmaT, order = Int(four.directions[orderT])
                if !stabilizer.isEmpty {
                    let s = Int(four.stabilizers[j]), sigmaS = s & 15, orderS = s >> 4
                    candidate = NPNFour.moved(x, negating: sigmaS ^ 15, order: orderS, moves: four.moves)
                        ^ (0 &- (best >> UInt32(sigmaS) & 1)) & 0xFFFF
                    if candidate > bottom { continue }
                    sigma ^= NPNFour.move(15 ^ sigmaS, UInt8(order))
                    let ds = Int(four.directions[orderS])
                    var composed = 0
                    for k in 0..<4 { composed |= (order >> (2 * (ds >> (2 * k) & 3)) & 3) << (2 * k) }
                    order = composed
                }
                if candidate > bottom { continue }
                if candidate < bottom { bottom = candidate; minimizers = 0; key = .max }
                minimizers += 1
                // The 5-input transform: dᵢ = r(d′ᵢ), d₄ = v; σ₀ = σ spread by r, a at v.
                let r = { (u: Int) in u == v ? 4 : u }
                var lex = 0, packed = UInt32(v) << 12, s0 = a << v
                for k in 0..<4 {
                    let d = r(order >> (2 * k) & 3)
                    lex = lex << 3 | d
                    packed |= UInt32(d) << UInt32(3 * k)
                    s0 |= (sigma >> k & 1) << r(k)
                }
                let candidateKey = (lex << 3 | v) << 5 | (31 - s0)
                if candidateKey < key { key = candidateKey; directions = packed; start = s0 }
            }
        }
        word = UInt64(best) << 16 | UInt64(bottom)
    }

    /// w with variables v and 4 exchanged (WordOps.swap with the masks of a
    /// 32-bit table spelled out): the halves are then the cofactors at xᵥ.
    @inline(__always) private static func exchangeWithTop(_ w: UInt64, _ v: Int) -> UInt64 {
        let a: UInt64, shift: UInt64
        switch v {
        case 0: (a, shift) = (0xAAAA, 15)
        case 1: (a, shift) = (0xCCCC, 14)
        case 2: (a, shift) = (0xF0F0, 12)
        case 3: (a, shift) = (0xFF00, 8)
        default: return w
        }
        return w & ~(a | a << shift) | (w & a) << shift | (w >> shift) & a
    }
}
