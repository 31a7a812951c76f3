import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import PolarityTheory

/// Counts n-tuples over m marked + M unmarked symbols with exactly k
/// distinct marked symbols by walking all (m + M)ⁿ tuples.
func bruteForceQ(_ k: Int, _ m: Int, _ M: Int, _ n: Int) -> Int {
    var count = 0
    var t = [Int](repeating: 0, count: n)
    while true {
        if Set(t.filter { $0 < m }).count == k { count += 1 }
        var i = 0
        while i < n && t[i] == m + M - 1 { t[i] = 0; i += 1 }
        if i == n { return count }
        t[i] += 1
    }
}

@Test func qByHand() throws {
    // n = 2 over 4 marked + 4 unmarked: 16 tuples avoid B; 4·(25 − 16) use one; 4·3 ordered pairs use two.
    #expect(try CountingHelperQ.recursive(0, 4, 4, 2) == 16)
    #expect(try CountingHelperQ.recursive(1, 4, 4, 2) == 36)
    #expect(try CountingHelperQ.recursive(2, 4, 4, 2) == 12)
    #expect(try CountingHelperQ.recursive(3, 4, 4, 2) == 0)
    #expect(try CountingHelperQ.recursive(0, 3, 5, 0) == 1)
    #expect(try CountingHelperQ.recursive(5, 3, 5, 7) == 0)   // k > m
}

@Test func qMatchesBruteForce() async {
    await forAll(count: 60, input: Gen.int(in: 0...3), Gen.int(in: 0...3), Gen.int(in: 0...3), Gen.int(in: 1...4)) { k, m, M, n in
        guard m + M > 0 else { return }
        let q = try! CountingHelperQ.recursive(k, BigInt(m), BigInt(M), n)
        #expect(q == BigInt(bruteForceQ(k, m, M, n)), "Q(\(k),\(m),\(M),\(n))")
    }
}

@Test func recursionEqualsInclusionExclusion() async {
    await forAll(count: 200, input: Gen.int(in: 0...6), Gen.int(in: 0...70), Gen.int(in: 0...70), Gen.int(in: 0...60)) { k, m, M, n in
        #expect(try! CountingHelperQ.recursive(k, BigInt(m), BigInt(M), n) == (try! CountingHelperQ.inclusionExclusion(k, BigInt(m), BigInt(M), n)))
    }
}

@Test func qPartitionsAllTuples() async {
    // Σ_k Q(k, m, M, n) = (m + M)ⁿ.
    await forAll(count: 100, input: Gen.int(in: 0...8), Gen.int(in: 0...8), Gen.int(in: 0...30)) { m, M, n in
        var sum = BigInt(0)
        for k in 0...m { sum += try! CountingHelperQ.recursive(k, BigInt(m), BigInt(M), n) }
        #expect(sum == BigInt(m + M).power(n))
    }
}

@Test func qRejectsNegativeArguments() {
    #expect(throws: PolarityError.self) { try CountingHelperQ.recursive(-1, 4, 4, 3) }
    #expect(throws: PolarityError.self) { try CountingHelperQ.recursive(1, -4, 4, 3) }
    #expect(throws: PolarityError.self) { try CountingHelperQ.inclusionExclusion(1, 4, -4, 3) }
    #expect(throws: PolarityError.self) { try CountingHelperQ.inclusionExclusion(1, 4, 4, -3) }
}
