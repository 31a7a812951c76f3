/// Exact NPN canonization: the least truth table (by decimal value) in the
/// class of f, and a transform reaching it.
///
/// Visits all 2·2ⁿ·n! images of f: Heap's order over the permutations, a
/// Gray code over the input negations, each step one bit-parallel word move.
/// Cost: 2ⁿ·n! word operations (≈ 4·10⁴ for n = 6).
///
/// **Edge cases:** n > 6 throws (the group has 2ⁿ⁺¹·n! elements; use
/// ``BurnsideCount`` for class counts at any n).
public func exactNPNCanonization(_ f: TruthTable) throws -> (representative: TruthTable, transform: NPNTransform) {
    let n = f.variables
    guard n <= 6 else {
        throw BooleanError("exact NPN canonization needs n ≤ 6 (here n = \(n)); class counts for any n: 'exactnn npn count --vars \(n)'")
    }
    let full = TruthTable.mask(n)
    let t = f.word
    var best = t, bestP = Array(0..<n), bestMask = 0, bestOut = false
    var p = Array(0..<n)
    var current = t
    let swaps = WordOps.heapSwaps(n)
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
            if u < best { best = u; bestP = p; bestMask = mask; bestOut = false }
            let c = ~u & full
            if c < best { best = c; bestP = p; bestMask = mask; bestOut = true }
        }
    }
    let perm = (0..<n).map { k in n - 1 - bestP[n - 1 - k] }
    let negations = (0..<n).map { k in bestMask >> (n - 1 - k) & 1 == 1 }
    let transform = try NPNTransform(permutation: perm, negations: negations, outputNegated: bestOut)
    return (try TruthTable(variables: n, value: best), transform)
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
