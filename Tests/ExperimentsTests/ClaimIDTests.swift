import Testing
import ClaimKit
import Experiments

/// One empirical claim per experiment, in catalog order, then the exact
/// trainer identities (paper 003 Facts 1–4); ids unique, under a paper prefix.
@Test func experimentClaimIDsAreUnique() {
    let all = ExperimentClaims.all
    #expect(Set(all.map(\.id)).count == all.count)
    #expect(all.map(\.id) == ExperimentCatalog.all.map(\.name) + ["rbp.facts-1-4"])
    // Paper 002's chapters beyond 3 use their own prefixes (chapter 4: `annulus.`).
    let prefixes = Set(Paper.allCases.map(\.idPrefix)).union(["annulus"])
    #expect(all.allSatisfy { prefixes.contains(String($0.id.prefix { $0 != "." })) })
    #expect(all.dropLast().allSatisfy { $0.expected == .empirical && $0.method == .empirical })
    #expect(all.last!.expected == .holds && all.last!.method == .exact)
}
