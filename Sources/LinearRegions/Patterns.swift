import ExactArithmetic

extension ReLUNetwork {
    /// The affine map a given activation pattern selects (each hidden unit
    /// replaced by identity or by its inactive factor, §5.2 and Fig. 5.1) and
    /// the pattern's region of validity: one affine function per hidden unit
    /// that must be > 0 (active) or < 0 (inactive) on the region's interior.
    /// Constant pre-activations are returned too; their sign decides alone.
    public func patternMap(_ pattern: [Bool]) -> (map: AffineMap, conditions: [(function: AffineFunction, active: Bool)]) {
        precondition(pattern.count == hiddenUnits)
        let d = inputDimension
        var functions = (0..<d).map { AffineFunction.coordinate($0, d) }
        var conditions: [(function: AffineFunction, active: Bool)] = []
        var bit = 0
        for layer in layers.dropLast() {
            let pre = zip(layer.weight, layer.bias).map { AffineFunction.combination($0, functions, plus: $1, dimension: d) }
            functions = pre.map { h in
                defer { bit += 1 }
                conditions.append((h, pattern[bit]))
                return h.scaled(by: activation.factor(active: pattern[bit]))
            }
        }
        let out = layers[layers.count - 1]
        return (AffineMap(rows: zip(out.weight, out.bias).map { AffineFunction.combination($0, functions, plus: $1, dimension: d) }), conditions)
    }

    /// A rational point where the pattern holds strictly (a full-dimensional
    /// region), or nil when the pattern is infeasible — by exact LP.
    public func interiorPoint(ofPattern pattern: [Bool], on domain: RegionDomain = .wholeSpace) -> [Rational]? {
        let d = inputDimension
        var constraints: [LinearConstraint] = []
        if case .box(let b) = domain {
            for j in 0..<d {
                let e = AffineFunction.coordinate(j, d).a
                constraints += [LinearConstraint(e, .lessThan, b), LinearConstraint(e, .greaterThan, -b)]
            }
        }
        for (h, active) in patternMap(pattern).conditions {
            if h.isConstant {
                if active != (h.b.signum > 0) { return nil }
            } else {
                constraints.append(LinearConstraint(h.a, active ? .greaterThan : .lessThan, -h.b))
            }
        }
        guard case .feasible(let x) = LinearProgram.feasibility(constraints, variables: d) else { return nil }
        return x
    }
}
