import Cores
import ExactArithmetic

/// The plane (d = 2, box) in machine integers: the same refinement as the
/// rational path, hundreds of times cheaper, and exact because every
/// operation is overflow-checked — an overflow abandons the fast path and
/// the caller recomputes with GMP rationals.
///
/// Why integers suffice: scaling a layer's pre-activations by a positive
/// constant changes no sign, and ReLU / leaky ReLU (slope p/q) commute with
/// positive scaling, so the network whose layer l is multiplied by
/// D_l·s_{l−1} (D_l clears the layer's denominators, s_l = q·D_l·s_{l−1})
/// has integer pre-activations with the same signs everywhere. Vertices are
/// homogeneous integer points (X, Y, W), W > 0, reduced by their gcd; a new
/// vertex is the cross product of an edge's line and the cutting line.
enum PlaneFastPath {
    struct Overflow: Error {}

    /// a·x + b·y + c, integers.
    struct Line: Sendable {
        var a: Int, b: Int, c: Int
        static let zero = Line(a: 0, b: 0, c: 0)
        var isConstant: Bool { a == 0 && b == 0 }
    }

    struct Point: Sendable { var x: Int, y: Int, w: Int }

    /// A convex polygon: vertex k, and the line of the edge from k to k + 1
    /// (oriented so the polygon lies where it is ≥ 0).
    struct Polygon: Sendable {
        var vertices: [Point]
        var edges: [Line]
    }

    struct Piece: Sendable {
        var polygon: Polygon
        var pattern: [Bool]
        var functions: [Line]
    }

    static func sign(_ l: Line, _ p: Point) throws -> Int {
        let (s1, o1) = (Int128(l.a) * Int128(p.x)).addingReportingOverflow(Int128(l.b) * Int128(p.y))
        let (s2, o2) = s1.addingReportingOverflow(Int128(l.c) * Int128(p.w))
        if o1 || o2 { throw Overflow() }
        return s2 > 0 ? 1 : (s2 < 0 ? -1 : 0)
    }

