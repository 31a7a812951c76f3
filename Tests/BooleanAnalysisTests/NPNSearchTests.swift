import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis

/// The branch and bound of `exactNPNCanonization` against the walk over all
/// 2·2ⁿ·n! images (`referenceNPNCanonization`) and the orbit count of the
/// class enumeration (`orbitSizeIfCanonical`).

/// A table with a tunable density: the AND (or OR) of `depth` random words,
/// so sparse and dense tables with many ties occur, not only balanced ones.
private func table(_ n: Int, seed: UInt64, depth: Int) -> TruthTable {
    var state = seed
    var w = splitMix64(&state)
    for _ in 0..<depth { w = depth % 2 == 0 ? w & splitMix64(&state) : w | splitMix64(&state) }
    return try! TruthTable(variables: n, value: w & TruthTable.mask(n))
}

/// A random NPN transform drawn from a seed (Fisher–Yates over the inputs).
private func transform(_ n: Int, seed: UInt64) -> NPNTransform {
    var state = seed
    var p = Array(0..<n)
    for i in stride(from: n - 1, to: 0, by: -1) { p.swapAt(i, Int(splitMix64(&state) % UInt64(i + 1))) }
    let bits = splitMix64(&state)
    return try! NPNTransform(permutation: p, negations: (0..<n).map { bits >> UInt64($0) & 1 == 1 }, outputNegated: bits >> 8 & 1 == 1)
}

private func checkAgainstReference(_ f: TruthTable) throws {
    let (fast, t) = try exactNPNCanonization(f)
    let (slow, _) = try referenceNPNCanonization(f)
    #expect(fast == slow, "f = \(f.word)")
    #expect(try t.apply(f) == fast, "f = \(f.word)")
    let orbit = orbitSizeIfCanonical(fast.word, variables: f.variables, swaps: WordOps.heapSwaps(f.variables))
    #expect(try npnClass(of: f).orbitSize == orbit, "f = \(f.word)")
}

@Test func searchMatchesTheWalkOnEveryTableUpToFourInputs() throws {
    for n in 1...4 {
        for v in 0..<(UInt64(1) << (1 << n)) {
            let f = try TruthTable(variables: n, value: v)
            let search = NPNSearch(v, variables: n)
            let reference = LeastNPNImage(v, variables: n, swaps: WordOps.heapSwaps(n)) { _, _ in }
            #expect(search.word == reference.word, "n = \(n), f = \(v)")
            if search.word != reference.word { return }
            #expect(try search.transform().apply(f).word == search.word, "n = \(n), f = \(v)")
        }
    }
    // Orbit sizes from the search's minimizer count sum to 2^16 over the 222 classes.
    let classes = try npnClasses(variables: 4)
    for c in classes { #expect(try npnClass(of: c.representative) == c) }
}

@Test func searchMatchesTheWalkOnRandomFiveAndSixInputTables() async {
    await forAll(count: 150, input: Gen.int(in: 5...6), Gen.int(in: 0...Int.max), Gen.int(in: 0...3)) { n, seed, depth in
        try! checkAgainstReference(table(n, seed: UInt64(seed), depth: depth))
    }
}

@Test func canonicalFormIsAnNPNInvariant() async {
    await forAll(count: 150, input: Gen.int(in: 5...6), Gen.int(in: 0...Int.max), Gen.int(in: 0...Int.max)) { n, seed, tseed in
        let f = table(n, seed: UInt64(seed), depth: seed % 3)
        let g = try! transform(n, seed: UInt64(tseed)).apply(f)
        #expect(try! exactNPNCanonization(g).representative == (try! exactNPNCanonization(f)).representative)
    }
}

@Test func highlySymmetricSixInputTables() throws {
    // Every state ties here: the search's worst case, still the walk's answer.
    var tables: [TruthTable] = [try .parity(6), try TruthTable(variables: 6, value: 0), try TruthTable(variables: 6, value: ~0)]
    for k in 0...7 { tables.append(try .threshold(6, atLeast: k)) }
    tables += [try .dictator(6, 2), try .majority(6), try .and(6)]
    // Symmetric functions by weight pattern s ∈ {0,1}⁷: f(x) = s[|x|].
    for s in [0b1010101, 0b0110110, 0b1001001, 0b0011100] {
        var w: UInt64 = 0
        for b in 0..<64 where s >> (6 - b.nonzeroBitCount) & 1 == 1 { w |= 1 << UInt64(b) }
        tables.append(try TruthTable(variables: 6, value: w))
    }
    for f in tables { try checkAgainstReference(f) }
    #expect(try npnClass(of: try .parity(6)).orbitSize == 2)
}
