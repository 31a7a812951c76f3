import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import PolarityTheory

let freeBiases = RepresentabilityConvention(hiddenBias: .free, outputBias: .free)
let zeroBiases = RepresentabilityConvention(hiddenBias: .zero, outputBias: .zero)

func counts(_ types: [Int]) -> [Int] {
    var c = [Int](repeating: 0, count: 8)
    for t in types { c[t - 1] += 1 }
    return c
}

@Test func witnessIsVerifiedByDirectEvaluation() throws {
    // |x₁ − x₂| − 1 uses types 3 (+-:+) and 5 (-+:+).
    let w = try #require(try FrozenSignXOR.decideByEnumeration(counts: counts([3, 5]), freeBiases))
    #expect(w.margin >= 1)
    for (p, (v, l)) in zip(FrozenSignXOR.points, zip(w.values, LabelConvention.xor.labels)) {
        let direct = w.units.reduce(w.outputBias) { $0 + $1.1(Rational(p.0), Rational(p.1)) }
        #expect(direct == v)
        #expect((l > 0 ? v : -v) >= 1)
    }
    for (type, unit) in w.units { #expect(unit.respects(UnitPattern(paperIndex: type)!)) }
}

@Test func lemmaD1TripleNeedsABias() throws {
    // With zero hidden and output biases F(−1,−1) ≥ 0 for types 2, 3, 5: no witness.
    #expect(try FrozenSignXOR.decideByEnumeration(counts: counts([2, 3, 5]), zeroBiases) == nil)
    let withOutputBias = RepresentabilityConvention(hiddenBias: .zero, outputBias: .free)
    #expect(try FrozenSignXOR.decideByEnumeration(counts: counts([2, 3, 5]), withOutputBias) != nil)
    // One unit never separates XOR (its positive set is a half-plane).
    for t in 1...8 { #expect(try FrozenSignXOR.decideByEnumeration(counts: counts([t]), freeBiases) == nil) }
}

@Test func structureMatchesEnumerationOnTwoUnitTemplates() throws {
    let s = XORRepresentability(zeroBiases.withOutputBias(.free), maxAtoms: 2)
    for a in 1...8 {
        for b in a...8 {
            let c = counts([a, b])
            #expect(try s.isRepresentable(counts: c) == (try FrozenSignXOR.decideByEnumeration(counts: c, s.convention) != nil), "\(a), \(b)")
        }
    }
    // P(2) from the structure equals the share of representable ordered pairs.
    var good = 0
    for a in 1...8 { for b in 1...8 where try s.isRepresentable(counts: counts([a, b])) { good += 1 } }
    #expect(try ExactProbability.table(s, maxUnits: 2) == [0, Rational(good, 64)])
    #expect(throws: PolarityError.self) { try ExactProbability.table(s, maxUnits: 3) }
}

@Test func cappedWordCountsPartitionAllSequences() async {
    // Σ over all capped count vectors of the sequence counts is 8ⁿ.
    await forAll(count: 12, input: Gen.int(in: 1...4), Gen.int(in: 0...12)) { cap, n in
        let words = AtLeastKWords(cap: cap, maxLength: 12)
        var total = BigInt(0)
        var v = [Int](repeating: 0, count: 8)
        while true {
            var sig = [Int](repeating: 0, count: cap + 1)
            for x in v { sig[x] += 1 }
            total += words.sequences(signature: sig, length: n)
            var i = 0
            while i < 8 && v[i] == cap { v[i] = 0; i += 1 }
            if i == 8 { break }
            v[i] += 1
        }
        #expect(total == BigInt(8).power(n))
    }
}

@Test func templateSyntax() throws {
    let t = try SignTemplate.parse("+-:+, -+:+  2 +-++:-")
    #expect(t.map(\.description) == ["+-:+", "-+:+", "++:-", "+-++:-"])
    #expect(SignTemplate.typeCounts(t) == [0, 1, 1, 1, 1, 0, 0, 0])   // types 3, 5, 2, 4
    for bad in ["", "+x:+", "9", "+:+", "+-:", "+-+", "+-:++"] {
        #expect(throws: PolarityError.self, "\(bad)") { try SignTemplate.parse(bad) }
    }
    #expect(throws: PolarityError.self) { try FrozenSignXOR.decideByEnumeration(counts: [1, 2], freeBiases) }
    #expect(throws: PolarityError.self) { try XORRepresentability(zeroBiases, maxAtoms: 1).isRepresentable(counts: [-1, 0, 0, 0, 0, 0, 0, 0]) }
}

/// With every bias zero no template of three units represents XOR (so D.2(3) = 3/64
/// is no lower bound there): the structure-free search over all 120 type multisets,
/// against the hand count D.2(3) = 1 − (4³ + 4·(5³ − 4³) + 6·(6³ − 2(5³ − 4³) − 4³))/8³.
@Test func zeroBiasesNeedFourUnits() throws {
    let zero = RepresentabilityConvention(hiddenBias: .zero, outputBias: .zero)
    var representable = 0
    for a in 1...8 { for b in a...8 { for c in b...8 {
        var k = [Int](repeating: 0, count: 8)
        for t in [a, b, c] { k[t - 1] += 1 }
        if try FrozenSignXOR.decideByEnumeration(counts: k, zero) != nil { representable += 1 }
    } } }
    #expect(representable == 0)
    #expect(try ProbabilityBounds.lemmaD2(units: 3) == Rational(3, 64))
}
