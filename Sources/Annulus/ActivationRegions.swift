import ExactArithmetic

/// An affine function a·x + c on ℝⁿ with rational data.
public struct AffineForm: Sendable, Equatable {
    public var coefficients: [Rational]
    public var constant: Rational

    public func callAsFunction(_ x: [Rational]) -> Rational {
        var s = constant
        for (a, v) in zip(coefficients, x) where !a.isZero { s += a * v }
        return s
    }

    public var isConstant: Bool { coefficients.allSatisfy(\.isZero) }

    /// self ≥ 0 (or > 0) as an LP row.
    func atLeastZero(strict: Bool) -> LinearConstraint {
        LinearConstraint(coefficients, strict ? .greaterThan : .greaterOrEqual, -constant)
    }

    func atMostZero(strict: Bool) -> LinearConstraint {
        LinearConstraint(coefficients, strict ? .lessThan : .lessOrEqual, -constant)
    }

    static func combination(_ row: [Rational], _ forms: [AffineForm], bias: Rational, dimension n: Int) -> AffineForm {
        var out = AffineForm(coefficients: [Rational](repeating: 0, count: n), constant: bias)
        for (w, h) in zip(row, forms) where !w.isZero {
            for i in 0..<n where !h.coefficients[i].isZero { out.coefficients[i] += w * h.coefficients[i] }
            out.constant += w * h.constant
        }
        return out
    }
}

/// A full-dimensional activation region: the closed polyhedron on which every
/// hidden unit keeps one side of zero, and the affine function f is there.
public struct ActivationRegion: Sendable {
    /// Per hidden layer, per unit: active (preactivation ≥ 0 on the region).
    public let pattern: [[Bool]]
    /// The closed region: one row per hidden unit whose preactivation is not
    /// constant on it.
    public let constraints: [LinearConstraint]
    /// f restricted to the region.
    public let output: AffineForm
    /// A point of the interior (every non-constant preactivation ≠ 0).
    public let interiorPoint: [Rational]
}

/// Exact enumeration of the activation regions of a `DecisionNet` on all of
/// ℝⁿ, unit by unit with an exact LP deciding whether each half still has
/// interior (strict inequalities). Degenerate arrangements are handled
/// without perturbation: a unit whose preactivation is constant on a region
/// takes the side of its constant (zero counts as inactive) and adds no row.
///
/// Cost: one LP per node of the pattern tree (≤ 2^(units+1)); meant for the
/// small networks of chapter 4 (n ≤ 6, a few dozen units).
public enum ActivationRegions {
    public static func enumerate(_ net: DecisionNet) -> [ActivationRegion] {
        let n = net.inputDimension
        let inputs = (0..<n).map { i in AffineForm(coefficients: (0..<n).map { Rational($0 == i ? 1 : 0) }, constant: 0) }
        var out: [ActivationRegion] = []

        func layer(_ k: Int, _ h: [AffineForm], _ strict: [LinearConstraint], _ closed: [LinearConstraint],
                   _ pattern: [[Bool]], _ witness: [Rational]) {
            let pre = zip(net.weights[k], net.biases[k]).map { AffineForm.combination($0, h, bias: $1, dimension: n) }
            if k == net.weights.count - 1 {
                out.append(ActivationRegion(pattern: pattern, constraints: closed, output: pre[0], interiorPoint: witness))
                return
            }
            unit(k, 0, pre, [], strict, closed, pattern, [], witness)
        }

        func unit(_ k: Int, _ j: Int, _ pre: [AffineForm], _ next: [AffineForm], _ strict: [LinearConstraint],
                  _ closed: [LinearConstraint], _ pattern: [[Bool]], _ bits: [Bool], _ witness: [Rational]) {
            if j == pre.count { layer(k + 1, next, strict, closed, pattern + [bits], witness); return }
            let z = pre[j]
            let zero = AffineForm(coefficients: [Rational](repeating: 0, count: n), constant: 0)
            if z.isConstant {
                let on = z.constant.signum > 0
                unit(k, j + 1, pre, next + [on ? z : zero], strict, closed, pattern, bits + [on], witness)
                return
            }
            for on in [true, false] {
                let s = on ? z.atLeastZero(strict: true) : z.atMostZero(strict: true)
                var w = witness
                if !s.isSatisfied(by: witness) {
                    guard case .feasible(let p) = LinearProgram.feasibility(strict + [s], variables: n) else { continue }
                    w = p
                }
                unit(k, j + 1, pre, next + [on ? z : zero], strict + [s],
                     closed + [on ? z.atLeastZero(strict: false) : z.atMostZero(strict: false)], pattern, bits + [on], w)
            }
        }

        layer(0, inputs, [], [], [], [Rational](repeating: 0, count: n))
        return out
    }
}
