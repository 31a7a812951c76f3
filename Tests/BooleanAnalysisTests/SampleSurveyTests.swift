import ClaimKit
import Testing
@testable import BooleanAnalysis

/// The pieces of the sampled survey: the draws, exact entropy bins, the
/// intervals of the summary.

@Test func sampledFunctionsAreTheSeededStream() throws {
    var g = SeededGenerator(seed: 77)
    for j in 0..<5 {
        let w = g.next()
        #expect(try sampledFunction(variables: 6, seed: 77, draw: j).word == w)
        #expect(try sampledFunction(variables: 4, seed: 77, draw: j).word == w & 0xFFFF)
    }
    #expect(throws: BooleanError.self) { try sampledFunction(variables: 7, seed: 1, draw: 0) }
}

@Test func entropyFloorsAreExact() throws {
    // Parity: E = 0; the bent x₁x₂ ⊕ x₃x₄ ⊕ x₅x₆: E = 6 (all 64 coefficients have f̂² = 4⁻³).
    #expect(WalshSpectrum(try .parity(6)).entropy.floor(times: 2) == 0)
    var bent = try TruthTable(zeroWithVariables: 6)
    for x in 0..<64 { bent[x] = ((x >> 5 & x >> 4) ^ (x >> 3 & x >> 2) ^ (x >> 1 & x)) & 1 == 1 }
    #expect(WalshSpectrum(bent).entropy.exactRational == 6)
    #expect(WalshSpectrum(bent).entropy.floor(times: 2) == 12)
    // Irrational entropies: the floor agrees with certified digits, at several scales.
    for seed in UInt64(1)...20 {
        let e = WalshSpectrum(try .random(5, seed: seed)).entropy
        let digits = Double(try e.decimal(digits: 15))!
        for m in [1, 2, 10] where e.exactRational == nil { #expect(e.floor(times: m) == Int((digits * Double(m)).rounded(.down))) }
    }
}

@Test func sampleIntervalsByHand() {
    // Wilson with no successes in 10: upper end z²/(n + z²).
    let (lo, hi) = SampleInterval.wilson(count: 0, total: 10)
    #expect(lo == 0 && abs(hi - 3.841459 / 13.841459) < 1e-6)
    // [1, 2, 3]: mean 2, s² = 1, half-width z·√(1/3).
    let m = SampleInterval.mean([1, 2, 3])
    #expect(m.mean == 2)
    #expect(abs(m.interval!.high - (2 + 1.959964 / 3.0.squareRoot())) < 1e-9)
    #expect(SampleInterval.mean([5]).interval == nil)
}
