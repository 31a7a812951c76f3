import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis
import ExactArithmetic

/// f̂(S) by the definition sum 2⁻ⁿ Σₓ f(x) χ_S(x).
func coefficientByDefinition(_ f: TruthTable, _ s: Int) -> Rational {
    let sum = (0..<f.size).reduce(0) { acc, x in
        acc + (f[x] ? -1 : 1) * ((s & x).nonzeroBitCount % 2 == 0 ? 1 : -1)
    }
    return Rational(sum, f.size)
}

@Test func spectrumMatchesTheDefinitionAndParseval() async {
    await forAll(count: 80, input: Gen.int(in: 1...7), Gen.int(in: 0...Int.max)) { n, seed in
        let f = try! TruthTable.random(n, seed: UInt64(seed))
        let w = WalshSpectrum(f)
        for s in 0..<f.size { #expect(w.coefficient(s) == coefficientByDefinition(f, s)) }
        #expect(w.sumOfSquares == Rational(1))
    }
}

@Test func influenceByFourierEqualsInfluenceByFlips() async {
    await forAll(count: 80, input: Gen.int(in: 1...9), Gen.int(in: 0...Int.max)) { n, seed in
        let f = try! TruthTable.random(n, seed: UInt64(seed))
        let w = WalshSpectrum(f)
        var total = Rational(0)
        for k in 1...n {
            let i = try! w.influence(k)
            #expect(i == (try! f.influenceByFlips(k)))
            total += i
        }
        #expect(total == w.totalInfluence)
    }
}

@Test func knownSpectra() throws {
    for n in 1...8 {
        let p = WalshSpectrum(try .parity(n))
        #expect(p.degree == n)
        #expect(p.totalInfluence == Rational(n))
        #expect(p.entropy.exactRational == Rational(0))
        #expect(WalshSpectrum(try .and(n)).degree == n)
        #expect(WalshSpectrum(try .dictator(n, 1)).degree == 1)
        #expect(WalshSpectrum(try .dictator(n, 1)).totalInfluence == Rational(1))
        #expect(WalshSpectrum(try .threshold(n, atLeast: 0)).degree == 0)
    }
    // Bent x1x2 ⊕ x3x4: all |f̂| = 1/4, entropy exactly 4 = n.
    let bent = try TruthTable(variables: 4) { x in ((x >> 3) & (x >> 2) & 1) ^ ((x >> 1) & x & 1) == 1 }
    #expect(WalshSpectrum(bent).entropy.exactRational == Rational(4))
    // Majority of 3: f̂ = ±1/2 on the four odd sets: entropy 2.
    #expect(WalshSpectrum(try .majority(3)).entropy.exactRational == Rational(2))
    #expect(throws: BooleanError.self) { try WalshSpectrum(.parity(3)).influence(4) }
    #expect(throws: BooleanError.self) { try TruthTable.parity(3).influenceByFlips(0) }
}

@Test func entropyIntervalContainsTheDirectSum() async {
    await forAll(count: 40, input: Gen.int(in: 1...6), Gen.int(in: 0...Int.max)) { n, seed in
        let f = try! TruthTable.random(n, seed: UInt64(seed))
        let w = WalshSpectrum(f)
        // Direct MPFR sum of f̂² log2(1/f̂²) at 300 bits.
        var direct = BigFloat(0, precision: 300)
        for s in 0..<f.size where w.unnormalized[s] != 0 {
            let c2 = w.coefficient(s) * w.coefficient(s)
            let x = BigFloat(c2, precision: 300)
            direct = direct - x * x.log2()
        }
        let box = w.entropy.interval(precision: 200)
        let slack = BigFloat(Rational(1, 1 << 60), precision: 300)
        #expect(box.lower - slack <= direct && direct <= box.upper + slack)
        #expect(box.width < BigFloat(Rational(1, 1 << 60), precision: 64))
        let digits = try! w.entropy.decimal(digits: 30)
        if w.entropy.exactRational == nil { #expect(digits.filter(\.isNumber).count >= 30) }
    }
}

@Test func metricsAreNPNInvariantA5() async {
    await forAll(count: 60, input: Gen.int(in: 1...5), Gen.int(in: 0...Int.max)) { n, seed in
        var state = UInt64(seed)
        let f = try! TruthTable.random(n, seed: splitMix64(&state))
        let transforms = allTransforms(n)
        let t = transforms[Int(splitMix64(&state) % UInt64(transforms.count))]
        let (a, b) = (WalshSpectrum(f), WalshSpectrum(try! t.apply(f)))
        #expect(a.degree == b.degree)
        #expect(a.totalInfluence == b.totalInfluence)
        #expect(a.entropy == b.entropy)
        #expect(a.entropy.compare(b.entropy) == 0)
        // g(x) = f(x′) with x′_{π(k)} = x_k ⊕ m_k: I_k(g) = I_{π(k)}(f).
        for k in 1...n { #expect(try! b.influence(k) == a.influence(t.permutation[k - 1] + 1)) }
    }
}

@Test func entropyComparisonAgreesWithFloatsWhereTheyAreClear() async {
    await forAll(count: 60, input: Gen.int(in: 0...Int.max)) { seed in
        let f = try! TruthTable.random(4, seed: UInt64(seed)), g = try! TruthTable.random(4, seed: UInt64(seed) &+ 1)
        let (ef, eg) = (WalshSpectrum(f).entropy, WalshSpectrum(g).entropy)
        let (x, y) = (ef.interval(precision: 64).midpoint.doubleValue, eg.interval(precision: 64).midpoint.doubleValue)
        if abs(x - y) > 1e-9 { #expect(ef.compare(eg) == (x < y ? -1 : 1)) }
        #expect(ef.compare(ef) == 0)
    }
}
