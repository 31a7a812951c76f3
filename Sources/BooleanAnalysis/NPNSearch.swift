/// The least NPN image of a one-word table (n ≤ 6) by branch and bound over
/// partial transforms, deciding the image's digits from the most significant.
///
/// **Why this finds exactly the least image.** Work in storage coordinates
/// (bit b of the word, T = 2ⁿ − 1 the top index, f(0…0) of the paper). Every
/// image is W(b) = o ⊕ w(φ(b)) with φ(b) = σ₀ ⊕ π(T ⊕ b): σ₀ is the point
/// sent to the top index, π sends storage bit i to direction dᵢ. The digit of
/// W at position p (index T ⊕ p, p = 0 most significant) is
/// o ⊕ w(σ₀ ⊕ M(p)) with M(p) = ⊕_{i ∈ p} e_{dᵢ}: positions below 2ᵏ depend
/// only on σ₀ and d₀…d_{k−1}.
/// 1. Digit 0 is o ⊕ w(σ₀); an image with digit 0 equal to 1 exceeds every
///    image with 0 there, and each (σ₀, π) has exactly one o giving 0, so
///    the least image has o = w(σ₀) — the output polarity is forced.
/// 2. Comparing integers is comparing digit strings from p = 0. So the least
///    image's first 2ᵏ digits are the least first 2ᵏ digits over the partial
///    transforms (σ₀, d₀…d_{k−1}), and every transform reaching the least
///    image extends one that attains them. Keeping, level by level, exactly
///    the partial transforms whose prefix equals the least prefix — and
///    dropping a partial transform only when one of its digits is 1 where
///    another candidate's is 0 after equal earlier digits — never loses a
///    minimizer, and at level n the survivors are exactly the transforms
///    reaching the least image (so their number is |stabilizer|).
/// Bit-parallel over σ₀: a state is one direction list with the set S of
/// starting points still alive (a 2ⁿ-bit mask); with Fₘ = w shifted by M
/// (Fₘ(σ) = w(σ ⊕ M)) the digit at p for every σ₀ at once is the word
/// w ⊕ F_{M(p)}. No invariant (weights, cofactor counts, symmetric
/// variables) is used: step 2 alone is exact, and it is cheaper than they are.
///
/// Cost: at most n!/(n−k)! states at level k, usually a handful — random
/// functions cost ≈ 400 (n = 5) and ≈ 1200 (n = 6) digit steps, against
/// 2ⁿ·n! images for the walk (``referenceNPNCanonization(_:)``). The worst
/// case (every state tied, e.g. symmetric functions) is ≈ 3.8·10⁴ digit
/// steps at n = 6, about the walk's 4.6·10⁴ images. At n = 5 the split of
/// ``NPNSplitFive`` (the top half from the cofactors' precomputed 4-input
/// classes) answers first — same image, count and transform, ≈ 5× faster on
/// random tables — and the search runs only when many transforms tie there.
struct NPNSearch {
    /// The least image.
    private(set) var word: UInt64 = 0
    /// A minimizing transform: directions dᵢ packed 3 bits each, σ₀.
    private(set) var directions: UInt32 = 0
    private(set) var start = 0
    /// Number of transforms reaching `word` (= |stabilizer of the class's least table|).
    private(set) var minimizers = 0
    private let variables: Int
    private let original: UInt64

    /// The `half` new digits of one child: digit q is 0 iff some alive
    /// start σ₀ has w(σ₀ ⊕ M(q) ⊕ e_d) = w(σ₀); the alive set keeps those.
    @inline(__always)
    private static func digits(_ half: Int, _ alive: inout UInt64, _ e: UnsafeMutableBufferPointer<UInt64>,
                               _ ms: UnsafeMutableBufferPointer<UInt8>, _ bit: UInt8) -> UInt64 {
        var digits: UInt64 = 0, a = alive
        for q in 0..<half {
            let zero = a & ~e[Int(ms[q] ^ bit)]
            digits = digits << 1 | (zero == 0 ? 1 : 0)
            a = zero == 0 ? a : zero
        }
        alive = a
        return digits
    }

    private struct State {
        var alive: UInt64      // S: starting points σ₀ still tied
        var directions: UInt32 // d₀…d_{k−1}, 3 bits each
        var used: UInt8        // directions taken
    }

