import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis
import ExactArithmetic

/// Brute-force NPN orbit of an n ≤ 4 table (positions permuted and negated, output negated).
private func npnOrbit(_ f: TruthTable) throws -> Set<UInt64> {
    let n = f.variables, size = f.size
    func permutations(_ a: [Int]) -> [[Int]] {
        a.count <= 1 ? [a] : a.indices.flatMap { i in permutations(a.enumerated().filter { $0.offset != i }.map(\.element)).map { [a[i]] + $0 } }
    }
    var orbit = Set<UInt64>()
    for p in permutations(Array(0..<n)) {
        for mask in 0..<size {
            for negate in [false, true] {
                var g = try TruthTable(zeroWithVariables: n)
                for x in 0..<size {
                    // bit k of the new input is bit p[k] of x, then negated by mask
                    var y = 0
                    for k in 0..<n where x >> p[k] & 1 == 1 { y |= 1 << k }
                    g[x] = f[y ^ mask] != negate
                }
                orbit.insert(g.word)
            }
        }
    }
    return orbit
}

/// swaps by brute force over every region of the whole weight space (no symmetry).
private func bruteSwaps(_ f: TruthTable) throws -> Int {
    try weightOrders(variables: f.variables, chamber: false).map { classChanges(f, along: $0.order) }.min()!
}

@Test func figure32FunctionsHaveSwapsFiveInDifferentClasses() throws {
    let a = try TruthTable(variables: 4, value: 1785), b = try TruthTable(variables: 4, value: 7140)
    #expect(try bruteSwaps(a) == 5)
    #expect(try bruteSwaps(b) == 5)
    let orbitA = try npnOrbit(a)
    #expect(!orbitA.contains(7140))
    #expect(orbitA.contains(try exactNPNCanonization(a).representative.word))
}

@Test func table34HasOneWrongDenominator() {
    // Pascal's triangle in machine integers, independent of BigInt.binomial.
    var pascal = [[1]]
    for w in 1...13 { pascal.append((0...w).map { k in (k == 0 || k == w) ? 1 : pascal[w - 1][k - 1] + pascal[w - 1][k] }) }
    var mismatches: [(Int, Int)] = []
    for row in BooleanClaims.printedTable34 {
        for (k, e) in row.entries.enumerated() {
            if let e, pascal[row.width][e.p] != e.d { mismatches.append((row.width, k + 1)) }
        }
    }
    #expect(mismatches.count == 1)
    #expect(mismatches.first?.0 == 9 && mismatches.first?.1 == 6)
    #expect(pascal[9][5] == 126)
}

@Test func signCasesMatchAGridSearch() {
    let feasible = Set(XorSignCases.realizability().filter { $0.witness != nil }.map(\.pattern))
    var seen = Set<[Bool]>()
    for w1 in -2...2 { for b1 in -2...2 { for w2 in -2...2 { for b2 in -2...2 {
        seen.insert(XorSignCases.pattern([w1, b1, w2, b2].map { Rational($0) }))
    } } } }
    #expect(seen.count == 36)
    #expect(seen == feasible)
}

@Test func perceptronSeparabilityCountsMatchTheKnownSequence() throws {
    // Linearly separable Boolean functions (OEIS A000609): 4, 14, 104 for n = 1, 2, 3.
    for (n, expected) in [(1, 4), (2, 14), (3, 104)] {
        var count = 0
        for v in 0..<(UInt64(1) << (1 << n)) {
            if try perceptronWeights(for: TruthTable(variables: n, value: v)) != nil { count += 1 }
        }
        #expect(count == expected, "n = \(n)")
    }
    #expect(throws: BooleanError.self) { try perceptronWeights(for: .parity(11)) }
}

@Test func perceptronWeightsComputeTheirFunction() async {
    await forAll(count: 100, input: Gen.int(in: 0...255)) { v in
        let f = try! TruthTable(variables: 3, value: UInt64(v))
        if let w = try! perceptronWeights(for: f) {
            #expect((0..<8).allSatisfy { w.output(atPosition: $0) == f[$0] })
        }
    }
}

@Test func xorConstraintsCancel() async {
    // eq. 2.7–2.8: (w1 + w2 + b) + b − (w1 + b) − (w2 + b) = 0, so 00, 11 ≥ 0 and 01, 10 < 0 cannot all hold.
    await forAll(count: 200, input: Gen.int(in: -50...50), Gen.int(in: -50...50), Gen.int(in: -50...50)) { w1, w2, b in
        let ok = w1 + w2 + b >= 0 && b >= 0 && w1 + b < 0 && w2 + b < 0
        #expect(!ok)
        let p = PerceptronWeights(w: [Rational(w1), Rational(w2)], b: Rational(b))
        #expect((0..<4).map { p.output(atPosition: $0) } != [false, true, true, false])
    }
}
