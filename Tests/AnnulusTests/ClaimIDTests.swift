import Testing
import ClaimKit
import Annulus

@Test func claimIDsUseTheModulePrefix() {
    for claim in AnnulusClaims.all {
        #expect(claim.id.hasPrefix("annulus."), "\(claim.id)")
        #expect(claim.source.paper == .localLinearity, "\(claim.id)")
        if claim.expected == .erratum || claim.expected == .refuted { #expect(claim.strength != nil, "\(claim.id)") }
    }
    #expect(Set(AnnulusClaims.all.map(\.id)).count == AnnulusClaims.all.count)
}
