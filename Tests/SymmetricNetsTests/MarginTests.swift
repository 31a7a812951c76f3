import ClaimKit
import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import SymmetricNets

private func q(_ xs: [Int]) -> [Rational] { xs.map { Rational($0) } }

@Test func hardMarginByHand() throws {
    // (1,0) labelled +, (0,1) labelled −: w* = (1, −1), γ² = 1/2.
    let s = try HardMargin.solve(points: [q([1, 0]), q([0, 1])], labels: [1, -1])
    #expect(s.weights == q([1, -1]))
    #expect(s.marginSquared == Rational(1, 2))
    // n = 1 embedding: ṽ_0 = (1,0,0,0,1) +, ṽ_1 = (2,1,0,0,1) −; Gram [[2,3],[3,6]],
    // Qα = 1 gives α = (3, 5/3), ‖w‖² = 14/3.
    let e = try SymmetricEmbedding(n: 1)
    let f = try SymmetricFunction(n: 1, values: [1, -1])
    #expect(try e.optimalMargin(f).marginSquared == Rational(3, 14))
    // Explicit Lemma 2 weights (1, −2, 1, 0 | −1/2): ‖·‖² = 25/4, margin ½.
    #expect(try e.explicitMarginSquared(f) == Rational(1, 25))
}

@Test func hardMarginErrors() {
    #expect(throws: SymmetricError.self) { try HardMargin.solve(points: [q([1]), q([1])], labels: [1, -1]) }
    #expect(throws: SymmetricError.self) { try HardMargin.solve(points: [], labels: []) }
    #expect(throws: SymmetricError.self) { try HardMargin.solve(points: [q([1]), q([1, 2])], labels: [1, 1]) }
    #expect(throws: SymmetricError.self) { try HardMargin.solve(points: [q([1])], labels: [2]) }
}

