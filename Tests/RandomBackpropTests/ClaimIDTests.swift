import Testing
import RandomBackprop

@Test func claimIDsUseTheModulePrefix() {
    for claim in RandomBackpropClaims.all {
        #expect(claim.id.hasPrefix("rbp."), "\(claim.id)")
    }
    #expect(Set(RandomBackpropClaims.all.map(\.id)).count == RandomBackpropClaims.all.count)
}