    /// `splitFive: false` runs the search at n = 5 too (the tests compare the two).
    init(_ w: UInt64, variables n: Int, splitFive: Bool = true) {
        variables = n
        original = w
        // n = 5: the top half from the cofactors' precomputed 4-input classes
        // (same image, count and transform; the search only when many tie).
        if n == 5, splitFive, let split = NPNSplitFive(w, limit: 64) {
            (word, directions, start, minimizers) = (split.word, split.directions, split.start, split.minimizers)
            return
        }
        let size = 1 << n, full = TruthTable.mask(n)
        let maxStates = (1...Swift.max(1, n)).reduce(1, *)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: size) { e in
            // e[M] = w ⊕ F_M: bit σ₀ is the o-normalized digit at point σ₀ ⊕ M.
            var shifted = w
            e[0] = 0
            var m = 0
            for g in 1..<size {
                let j = g.trailingZeroBitCount
                shifted = WordOps.flip(shifted, j)
                m ^= 1 << j
                e[m] = (w ^ shifted) & full
            }
            withUnsafeTemporaryAllocation(of: State.self, capacity: 2 * maxStates) { buffer in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { ms in
                    var current = buffer.baseAddress!, next = current + maxStates
                    current[0] = State(alive: full, directions: 0, used: 0)
                    var count = 1
                    var prefix: UInt64 = 0 // digits decided so far (2ᵏ of them)
                    for k in 0..<n {
                        let half = 1 << k
                        var kept = 0
                        var best = UInt64.max // the new half's digits of the best child so far
                        for s in 0..<count {
                            let parent = current[s]
                            // M(q) for q < 2ᵏ from the parent's directions.
                            ms[0] = 0
                            if half > 1 {
                                for q in 1..<half {
                                    let i = q.trailingZeroBitCount
                                    ms[q] = ms[q & (q - 1)] | UInt8(1 << Int(parent.directions >> UInt32(3 * i) & 7))
                                }
                            }
                            for d in 0..<n where parent.used & UInt8(1 << d) == 0 {
                                let bit = UInt8(1 << d)
                                // All 2ᵏ digits without branches (mispredicted
                                // early exits cost more than the digits), then
                                // one comparison with the best child so far.
                                var alive = parent.alive, digits: UInt64
                                switch half { // a constant length lets the loop unroll
                                case 1: digits = Self.digits(1, &alive, e, ms, bit)
                                case 2: digits = Self.digits(2, &alive, e, ms, bit)
                                case 4: digits = Self.digits(4, &alive, e, ms, bit)
                                case 8: digits = Self.digits(8, &alive, e, ms, bit)
                                case 16: digits = Self.digits(16, &alive, e, ms, bit)
                                default: digits = Self.digits(32, &alive, e, ms, bit)
                                }
                                if digits < best { best = digits; kept = 0 }
                                next[kept] = State(alive: alive, directions: parent.directions | UInt32(d) << UInt32(3 * k), used: parent.used | bit)
                                kept += digits == best ? 1 : 0
                            }
                        }
                        prefix = prefix << UInt64(half) | best
                        swap(&current, &next)
                        count = kept
                    }
                    word = prefix
                    directions = current[0].directions
                    // Of the minimizers, the first direction list (identity
                    // first) and the highest start (σ₀ = T: no negation when
                    // that reaches the least image, e.g. f already least).
                    start = 63 - current[0].alive.leadingZeroBitCount
                    minimizers = (0..<count).reduce(0) { $0 + current[$1].alive.nonzeroBitCount }
                }
            }
        }
    }

    /// The transform taking f to `word`, in ``NPNTransform``'s convention.
    func transform() -> NPNTransform {
        let n = variables
        // φ(b) = m ⊕ π(b) with m = σ₀ ⊕ T; as "permute, then negate storage
        // bit i" the negation of bit i is m's bit at dᵢ; o = w(σ₀).
        let m = start ^ (1 << n - 1)
        let d = { (i: Int) in Int(directions >> UInt32(3 * i) & 7) }
        var negationMask = 0
        for i in 0..<n { negationMask |= (m >> d(i) & 1) << i }
        return NPNTransform(storageDirection: d, variables: n, negationMask: negationMask,
                            outputNegated: original >> UInt64(start) & 1 == 1)
    }
}
