import ClaimKit
import ExactArithmetic

/// The shape of one bounded component of a planar decision set.
public struct PlanarShape: Sendable, Equatable, CustomStringConvertible {
    /// Whether the closure is convex (hull area = the pieces' total area).
    public let convex: Bool
    /// Corners of the convex hull (collinear points dropped); for a convex
    /// shape these are its corners.
    public let corners: Int
    /// Twice the exact area.
    public let doubleArea: Rational
    /// Hull corners in counter-clockwise order.
    public let hull: [[Rational]]

    public var description: String {
        let name = [3: "triangle", 4: "quadrilateral", 5: "pentagon", 6: "hexagon", 7: "heptagon"][corners] ?? "\(corners)-gon"
        return (convex ? "convex " : "non-convex (hull: ") + name + (convex ? "" : ")")
    }
}

/// Exact shapes of the bounded components of {f > 0} and {f < 0} for a
/// network with two inputs: each piece Rₛ ∩ {s·fₛ ≥ 0} is a polygon whose
/// corners solve two of its rows exactly; a component's closure is convex iff
/// the convex hull of its pieces' corners has the pieces' total area.
public enum PlanarShapes {
    public static func boundedComponents(of net: DecisionNet) throws -> [PlanarShape] {
        guard net.inputDimension == 2 else { throw AnnulusError("planar shapes need a network with 2 inputs, got \(net.inputDimension)") }
        let regions = ActivationRegions.enumerate(net)
        var shapes: [PlanarShape] = []
        for sign in [1, -1] {
            let c = DecisionComponents(net, sign: sign, regions: regions)
            for (component, ray) in zip(c.components, c.rays) where ray == nil {
                var points: [[Rational]] = [], area = Rational()
                for i in component {
                    let r = regions[i]
                    let s = Rational(sign)
                    let rows = r.constraints + [AffineForm(coefficients: r.output.coefficients.map { s * $0 },
                                                           constant: s * r.output.constant).atLeastZero(strict: false)]
                    let corners = try polygonCorners(rows)
                    area += doubleArea(corners)
                    points += corners
                }
                let hull = convexHull(points)
                let hullArea = doubleArea(hull)
                shapes.append(PlanarShape(convex: hullArea == area, corners: hull.count, doubleArea: area, hull: hull))
            }
        }
        return shapes
    }

    /// How many first-layer ReLU lines pass through the point.
    public static func linesThrough(_ p: [Rational], of net: DecisionNet) -> Int {
        zip(net.weights[0], net.biases[0]).filter { w, b in (w[0] * p[0] + w[1] * p[1] + b).isZero && !(w[0].isZero && w[1].isZero) }.count
    }

    /// Corners of the bounded polygon {rows}, counter-clockwise.
    static func polygonCorners(_ rows: [LinearConstraint]) throws -> [[Rational]] {
        var set = Set<[Rational]>()
        for pair in combinations(rows.count, 2) {
            let m = try RationalMatrix(rows: pair.map { rows[$0].coefficients })
            guard m.rank == 2, let v = try? m.solve(pair.map { rows[$0].bound }),
                  rows.allSatisfy({ $0.isSatisfied(by: v) }) else { continue }
            set.insert(v)
        }
        return convexHull(Array(set))
    }

    static func cross(_ o: [Rational], _ a: [Rational], _ b: [Rational]) -> Rational {
        (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    }

    /// Andrew's monotone chain, exact; collinear points are dropped.
    static func convexHull(_ input: [[Rational]]) -> [[Rational]] {
        let p = Array(Set(input)).sorted { $0[0] < $1[0] || ($0[0] == $1[0] && $0[1] < $1[1]) }
        guard p.count > 2 else { return p }
        var lower: [[Rational]] = [], upper: [[Rational]] = []
        for q in p {
            while lower.count >= 2, cross(lower[lower.count - 2], lower[lower.count - 1], q).signum <= 0 { lower.removeLast() }
            lower.append(q)
        }
        for q in p.reversed() {
            while upper.count >= 2, cross(upper[upper.count - 2], upper[upper.count - 1], q).signum <= 0 { upper.removeLast() }
            upper.append(q)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }

    /// Twice the signed area of a polygon given counter-clockwise (shoelace).
    static func doubleArea(_ poly: [[Rational]]) -> Rational {
        guard poly.count > 2 else { return 0 }
        var s = Rational()
        for i in poly.indices {
            let a = poly[i], b = poly[(i + 1) % poly.count]
            s += a[0] * b[1] - a[1] * b[0]
        }
        return s
    }
}

/// The survey of §4.1.1's shape claim over seeded random 2-3-1 networks.
public struct ShapeSurvey: Sendable {
    public var networks = 0
    public var withBoundedComponent = 0
    /// Shape description → count.
    public var shapes: [String: Int] = [:]
    /// The first network (smallest weight range first) with a shape other
    /// than a convex quadrilateral or hexagon, and that shape.
    public var counterexample: (net: DecisionNet, shape: PlanarShape)?
    /// Shapes other than convex quadrilaterals and hexagons, and how many of
    /// them have a corner on two ReLU lines (a non-generic boundary).
    public var otherShapes = 0
    public var otherShapesThroughACrossing = 0

    public static func run(ranges: [Int], perRange: Int, seed: UInt64) throws -> ShapeSurvey {
        var survey = ShapeSurvey()
        for r in ranges {
            var g = SeededGenerator(seed: seed &+ UInt64(r))
            for i in 0..<perRange {
                var net = DecisionNet.random(input: 2, hidden: [3], range: r, using: &g)
                if i % 2 == 1 {
                    // Every other net gets output weights < 0 and bias > 0 (f concave), where
                    // bounded components are common; the rest stay unbiased.
                    let out = (0..<3).map { _ in Rational(-g.int(1...r)) }
                    net = try DecisionNet(weights: [net.weights[0], [out]], biases: [net.biases[0], [Rational(g.int(1...r))]])
                }
                let shapes = try PlanarShapes.boundedComponents(of: net)
                survey.networks += 1
                if !shapes.isEmpty { survey.withBoundedComponent += 1 }
                for s in shapes {
                    survey.shapes[s.description, default: 0] += 1
                    guard !(s.convex && (s.corners == 4 || s.corners == 6)) else { continue }
                    survey.otherShapes += 1
                    if s.hull.contains(where: { PlanarShapes.linesThrough($0, of: net) >= 2 }) { survey.otherShapesThroughACrossing += 1 }
                    if survey.counterexample == nil { survey.counterexample = (net, s) }
                }
            }
        }
        return survey
    }

    public var claimHolds: Bool { counterexample == nil }
}

extension ShapeSurvey {
    /// Every network f = 1 − Σᵢ ReLU(ℓᵢ) with the three lines' weights and
    /// biases in {−1, 0, 1} (3⁹ = 19 683 networks): shape → count.
    public static func unitWeightConcave() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for code in 0..<19_683 {
            var c = code, w: [[Rational]] = [], b: [Rational] = []
            for _ in 0..<3 {
                var row: [Rational] = []
                for _ in 0..<2 { row.append(Rational(c % 3 - 1)); c /= 3 }
                w.append(row); b.append(Rational(c % 3 - 1)); c /= 3
            }
            let net = try DecisionNet(weights: [w, [[-1, -1, -1]]], biases: [b, [1]])
            for s in try PlanarShapes.boundedComponents(of: net) { counts[s.description, default: 0] += 1 }
        }
        return counts
    }
}
