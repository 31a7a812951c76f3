import ExactArithmetic

/// Exact geometry of the closed decision set P̄ = {f ≥ 0} of a network, in the
/// metric |x|² = xᵀGx, computed region by region from the activation regions
/// (no closed form, no convexity assumed) — the independent check of §4.1's
/// radii and facet counts.
///
/// * R² = max |v|² over the vertices of the pieces Rₛ ∩ {fₛ ≥ 0} (a convex
///   function on a bounded polyhedron peaks at a vertex); every vertex is an
///   intersection of n of its rows, solved exactly.
/// * ρ² = min |x|² over {f ≤ 0}: on each piece Rₛ ∩ {fₛ ≤ 0} the minimiser is
///   the G-projection of the origin onto the affine span of some of its rows,
///   so every subset of ≤ n rows gives a candidate, kept when feasible.
/// * Facets: distinct hyperplanes fₛ = 0 whose piece {x ∈ Rₛ : fₛ(x) = 0}
///   has n affinely independent vertices.
///
/// **Edge cases:** `bounded` is false (and R², facets meaningless) when some
/// piece Rₛ ∩ {fₛ ≥ 0} has a non-zero recession direction; ρ² is 0 when f(0) ≤ 0.
/// Cost grows like regions × 2^(rows per region); fine for n ≤ 5.
public struct PositiveSetGeometry: Sendable {
    public let dimension: Int
    public let bounded: Bool
    public let circumradiusSquared: Rational
    public let inradiusSquared: Rational
    public let facets: Int
    /// Distinct piece vertices at squared distance R² (the polytope's vertices
    /// when it is inscribed in a sphere, as both constructions are).
    public let verticesOnCircumsphere: Int
    public let regions: Int
    /// Squared G-distance from the origin to each facet's hyperplane, ascending.
    public let facetDistancesSquared: [Rational]

    public init(_ net: DecisionNet, gram: [[Rational]]) throws {
        let n = net.inputDimension
        guard gram.count == n, gram.allSatisfy({ $0.count == n }),
              let ginv = try RationalMatrix(rows: gram).inverse() else { throw AnnulusError("the Gram matrix must be n×n and invertible") }
        func norm(_ x: [Rational]) -> Rational {
            var s = Rational()
            for i in 0..<n where !x[i].isZero { for j in 0..<n where !gram[i][j].isZero { s += x[i] * gram[i][j] * x[j] } }
            return s
        }
        let regions = ActivationRegions.enumerate(net)
        var bounded = true
        var rMax = Rational(), rMin: Rational? = nil
        var vertices = Set<[Rational]>(), onSphere: [[Rational]] = []
        var hyperplanes = Set<[Rational]>()
        for region in regions {
            let up = region.output.atLeastZero(strict: false), down = region.output.atMostZero(strict: false)
            let rowsUp = region.constraints + [up], rowsDown = region.constraints + [down]
            if Recession.direction(rowsUp, n) != nil { bounded = false }
            // Vertices of Rₛ ∩ {fₛ ≥ 0}.
            var zeroVertices: [[Rational]] = []
            for subset in combinations(rowsUp.count, n) {
                let m = try RationalMatrix(rows: subset.map { rowsUp[$0].coefficients })
                guard m.rank == n, let v = try? m.solve(subset.map { rowsUp[$0].bound }),
                      rowsUp.allSatisfy({ $0.isSatisfied(by: v) }) else { continue }
                vertices.insert(v)
                let r = norm(v)
                if r > rMax { rMax = r; onSphere = [v] } else if r == rMax { onSphere.append(v) }
                if region.output(v).isZero { zeroVertices.append(v) }
            }
            if !region.output.isConstant, Self.affineRank(zeroVertices) == n - 1 {
                hyperplanes.insert(Self.normalized(region.output))
            }
            // Candidates for the nearest point of {f ≤ 0}.
            for k in 0...min(n, rowsDown.count) {
                for subset in combinations(rowsDown.count, k) {
                    guard let y = try Self.projection(subset.map { rowsDown[$0] }, ginv, n),
                          rowsDown.allSatisfy({ $0.isSatisfied(by: y) }) else { continue }
                    let r = norm(y)
                    if rMin == nil || r < rMin! { rMin = r }
                }
            }
        }
        dimension = n
        self.bounded = bounded
        circumradiusSquared = rMax
        inradiusSquared = rMin ?? 0
        facets = hyperplanes.count
        facetDistancesSquared = try hyperplanes.map { h -> Rational in
            // a·x + c = 0 lies at squared G-distance c² / (aᵀG⁻¹a).
            let a = Array(h.prefix(n)), c = h[n]
            let ga = try ginv * a
            return c * c / zip(a, ga).reduce(Rational()) { $0 + $1.0 * $1.1 }
        }.sorted()
        verticesOnCircumsphere = Set(onSphere).count
        self.regions = regions.count
    }

    /// (R/ρ)², or nil when ρ = 0.
    public var ratioSquared: Rational? { inradiusSquared.isZero ? nil : circumradiusSquared / inradiusSquared }

    /// The point of {a·y = b for the rows} nearest the origin in the metric G
    /// (y = G⁻¹Mᵀμ with MG⁻¹Mᵀμ = b), or nil when the rows are dependent.
    static func projection(_ rows: [LinearConstraint], _ ginv: RationalMatrix, _ n: Int) throws -> [Rational]? {
        if rows.isEmpty { return [Rational](repeating: 0, count: n) }
        let m = try RationalMatrix(rows: rows.map(\.coefficients))
        let mg = try m * ginv
        let system = try mg * m.transposed
        guard let inv = system.inverse() else { return nil }
        let mu = try inv * rows.map(\.bound)
        return try mg.transposed * mu
    }

    static func affineRank(_ points: [[Rational]]) -> Int {
        guard let first = points.first, points.count > 1 else { return points.isEmpty ? -1 : 0 }
        let diffs = points.dropFirst().map { p in zip(p, first).map { $0 - $1 } }
        return (try? RationalMatrix(rows: Array(diffs)).rank) ?? 0
    }

    /// The hyperplane a·x + c = 0 scaled so its first non-zero coefficient is ±1 → 1.
    static func normalized(_ f: AffineForm) -> [Rational] {
        let pivot = f.coefficients.first { !$0.isZero }!
        return (f.coefficients + [f.constant]).map { $0 / pivot }
    }
}

/// All k-element subsets of 0..<m in lexicographic order.
func combinations(_ m: Int, _ k: Int) -> [[Int]] {
    guard k >= 0, k <= m else { return [] }
    if k == 0 { return [[]] }
    var out: [[Int]] = [], current: [Int] = []
    func go(_ start: Int) {
        if current.count == k { out.append(current); return }
        guard start < m else { return }
        for i in start..<m where m - i >= k - current.count {
            current.append(i); go(i + 1); current.removeLast()
        }
    }
    go(0)
    return out
}
