/// How the left side a·x of a ``LinearConstraint`` compares with its bound.
public enum Relation: Sendable {
    case lessThan, lessOrEqual, equal, greaterOrEqual, greaterThan

    public var isStrict: Bool { self == .lessThan || self == .greaterThan }
}

/// Σ coefficients[j]·x_j (relation) bound, with exact rational data.
public struct LinearConstraint: Sendable, Equatable {
    public var coefficients: [Rational]
    public var relation: Relation
    public var bound: Rational

    public init(_ coefficients: [Rational], _ relation: Relation, _ bound: Rational) {
        self.coefficients = coefficients
        self.relation = relation
        self.bound = bound
    }

    /// Whether the point satisfies the constraint exactly (missing
    /// coefficients or coordinates count as zero).
    public func isSatisfied(by point: [Rational]) -> Bool {
        var lhs = Rational()
        for (a, x) in zip(coefficients, point) where !a.isZero { lhs += a * x }
        let c = Rational.compare(lhs, bound)
        switch relation {
        case .lessThan: return c < 0
        case .lessOrEqual: return c <= 0
        case .equal: return c == 0
        case .greaterOrEqual: return c >= 0
        case .greaterThan: return c > 0
        }
    }
}

public enum LinearFeasibility: Sendable, Equatable {
    case feasible([Rational]), infeasible
}

public enum LinearOptimum: Sendable, Equatable {
    case optimal(value: Rational, point: [Rational]), unbounded, infeasible
}

/// A constraint list that does not fit the declared number of variables.
public struct LinearProgramError: Error, CustomStringConvertible, Equatable {
    public let description: String
}

/// Exact linear programming over the rationals: the simplex method with
/// Bland's anti-cycling rule on a fraction-free integer dictionary, in
/// machine integers while they suffice and GMP integers after an overflow.
///
/// Variables are free (any sign); add `x ≥ 0` rows where a sign is wanted.
/// Strict inequalities are decided exactly with a margin variable τ:
/// a·x < b becomes a·x + τ ≤ b, and the strict system is feasible iff the
/// maximum of τ (capped by τ ≤ 1) is positive.
///
/// **Edge cases:** a constraint with fewer coefficients than `variables`
/// has zeros for the rest; a longer one, or a negative `variables`, is a
/// mismatch that ``validate(_:variables:)`` reports with a one-line message;
/// the solvers read such data as if zero-padded to the longest row (so the
/// point may then have more than `variables` entries) and never trap.
/// No constraints: every point is feasible (the origin is returned).
public enum LinearProgram {
    /// Decides whether some x satisfies every constraint, strict ones
    /// included, and returns an exact witness that does.
    public static func feasibility(_ constraints: [LinearConstraint], variables: Int) -> LinearFeasibility {
        let n = width(constraints, variables)
        let hasStrict = constraints.contains { $0.relation.isStrict }
        let setup = IntegerRows(constraints, variables: n, margin: hasStrict)
        let objective = [Int](repeating: 0, count: n) + (hasStrict ? [1] : [])
        guard let (outcome, point) = solve(setup, objective: objective, stopWhenPositive: hasStrict),
              !hasStrict || outcome == .stoppedPositive else {
            return .infeasible
        }
        return .feasible(Array(point!.prefix(n)))
    }

    /// Maximizes objective·x over the constraints.
    ///
    /// Strict constraints: the feasible set is first decided exactly with
    /// them strict (`.infeasible` if empty); the value returned is then the
    /// supremum over that set, which equals the maximum over its closure, and
    /// the point attains it in the closure (it may meet a strict constraint
    /// with equality). `.unbounded` when the supremum is infinite.
    public static func maximize(_ objective: [Rational], subjectTo constraints: [LinearConstraint], variables: Int) -> LinearOptimum {
        let n = max(width(constraints, variables), objective.count)
        if constraints.contains(where: { $0.relation.isStrict }),
           case .infeasible = feasibility(constraints, variables: n) {
            return .infeasible
        }
        let objectiveScale = objective.reduce(BigInt(1)) { BigInt.lcm($0, $1.denominator) }
        var c = objective.map { ($0 * Rational(objectiveScale)).numerator }
        c += [BigInt](repeating: 0, count: n - c.count)
        let setup = IntegerRows(constraints, variables: n, margin: false)
        guard let (outcome, point) = solve(setup, objective: c, stopWhenPositive: false) else { return .infeasible }
        guard outcome != .unbounded, let point else { return .unbounded }
        var value = Rational()
        for (a, x) in zip(objective, point) where !a.isZero { value += a * x }
        return .optimal(value: value, point: point)
    }

    /// Throws when a constraint's coefficient count differs from `variables`
    /// or `variables` is negative.
    public static func validate(_ constraints: [LinearConstraint], variables: Int) throws {
        guard variables >= 0 else { throw LinearProgramError(description: "variables must be ≥ 0, got \(variables)") }
        if let i = constraints.firstIndex(where: { $0.coefficients.count != variables }) {
            throw LinearProgramError(description:
                "constraint \(i) has \(constraints[i].coefficients.count) coefficients, expected \(variables)")
        }
    }

    private static func width(_ constraints: [LinearConstraint], _ variables: Int) -> Int {
        constraints.reduce(max(variables, 0)) { max($0, $1.coefficients.count) }
    }

    /// Runs the simplex in `Int`, redoing it in `BigInt` on overflow.
    /// `nil` when infeasible; otherwise the outcome of maximizing and, when
    /// it is of use (optimal, or stopped at a positive objective), the
    /// current point (all variables, margin included).
    private static func solve(_ setup: IntegerRows, objective: [BigInt], stopWhenPositive: Bool)
        -> (SimplexOutcome, [Rational]?)? {
        let intObjective = objective.compactMap { Int(exactly: $0) }
        if let small = setup.small, intObjective.count == objective.count,
           let result = try? run(small, intObjective, setup.width, stopWhenPositive) {
            return result.solution
        }
        return try! run(setup.bigRows(), objective, setup.width, stopWhenPositive).solution
    }

    private static func solve(_ setup: IntegerRows, objective: [Int], stopWhenPositive: Bool)
        -> (SimplexOutcome, [Rational]?)? {
        if let small = setup.small, let result = try? run(small, objective, setup.width, stopWhenPositive) {
            return result.solution
        }
        return try! run(setup.bigRows(), objective.map { BigInt($0) }, setup.width, stopWhenPositive).solution
    }

    private struct Run { let solution: (SimplexOutcome, [Rational]?)? }

    private static func run<S: PivotScalar>(_ rows: [S], _ objective: [S], _ n: Int, _ stop: Bool) throws -> Run {
        var simplex = try FractionFreeSimplex<S>(rows: rows, objective: objective, variables: n)
        try simplex.pivotFreeVariablesIn()
        guard try simplex.phaseOne() else { return Run(solution: nil) }
        var outcome = try simplex.optimize(row: simplex.objectiveRow, stopWhenPositive: stop)
        // A free variable left outside the basis moves without touching a
        // constrained row: any objective weight on it is unbounded.
        for s in 0..<(simplex.cols - 1) where simplex.nonbasic[s] < n && simplex.at(simplex.objectiveRow, s).sgn != 0 {
            outcome = .unbounded
        }
        if outcome == .unbounded || (stop && outcome != .stoppedPositive) { return Run(solution: (outcome, nil)) }
        let point = (0..<n).map { simplex.value(of: $0).over(simplex.det) }
        return Run(solution: (outcome, point))
    }
}
