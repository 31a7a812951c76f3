import Testing
import RandomBackprop
import ClaimKit

@Test func claimIDsUseTheModulePrefix() {
    for claim in RandomBackpropClaims.all {
        #expect(claim.id.hasPrefix("rbp."), "\(claim.id)")
    }
    #expect(Set(RandomBackpropClaims.all.map(\.id)).count == RandomBackpropClaims.all.count)
}

@Test(arguments: RandomBackpropClaims.all.map(\.id))
func claimReachesItsRecordedVerdict(id: String) throws {
    let claim = RandomBackpropClaims.all.first { $0.id == id }!
    let finding = try claim.check(CheckContext(quick: true))
    #expect(finding.verdict == claim.expected, "\(id): \(finding.summary) \(finding.counterexample ?? "")")
}
