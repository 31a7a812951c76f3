import ExactArithmetic

/// f along the witness line of its swaps value: the projected points w·x
/// in increasing order and f there (true ↦ positive class).
public func projection(_ f: TruthTable, _ s: SwapsValue) -> (points: [Rational], labels: [Bool]) {
    let n = f.variables
    let points = s.order.map { x in (0..<n).reduce(Rational(0)) { $0 + (x >> (n - 1 - $1) & 1 == 1 ? s.witness[$1] : 0) } }
    return (points, s.order.map { f[$0] })
}

/// Theorem 3.3.2 by the proof of appendix A.2: s + 1 regions along the line,
/// targets at the region centres yᵢ chosen so the interpolant crosses zero at
/// the midpoint of each gap (eq. A.17–A.20), then Lemma A.2.1 — s nodes.
///
/// **Edge cases:** s = 0 (constant f) gives the constant network with one
/// idle node; α outside [0, 1) throws.
public func widthSNetwork(points: [Rational], labels: [Bool], alpha: Rational) throws -> ShallowNetwork {
    var regions: [(first: Rational, last: Rational, positive: Bool)] = []
    for (x, label) in zip(points, labels) {
        if let r = regions.last, r.positive == label { regions[regions.count - 1].last = x } else { regions.append((x, x, label)) }
    }
    let one = Rational(1), two = Rational(2)
    if regions.count == 1 {
        return try interpolatingNetwork(points: [points[0], points[0] + one], values: [regions[0].positive ? one : -one, regions[0].positive ? one : -one], alpha: alpha)
    }
    let centres = regions.map { ($0.first + $0.last) / two }
    var targets = [regions[0].positive ? one : -one]
    for i in 1..<regions.count {
        let gap = (regions[i - 1].last + regions[i].first) / two
        let previous = targets[i - 1], y0 = centres[i - 1]
        let slope = -previous / (gap - y0)
        targets.append(previous + slope * (centres[i] - y0))
    }
    return try interpolatingNetwork(points: centres, values: targets, alpha: alpha)
}

/// A network with s − 1 nodes for s class changes, if the exact LP finds one
/// with one breakpoint inside each inner region (at its centre, or a quarter
/// of the way in from either end; any node orientations); nil otherwise.
/// A nil is no proof of impossibility — except for s = 2, where one leaky
/// node is monotone along the line.
public func narrowNetwork(points: [Rational], labels: [Bool], alpha: Rational) -> ShallowNetwork? {
    var regions: [(first: Rational, last: Rational)] = []
    var previous: Bool? = nil
    for (x, label) in zip(points, labels) {
        if label == previous { regions[regions.count - 1].last = x } else { regions.append((x, x)) }
        previous = label
    }
    let s = regions.count - 1
    guard s >= 1 else { return nil }
    let inner = Array(regions.dropFirst().dropLast())
    let m = inner.count
    for place in [Rational(1, 2), Rational(1, 4), Rational(3, 4)] {
        let breakpoints = inner.map { $0.first + ($0.last - $0.first) * place }
        for pattern in 0..<(1 << m) {
            let facing = (0..<m).map { pattern >> $0 & 1 == 0 }
            // Variables (d, a₁ … a_m): label·v(x) > 0 at every point.
            let rows = zip(points, labels).map { x, positive -> LinearConstraint in
                var c = [Rational(1)]
                for i in 0..<m {
                    let z = facing[i] ? x - breakpoints[i] : breakpoints[i] - x
                    c.append(z.signum >= 0 ? z : alpha * z)
                }
                return LinearConstraint(c, positive ? .greaterThan : .lessThan, 0)
            }
            if case .feasible(let v) = LinearProgram.feasibility(rows, variables: m + 1) {
                let nodes = (0..<m).map { ShallowNetwork.Node(weight: v[$0 + 1], breakpoint: breakpoints[$0], facesRight: facing[$0]) }
                return ShallowNetwork(alpha: alpha, bias: v[0], nodes: nodes)
            }
        }
    }
    return nil
}

/// Theorems 3.3.3 / 3.3.4: the width-w zigzag T (w nodes, Lemma A.2.1 through
/// (i/w, i mod 2)) composed l times maps each [i/wˡ, (i+1)/wˡ] onto [0, 1];
/// v = T^l − 1/2 alternates in sign on the grid i/wˡ, i = 0 … wˡ.
public struct DeepZigzag: Sendable {
    public let layer: ShallowNetwork
    public let depth: Int

    /// **Edge cases:** w < 1, l < 1 or α outside [0, 1) throw.
    public init(width w: Int, depth l: Int, alpha: Rational) throws {
        guard w >= 1, l >= 1 else { throw BooleanError("the zigzag needs width ≥ 1 and depth ≥ 1") }
        let xs = (0...w).map { Rational($0, w) }
        layer = try interpolatingNetwork(points: xs, values: (0...w).map { Rational($0 % 2) }, alpha: alpha)
        depth = l
    }

    /// wˡ.
    public var cellCount: Int { (0..<depth).reduce(1) { acc, _ in acc * layer.width } }

    public func callAsFunction(_ x: Rational) -> Rational {
        (0..<depth).reduce(x) { y, _ in layer(y) } - Rational(1, 2)
    }

    /// Sign changes of v along the grid i/wˡ.
    public var gridSignChanges: Int {
        let cells = cellCount
        let signs = (0...cells).map { self(Rational($0, cells)).signum }
        return zip(signs, signs.dropFirst()).filter { $0.0 != $0.1 }.count
    }

    /// Theorem 3.3.4: n-parity for n ≤ wˡ via x ↦ (Σ xᵢ)/wˡ, checked on all 2ⁿ inputs.
    public func solvesParity(_ n: Int) -> Bool {
        let cells = cellCount
        return (0..<(1 << n)).allSatisfy { x in
            let v = self(Rational(x.nonzeroBitCount, cells))
            return x.nonzeroBitCount % 2 == 1 ? v.signum > 0 : v.signum < 0
        }
    }
}
