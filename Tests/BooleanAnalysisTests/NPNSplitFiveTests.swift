import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis

/// The n = 5 split (`NPNSplitFive`, top half from the cofactors' 4-input
/// classes) against the branch and bound it short-cuts, and its 4-input
/// table (`NPNFour`) against the walk over all 768 images.

@Test func fourInputTableGivesTheLeastImageAndATransformReachingIt() {
    let four = NPNFour.shared
    var wrong = 0
    for x in 0..<(1 << 16) {
        let e = four.entry[x]
        let least = LeastNPNImage(UInt64(x), variables: 4, swaps: WordOps.heapSwaps(4)) { _, _ in }.word
        let image = NPNFour.image(UInt32(x), sigma: Int(e >> 16 & 15), order: Int(e >> 20 & 31), moves: four.moves)
        if UInt64(e & 0xFFFF) != least || UInt64(image) != least { wrong += 1 }
    }
    #expect(wrong == 0)
}

@Test func fourInputStabilizersAreExactlyTheFixingTransforms() throws {
    // |stabilizer| = 768 / orbit for each of the 222 classes; each listed element fixes h.
    let four = NPNFour.shared
    for c in try npnClasses(variables: 4) {
        let h = Int(c.word)
        var listed = [UInt16(15 | four.directions.firstIndex(of: 0b11_10_01_00)! << 4)]
        if four.entry[h] & 1 << 25 != 0 {
            let k = Int(four.classIndex[h])
            listed = Array(four.stabilizers[Int(four.stabilizerStart[k])..<Int(four.stabilizerStart[k + 1])])
        }
        #expect(listed.count == 768 / c.orbitSize, "h = \(h)")
        #expect(Set(listed).count == listed.count)
        for s in listed {
            #expect(NPNFour.image(UInt32(h), sigma: Int(s & 15), order: Int(s >> 4), moves: four.moves) == UInt32(h), "h = \(h)")
        }
    }
}

private func sameAsSearch(_ w: UInt64) -> Bool {
    let split = NPNSearch(w, variables: 5), search = NPNSearch(w, variables: 5, splitFive: false)
    return split.word == search.word && split.minimizers == search.minimizers && split.transform() == search.transform()
}

@Test func splitMatchesTheSearchOnRandomFiveInputTables() async {
    // AND / OR of up to three words: sparse and dense tables, many ties.
    await forAll(count: 3000, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...3)) { seed, depth in
        var state = UInt64(seed)
        var w = splitMix64(&state)
        for _ in 0..<depth { w = depth % 2 == 0 ? w & splitMix64(&state) : w | splitMix64(&state) }
        #expect(sameAsSearch(w & 0xFFFF_FFFF), "f = \(w & 0xFFFF_FFFF)")
    }
}

@Test func splitMatchesTheSearchOnSymmetricFiveInputTables() throws {
    // Every symmetric table f(x) = s[|x|] (64), the split forced past its tie limit.
    for s in 0..<64 {
        var w: UInt64 = 0
        for b in 0..<32 where s >> b.nonzeroBitCount & 1 == 1 { w |= 1 << UInt64(b) }
        let split = try #require(NPNSplitFive(w, limit: .max))
        let search = NPNSearch(w, variables: 5, splitFive: false)
        #expect(split.word == search.word && split.minimizers == search.minimizers, "s = \(s)")
        #expect(split.directions == search.directions && split.start == search.start, "s = \(s)")
        #expect(sameAsSearch(w), "s = \(s)")
    }
}

@Test func aLeastFiveInputTableMapsToItselfByTheIdentity() async {
    await forAll(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
        let least = try! exactNPNCanonization(TruthTable.random(5, seed: UInt64(seed))).representative
        let again = try! exactNPNCanonization(least)
        #expect(again.representative == least && again.transform == .identity(5), "f = \(least.word)")
    }
}
