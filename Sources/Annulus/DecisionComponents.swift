import ExactArithmetic

/// The connected components of a decision set {s·f > 0}, each with a
/// certificate of unboundedness when it has one.
///
/// The set is the union of the convex pieces Cₛ = Rₛ ∩ {s·fₛ > 0} over the
/// closed activation regions Rₛ; two pieces lie in one component iff a chain
/// of pieces joins them in which neighbours share a point (an exact LP on
/// both regions' rows with s·f > 0). A component is unbounded iff one of its
/// pieces is, and an unbounded piece holds a ray p + t·d: p an interior point
/// of the piece, d ≠ 0 a recession direction of Rₛ with s·∇fₛ·d ≥ 0.
public struct DecisionComponents: Sendable {
    public let sign: Int
    /// Pieces (non-empty Cₛ) per component, as region indices.
    public let components: [[Int]]
    /// Per component: a ray inside it, or nil when the component is bounded.
    public let rays: [SignRay?]
    public let regions: [ActivationRegion]

    public init(_ net: DecisionNet, sign: Int, regions given: [ActivationRegion]? = nil) {
        let regions = given ?? ActivationRegions.enumerate(net)
        let n = net.inputDimension
        let s = Rational(sign)
        func positive(_ r: ActivationRegion) -> LinearConstraint {
            AffineForm(coefficients: r.output.coefficients.map { s * $0 }, constant: s * r.output.constant).atLeastZero(strict: true)
        }
        var pieces: [Int] = [], witness: [Int: [Rational]] = [:]
        for (i, r) in regions.enumerated() {
            if case .feasible(let p) = LinearProgram.feasibility(r.constraints + [positive(r)], variables: n) {
                pieces.append(i)
                witness[i] = p
            }
        }
        var parent = Dictionary(uniqueKeysWithValues: pieces.map { ($0, $0) })
        func find(_ x: Int) -> Int { var x = x; while parent[x]! != x { x = parent[x]! }; return x }
        for (a, i) in pieces.enumerated() {
            for j in pieces[(a + 1)...] where find(i) != find(j) {
                let rows = regions[i].constraints + regions[j].constraints + [positive(regions[i])]
                if case .feasible = LinearProgram.feasibility(rows, variables: n) { parent[find(j)] = find(i) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in pieces { groups[find(i), default: []].append(i) }
        let components = groups.values.sorted { $0[0] < $1[0] }
        rays = components.map { component in
            for i in component {
                let r = regions[i]
                let rising = LinearConstraint(r.output.coefficients.map { s * $0 }, .greaterOrEqual, 0)
                if let d = Recession.direction(r.constraints + [rising], n) {
                    return SignRay(point: witness[i]!, direction: d, sign: sign)
                }
            }
            return nil
        }
        self.sign = sign
        self.components = components
        self.regions = regions
    }

    public var isEmpty: Bool { components.isEmpty }
    public var boundedComponents: Int { rays.filter { $0 == nil }.count }
}
