import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import PolarityTheory

@Test func lemmaD2ByHand() throws {
    #expect(try ProbabilityBounds.lemmaD2(units: 1) == 0)
    #expect(try ProbabilityBounds.lemmaD2(units: 2) == 0)
    // n = 3: all three units compatible and distinct: 4·3·2 of 8³ sequences.
    #expect(try ProbabilityBounds.lemmaD2(units: 3) == Rational(24, 512))
    // n = 4: 4! with all four distinct, C(4,3)·C(4,2)·3!·… counted directly below.
    #expect(try ProbabilityBounds.lemmaD2(units: 4) == Rational(BigInt(bruteForceAtLeast3(n: 4)), BigInt(4096)))
}

/// Sequences of n patterns out of 8 (4 compatible) with ≥ 3 distinct compatible ones.
func bruteForceAtLeast3(n: Int) -> Int {
    var count = 0
    var t = [Int](repeating: 0, count: n)
    while true {
        if Set(t.filter { $0 < 4 }).count >= 3 { count += 1 }
        var i = 0
        while i < n && t[i] == 7 { t[i] = 0; i += 1 }
        if i == n { return count }
        t[i] += 1
    }
}

@Test func theoremD3AtDimensionTwoIsLemmaD2() async {
    await forAll(count: 40, input: Gen.int(in: 1...300)) { n in
        #expect(try! ProbabilityBounds.theoremD3(units: n, dimension: 2) == (try! ProbabilityBounds.lemmaD2(units: n)))
    }
}

@Test func boundsAreMonotone() async {
    // The counted event persists when a unit is added: non-decreasing in n.
    await forAll(count: 60, input: Gen.int(in: 1...200), Gen.int(in: 2...64)) { n, d in
        let a = try! ProbabilityBounds.theoremD3(units: n, dimension: d)
        let b = try! ProbabilityBounds.theoremD3(units: n + 1, dimension: d)
        #expect(a <= b)
        #expect(a >= 0 && a < 1)
        // More irrelevant dimensions make distinct full patterns likelier: D.3 ≥ D.2.
        #expect(a >= (try! ProbabilityBounds.lemmaD2(units: n)))
    }
}

@Test func largestSizesAreExact() throws {
    let v = try ProbabilityBounds.theoremD3(units: 10_000, dimension: 64)
    #expect(v < 1 && v > Rational(999, 1000))
    // Denominator divides 2^(65·10000).
    #expect(v.denominator.nonzeroBitCount == 1)
}

@Test func smallestUnitsExceedingLevel() throws {
    // Independent values from Python fractions (benchmarks/polarity_baselines.py).
    #expect(try ProbabilityBounds.smallestUnits(exceeding: Rational(99, 100), dimension: 5) == 14)
    #expect(try ProbabilityBounds.smallestUnits(exceeding: Rational(99, 100)) == 23)
    #expect(try ProbabilityBounds.smallestUnits(exceeding: 0) == 3)
    #expect(try ProbabilityBounds.smallestUnits(exceeding: -1) == 1)
    #expect(try ProbabilityBounds.smallestUnits(exceeding: 1) == nil)
}

@Test func smallestUnitsIsTheFirstCrossing() async {
    await forAll(count: 30, input: Gen.int(in: 1...999), Gen.int(in: 2...8)) { permille, d in
        let level = Rational(permille, 1000)
        let n = try! ProbabilityBounds.smallestUnits(exceeding: level, dimension: d)!
        #expect(try! ProbabilityBounds.theoremD3(units: n, dimension: d) > level)
        if n > 1 { #expect(try! ProbabilityBounds.theoremD3(units: n - 1, dimension: d) <= level) }
    }
}

@Test func boundsRejectBadSizes() {
    #expect(throws: PolarityError.self) { try ProbabilityBounds.lemmaD2(units: 0) }
    #expect(throws: PolarityError.self) { try ProbabilityBounds.lemmaD2(units: 10_001) }
    #expect(throws: PolarityError.self) { try ProbabilityBounds.theoremD3(units: 5, dimension: 1) }
    #expect(throws: PolarityError.self) { try ProbabilityBounds.theoremD3(units: 5, dimension: 65) }
    #expect(throws: PolarityError.self) { try ProbabilityBounds.smallestUnits(exceeding: Rational(1, 2), dimension: 1) }
}
