import Testing
import BooleanAnalysis

@Test func claimIDsUseTheModulePrefix() {
    for claim in BooleanClaims.all {
        #expect(claim.id.hasPrefix("boolean."), "\(claim.id)")
    }
    #expect(Set(BooleanClaims.all.map(\.id)).count == BooleanClaims.all.count)
}
