import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import PolarityTheory

@Test func capacityFormulaMatchesEnumeration() async {
    await forAll(count: 25, input: Gen.int(in: 0...7), Gen.int(in: 0...2), Gen.int(in: 0...255)) { e, d, mask in
        let template = (0..<e).map { mask >> $0 & 1 == 1 }
        let counts = try! CapacityCounting.enumerateCounts(template: template, maxMagnitude: d)
        #expect(BigInt(counts.all) == (try! CapacityCounting.patternCount(edges: e, maxMagnitude: d)))
        #expect(BigInt(counts.frozen) == (try! CapacityCounting.frozenPatternCount(edges: e, maxMagnitude: d)))
    }
}

@Test func capacityByHand() throws {
    #expect(try CapacityCounting.edgeCount(layers: [5, 64, 1]) == 384)
    #expect(try CapacityCounting.capacityRatio(edges: 2, maxMagnitude: 1) == Rational(9, 4))
    #expect(try CapacityCounting.capacityRatio(edges: 3, maxMagnitude: 0) == 1)
    #expect(throws: PolarityError.self) { try CapacityCounting.edgeCount(layers: [3]) }
    #expect(throws: PolarityError.self) { try CapacityCounting.edgeCount(layers: [3, 0]) }
    #expect(throws: PolarityError.self) { try CapacityCounting.patternCount(edges: 3, maxMagnitude: -1) }
    #expect(throws: PolarityError.self) { try CapacityCounting.enumerateCounts(template: [Bool](repeating: false, count: 12), maxMagnitude: 2) }
    #expect(throws: PolarityError.self) { try CapacityXORStudy(maxMagnitude: 3) }
}

@Test func capacityXORStudyMatchesIndependentCount() throws {
    // Counted independently in Python over all 3⁸ patterns: xor_study(1) in Tests/Oracles/area_polarity.py,
    // the oracle of polarity.lemma-2.1.xor (`python3 Tests/Oracles/oracles.py --proofs Proofs`).
    let s = try CapacityXORStudy(maxMagnitude: 1)
    #expect(s.correct == 8 && s.representableTemplates == 8 && s.bestKept == 4)
    #expect(s.templatesHoldingAll == 0 && s.templatesThatLose == 0)
    #expect(s.bestGain == Rational(6561, 512))   // (4/8)·(3/2)^8
}

@Test func lemmaD1ValuesByHand() {
    let t = LemmaD1Construction.table
    let signsOK = t.allSatisfy { $0.respectsPatterns }
    #expect(signsOK)
    // {2,3,5}: −σ(x+y)+σ(x)+σ(y) is 0,1,1,0 on (1,1),(1,−1),(−1,1),(−1,−1) and 0 on {0,1}².
    let pm = ThresholdAnalysis(t[0], domain: .plusMinusOne, label: .xor)
    #expect(pm.values == [0, 1, 1, 0])
    #expect(pm.separable && pm.margin == Rational(1, 2) && !pm.worksAtZeroThreshold)
    let zo = ThresholdAnalysis(t[0], domain: .zeroOne, label: .xor)
    #expect(zo.values == [0, 0, 0, 0] && !zo.separable && zo.margin == nil)
    // {2,3,8}: −σ(x)+σ(x−y)−σ(−y) is −1,0,0,−1 on {−1,1}².
    let b = ThresholdAnalysis(t[1], domain: .plusMinusOne, label: .xor)
    #expect(b.values == [-1, 0, 0, -1] && b.highestNegative == -1 && b.lowestPositive == 0)
    // XNOR is never separated on {−1,1}² (labels reversed).
    let xnorSeparated = t.filter { ThresholdAnalysis($0, domain: .plusMinusOne, label: .xnor).separable }
    #expect(xnorSeparated.isEmpty)
}
