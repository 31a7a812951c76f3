import Cores

/// One NPN class: its canonical (least) table and the exact orbit size.
public struct NPNClass: Hashable, Sendable {
    public let variables: Int
    /// The least table of the class, as its decimal value.
    public let word: UInt64
    /// Number of functions in the class, 2·2ⁿ·n! / |stabilizer|.
    public let orbitSize: Int

    public var representative: TruthTable { try! TruthTable(variables: variables, value: word) }
}

/// All NPN classes of n-input functions, n = 1…5, in increasing order of
/// their canonical tables, with exact orbit sizes (2, 4, 14, 222, 616 126 classes).
///
/// A table t is canonical iff no image under the 2·2ⁿ·n! transforms is
/// smaller; the check aborts at the first smaller image. For n = 5, t is
/// split into halves (x₁ = 0 | x₁ = 1 of the storage order): every transform
/// fixing x₁ acts on both halves alike, so the upper half must itself be least
/// under the 4-input NP group (≈ 200 candidates), the lower half is ≥ the
/// upper (negation of x₁) and so are the least forms of the lower half and
/// its complement; only the survivors are checked — no
/// 2³²-bit map is needed. Work is split over `threads`; the result does not
/// depend on it.
///
/// **Edge cases:** n outside 1…5 throws (n = 6 has ≈ 2·10¹⁴ classes;
/// ``BurnsideCount`` counts them).
public func npnClasses(variables n: Int, threads: Int = 2) throws -> [NPNClass] {
    guard (1...5).contains(n) else {
        throw BooleanError("class enumeration needs 1 ≤ n ≤ 5 (here n = \(n)); counts for any n: 'exactnn npn count --vars \(n)'")
    }
    let swaps = WordOps.heapSwaps(n)
    if n < 5 {
        let half = UInt64(1) << ((1 << n) - 1)   // canonical tables have f(0…0) = 0: value < half
        return (0..<half).compactMap { t in
            orbitSizeIfCanonical(t, variables: n, swaps: swaps).map { NPNClass(variables: n, word: t, orbitSize: $0) }
        }
    }
    let least = leastUnderNP4()
    let uppers = (UInt64(0)..<0x8000).filter { least[Int($0)] == $0 }
    let parts = Cores.map(uppers.count, threads: threads) { i in
        let hi = uppers[i]
        var found: [NPNClass] = []
        for lo in hi...0xFFFF {
            // Negating x₁ (then any 4-input NP move, maybe output negation)
            // brings lo or ¬lo to the top: their least forms must be ≥ hi.
            guard least[Int(lo)] >= hi, least[Int(~lo & 0xFFFF)] >= hi else { continue }
            let t = hi << 16 | lo
            guard passesQuickChecks(t) else { continue }
            if let orbit = orbitSizeIfCanonical(t, variables: 5, swaps: swaps) {
                found.append(NPNClass(variables: 5, word: t, orbitSize: orbit))
            }
        }
        return found
    }
    return parts.flatMap { $0 }
}

/// Single negations and adjacent swaps: necessary for t to be least, and cheap.
@inline(__always) private func passesQuickChecks(_ t: UInt64) -> Bool {
    for j in 0..<5 where WordOps.flip(t, j) < t { return false }
    for j in 0..<4 where WordOps.swap(t, j, j + 1) < t { return false }
    return true
}

/// For every 4-input table, the least of its images under input negations
/// and permutations (no output negation).
private func leastUnderNP4() -> [UInt64] {
    let swaps = WordOps.heapSwaps(4)
    var least = [UInt64](repeating: .max, count: 0x10000)
    for t in UInt64(0)..<0x10000 where least[Int(t)] == .max {
        // t is the least of its orbit (visited in increasing order): mark the orbit.
        var current = t
        for step in 0...swaps.count {
            if step > 0 { current = WordOps.swap(current, swaps[step - 1].0, swaps[step - 1].1) }
            var u = current
            for g in 0..<16 {
                if g > 0 { u = WordOps.flip(u, g.trailingZeroBitCount) }
                least[Int(u)] = t
            }
        }
    }
    return least
}
