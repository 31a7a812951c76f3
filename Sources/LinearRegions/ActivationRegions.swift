import Cores
import ExactArithmetic

/// Where regions are counted: the box [−B, B]^d or all of ℝ^d.
public enum RegionDomain: Sendable, Hashable {
    case box(Rational)
    case wholeSpace

    /// `[-3, 3]^2` or `R^2`.
    public func text(dimension d: Int) -> String {
        switch self {
        case .box(let b): return "[-\(b), \(b)]^\(d)"
        case .wholeSpace: return "R^\(d)"
        }
    }
}

/// One full-dimensional activation region: the cell of the domain where
/// every hidden unit's pre-activation keeps one sign (eq. 5.25's Q_i x ≤ p_i).
public struct ActivationRegion: Sendable {
    /// One bit per hidden unit, layer by layer: set when the unit's
    /// pre-activation is > 0 on the interior.
    public let pattern: [Bool]
    /// The network on the region, exactly.
    public let map: AffineMap
    /// The region is {x : f(x) ≥ 0 for every face f} (box faces included);
    /// faces that the refinement found redundant are never added.
    public let faces: [AffineFunction]
    /// A rational point in the open interior.
    public let interiorPoint: [Rational]
    /// d ≤ 2: the exact vertices (counter-clockwise for d = 2); on the whole
    /// space only the finite ones of an unbounded region.
    public let vertices: [[Rational]]?
    /// d ≤ 2 on a box: the exact length or area.
    public let measure: Rational?
    /// Whole space only: whether the region is bounded.
    public let isBounded: Bool?

    /// The pattern as a bit string, layers separated by `|` (`10|011`).
    public func patternText(widths: [Int]) -> String {
        var s = "", at = 0
        for (l, w) in widths.enumerated() {
            if l > 0 { s += "|" }
            s += pattern[at..<at + w].map { $0 ? "1" : "0" }.joined()
            at += w
        }
        return s
    }
}

/// Every activation region of a network on a domain, found exactly.
public struct RegionPartition: Sendable {
    public let network: ReLUNetwork
    public let domain: RegionDomain
    /// Regions in a deterministic order (by pattern).
    public let regions: [ActivationRegion]

    /// Regions whose affine maps coincide count once (they could merge).
    public var affinePieces: Int { Set(regions.map(\.map)).count }
    public var boundedCount: Int? {
        domain == .wholeSpace ? regions.filter { $0.isBounded == true }.count : nil
    }
    /// Hidden widths N₁ … N_{L−1}, for printing patterns.
    public var hiddenWidths: [Int] { Array(network.widths.dropFirst().dropLast()) }
}

/// Limits that keep a request answerable.
public enum RegionLimits {
    /// Largest input dimension enumerated (LP cost grows with d and faces).
    public static let maximumDimension = 8
    /// Enumeration stops with an error past this many cells in any layer.
    public static let maximumRegions = 1_000_000
}

extension ReLUNetwork {
    /// The activation regions on `domain`, by exact incremental refinement:
    /// layer by layer, every region of the layers so far is cut by each unit's
    /// hyperplane (the unit's pre-activation is affine on the region), keeping
    /// only full-dimensional pieces. Degenerate arrangements are exact: a
    /// hyperplane through a vertex or along a face cuts nothing, a dead unit
    /// (constant pre-activation) cuts nothing, coincident hyperplanes cut once.
    ///
    /// Cells: intervals for d = 1 and exact convex polygons for d = 2 on a
    /// box; polyhedra with exact LP otherwise. Regions of one layer are
    /// refined independently, in parallel on `threads` cores.
    ///
    /// **Edge cases:** d above ``RegionLimits/maximumDimension``, B ≤ 0 or more
    /// than ``RegionLimits/maximumRegions`` cells throw ``NetworkError``.
    public func activationRegions(on domain: RegionDomain, threads: Int = Cores.available) throws -> RegionPartition {
        try activationRegions(on: domain, threads: threads, engine: .automatic)
    }

    /// Which cells to cut with; tests compare the three on the same networks.
    enum Engine { case automatic, rational, linearProgramming }

