import ExactArithmetic
@testable import LinearRegions

func q(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

func net(_ spec: [([[Int]], [Int])], activation: Activation = .relu) throws -> ReLUNetwork {
    try ReLUNetwork(spec.map { (weight: $0.0.map { $0.map { Rational($0) } }, bias: $0.1.map { Rational($0) }) }, activation: activation)
}

/// A second, independent count: every one of the 2^n activation patterns is
/// tested for a non-empty open set by exact LP (each unit's pre-activation,
/// under the pattern's earlier bits, strictly of its sign; constant
/// pre-activations checked directly). Tiny networks only.
func patternEnumerationCount(_ network: ReLUNetwork, box: Rational?) -> Int {
    let d = network.inputDimension, n = network.hiddenUnits
    precondition(n <= 14)
    var count = 0
    for mask in 0..<(1 << n) {
        var constraints: [LinearConstraint] = []
        if let b = box {
            for j in 0..<d {
                var e = [Rational](repeating: Rational(), count: d)
                e[j] = Rational(1)
                constraints.append(LinearConstraint(e, .lessThan, b))
                constraints.append(LinearConstraint(e, .greaterThan, -b))
            }
        }
        var functions = (0..<d).map { AffineFunction.coordinate($0, d) }
        var bit = 0, possible = true
        for layer in network.layers.dropLast() where possible {
            let pre = zip(layer.weight, layer.bias).map { AffineFunction.combination($0, functions, plus: $1, dimension: d) }
            var next: [AffineFunction] = []
            for h in pre {
                let on = mask >> bit & 1 == 1
                bit += 1
                if h.isConstant {
                    if on != (h.b.signum > 0) { possible = false }
                } else {
                    constraints.append(LinearConstraint(h.a, on ? .greaterThan : .lessThan, -h.b))
                }
                next.append(h.scaled(by: network.activation.factor(active: on)))
            }
            functions = next
        }
        if possible, case .feasible = LinearProgram.feasibility(constraints, variables: d) { count += 1 }
    }
    return count
}

func binomial(_ n: Int, _ k: Int) -> Int {
    guard k >= 0, k <= n else { return 0 }
    var r = 1
    for i in 0..<k { r = r * (n - i) / (i + 1) }
    return r
}
