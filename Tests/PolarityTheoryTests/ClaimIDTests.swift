import Testing
import PolarityTheory

@Test func claimIDsUseTheModulePrefix() {
    for claim in PolarityClaims.all {
        #expect(claim.id.hasPrefix("polarity."), "\(claim.id)")
    }
    #expect(Set(PolarityClaims.all.map(\.id)).count == PolarityClaims.all.count)
}
