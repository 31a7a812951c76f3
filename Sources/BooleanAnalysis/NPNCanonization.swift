/// Exact NPN canonization: the least truth table (by decimal value) in the
/// class of f, and a transform reaching it.
///
/// Branch and bound over partial transforms, the image's digits decided from
/// the most significant (`NPNSearch`, where the proof that no minimizer is
/// lost is written out): ≈ 1200 bit-parallel steps for a random 6-input
/// function instead of the 2ⁿ·n! images of ``referenceNPNCanonization(_:)``,
/// which gives the same least table.
///
/// **Edge cases:** n > 6 throws (the group has 2ⁿ⁺¹·n! elements; use
/// ``BurnsideCount`` for class counts at any n).
public func exactNPNCanonization(_ f: TruthTable) throws -> (representative: TruthTable, transform: NPNTransform) {
    let n = try oneWordVariables(f)
    let search = NPNSearch(f.word, variables: n)
    return (try TruthTable(variables: n, value: search.word), search.transform())
}

/// The same least table and a transform reaching it, by visiting all
/// 2·2ⁿ·n! images: Heap's order over the permutations, a Gray code over the
/// input negations, each step one bit-parallel word move (2ⁿ·n! word
/// operations, ≈ 4.6·10⁴ for n = 6). The reference the fast path is tested against.
///
/// **Edge cases:** n > 6 throws.
public func referenceNPNCanonization(_ f: TruthTable) throws -> (representative: TruthTable, transform: NPNTransform) {
    let n = try oneWordVariables(f)
    let least = LeastNPNImage(f.word, variables: n, swaps: WordOps.heapSwaps(n)) { _, _ in }
    let transform = least.transform()
    return (try TruthTable(variables: n, value: least.word), transform)
}

private func oneWordVariables(_ f: TruthTable) throws -> Int {
    guard f.variables <= 6 else {
        throw BooleanError("exact NPN canonization needs n ≤ 6 (here n = \(f.variables)); class counts for any n: 'exactnn npn count --vars \(f.variables)'")
    }
    return f.variables
}

/// The least image of a one-word table under the NPN group, found by one
/// walk over the 2ⁿ·n! input transforms (Heap's order over permutations, a
/// Gray code over negations) and both output polarities. `visit` sees each
/// input image u and its complement, for callers that also mark the orbit.
struct LeastNPNImage {
    private(set) var word: UInt64
    private var permutation: [Int]
    private var negationMask = 0
    private var outputNegated = false

    @inline(__always)
    init(_ t: UInt64, variables n: Int, swaps: [(Int, Int)], visit: (UInt64, UInt64) -> Void) {
        let full = TruthTable.mask(n)
        word = t
        permutation = Array(0..<n)
        var p = permutation, current = t
        for step in 0...swaps.count {
            if step > 0 {
                let (a, b) = swaps[step - 1]
                current = WordOps.swap(current, a, b)
                p.swapAt(a, b)
            }
            var u = current, mask = 0
            for g in 0..<(1 << n) {
                if g > 0 {
                    let j = g.trailingZeroBitCount
                    u = WordOps.flip(u, j)
                    mask ^= 1 << j
                }
                let c = ~u & full
                visit(u, c)
                if u < word { word = u; permutation = p; negationMask = mask; outputNegated = false }
                if c < word { word = c; permutation = p; negationMask = mask; outputNegated = true }
            }
        }
    }

    /// The transform taking the walked table to `word`.
    func transform() -> NPNTransform {
        NPNTransform(storagePermutation: permutation, negationMask: negationMask, outputNegated: outputNegated)
    }
}

extension NPNTransform {
    /// The transform "move storage variable `storagePermutation[i]` to
    /// storage bit i, then negate the storage bits in `negationMask`, then
    /// the output if asked", with the storage bit order mapped to the
    /// paper's x₁…xₙ (storage bit j is x_{n−j}).
    /// The caller guarantees a permutation (the searches build one), so the
    /// public initializer's check is skipped on this hot path.
    init(storagePermutation: [Int], negationMask: Int, outputNegated: Bool) {
        self.init(storageDirection: { storagePermutation[$0] }, variables: storagePermutation.count,
                  negationMask: negationMask, outputNegated: outputNegated)
    }

    /// The same with the permutation as a function (no intermediate array:
    /// the canonization's hot path).
    init(storageDirection: (Int) -> Int, variables n: Int, negationMask: Int, outputNegated: Bool) {
        // Filled after `repeating:` rather than by `unsafeUninitializedCapacity:`,
        // whose storage type was looked up at run time on every call (≈ 20 %
        // of a 5-input canonization in perf).
        var p = [Int](repeating: 0, count: n), m = [Bool](repeating: false, count: n)
        for k in 0..<n {
            p[k] = n - 1 - storageDirection(n - 1 - k)
            m[k] = negationMask >> (n - 1 - k) & 1 == 1
        }
        permutation = p
        negations = m
        self.outputNegated = outputNegated
    }
}

/// The NPN class of a one-word table as its canonical word and orbit size.
///
/// `orbit == 2·2ⁿ·n! / |stabilizer|`, counting the images equal to f.
/// Returns `nil` as soon as an image smaller than t appears (t is then not
/// the least of its class) — the test the class enumeration runs.
@inline(__always) func orbitSizeIfCanonical(_ t: UInt64, variables n: Int, swaps: [(Int, Int)]) -> Int? {
    let full = TruthTable.mask(n)
    var stabilizer = 0
    var current = t
    for step in 0...swaps.count {
        if step > 0 { current = WordOps.swap(current, swaps[step - 1].0, swaps[step - 1].1) }
        var u = current
        for g in 0..<(1 << n) {
            if g > 0 { u = WordOps.flip(u, g.trailingZeroBitCount) }
            if u <= t {
                if u < t { return nil }
                stabilizer += 1
            }
            let c = ~u & full
            if c <= t {
                if c < t { return nil }
                stabilizer += 1
            }
        }
    }
    return (2 << n) * (1...Swift.max(1, n)).reduce(1, *) / stabilizer
}

/// The NPN class of f (n ≤ 6): its least table and exact orbit size
/// (2·2ⁿ·n! over the number of transforms reaching the least table, which
/// the search counts).
///
/// **Edge cases:** n > 6 throws, as ``exactNPNCanonization(_:)`` does.
public func npnClass(of f: TruthTable) throws -> NPNClass {
    let n = try oneWordVariables(f)
    let search = NPNSearch(f.word, variables: n)
    return NPNClass(variables: n, word: search.word, orbitSize: (2 << n) * (1...Swift.max(1, n)).reduce(1, *) / search.minimizers)
}
