import Testing
import PropertyTesting
import PropertyBased
import ExactArithmetic
@testable import BooleanAnalysis

// MARK: the chamber walk and its certificates

@Test func chamberWalkCountsA009997UpToFive() throws {
    #expect(try (1...5).map { try chamberWalk(variables: $0, threads: 2).orders.count } == [1, 1, 2, 14, 516])
    #expect(throws: BooleanError.self) { try chamberWalk(variables: 7) }
}

@Test func chamberWalkMatchesTheExactLPWalk() throws {
    // The exact rational LP walk (WeightOrders.swift) is a second route to the same orders.
    for n in 1...4 {
        let walk = try chamberWalk(variables: n, threads: 1).orders
        let exact = Set(try weightOrders(variables: n, chamber: true).map(\.order))
        #expect(Set((0..<walk.count).map(walk.order)) == exact)
    }
}

@Test func walkIsIndependentOfThreads() throws {
    let one = try chamberWalk(variables: 5, threads: 1).orders, two = try chamberWalk(variables: 5, threads: 2).orders
    #expect(one.weights == two.weights && one.points == two.points)
}

@Test func gordanCertificateOnAHandExample() {
    // u₁ = (1, 0), u₂ = (0, 1), u₃ = (−1, −1): λ = (1, 1, 1) sums to zero, so no w has all three positive.
    let rows = [[1, 0], [0, 1], [-1, -1]]
    #expect(GordanCertificate.find(rows: rows, support: [0, 1, 2], variables: 2) == [1, 1, 1])
    #expect(GordanCertificate.find(rows: rows, support: [0, 1], variables: 2) == nil)
    if case .alternative(let support) = GordanHint(rows: rows, variables: 2) { #expect(support == [0, 1, 2]) } else { Issue.record("expected an alternative") }
    if case .solution(let w) = GordanHint(rows: [[1, 0], [-1, 1]], variables: 2) {
        #expect(w[0] >= 1 - 1e-9 && w[1] - w[0] >= 1 - 1e-9)
    } else { Issue.record("expected a solution") }
}

@Test func inducedOrderRejectsTiesAndNonChamberWeights() {
    var induce = InducedOrder(variables: 3)
    // w₁ weighs x₁, the most significant bit of a position: 100 (sum 1) comes before 010 (sum 2).
    #expect(induce.order([1, 2, 4][...]) == [0, 4, 2, 6, 1, 5, 3, 7])
    #expect(induce.order([1, 2, 3][...]) == nil)     // w₁ + w₂ = w₃
    #expect(induce.order([2, 1, 4][...]) == nil)     // not increasing
}

@Test func sha256KnownVectors() {
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
}

@Test func payloadRoundTripAndCorruption() throws {
    let list = try chamberWalk(variables: 4, threads: 1).orders
    var bytes = try ChamberOrderData.payload(list)
    #expect(try ChamberOrderData.list(fromPayload: bytes, name: "t").weights == list.weights)
    bytes[bytes.count - 1] = 0          // a zero step: w₄ = w₃
    #expect(throws: BooleanError.self) { try ChamberOrderData.list(fromPayload: bytes, name: "t") }
    #expect(throws: BooleanError.self) { try ChamberOrderData.list(fromPayload: Array(bytes.dropLast()), name: "t") }
}

// MARK: the shipped n = 6 orders

@Test func shippedSixInputOrders() throws {
    let list = try ChamberCache.shared.list(6)
    #expect(list.count == 124_187)
    // Read backwards, each order is the order complemented (w·x̄ = Σw − w·x).
    for i in stride(from: 0, to: list.count, by: 997) {
        let o = list.order(i)
        #expect((0..<64).allSatisfy { o[63 - $0] == o[$0] ^ 63 })
        #expect(ChamberCaseList.order(list.witness(i).map { Rational($0) }).order == o)
    }
}

// MARK: the prefix tree against a plain minimum

@Test func halfOrderTrieEqualsPlainMinimum() async throws {
    for n in [3, 4, 5] {
        let list = try chamberWalk(variables: n, threads: 1).orders
        let trie = HalfOrderTrie(list)
        await forAll(count: 25, input: Gen.int(in: 0...Int.max)) { seed in
            var state = UInt64(seed)
            let h = splitMix64(&state) & TruthTable.mask(n)
            let f = try! TruthTable(variables: n, value: h)
            let plain = (0..<list.count).map { classChanges(f, along: list.order($0)) }.min()!
            let m = trie.minimum(h, below: Int.max)
            #expect(m?.value == plain)
            #expect(m.map { classChanges(f, along: list.order($0.order)) } == plain)
        }
    }
}

// MARK: swaps at n = 6

/// A random 6-input function from a property-test seed.
private func randomSix(_ seed: Int) -> TruthTable {
    var state = UInt64(seed)
    return try! TruthTable(variables: 6, value: splitMix64(&state))
}

@Test func sixInputKnownValues() throws {
    #expect(try swapsValue(TruthTable(variables: 6, value: 0)).value == 0)
    #expect(try swapsValue(TruthTable(variables: 6, value: 0x0000_0000_FFFF_FFFF)).value == 1)       // ¬x₁
    // n-parity has swaps n (§3.3.1): w ≈ (1, …, 1) sorts by weight; fewer is impossible (a chain of 7 nested points).
    #expect(try swapsValue(TruthTable(variables: 6, value: 0x6996_9669_9669_6996)).value == 6)
    #expect(try swapsValue(TruthTable(variables: 6, value: 0x6996_9669_9669_6996), atMost: 5) == nil)
    // The multiplexer x₁x₂ selecting x₃…x₆ and the bent x₁x₂ ⊕ x₃x₄ ⊕ x₅x₆ (values of the prototype search).
    #expect(try swapsValue(TruthTable(variables: 6, value: 71_792_677_019_145_557)).value == 15)
}

@Test func sixInputSwapsWitnessValidAndAboveFaceBound() async throws {
    await forAll(count: 2, input: Gen.int(in: 0...Int.max)) { seed in
        let f = randomSix(seed)
        let s = try! swapsValue(f)
        let exact = ChamberCaseList.order(s.witness)
        #expect(exact.tieFree && exact.order == s.order)
        #expect(classChanges(f, along: s.order) == s.value)
        #expect(try! swapsFaceBound(f) <= s.value)
        #expect(try! swapsValue(f, atMost: s.value - 1) == nil)
    }
}

@Test func sixInputSwapsIsNPNInvariant() async throws {
    await forAll(count: 2, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...719), Gen.int(in: 0...127)) { seed, p, m in
        let f = randomSix(seed)
        var perm = Array(0..<6), rest = p
        for k in stride(from: 6, to: 0, by: -1) { perm.swapAt(k - 1, rest % k); rest /= k }
        let t = try! NPNTransform(permutation: perm, negations: (0..<6).map { m >> $0 & 1 == 1 }, outputNegated: m >> 6 == 1)
        #expect(try! swapsValue(t.apply(f)).value == swapsValue(f).value)
    }
}

@Test func fiveInputFunctionsKeepTheirSwapsAtSix() async throws {
    await forAll(count: 3, input: Gen.int(in: 0...Int.max)) { seed in
        var state = UInt64(seed)
        let f5 = try! TruthTable(variables: 5, value: splitMix64(&state) & TruthTable.mask(5))
        var f6 = try! TruthTable(zeroWithVariables: 6)
        for x in 0..<64 { f6[x] = f5[x >> 1] }
        let s5 = try! swapsValue(f5).value
        #expect(try! swapsFaceBound(f6) == s5)
        #expect(try! swapsValue(f6).value == s5)
    }
}

@Test func sixInputSwapsNeedsTheRightSize() throws {
    #expect(throws: BooleanError.self) { try swapsValue(TruthTable(zeroWithVariables: 7)) }
    #expect(throws: BooleanError.self) { try swapsFaceBound(TruthTable(zeroWithVariables: 7)) }
}
