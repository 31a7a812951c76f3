import Testing
import ClaimKit
@testable import Catalog

@Test func claimIDsAreUniqueAndWellFormed() {
    #expect(Catalog.duplicateIDs.isEmpty)
    for claim in Catalog.all {
        #expect(claim.id.split(separator: ".").count >= 2, "\(claim.id)")
        #expect(!claim.statement.isEmpty)
    }
}

@Test func prefixSelection() {
    #expect(Catalog.claims(matching: ["arithmetic."]).allSatisfy { $0.id.hasPrefix("arithmetic.") })
    #expect(Catalog.claims(matching: []).count == Catalog.all.count)
    #expect(Catalog.claims(matching: ["no-such-area."]).isEmpty)
}

/// Every claim, in quick mode, reaches its recorded verdict.
@Test(arguments: Catalog.all.map(\.id))
func claimReachesRecordedVerdict(id: String) {
    let claim = Catalog.all.first { $0.id == id }!
    let result = Catalog.run([claim], context: CheckContext(quick: true))[0]
    #expect(result.matchesExpected, "\(id): \(result.verdictText) — \(result.finding?.summary ?? result.error ?? "")")
}
