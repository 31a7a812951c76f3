import Testing
import ClaimKit
@testable import BooleanAnalysis

@Test(arguments: BooleanClaims.all.map(\.id))
func quickClaimReachesItsRecordedVerdict(id: String) throws {
    let claim = BooleanClaims.all.first { $0.id == id }!
    let finding = try claim.check(CheckContext(quick: true))
    #expect(finding.verdict == claim.expected, "\(id): \(finding.summary) \(finding.counterexample ?? "")")
    #expect(!finding.summary.isEmpty)
}
