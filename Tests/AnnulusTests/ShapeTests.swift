import Testing
import ExactArithmetic
@testable import Annulus

@Test func theTwoPlanarConstructions() throws {
    let hexagon = try PlanarShapes.boundedComponents(of: AnnulusConstruction.expandedSimplex.network(dimension: 2))
    #expect(hexagon.count == 1 && hexagon[0].convex && hexagon[0].corners == 6)
    // conv{±(1,0), ±(0,1), ±(1,−1)} in the x-coordinates: twice its area is 6 (two unit triangles… by shoelace).
    #expect(hexagon[0].doubleArea == 6)
    let square = try PlanarShapes.boundedComponents(of: AnnulusConstruction.crossPolytope.network(dimension: 2))
    #expect(square.count == 1 && square[0].convex && square[0].corners == 4 && square[0].doubleArea == 4)
}

@Test func hullAndArea() {
    let pts: [[Rational]] = [[0, 0], [2, 0], [2, 2], [0, 2], [1, 1], [1, 0]]
    let hull = PlanarShapes.convexHull(pts)
    #expect(hull.count == 4 && PlanarShapes.doubleArea(hull) == 8)
}
