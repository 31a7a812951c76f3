import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis

/// Every NPN transform on n inputs, built independently of the fast path.
func allTransforms(_ n: Int) -> [NPNTransform] {
    func permutations(_ items: [Int]) -> [[Int]] {
        items.count <= 1 ? [items] : items.indices.flatMap { i -> [[Int]] in
            var rest = items; let x = rest.remove(at: i)
            return permutations(rest).map { [x] + $0 }
        }
    }
    return permutations(Array(0..<n)).flatMap { p in
        (0..<(1 << n)).flatMap { m in
            [false, true].map { o in try! NPNTransform(permutation: p, negations: (0..<n).map { m >> $0 & 1 == 1 }, outputNegated: o) }
        }
    }
}

@Test func canonizationMatchesBruteForceOverAllTransforms() async {
    await forAll(count: 60, input: Gen.int(in: 1...4), Gen.int(in: 0...Int.max)) { n, seed in
        let f = try! TruthTable.random(n, seed: UInt64(seed))
        let brute = allTransforms(n).map { try! $0.apply(f) }.min()!
        let (canonical, transform) = try! exactNPNCanonization(f)
        #expect(canonical == brute)
        #expect(try! transform.apply(f) == canonical)
        #expect(try! transform.inverse.apply(canonical) == f)
    }
}

@Test func transformsActAsDefined() throws {
    // g(x1, x2) = f(¬x2, x1) for f = x1 ∧ ¬x2: x′₂ = x₁, x′₁ = ¬x₂ → g = ¬x₂ ∧ ¬x₁.
    let f = try TruthTable(parsing: "0010")
    let t = try NPNTransform(permutation: [1, 0], negations: [false, true], outputNegated: false)
    #expect(try t.apply(f).binary == "1000")
    #expect(throws: BooleanError.self) { try NPNTransform(permutation: [0, 0], negations: [false, false], outputNegated: false) }
    #expect(throws: BooleanError.self) { try exactNPNCanonization(TruthTable.parity(7)) }
}

@Test func classEnumerationMatchesOrbitMarking() throws {
    for n in 1...3 {
        // Independent: mark orbits with the generic transforms.
        let transforms = allTransforms(n)
        var seen = Set<TruthTable>(), orbits: [TruthTable: Int] = [:]
        for v in 0..<(UInt64(1) << (1 << n)) {
            let f = try TruthTable(variables: n, value: v)
            if seen.contains(f) { continue }
            let orbit = Set(transforms.map { try! $0.apply(f) })
            seen.formUnion(orbit)
            orbits[orbit.min()!] = orbit.count
        }
        let classes = try npnClasses(variables: n)
        #expect(classes.count == orbits.count)
        for c in classes { #expect(orbits[c.representative] == c.orbitSize) }
    }
}

@Test func fourInputClassesAre222AndCoverAllTables() throws {
    let classes = try npnClasses(variables: 4)
    #expect(classes.count == 222)
    #expect(classes.reduce(0) { $0 + $1.orbitSize } == 65536)
    #expect(classes.map(\.word) == classes.map(\.word).sorted())
    // Parity's class {parity, ¬parity} and Table 3.3's 1785 / 7140 classes.
    #expect(classes.first { $0.word == 0x6996 }?.orbitSize == 2)
    let canon7140 = try exactNPNCanonization(TruthTable(parsing: "7140", variables: 4)).representative
    #expect(classes.contains { $0.word == canon7140.word })
}

@Test func classCountsForSmallN() throws {
    #expect(try npnClasses(variables: 1).count == 2)
    #expect(try npnClasses(variables: 2).count == 4)
    #expect(try npnClasses(variables: 3).count == 14)
    #expect(throws: BooleanError.self) { try npnClasses(variables: 6) }
}
