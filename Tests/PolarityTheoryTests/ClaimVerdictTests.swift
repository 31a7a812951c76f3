import Testing
import ClaimKit
@testable import PolarityTheory

@Test func everyClaimReachesItsRecordedVerdictInQuickMode() throws {
    for claim in PolarityClaims.all {
        let finding = try claim.check(CheckContext(quick: true))
        #expect(finding.verdict == claim.expected, "\(claim.id): \(finding.summary)")
        if finding.verdict == .refuted { #expect(finding.counterexample != nil, "\(claim.id)") }
        if finding.verdict == .erratum { #expect(finding.correction != nil, "\(claim.id)") }
    }
}
