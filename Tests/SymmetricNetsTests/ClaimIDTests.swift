import Testing
import SymmetricNets

@Test func claimIDsUseTheModulePrefix() {
    for claim in SymmetricClaims.all {
        #expect(claim.id.hasPrefix("symmetric."), "\(claim.id)")
    }
    #expect(Set(SymmetricClaims.all.map(\.id)).count == SymmetricClaims.all.count)
}
