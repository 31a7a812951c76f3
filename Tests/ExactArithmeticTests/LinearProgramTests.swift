import PropertyTesting
import Testing
import PropertyBased
@testable import ExactArithmetic

private func q(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

/// A bounded polytope {a·x ≤ b} given as ≤ rows: the maximum of c·x over its
/// vertices (every d-subset of rows taken as equalities), nil when no vertex
/// is feasible. Correct when the rows include a bounding box.
private func bruteForceMax(_ c: [Rational], _ rows: [(a: [Rational], b: Rational)]) -> Rational? {
    let d = c.count
    var best: Rational?
    for subset in subsets(rows.count, d) {
        guard let x = naiveSolve(subset.map { rows[$0].a }, subset.map { rows[$0].b }) else { continue }
        let inside = rows.allSatisfy { row in zip(row.a, x).reduce(Rational()) { $0 + $1.0 * $1.1 } <= row.b }
        guard inside else { continue }
        let value = zip(c, x).reduce(Rational()) { $0 + $1.0 * $1.1 }
        if best == nil || value > best! { best = value }
    }
    return best
}

/// The constraint as ≤ rows (≥ negated, = split; strict treated as closed).
private func lessOrEqualRows(_ c: LinearConstraint) -> [(a: [Rational], b: Rational)] {
    switch c.relation {
    case .lessThan, .lessOrEqual: return [(c.coefficients, c.bound)]
    case .greaterThan, .greaterOrEqual: return [(c.coefficients.map { -$0 }, -c.bound)]
    case .equal: return [(c.coefficients, c.bound), (c.coefficients.map { -$0 }, -c.bound)]
    }
}

private func box(_ n: Int, _ size: Int) -> [LinearConstraint] {
    (0..<n).flatMap { i -> [LinearConstraint] in
        let e = (0..<n).map { $0 == i ? q(1) : q(0) }
        return [LinearConstraint(e, .lessOrEqual, q(size)), LinearConstraint(e, .greaterOrEqual, q(-size))]
    }
}

private func randomSystem(_ rng: inout SplitMix64, variables n: Int, count: ClosedRange<Int>,
                          relations: [Relation]) -> [LinearConstraint] {
    (0..<rng.int(count)).map { _ in
        LinearConstraint((0..<n).map { _ in rng.rational(-3...3, maxDen: 2) },
                         relations[rng.int(0...(relations.count - 1))], rng.rational(-5...5, maxDen: 3))
    }
}

@Suite struct LinearProgramTests {
    @Test func strictOppositeSignsAreInfeasible() {
        let s = [LinearConstraint([1], .greaterThan, 0), LinearConstraint([1], .lessThan, 0)]
        #expect(LinearProgram.feasibility(s, variables: 1) == .infeasible)
    }

    @Test func closedOppositeSignsMeetAtZero() {
        let s = [LinearConstraint([1], .greaterOrEqual, 0), LinearConstraint([1], .lessOrEqual, 0)]
        #expect(LinearProgram.feasibility(s, variables: 1) == .feasible([0]))
    }

    @Test func halfOpenDegenerateBoundary() {
        // x ≥ 0, x < 0 is empty; x > 0, x < 1/1000 is not.
        #expect(LinearProgram.feasibility([LinearConstraint([1], .greaterOrEqual, 0), LinearConstraint([1], .lessThan, 0)],
                                          variables: 1) == .infeasible)
        let thin = [LinearConstraint([1], .greaterThan, 0), LinearConstraint([1000], .lessThan, 1)]
        guard case .feasible(let x) = LinearProgram.feasibility(thin, variables: 1) else { Issue.record("infeasible"); return }
        #expect(thin.allSatisfy { $0.isSatisfied(by: x) })
    }

    @Test func equalitiesPinThePoint() {
        // x + y = 3, x − y = 1 → (2, 1).
        let s = [LinearConstraint([1, 1], .equal, 3), LinearConstraint([1, -1], .equal, 1)]
        #expect(LinearProgram.feasibility(s, variables: 2) == .feasible([2, 1]))
    }

    @Test func knownOptimumAndUnbounded() {
        // max x + y s.t. x + 2y ≤ 4, 3x + y ≤ 6, x, y ≥ 0 → (8/5, 6/5), value 14/5.
        let s = [LinearConstraint([1, 2], .lessOrEqual, 4), LinearConstraint([3, 1], .lessOrEqual, 6),
                 LinearConstraint([1, 0], .greaterOrEqual, 0), LinearConstraint([0, 1], .greaterOrEqual, 0)]
        #expect(LinearProgram.maximize([1, 1], subjectTo: s, variables: 2) == .optimal(value: q(14, 5), point: [q(8, 5), q(6, 5)]))
        #expect(LinearProgram.maximize([1, -1], subjectTo: Array(s.suffix(2)), variables: 2) == .unbounded)
        #expect(LinearProgram.maximize([1], subjectTo: [], variables: 1) == .unbounded)
        #expect(LinearProgram.maximize([0], subjectTo: [], variables: 1) == .optimal(value: 0, point: [0]))
        #expect(LinearProgram.maximize([1], subjectTo: [LinearConstraint([1], .lessThan, 0), LinearConstraint([1], .greaterThan, 0)],
                                       variables: 1) == .infeasible)
    }

    @Test func strictMaximizeReturnsTheSupremum() {
        // sup x over 0 < x < 1 is 1, attained in the closure.
        let s = [LinearConstraint([1], .greaterThan, 0), LinearConstraint([1], .lessThan, 1)]
        #expect(LinearProgram.maximize([1], subjectTo: s, variables: 1) == .optimal(value: 1, point: [1]))
    }

    @Test func constantRowsAndMismatchedCounts() throws {
        #expect(LinearProgram.feasibility([LinearConstraint([0, 0], .lessThan, 0)], variables: 2) == .infeasible)
        #expect(LinearProgram.feasibility([LinearConstraint([0, 0], .lessOrEqual, 0)], variables: 2) == .feasible([0, 0]))
        #expect(LinearProgram.feasibility([], variables: 3) == .feasible([0, 0, 0]))
        #expect(throws: LinearProgramError.self) { try LinearProgram.validate([LinearConstraint([1], .equal, 1)], variables: 2) }
        #expect(throws: LinearProgramError.self) { try LinearProgram.validate([], variables: -1) }
        try LinearProgram.validate([LinearConstraint([1, 2], .equal, 1)], variables: 2)
        // Short rows are zero-padded: x1 = 5 with x2 free.
        guard case .feasible(let x) = LinearProgram.feasibility([LinearConstraint([1], .equal, 5)], variables: 2) else {
            Issue.record("infeasible"); return
        }
        #expect(x.count == 2 && x[0] == 5)
        #expect(LinearProgram.feasibility([LinearConstraint([1], .equal, 5)], variables: -3) == .feasible([5]))
    }

    @Test func hugeCoefficientsTakeTheBigIntPath() {
        let big = Rational(BigInt(1) << 200)
        let s = [LinearConstraint([big, 1], .lessThan, big), LinearConstraint([1, -big], .greaterThan, 0),
                 LinearConstraint([1, 0], .greaterThan, q(1, 3))]
        guard case .feasible(let x) = LinearProgram.feasibility(s, variables: 2) else { Issue.record("infeasible"); return }
        #expect(s.allSatisfy { $0.isSatisfied(by: x) })
    }

    /// Entries near 2^40 fit a machine word but their products do not: the
    /// pivots overflow and the solver redoes the work in GMP integers.
    @Test func overflowDuringPivotsFallsBack() async {
        await forAll(count: 40, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: seed)
            let big = 1 << 40
            let system = (0..<6).map { _ in
                LinearConstraint((0..<3).map { _ in q(rng.int(-big...big)) }, [.lessThan, .greaterOrEqual][rng.int(0...1)], q(rng.int(-big...big)))
            } + box(3, big)
            let c = (0..<3).map { _ in q(rng.int(-big...big)) }
            if case .feasible(let x) = LinearProgram.feasibility(system, variables: 3) {
                #expect(system.allSatisfy { $0.isSatisfied(by: x) })
            }
            let closed = system.map { LinearConstraint($0.coefficients, $0.relation == .lessThan ? .lessOrEqual : $0.relation, $0.bound) }
            let expected = bruteForceMax(c, closed.flatMap(lessOrEqualRows))
            switch LinearProgram.maximize(c, subjectTo: closed, variables: 3) {
            case .optimal(let value, let point):
                #expect(value == expected)
                #expect(closed.allSatisfy { $0.isSatisfied(by: point) })
            case .infeasible: #expect(expected == nil)
            case .unbounded: Issue.record("boxed system reported unbounded")
            }
        }
    }

    /// Beale's example cycles under the textbook largest-coefficient rule;
    /// Bland's rule must reach the optimum 5/4 at (1, 0, 1, 0).
    @Test func bealeCyclingExampleTerminates() {
        let nonNegative = (0..<4).map { i in LinearConstraint((0..<4).map { $0 == i ? q(1) : q(0) }, .greaterOrEqual, 0) }
        let s = [LinearConstraint([q(1, 4), -8, -1, 9], .lessOrEqual, 0),
                 LinearConstraint([q(1, 2), -12, q(-1, 2), 3], .lessOrEqual, 0),
                 LinearConstraint([0, 0, 1, 0], .lessOrEqual, 1)] + nonNegative
        #expect(LinearProgram.maximize([q(3, 4), -20, q(1, 2), -6], subjectTo: s, variables: 4)
                == .optimal(value: q(5, 4), point: [1, 0, 1, 0]))
    }

    /// Gordan's alternative: A·w > 0 (rows a_i·w > 0) is feasible exactly
    /// when y ≥ 0, Σ y = 1, Aᵀy = 0 is not. Two different code paths
    /// (strict homogeneous vs equalities with signs) must disagree.
    @Test func gordanAlternative() async {
        await forAll(count: 150, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: seed)
            let n = rng.int(2...5), m = rng.int(1...12)
            let rows = (0..<m).map { _ in (0..<n).map { _ in q(rng.int(-1...1)) } }
            let strict = rows.map { LinearConstraint($0, .greaterThan, 0) }
            var dual = (0..<n).map { j in LinearConstraint(rows.map { $0[j] }, .equal, 0) }
            dual.append(LinearConstraint([Rational](repeating: 1, count: m), .equal, 1))
            dual += (0..<m).map { i in LinearConstraint((0..<m).map { $0 == i ? q(1) : q(0) }, .greaterOrEqual, 0) }
            let primal = LinearProgram.feasibility(strict, variables: n)
            let alternative = LinearProgram.feasibility(dual, variables: m)
            switch (primal, alternative) {
            case (.feasible(let w), .infeasible): #expect(strict.allSatisfy { $0.isSatisfied(by: w) })
            case (.infeasible, .feasible(let y)): #expect(dual.allSatisfy { $0.isSatisfied(by: y) })
            default: Issue.record("Gordan's alternative violated: \(primal) / \(alternative)")
            }
        }
    }

    /// Closed systems in a box: the optimum equals the best feasible vertex.
    @Test func maximizeMatchesVertexEnumeration() async {
        await forAll(count: 150, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: seed)
            let n = rng.int(2...3)
            let system = randomSystem(&rng, variables: n, count: 1...4,
                                      relations: [.lessOrEqual, .greaterOrEqual, .lessOrEqual, .greaterOrEqual, .equal])
                + box(n, 10)
            let c = (0..<n).map { _ in rng.rational(-4...4, maxDen: 3) }
            let expected = bruteForceMax(c, system.flatMap(lessOrEqualRows))
            switch LinearProgram.maximize(c, subjectTo: system, variables: n) {
            case .infeasible: #expect(expected == nil)
            case .unbounded: Issue.record("bounded box reported unbounded")
            case .optimal(let value, let point):
                #expect(value == expected)
                #expect(system.allSatisfy { $0.isSatisfied(by: point) })
                #expect(value == zip(c, point).reduce(Rational()) { $0 + $1.0 * $1.1 })
            }
        }
    }

    /// Unboxed systems: unbounded iff feasible and the recession cone
    /// {d : A d ≤ 0} has c·d > 0 (decided by brute force on d in [−1, 1]ⁿ).
    @Test func unboundedMatchesRecessionCone() async {
        await forAll(count: 120, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: seed)
            let n = rng.int(2...3)
            let system = randomSystem(&rng, variables: n, count: 1...4, relations: [.lessOrEqual, .greaterOrEqual])
            let c = (0..<n).map { _ in rng.rational(-3...3) }
            let rows = system.flatMap(lessOrEqualRows)
            // Coordinates of a vertex are Cramer ratios ≤ 3!·3³·… ≪ 10⁴ here.
            let boxed = rows + box(n, 10_000).flatMap(lessOrEqualRows)
            let feasible = bruteForceMax(c, boxed) != nil
            let cone = rows.map { (a: $0.a, b: Rational()) } + box(n, 1).flatMap(lessOrEqualRows)
            let ray = bruteForceMax(c, cone)!
            let result = LinearProgram.maximize(c, subjectTo: system, variables: n)
            if !feasible { #expect(result == .infeasible) }
            else if ray > 0 { #expect(result == .unbounded) }
            else {
                guard case .optimal(let value, let point) = result else { Issue.record("expected optimal, got \(result)"); return }
                #expect(value == bruteForceMax(c, boxed))
                #expect(system.allSatisfy { $0.isSatisfied(by: point) })
            }
        }
    }

    /// Strict systems: feasible iff max τ > 0 over the closed system with
    /// margin τ (vertex enumeration in n + 1 dimensions); witness checked.
    @Test func strictFeasibilityMatchesMarginVertices() async {
        await forAll(count: 150, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: seed)
            let n = 2
            let system = randomSystem(&rng, variables: n, count: 1...4,
                                      relations: [.lessThan, .greaterThan, .lessOrEqual, .greaterOrEqual, .equal])
            var rows: [(a: [Rational], b: Rational)] = []
            for c in system {
                let strict: Rational = c.relation.isStrict ? 1 : 0
                rows += lessOrEqualRows(c).map { (a: $0.a + [strict], b: $0.b) }
            }
            let lifted = box(n + 1, 100_000).flatMap(lessOrEqualRows)
            let tau = bruteForceMax([0, 0, 1], rows + lifted.dropLast(2) + [(a: [0, 0, 1], b: 1), (a: [0, 0, -1], b: 100_000)])
            let expectFeasible = tau.map { $0 > 0 } ?? false
            switch LinearProgram.feasibility(system, variables: n) {
            case .infeasible: #expect(!expectFeasible)
            case .feasible(let x):
                #expect(expectFeasible)
                #expect(x.count == n)
                #expect(system.allSatisfy { $0.isSatisfied(by: x) })
            }
        }
    }
}