    func activationRegions(on domain: RegionDomain, threads: Int, engine: Engine) throws -> RegionPartition {
        let d = inputDimension
        guard d <= RegionLimits.maximumDimension else {
            throw NetworkError("input dimension \(d) is above \(RegionLimits.maximumDimension), the largest enumerated")
        }
        let coordinates = (0..<d).map { AffineFunction.coordinate($0, d) }
        switch domain {
        case .box(let b):
            guard b.signum > 0 else { throw NetworkError("the box half-width must be positive, got \(b)") }
            let faces = coordinates.flatMap { x in [AffineFunction(x.a, b), AffineFunction((-x).a, b)] }
            if d == 1 && engine != .linearProgramming {
                return try refine(IntervalCell(lo: -b, hi: b), faces: faces, domain: domain, threads: threads)
            }
            if d == 2 && engine != .linearProgramming {
                if engine == .automatic {
                    do { return try PlaneFastPath.regions(self, box: b, threads: threads) } catch is PlaneFastPath.Overflow {}
                }
                let square = PolygonCell(vertices: [[-b, -b], [b, -b], [b, b], [-b, b]])
                return try refine(square, faces: faces, domain: domain, threads: threads)
            }
            let cell = PolyhedronCell(faces: faces, witness: [Rational](repeating: Rational(), count: d), dimension: d)
            return try refine(cell, faces: faces, domain: domain, threads: threads)
        case .wholeSpace:
            let cell = PolyhedronCell(faces: [], witness: [Rational](repeating: Rational(), count: d), dimension: d)
            return try refine(cell, faces: [], domain: domain, threads: threads)
        }
    }

    private func refine<C: RegionCell>(_ start: C, faces: [AffineFunction], domain: RegionDomain, threads: Int) throws -> RegionPartition {
        let d = inputDimension
        var work = [Piece(cell: start, pattern: [], faces: faces, functions: (0..<d).map { AffineFunction.coordinate($0, d) })]
        for layer in layers.dropLast() {
            let current = work
            let activation = self.activation
            work = Cores.map(current.count, threads: threads) { i in
                current[i].refined(by: layer, activation: activation, dimension: d)
            }.flatMap { $0 }
            guard work.count <= RegionLimits.maximumRegions else {
                throw NetworkError("more than \(RegionLimits.maximumRegions) regions; use a smaller box or network")
            }
        }
        let output = layers[layers.count - 1]
        let finished = work
        let regions = Cores.map(finished.count, threads: threads) { i -> ActivationRegion in
            let piece = finished[i]
            let map = AffineMap(rows: zip(output.weight, output.bias).map { w, b in
                AffineFunction.combination(w, piece.functions, plus: b, dimension: d)
            })
            var vertices: [[Rational]]?, measure: Rational?, bounded: Bool?
            if let p = piece.cell as? PolygonCell { vertices = p.vertices; measure = p.area }
            if let s = piece.cell as? IntervalCell { vertices = [[s.lo], [s.hi]]; measure = s.hi - s.lo }
            if domain == .wholeSpace, let h = piece.cell as? PolyhedronCell {
                bounded = h.isBounded
                if d <= 2 { vertices = h.finiteVertices }
            }
            return ActivationRegion(pattern: piece.pattern, map: map, faces: piece.faces, interiorPoint: piece.cell.interiorPoint,
                                    vertices: vertices, measure: measure, isBounded: bounded)
        }
        return RegionPartition(network: self, domain: domain,
                               regions: regions.sorted { $0.pattern.lexicographicallyPrecedes($1.pattern) { !$0 && $1 } })
    }
}

/// A cell with the activation bits fixed so far and the current layer's
/// outputs as affine functions of x (exact on the cell).
private struct Piece<C: RegionCell>: Sendable {
    let cell: C
    let pattern: [Bool]
    let faces: [AffineFunction]
    let functions: [AffineFunction]

    /// Cuts the cell by every unit of `layer` in turn; each resulting cell
    /// gets its bits and the layer's post-activation functions.
    func refined(by layer: AffineLayer, activation: Activation, dimension d: Int) -> [Piece] {
        let pre = zip(layer.weight, layer.bias).map { w, b in AffineFunction.combination(w, functions, plus: b, dimension: d) }
        var pieces = [(cell: cell, bits: [Bool](), faces: faces)]
        for h in pre {
            if h.isConstant {
                let on = h.b.signum > 0
                for k in pieces.indices { pieces[k].bits.append(on) }
                continue
            }
            var next: [(cell: C, bits: [Bool], faces: [AffineFunction])] = []
            next.reserveCapacity(pieces.count * 2)
            for p in pieces {
                switch p.cell.cut(by: h) {
                case .positive: next.append((p.cell, p.bits + [true], p.faces))
                case .nonPositive: next.append((p.cell, p.bits + [false], p.faces))
                case .split(let pos, let neg):
                    next.append((pos, p.bits + [true], p.faces + [h]))
                    next.append((neg, p.bits + [false], p.faces + [-h]))
                }
            }
            pieces = next
        }
        return pieces.map { p in
            Piece(cell: p.cell, pattern: pattern + p.bits, faces: p.faces,
                  functions: zip(pre, p.bits).map { h, on in
                      let k = activation.factor(active: on)
                      return k.isZero ? .zero(d) : h.scaled(by: k)
                  })
        }
    }
}
