import Testing
import ExactArithmetic
@testable import PolarityTheory

@Test func censusCountsWhatQCounts() throws {
    for (n, d) in [(1, 2), (3, 2), (5, 2), (2, 3), (4, 3), (3, 4), (2, 5)] {
        let c = try PatternCensus(units: n, dimension: d)
        #expect(c.templates == 1 << ((d + 1) * n))
        #expect(c.exactlyDistinct.reduce(0, +) == c.templates)
        let half = BigInt(1) << d
        for k in 0...min(4, n) {
            #expect(BigInt(c.exactlyDistinct[k]) == (try CountingHelperQ.recursive(k, half, half, n)), "k = \(k), n = \(n), d = \(d)")
        }
        #expect(Rational(BigInt(c.threeFullPatterns), BigInt(c.templates)) == (try ProbabilityBounds.theoremD3(units: n, dimension: d)))
        // The sufficient condition only sees the 2-D signs: Lemma D.2's value.
        #expect(Rational(BigInt(c.threeRelevantClasses), BigInt(c.templates)) == (try ProbabilityBounds.lemmaD2(units: n)))
    }
}

@Test func censusRejectsLargeSizes() {
    #expect(throws: PolarityError.self) { try PatternCensus(units: 9, dimension: 2) }
    #expect(throws: PolarityError.self) { try PatternCensus(units: 0, dimension: 2) }
    #expect(throws: PolarityError.self) { try PatternCensus(units: 2, dimension: 6) }
    #expect(throws: PolarityError.self) { try PatternCensus(units: 2, dimension: 1) }
}

@Test func theoremD3SmallestCounterexample() throws {
    let found = try #require(try TheoremD3Reduction.smallestCounterexample())
    #expect(found.row.census.units == 3 && found.row.census.dimension == 3)
    #expect(found.row.theoremD3 > found.row.sufficientCondition)
    // The template: three distinct compatible full patterns, two 2-D classes.
    let compatible = found.template.filter(\.isXORCompatible)
    #expect(Set(compatible).count == 3)
    #expect(Set(compatible.map(\.relevantPart)).count == 2)
    // At d = 2 there is nothing to separate.
    #expect(try TheoremD3Reduction.separatingTemplate(units: 4, dimension: 2) == nil)
}

@Test func unitPatternPaperIndex() {
    for i in 1...8 { #expect(UnitPattern(paperIndex: i)!.paperIndex == i) }
    #expect(UnitPattern(paperIndex: 0) == nil && UnitPattern(paperIndex: 9) == nil)
    let compatible = (1...8).filter { UnitPattern(paperIndex: $0)!.isXORCompatible }
    #expect(compatible == [2, 3, 5, 8])
    #expect(UnitPattern(paperIndex: 3)!.description == "+-:+")
}