    static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return Int128(x)
    }

    /// The meeting point of two lines, reduced, W > 0.
    static func meet(_ e: Line, _ h: Line) throws -> Point {
        var x = Int128(e.b) * Int128(h.c) - Int128(e.c) * Int128(h.b)
        var y = Int128(e.c) * Int128(h.a) - Int128(e.a) * Int128(h.c)
        var w = Int128(e.a) * Int128(h.b) - Int128(e.b) * Int128(h.a)
        if w < 0 { (x, y, w) = (-x, -y, -w) }
        let g = gcd(gcd(x, y), w)
        guard g > 0, let px = Int(exactly: x / g), let py = Int(exactly: y / g), let pw = Int(exactly: w / g) else { throw Overflow() }
        return Point(x: px, y: py, w: pw)
    }

    static func reduced(_ l: Line) -> Line {
        let g = Int(truncatingIfNeeded: gcd(gcd(Int128(l.a), Int128(l.b)), Int128(l.c)))
        return g > 1 ? Line(a: l.a / g, b: l.b / g, c: l.c / g) : l
    }

    /// The half of `p` where h ≥ 0, given the signs of h at its vertices.
    static func half(_ p: Polygon, _ h: Line, _ s: [Int]) throws -> Polygon {
        var out = Polygon(vertices: [], edges: [])
        let cut = reduced(h), n = p.vertices.count
        for k in 0..<n {
            let next = (k + 1) % n
            if s[k] >= 0 {
                out.vertices.append(p.vertices[k])
                out.edges.append(s[k] == 0 && s[next] < 0 ? cut : p.edges[k])
            }
            if s[k] * s[next] < 0 {
                out.vertices.append(try meet(p.edges[k], h))
                out.edges.append(s[k] > 0 ? cut : p.edges[k])
            }
        }
        return out
    }

    static func combine(_ w: [Int], _ f: [Line], _ c: Int) throws -> Line {
        var (a, b, c) = (0, 0, c)
        var overflow = false
        @inline(__always) func add(_ acc: inout Int, _ x: Int, _ y: Int) {
            let (m, o1) = x.multipliedReportingOverflow(by: y)
            let (s, o2) = acc.addingReportingOverflow(m)
            overflow = overflow || o1 || o2
            acc = s
        }
        for (wk, fk) in zip(w, f) where wk != 0 {
            add(&a, wk, fk.a)
            add(&b, wk, fk.b)
            add(&c, wk, fk.c)
        }
        if overflow { throw Overflow() }
        return Line(a: a, b: b, c: c)
    }

    static func exactInt(_ q: Rational) throws -> Int {
        guard let n = q.exactInt else { throw Overflow() }
        return n
    }

    /// The partition of [−B, B]² in integers, or `Overflow`.
    static func regions(_ net: ReLUNetwork, box b: Rational, threads: Int) throws -> RegionPartition {
        // Integer layers: weight·D_l, bias·D_l·s_{l−1}; factors q (active), p (inactive).
        let (p, q): (Int, Int)
        switch net.activation {
        case .relu: (p, q) = (0, 1)
        case .leakyReLU(let slope):
            (p, q) = (try exactInt(Rational(slope.numerator)), try exactInt(Rational(slope.denominator)))
        }
        var scale = Rational(1)
        var layers: [(w: [[Int]], b: [Int])] = []
        var outputScale = Rational(1)
        for (l, layer) in net.layers.enumerated() {
            var d = BigInt(1)
            for x in layer.weight.joined() + layer.bias { d = lcm(d, x.denominator) }
            let dl = Rational(d)
            layers.append((try layer.weight.map { try $0.map { try exactInt($0 * dl) } }, try layer.bias.map { try exactInt($0 * dl * scale) }))
            if l == net.layers.count - 1 { outputScale = dl * scale } else { scale = scale * dl * Rational(q) }
        }
        let (bn, bd) = (try exactInt(Rational(b.numerator)), try exactInt(Rational(b.denominator)))
        let square = Polygon(
            vertices: [Point(x: -bn, y: -bn, w: bd), Point(x: bn, y: -bn, w: bd), Point(x: bn, y: bn, w: bd), Point(x: -bn, y: bn, w: bd)],
            edges: [Line(a: 0, b: bd, c: bn), Line(a: -bd, b: 0, c: bn), Line(a: 0, b: -bd, c: bn), Line(a: bd, b: 0, c: bn)])
        var work = [Piece(polygon: square, pattern: [], functions: [Line(a: 1, b: 0, c: 0), Line(a: 0, b: 1, c: 0)])]
        for layer in layers.dropLast() {
            let current = work
            work = try Cores.map(current.count, threads: threads) { i in try refine(current[i], layer, p: p, q: q) }.flatMap { $0 }
            guard work.count <= RegionLimits.maximumRegions else { throw NetworkError("more than \(RegionLimits.maximumRegions) regions; use a smaller box or network") }
        }
        let output = layers[layers.count - 1]
        let finished = work, unscale = 1 / outputScale
        let regions = try Cores.map(finished.count, threads: threads) { i -> ActivationRegion in
            let piece = finished[i]
            let rows = try zip(output.w, output.b).map { w, c in try combine(w, piece.functions, c) }
            let map = AffineMap(rows: rows.map { AffineFunction([Rational($0.a), Rational($0.b)], Rational($0.c)).scaled(by: unscale) })
            let vertices = piece.polygon.vertices.map { [Rational($0.x, $0.w), Rational($0.y, $0.w)] }
            let cell = PolygonCell(vertices: vertices)
            return ActivationRegion(pattern: piece.pattern, map: map,
                                    faces: piece.polygon.edges.map { AffineFunction([Rational($0.a), Rational($0.b)], Rational($0.c)) },
                                    interiorPoint: cell.interiorPoint, vertices: vertices, measure: cell.area, isBounded: nil)
        }
        return RegionPartition(network: net, domain: .box(b), regions: regions.sorted { $0.pattern.lexicographicallyPrecedes($1.pattern) { !$0 && $1 } })
    }

    static func refine(_ piece: Piece, _ layer: (w: [[Int]], b: [Int]), p: Int, q: Int) throws -> [Piece] {
        let pre = try zip(layer.w, layer.b).map { w, c in try combine(w, piece.functions, c) }
        var pieces = [(polygon: piece.polygon, bits: [Bool]())]
        for h in pre {
            if h.isConstant {
                for k in pieces.indices { pieces[k].bits.append(h.c > 0) }
                continue
            }
            var next: [(polygon: Polygon, bits: [Bool])] = []
            for c in pieces {
                let s = try c.polygon.vertices.map { try sign(h, $0) }
                if !s.contains(-1) && s.contains(1) { next.append((c.polygon, c.bits + [true])); continue }
                if !s.contains(1) { next.append((c.polygon, c.bits + [false])); continue }
                next.append((try half(c.polygon, h, s), c.bits + [true]))
                next.append((try half(c.polygon, Line(a: -h.a, b: -h.b, c: -h.c), s.map { -$0 }), c.bits + [false]))
            }
            pieces = next
        }
        return try pieces.map { c in
            Piece(polygon: c.polygon, pattern: piece.pattern + c.bits, functions: try zip(pre, c.bits).map { h, on in
                let k = on ? q : p
                if k == 0 { return .zero }
                if k == 1 { return h }
                return try combine([k], [h], 0)
            })
        }
    }

    static func lcm(_ a: BigInt, _ b: BigInt) -> BigInt { a / BigInt.gcd(a, b) * b }
}
