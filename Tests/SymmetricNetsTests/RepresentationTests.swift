import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import SymmetricNets

@Test func parityAndMajorityByHand() throws {
    #expect(try SymmetricFunction.parity(n: 3).values == [1, -1, 1, -1])
    #expect(try SymmetricFunction.majority(n: 4).values == [1, 1, 1, -1, -1])
    let f = try SymmetricFunction(n: 3, positiveWeights: [0, 2])
    #expect(f.values == [1, -1, 1, -1])
    #expect(f([true, false, true]) == 1)
    #expect(try SymmetricFunction(n: 3, index: 0b0101) == f)
}

@Test func badParametersThrow() {
    #expect(throws: SymmetricError.self) { try SymmetricFunction.parity(n: 0) }
    #expect(throws: SymmetricError.self) { try SymmetricFunction(n: 2, values: [1, 0, 1]) }
    #expect(throws: SymmetricError.self) { try SymmetricFunction(n: 2, values: [1, 1]) }
    #expect(throws: SymmetricError.self) { try SymmetricFunction(n: 2, positiveWeights: [3]) }
    #expect(throws: SymmetricError.self) { try SymmetricFunction(n: 2, index: 8) }
    #expect(throws: SymmetricError.self) { try ReLURepresentation.bruteForce(n: 21) }
    #expect(throws: SymmetricError.self) { try SigmoidRepresentation.perWeightCertificate(n: 5000) }
    #expect(throws: SymmetricError.self) { try MarginSurvey.run(n: 17) }
    #expect(throws: SymmetricError.self) { try StabilityRun.run(try SymmetricFunction.parity(n: 1)) }
}

@Test func gammaValuesByHand() {
    // Γ_2 at weights 0…4: ReLU(k−1) − 2ReLU(k−2) + ReLU(k−3).
    #expect((0...4).map { ReLURepresentation.gamma(2, atWeight: $0) } == [0, 0, 1, 0, 0])
    #expect(ReLURepresentation.gamma(0, atWeight: 0) == 1)
}

@Test func lemma2CertificateAgreesWithBruteForce() throws {
    for n in 1...8 {
        #expect(try ReLURepresentation.perWeightCertificate(n: n).identity)
        #expect(try ReLURepresentation.bruteForce(n: n) == nil)
    }
    let c = try ReLURepresentation.perWeightCertificate(n: 64)
    #expect(c.labelings == BigInt(1) << 65)
    // Neuron c computes ReLU(k − c), zero for every weight k ≤ n exactly when c ≥ n: of the
    // shifts −1…n+1 the last two never fire (Tests/Oracles/area_symmetric.py, symmetric.lemma-2).
    #expect(c.idleShifts == [64, 65])
}

@Test func reluNetworkOutputIsPlusMinusHalf() async {
    await forAll(count: 100, input: Gen.int(in: 1...30), Gen.int(in: 0...1_000_000)) { n, seed in
        let f = try! SymmetricFunction.random(n: n, seed: UInt64(seed))
        let m = ReLURepresentation.outputWeights(for: f)
        #expect(m.allSatisfy { (-2...2).contains($0) })
        for k in 0...n {
            #expect(ReLURepresentation.output(weights: m, atWeight: k) == Rational(f.values[k], 2))
        }
    }
}

@Test func sigmoidDeltaZeroIsTanh() throws {
    let d0 = SigmoidRepresentation.delta(offset: 0, precision: 200)
    let t = BigFloat(Rational(5, 4), precision: 300).tanh().exactRational!
    let width = d0.width.exactRational!
    #expect(d0.lower.exactRational! <= t + width && t - width <= d0.upper.exactRational!)
    // Σ_{d = −30}^{30} D(d) telescopes to σ(152.5) − σ(−152.5) ≈ 1.
    var s = RealInterval(0, precision: 200)
    for d in -30...30 { s = s + SigmoidRepresentation.delta(offset: d, precision: 200) }
    let eps = Rational(BigInt(1), BigInt(10).power(55))
    #expect(Rational(1) - s.lower.exactRational! < eps)
    #expect(s.upper.exactRational! - Rational(1) < eps)
}

@Test func lemma1CertificateAndBruteForce() throws {
    let c = try SigmoidRepresentation.perWeightCertificate(n: 30)
    #expect(c.holds && c.d0Above084 && c.tailBelow017 && c.tailDominates && c.telescopedConsistent)
    #expect(c.d0.certifiedDigits(6) == "0.848283")
    #expect(try SigmoidRepresentation.bruteForce(n: 6) == nil)
}

@Test func sigmoidOutputSignMatchesOnRandomMembers() async {
    await forAll(count: 60, input: Gen.int(in: 1...20), Gen.int(in: 0...1_000_000)) { n, seed in
        let f = try! SymmetricFunction.random(n: n, seed: UInt64(seed))
        for k in 0...n {
            let out = SigmoidRepresentation.output(f, atWeight: k, precision: 64)
            #expect(f.values[k] == 1 ? out.isPositive : out.isNegative)
        }
    }
}
