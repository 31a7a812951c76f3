import Testing
import ExactArithmetic
import ClaimKit
import PropertyTesting
import PropertyBased
@testable import Annulus

/// k lines in general position cut the plane into 1 + k + C(k, 2) regions (closed form),
/// and on every region the recorded affine map is the network (forward pass at the interior point).
@Test func generalPositionLinesGiveTheClosedFormCount() async {
    await forAll(count: 30, input: Gen.uint64(in: 0...UInt64.max)) { seed in
        var g = SeededGenerator(seed: seed)
        let k = g.int(1...5)
        let net = DecisionNet.random(input: 2, hidden: [k], range: 40, using: &g)
        let lines = zip(net.weights[0], net.biases[0]).map { ($0[0], $0[1], $1) }
        // Skip the rare draws that are not in general position (exact tests).
        var general = lines.allSatisfy { !($0.0.isZero && $0.1.isZero) }
        for (i, a) in lines.enumerated() {
            for (j, b) in lines.enumerated() where j > i {
                if (a.0 * b.1 - a.1 * b.0).isZero { general = false }
                for c in lines[(j + 1)...] {
                    let det = a.0 * (b.1 * c.2 - b.2 * c.1) - a.1 * (b.0 * c.2 - b.2 * c.0) + a.2 * (b.0 * c.1 - b.1 * c.0)
                    if det.isZero { general = false }
                }
            }
        }
        let regions = ActivationRegions.enumerate(net)
        if general { #expect(regions.count == 1 + k + k * (k - 1) / 2, "\(net)") }
        for r in regions {
            #expect(r.output(r.interiorPoint) == net.evaluate(r.interiorPoint))
            #expect(r.constraints.allSatisfy { $0.isSatisfied(by: r.interiorPoint) })
        }
    }
}

/// For a concave 2-3-1 network (output weights < 0) the closure of {f > 0} is the intersection of the
/// eight half-planes fₛ ≥ 0, one per subset S of units: a second route to the polygon.
@Test func concavePolygonsByHalfPlanes() async throws {
    await forAll(count: 40, input: Gen.uint64(in: 0...UInt64.max)) { seed in
        var g = SeededGenerator(seed: seed)
        let hidden = DecisionNet.random(input: 2, hidden: [3], range: 3, using: &g)
        let a = (0..<3).map { _ in Rational(-g.int(1...3)) }, c = Rational(g.int(1...3))
        let net = try DecisionNet(weights: [hidden.weights[0], [a]], biases: [hidden.biases[0], [c]])
        let shapes = try PlanarShapes.boundedComponents(of: net)
        var planes: [LinearConstraint] = []
        for mask in 0..<8 {
            var coef: [Rational] = [0, 0], const = c
            for i in 0..<3 where mask >> i & 1 == 1 {
                coef[0] += a[i] * net.weights[0][i][0]; coef[1] += a[i] * net.weights[0][i][1]; const += a[i] * net.biases[0][i]
            }
            planes.append(LinearConstraint(coef, .greaterOrEqual, -const))
        }
        let bounded = Recession.direction(planes, 2) == nil
        let hull = bounded ? (try? PlanarShapes.polygonCorners(planes)) ?? [] : []
        let positiveArea = hull.count > 2 && PlanarShapes.doubleArea(hull).signum > 0
        // f is concave: {f > 0} is convex (one component) and {f < 0}, its complement, has no bounded one.
        let agree = positiveArea ? shapes.count == 1 && shapes[0].convex && shapes[0].hull == hull : shapes.isEmpty
        let shown = "\(net): \(shapes.map(\.hull)) vs \(hull)"
        #expect(agree, "\(shown)")
    }
}
