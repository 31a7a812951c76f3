import Testing
import NeuralBalance

@Test func claimIDsUseTheModulePrefix() {
    for claim in BalanceClaims.all {
        #expect(claim.id.hasPrefix("balance."), "\(claim.id)")
    }
    #expect(Set(BalanceClaims.all.map(\.id)).count == BalanceClaims.all.count)
}
