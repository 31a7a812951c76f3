import Foundation
import Testing

/// `exactnn annulus`: the printed ratios are the exact values derived by hand
/// (square 2, hexagon 4/3; octahedron 3, cuboctahedron 2) and the geometric
/// check agrees.
@Suite struct AnnulusCommandTests {
    @Test func twoAndThreeDimensions() throws {
        let two = try ExactNN.run(["annulus", "--dim", "2", "--format", "csv"])
        #expect(two.status == 0, "\(two)")
        #expect(two.stdout.contains("regular cross-polytope,4,4,2,"), "\(two.stdout)")
        #expect(two.stdout.contains("uniform expanded simplex,6,6,4/3,"), "\(two.stdout)")
        #expect(!two.stdout.contains("DISAGREES"))
        let three = try ExactNN.run(["annulus", "--dim", "3", "--format", "json"])
        #expect(three.status == 0, "\(three)")
        let tables = try JSONSerialization.jsonObject(with: Data(three.stdout.utf8)) as? [[String: Any]]
        let rows = tables?.first?["rows"] as? [[String: Any]]
        #expect(rows?.count == 2)
        #expect("\(rows?[0]["(R/ρ)²"] ?? "")" == "3" && "\(rows?[1]["(R/ρ)²"] ?? "")" == "2", "\(three.stdout)")
        #expect("\(rows?[1]["facets"] ?? "")" == "14")
    }
}