/// The QP optimum against a second algorithm (support enumeration), and
/// against arbitrary separators (no w beats γ).
@Test func hardMarginAgreesWithEnumerationAndDominatesRandomSeparators() async {
    await forAll(count: 40, input: Gen.int(in: 0...100_000)) { seed in
        let data = try! ModifiedPerceptron.randomSeparable(m: 7, d: 3, seed: UInt64(seed))
        let s = try! HardMargin.solve(points: data.points, labels: data.labels)
        let enumerated = HardMargin.subsetsBySize(7, maxSize: 3).compactMap {
            HardMargin.verify($0, gram(data.points, data.labels), data.points, data.labels, method: "enumeration")
        }
        #expect(enumerated.allSatisfy { $0.marginSquared == s.marginSquared })
        #expect(!enumerated.isEmpty)
        var g = SeededGenerator(seed: UInt64(seed))
        for _ in 0..<20 {
            let w = (0..<3).map { _ in Rational(Int(g.next() % 21) - 10) }
            let scores = data.points.indices.map { i in
                Rational(data.labels[i]) * zip(w, data.points[i]).reduce(Rational(0)) { $0 + $1.0 * $1.1 }
            }
            let worst = scores.min()!
            let norm2 = w.reduce(Rational(0)) { $0 + $1 * $1 }
            if worst.signum > 0 { #expect(worst * worst / norm2 <= s.marginSquared) }
        }
    }
}

private func gram(_ p: [[Rational]], _ y: [Int]) -> [[Rational]] {
    p.indices.map { i in p.indices.map { j in
        let s = zip(p[i], p[j]).reduce(Rational(0)) { $0 + $1.0 * $1.1 }
        return y[i] == y[j] ? s : -s
    } }
}

@Test func marginSurveyMatchesSingleSolvesAndClosedForm() throws {
    for n in 1...6 {
        let s = try MarginSurvey.run(n: n, threads: 2)
        // Derived, not fitted: a separator interpolating y has second differences ±4 at most
        // at k = 1…n−1, so ‖w‖² ≤ 16(n − 1) + 14/3 for every labelling, with equality (and full
        // support) for alternating labels. Tests/Oracles/area_symmetric.py (symmetric.lemma-3)
        // writes the argument out and recomputes the minimum with Wolfe's algorithm.
        #expect(s.optimalMinSquared == Rational(3, 48 * n - 34))
        let e = try SymmetricEmbedding(n: n)
        // The survey's minimiser, solved on its own, gives the same value; so does −f.
        #expect(try e.optimalMargin(s.optimalArgmin).marginSquared == s.optimalMinSquared)
        let neg = try SymmetricFunction(n: n, values: s.optimalArgmin.values.map { -$0 })
        #expect(try e.optimalMargin(neg).marginSquared == s.optimalMinSquared)
        // Thread count does not change the answer.
        let one = try MarginSurvey.run(n: n, threads: 1)
        #expect(one.optimalArgmin == s.optimalArgmin && one.explicitMinSquared == s.explicitMinSquared)
        #expect(s.explicitMinSquared <= s.optimalMinSquared)
    }
}

@Test func perceptronBoundsHoldOnRandomSets() async {
    await forAll(count: 40, input: Gen.int(in: 0...100_000), Gen.int(in: 1...8)) { seed, hInv in
        let data = try! ModifiedPerceptron.randomSeparable(m: 8, d: 2 + seed % 3, seed: UInt64(seed))
        let s = try! HardMargin.solve(points: data.points, labels: data.labels)
        let r2 = data.points.map { $0.reduce(Rational(0)) { $0 + $1 * $1 } }.max()!
        let h = Rational(1, hInv), beta = Rational(seed % 5 + 1, 3)
        let run = try! ModifiedPerceptron.run(points: data.points, labels: data.labels, beta: beta, h: h)
        let b = PerceptronBounds(gammaSquared: s.marginSquared, radiusSquared: r2, beta: beta, h: h)
        #expect(Rational(run.updates) <= b.updates)
        #expect(run.finalMarginSquared >= b.marginSquared)
        // Termination means every point clears β.
        for i in data.points.indices {
            let score = Rational(data.labels[i]) * zip(run.weights, data.points[i]).reduce(Rational(0)) { $0 + $1.0 * $1.1 }
            #expect(score > beta)
        }
    }
}

@Test func perceptronErrors() {
    #expect(throws: SymmetricError.self) { try ModifiedPerceptron.run(points: [q([1])], labels: [1], beta: 0, h: 1) }
    #expect(throws: SymmetricError.self) { try ModifiedPerceptron.run(points: [q([1]), q([1])], labels: [1, -1], beta: 1, h: 1, maxUpdates: 100) }
}

@Test func stabilityStaysWithinTheProofsConstants() throws {
    let r = try StabilityRun.run(try SymmetricFunction.parity(n: 2))
    #expect(r.withinBounds)
    #expect(r.updates > 0)
    // h respects h ≤ γ^(5/2)/(100R²R_X) and is the largest power of two doing so.
    let n2 = Rational(4)
    #expect(r.h.power(4)! * Rational(100_000_000) * r.radiusSquared.power(4)! * n2 <= r.gammaSquared.power(5)!)
    let h2 = r.h * 2
    #expect(h2.power(4)! * Rational(100_000_000) * r.radiusSquared.power(4)! * n2 > r.gammaSquared.power(5)!)
}

/// The K⁻¹ shortcut and the general QP agree whenever the shortcut applies.
@Test func fullSupportShortcutAgreesWithGeneralSolve() async {
    await forAll(count: 40, input: Gen.int(in: 1...8), Gen.int(in: 0...1_000_000)) { n, seed in
        let e = try! SymmetricEmbedding(n: n)
        let f = try! SymmetricFunction.random(n: n, seed: UInt64(seed))
        let general = try! HardMargin.solve(points: e.points, labels: f.values)
        let kInverse = HardMargin.inverse(e.gram)!
        if let fast = HardMargin.fullSupport(kInverse: kInverse, points: e.points, labels: f.values) {
            #expect(fast.marginSquared == general.marginSquared)
            #expect(fast.weights == general.weights)
        } else {
            #expect(general.support.count < n + 1)
        }
    }
}

@Test func initialEmbeddingHasOnePointPerHammingWeight() throws {
    for n in 1...10 {
        let e = try SymmetricEmbedding(n: n)
        // The closed form of Embedding.vector(atWeight:) without its bias coordinate.
        let byWeight = Set((0...n).map { Array(e.vector(atWeight: $0).dropLast()) })
        #expect(try e.imageOfTheCube() == byWeight)
        #expect(byWeight.count == n + 1)
    }
    #expect(throws: SymmetricError.self) { try SymmetricEmbedding(n: 25).imageOfTheCube() }
}
