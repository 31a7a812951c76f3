import Testing
import ClaimKit
import Experiments

@Test func experimentClaimIDsAreUnique() {
    #expect(Set(ExperimentClaims.all.map(\.id)).count == ExperimentClaims.all.count)
    #expect(ExperimentClaims.all.map(\.id) == ExperimentCatalog.all.map(\.name))
    let prefixes = Set(Paper.allCases.map(\.idPrefix))
    #expect(ExperimentClaims.all.allSatisfy { prefixes.contains(String($0.id.prefix { $0 != "." })) && $0.expected == .empirical })
}
