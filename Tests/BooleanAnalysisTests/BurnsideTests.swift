import Testing
@testable import BooleanAnalysis
import ExactArithmetic

/// Orbits under a group given by its transforms, counted by marking (independent of Burnside).
func orbitCount(_ n: Int, _ transforms: [NPNTransform]) throws -> Int {
    var seen = Set<TruthTable>(), count = 0
    for v in 0..<(UInt64(1) << (1 << n)) {
        let f = try TruthTable(variables: n, value: v)
        if seen.contains(f) { continue }
        count += 1
        for t in transforms { seen.insert(try t.apply(f)) }
    }
    return count
}

@Test func burnsideMatchesOrbitMarkingForSmallN() throws {
    for n in 1...3 {
        let all = allTransforms(n)
        let np = all.filter { !$0.outputNegated }
        let p = np.filter { !$0.negations.contains(true) }
        #expect(try BurnsideCount.classes(variables: n, group: .npn) == BigInt(orbitCount(n, all)))
        #expect(try BurnsideCount.classes(variables: n, group: .np) == BigInt(orbitCount(n, np)))
        #expect(try BurnsideCount.classes(variables: n, group: .p) == BigInt(orbitCount(n, p)))
    }
}

@Test func burnsideMatchesEnumerationAndThePaper() throws {
    let paper = [2, 4, 14, 222, 616126]   // §3.4.2 and A000370 as the dissertation cites it
    for n in 1...4 {
        let enumerated = try npnClasses(variables: n).count
        #expect(try BurnsideCount.classes(variables: n, group: .npn) == BigInt(enumerated))
    }
    for n in 1...5 { #expect(try BurnsideCount.classes(variables: n, group: .npn) == BigInt(paper[n - 1])) }
}

@Test func cubeCycleStructureCoversTheCube() {
    for i in 1...8 {
        for negative in [false, true] {
            let cycles = BurnsideCount.cube(cycleLength: i, negative: negative)
            #expect(cycles.reduce(0) { $0 + $1.key * $1.value } == 1 << i)
        }
    }
    // A negative 1-cycle swaps 0 and 1: one 2-cycle.
    #expect(BurnsideCount.cube(cycleLength: 1, negative: true) == [2: 1])
    #expect(throws: BooleanError.self) { try BurnsideCount.classes(variables: 0, group: .npn) }
    #expect(throws: BooleanError.self) { try BurnsideCount.classes(variables: 25, group: .p) }
}
