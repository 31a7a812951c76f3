import ExactArithmetic

enum Recession {
    /// A non-zero d with a·d (rel) 0 for every row {a·x (rel) b} — a direction
    /// the closed polyhedron recedes along — or nil when it is bounded: 2n exact
    /// LPs maximising ±dⱼ over the homogeneous system in the box |d| ≤ 1.
    static func direction(_ rows: [LinearConstraint], _ n: Int) -> [Rational]? {
        let homogeneous = rows.map { row -> LinearConstraint in
            let relation: Relation = row.relation == .greaterThan ? .greaterOrEqual : row.relation == .lessThan ? .lessOrEqual : row.relation
            return LinearConstraint(row.coefficients, relation, 0)
        }
        var box: [LinearConstraint] = []
        for j in 0..<n {
            let e = (0..<n).map { Rational($0 == j ? 1 : 0) }
            box += [LinearConstraint(e, .lessOrEqual, 1), LinearConstraint(e, .greaterOrEqual, -1)]
        }
        for j in 0..<n {
            for sign in [1, -1] {
                let objective = (0..<n).map { Rational($0 == j ? sign : 0) }
                if case .optimal(let value, let d) = LinearProgram.maximize(objective, subjectTo: homogeneous + box, variables: n),
                   value.signum > 0 { return Array(d.prefix(n)) }
            }
        }
        return nil
    }
}
