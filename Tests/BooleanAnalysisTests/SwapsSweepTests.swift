import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis
import ExactArithmetic

/// The sweep against the per-function `swapsValue` on every class n ≤ 4,
/// through the level sweep alone (tailFactor 0), the direct minimum alone
/// (after level 0) and the default mix.
@Test(arguments: [UInt64(0), UInt64.max, 10])
func sweepAgreesWithSwapsValueOnEveryClass(tailFactor: UInt64) throws {
    for n in 1...4 {
        let sweep = try swapsOfAllClasses(variables: n, threads: 2, tailFactor: tailFactor, progress: nil)
        let classes = try npnClasses(variables: n)
        #expect(sweep.map(\.npnClass) == classes)
        for c in sweep {
            #expect(c.value == (try swapsValue(c.npnClass.representative)).value)
            let s = try c.swapsValue()
            #expect(witnessInducesOrder(s.witness, s.order))
            #expect(classChanges(c.npnClass.representative, along: s.order) == c.value)
        }
    }
}

@Test func distributionMatchesTable31UpToN4() throws {
    // Table 3.1's maxima, and the n = 4 distribution recomputed class by class.
    let maxima = try (1...4).map { try swapsDistribution(swapsOfAllClasses(variables: $0)).last!.value }
    #expect(maxima == [1, 2, 3, 5])
    var byValue: [Int: (Int, Int)] = [:]
    for c in try npnClasses(variables: 4) {
        let s = try swapsValue(c.representative).value
        byValue[s, default: (0, 0)].0 += 1
        byValue[s, default: (0, 0)].1 += c.orbitSize
    }
    let d = swapsDistribution(try swapsOfAllClasses(variables: 4))
    #expect(d.map(\.value) == byValue.keys.sorted())
    for r in d { #expect(byValue[r.value]! == (r.classes, r.functions)) }
    #expect(d.reduce(0) { $0 + $1.functions } == 65536)
}

@Test func orbitMarkingCoversEveryTableOnce() throws {
    for n in 1...4 {
        let seen = SeenBitmap(variables: n)
        let swaps = WordOps.heapSwaps(n)
        var classes: [NPNClass] = [], marked: UInt64 = 0
        for t in 0..<seen.count where !seen.contains(t) {
            let orbit = markOrbit(t, in: seen, swaps: swaps)
            let exact = try exactNPNCanonization(TruthTable(variables: n, value: t))
            #expect(orbit.representative == exact.representative.word)
            #expect(try orbit.transform.apply(TruthTable(variables: n, value: t)).word == orbit.representative)
            classes.append(NPNClass(variables: n, word: orbit.representative, orbitSize: orbit.orbitSize))
            marked += UInt64(orbit.orbitSize / 2)
        }
        #expect(marked == seen.count)
        #expect((0..<seen.count).allSatisfy { seen.contains($0) })
        #expect(classes.reduce(0) { $0 + $1.orbitSize } == 1 << (1 << n))
        #expect(classes.sorted { $0.word < $1.word } == (try npnClasses(variables: n)))
    }
}

/// Bit-by-bit reference: f's values along an order, as bits.
func sequenceBitByBit(_ f: TruthTable, _ order: [Int]) -> UInt32 {
    order.enumerated().reduce(0) { $0 | (f[$1.1] ? 1 << UInt32($1.0) : 0) }
}

@Test func byteLookupsMatchTheDirectPermutation() async throws {
    let chamber = try ChamberCache.shared.orders(5)
    let counter = ChamberChanges(chamber, variables: 5)
    await forAll(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
        var state = UInt64(seed)
        let f = try! TruthTable.random(5, seed: splitMix64(&state))
        let o = Int(splitMix64(&state) % UInt64(chamber.count))
        #expect(counter.sequence(f.word, order: o) == sequenceBitByBit(f, chamber[o].order))
        #expect(counter.changes(f.word, order: o) == classChanges(f, along: chamber[o].order))
    }
}

@Test func suffixMasksListTablesWithTheChosenChanges() async throws {
    let chamber = try ChamberCache.shared.orders(5)
    let masks = suffixMasks(chamber, variables: 5)
    await forAll(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
        var state = UInt64(seed)
        let o = Int(splitMix64(&state) % UInt64(chamber.count))
        let gaps = Set((0..<6).map { _ in Int(splitMix64(&state) % 31) })
        let t = gaps.reduce(UInt64(0)) { $0 ^ masks[o * 31 + $1] }
        let f = try! TruthTable(variables: 5, value: t)
        // Changes exactly at the chosen gaps, starting from 0.
        let along = chamber[o].order.map { f[$0] }
        #expect(!along[0])
        #expect(Set((0..<31).filter { along[$0] != along[$0 + 1] }) == gaps)
    }
}

@Test func resultDoesNotDependOnThreads() throws {
    for tailFactor: UInt64 in [0, 10] {
        let one = try swapsOfAllClasses(variables: 4, threads: 1, tailFactor: tailFactor, progress: nil)
        let two = try swapsOfAllClasses(variables: 4, threads: 2, tailFactor: tailFactor, progress: nil)
        #expect(one.map(\.npnClass) == two.map(\.npnClass))
        #expect(one.map(\.value) == two.map(\.value))
        #expect(one.map(\.member) == two.map(\.member))
        #expect(one.map(\.chamberIndex) == two.map(\.chamberIndex))
        #expect(one.map(\.transform) == two.map(\.transform))
    }
}

@Test func integerWitnessCheckRejectsAWrongValue() throws {
    let chamber = try ChamberCache.shared.orders(4)
    let integer = try IntegerWitnesses(chamber)
    for c in try swapsOfAllClasses(variables: 4) {
        #expect(integer.verify(c))
        let wrong = ClassSwaps(npnClass: c.npnClass, value: c.value + 1, chamberIndex: c.chamberIndex, member: c.member, transform: c.transform)
        #expect(!integer.verify(wrong))
    }
}

@Test func sweepRejectsOutOfRangeN() {
    #expect(throws: BooleanError.self) { try swapsOfAllClasses(variables: 6) }
    #expect(throws: BooleanError.self) { try swapsOfAllClasses(variables: 0) }
}

/// The parallel commit opens the same classes with the same members,
/// orders and transforms on 1, 2 or 3 threads (marking uses at most two
/// block owners), through the sweep alone and the default mix.
@Test(arguments: [UInt64(0), 10])
func sweepRecordsDoNotDependOnThreads(tailFactor: UInt64) throws {
    for n in 3...4 {
        let runs = try [1, 2, 3].map { try swapsOfAllClasses(variables: n, threads: $0, tailFactor: tailFactor, progress: nil) }
        for r in runs.dropFirst() {
            #expect(r.map(\.npnClass) == runs[0].map(\.npnClass))
            #expect(r.map(\.value) == runs[0].map(\.value))
            #expect(r.map(\.member) == runs[0].map(\.member))
            #expect(r.map(\.chamberIndex) == runs[0].map(\.chamberIndex))
            #expect(r.map(\.transform) == runs[0].map(\.transform))
        }
    }
}

/// A walk lists every image once per input transform, split by block owner:
/// worker 0's images first, each image in the half f(0…0) = 0, and the
/// distinct ones are exactly the orbit's half (brute force over the group).
@Test func orbitWalkSplitsTheOrbitByOwner() throws {
    let swaps = WordOps.heapSwaps(5)
    for t: UInt64 in [0x1234_5678, 0x6996_9669, 0x0000_0001, 0x7FFF_FFFF] {
        let w = OrbitWalk(t, variables: 5, swaps: swaps, parts: 2)
        #expect(w.images.count == 3840)
        #expect(w.images[..<w.split].allSatisfy { $0 >> ownerShift & 1 == 0 })
        #expect(w.images[w.split...].allSatisfy { $0 >> ownerShift & 1 == 1 })
        #expect(w.images.allSatisfy { $0 >> 31 == 0 })
        let f = try TruthTable(variables: 5, value: t)
        #expect(w.representative == (try exactNPNCanonization(f)).representative.word)
        let one = OrbitWalk(t, variables: 5, swaps: swaps, parts: 1)
        #expect(one.split == 3840 && Set(one.images) == Set(w.images))
        #expect(2 * Set(w.images).count == (try npnClass(of: f)).orbitSize)
    }
}
