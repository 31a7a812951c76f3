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
