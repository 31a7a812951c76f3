import ExactArithmetic

/// How a hyperplane h = 0 meets a full-dimensional cell.
enum Cut<Cell> {
    /// h > 0 on the interior: the unit is active on the whole cell.
    case positive
    /// h ≤ 0 on the whole cell (h < 0 on the interior, or h ≡ 0).
    case nonPositive
    /// h takes both signs on the interior: the two full-dimensional halves.
    case split(positive: Cell, negative: Cell)
}

/// A full-dimensional convex cell that can be cut by a hyperplane exactly.
protocol RegionCell: Sendable {
    func cut(by h: AffineFunction) -> Cut<Self>
    /// A point in the open interior.
    var interiorPoint: [Rational] { get }
}

/// d = 1: an interval [lo, hi] with lo < hi.
struct IntervalCell: RegionCell {
    let lo: Rational, hi: Rational

    var interiorPoint: [Rational] { [(lo + hi) / Rational(2)] }

    func cut(by h: AffineFunction) -> Cut<IntervalCell> {
        let (u, v) = (h.value(at: [lo]).signum, h.value(at: [hi]).signum)
        if u >= 0 && v >= 0 && (u > 0 || v > 0) { return .positive }
        if u <= 0 && v <= 0 { return .nonPositive }
        let root = -h.b / h.a[0]
        let left = IntervalCell(lo: lo, hi: root), right = IntervalCell(lo: root, hi: hi)
        return u > 0 ? .split(positive: left, negative: right) : .split(positive: right, negative: left)
    }
}

/// d = 2: a convex polygon, vertices counter-clockwise, clipped exactly
/// (Sutherland–Hodgman for one convex cell and one line). A line through a
/// vertex, or along an edge, leaves the polygon whole.
struct PolygonCell: RegionCell {
    let vertices: [[Rational]]

    /// The vertex average, interior for a convex polygon with ≥ 3 vertices.
    var interiorPoint: [Rational] {
        let n = Rational(vertices.count)
        return [vertices.reduce(Rational()) { $0 + $1[0] } / n, vertices.reduce(Rational()) { $0 + $1[1] } / n]
    }

    /// The exact area (shoelace formula).
    var area: Rational {
        var twice = Rational()
        for (p, q) in zip(vertices, vertices.dropFirst() + [vertices[0]]) { twice += p[0] * q[1] - q[0] * p[1] }
        return twice / Rational(2)
    }

    func cut(by h: AffineFunction) -> Cut<PolygonCell> {
        let values = vertices.map { h.value(at: $0) }
        let signs = values.map(\.signum)
        if !signs.contains(-1) && signs.contains(1) { return .positive }
        if !signs.contains(1) { return .nonPositive }
        var positive: [[Rational]] = [], negative: [[Rational]] = []
        for k in vertices.indices {
            let next = (k + 1) % vertices.count
            if signs[k] >= 0 { positive.append(vertices[k]) }
            if signs[k] <= 0 { negative.append(vertices[k]) }
            if signs[k] * signs[next] < 0 {
                // The crossing p + t(q − p), t = v_p / (v_p − v_q), lies on both halves.
                let t = values[k] / (values[k] - values[next])
                let (p, q) = (vertices[k], vertices[next])
                let x = [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]
                positive.append(x)
                negative.append(x)
            }
        }
        return .split(positive: PolygonCell(vertices: positive), negative: PolygonCell(vertices: negative))
    }
}

/// Any d: a polyhedron {x : f(x) > 0 for every face f} (interior) with an
/// interior witness. A hyperplane splits it when the other open side is
/// non-empty, decided by exact LP with strict inequalities (the simplex with
/// a margin variable, ``LinearProgram/feasibility(_:variables:)``).
struct PolyhedronCell: RegionCell {
    let faces: [AffineFunction]
    let witness: [Rational]
    let dimension: Int

    var interiorPoint: [Rational] { witness }

    func cut(by h: AffineFunction) -> Cut<PolyhedronCell> {
        let s = h.value(at: witness).signum
        if s > 0 {
            guard let w = interiorPoint(adding: -h) else { return .positive }
            return .split(positive: adding(h, witness), negative: adding(-h, w))
        }
        if s < 0 {
            guard let w = interiorPoint(adding: h) else { return .nonPositive }
            return .split(positive: adding(h, w), negative: adding(-h, witness))
        }
        // h = 0 at an interior point and h is not constant: both sides are open and non-empty.
        guard let p = interiorPoint(adding: h), let n = interiorPoint(adding: -h) else { return .nonPositive }
        return .split(positive: adding(h, p), negative: adding(-h, n))
    }

    func adding(_ f: AffineFunction, _ w: [Rational]) -> PolyhedronCell {
        PolyhedronCell(faces: faces + [f], witness: w, dimension: dimension)
    }

    /// A point where every face and f are > 0, or nil when that open set is empty.
    func interiorPoint(adding f: AffineFunction) -> [Rational]? {
        let constraints = (faces + [f]).map { LinearConstraint($0.a, .greaterThan, -$0.b) }
        guard case .feasible(let x) = LinearProgram.feasibility(constraints, variables: dimension) else { return nil }
        return x
    }

    /// d ≤ 2: the finite vertices of the closed polyhedron (counter-clockwise
    /// for d = 2), from pairs of face lines whose meeting point satisfies every
    /// face. Unbounded regions list only their finite vertices (a strip has none).
    var finiteVertices: [[Rational]] {
        if dimension == 1 {
            return faces.filter { !$0.isConstant }.map { [-$0.b / $0.a[0]] }
                .filter { p in faces.allSatisfy { $0.value(at: p).signum >= 0 } }
                .reduce(into: [[Rational]]()) { if !$0.contains($1) { $0.append($1) } }
                .sorted { $0[0] < $1[0] }
        }
        guard dimension == 2 else { return [] }
        var points: [[Rational]] = []
        for i in faces.indices {
            for j in faces.indices where j > i {
                let (f, g) = (faces[i], faces[j])
                let det = f.a[0] * g.a[1] - f.a[1] * g.a[0]
                guard !det.isZero else { continue }
                let p = [(f.a[1] * g.b - g.a[1] * f.b) / det, (g.a[0] * f.b - f.a[0] * g.b) / det]
                if !points.contains(p), faces.allSatisfy({ $0.value(at: p).signum >= 0 }) { points.append(p) }
            }
        }
        guard points.count > 2 else { return points }
        // Exact counter-clockwise order about the vertex average.
        let n = Rational(points.count)
        let c = [points.reduce(Rational()) { $0 + $1[0] } / n, points.reduce(Rational()) { $0 + $1[1] } / n]
        func half(_ v: [Rational]) -> Int { v[1].signum > 0 || (v[1].isZero && v[0].signum > 0) ? 0 : 1 }
        return points.sorted { p, q in
            let u = [p[0] - c[0], p[1] - c[1]], v = [q[0] - c[0], q[1] - c[1]]
            if half(u) != half(v) { return half(u) < half(v) }
            return (u[0] * v[1] - u[1] * v[0]).signum > 0
        }
    }

    /// Whether the closed polyhedron is bounded: every ±x_j has a finite maximum.
    var isBounded: Bool {
        let closed = faces.map { LinearConstraint($0.a, .greaterOrEqual, -$0.b) }
        for j in 0..<dimension {
            for sign in [1, -1] {
                var objective = [Rational](repeating: Rational(), count: dimension)
                objective[j] = Rational(sign)
                if case .unbounded = LinearProgram.maximize(objective, subjectTo: closed, variables: dimension) { return false }
            }
        }
        return true
    }
}
