import Testing
import ExactArithmetic
import PropertyTesting
import PropertyBased
@testable import Annulus

/// Closed forms of §4.1 against the region-by-region exact geometry of the networks.
@Test(arguments: 1...4)
func constructionsMatchTheClosedForms(n: Int) throws {
    for c in AnnulusConstruction.allCases {
        let g = try PositiveSetGeometry(try c.network(dimension: n), gram: c.gram(dimension: n))
        #expect(g.bounded)
        #expect(g.ratioSquared == RadiusRatios.ratioSquared(c, n), "\(c) n=\(n)")
        #expect(BigInt(g.facets) == RadiusRatios.facets(c, n), "\(c) n=\(n): \(g.facets) facets")
        #expect(BigInt(g.verticesOnCircumsphere) == RadiusRatios.vertices(c, n), "\(c) n=\(n)")
        // Absolute radii, by hand: cross-polytope R² = 1, ρ² = 1/n; eSₙ has R² = |eᵢ − eⱼ|² = 2.
        if c == .crossPolytope {
            #expect(g.circumradiusSquared == 1 && g.inradiusSquared == Rational(1, n))
        } else {
            #expect(g.circumradiusSquared == 2)
        }
    }
}

@Test func printedValuesOfSection41() {
    // eq. 4.1–4.4 squared: square 2, hexagon 4/3, octahedron 3, cuboctahedron 2.
    #expect(RadiusRatios.crossPolytope(2) == 2 && RadiusRatios.expandedSimplex(2) == Rational(4, 3))
    #expect(RadiusRatios.crossPolytope(3) == 3 && RadiusRatios.expandedSimplex(3) == 2)
    // Table 4.1 as printed (unreduced p/q and two digits) is 1/(R/ρ)² of eSₙ.
    for row in RadiusRatios.printedTable41 {
        #expect(Rational(row.p, row.q) == 1 / RadiusRatios.expandedSimplex(row.n))
        // Every printed two-digit value is √(p/q) rounded, except n = 4: √(5/12) = 0.6454… rounds to 0.65.
        #expect((RadiusRatios.sqrtRounded(Rational(row.p, row.q), digits: 2) == row.approx) == (row.n != 4), "n=\(row.n)")
    }
    #expect(RadiusRatios.sqrtDecimal(2, digits: 5) == "1.41421")
    #expect(RadiusRatios.sqrtDecimal(Rational(5, 12), digits: 4) == "0.6454")
    #expect(RadiusRatios.sqrtDecimal(Rational(4, 3), digits: 3) == "1.154")
}

@Test func eq412AndEq46AgreeWithTheFacetMinimum() async {
    await forAll(count: 60, input: Gen.int(in: 1...300)) { n in
        #expect(RadiusRatios.printedEq412(n) == RadiusRatios.expandedSimplex(n))
        // eq. 4.6's facet distances: the nearest facet (largest k(n+1−k)) gives Table 4.1.
        let nearest = (1...n).map { RadiusRatios.facetDistanceSquared(n: n, k: $0) }.min()!
        #expect(nearest == 1 / RadiusRatios.expandedSimplex(n))
    }
}

@Test func badDimensions() {
    #expect(throws: AnnulusError.self) { try AnnulusConstruction.crossPolytope.network(dimension: 0) }
}
