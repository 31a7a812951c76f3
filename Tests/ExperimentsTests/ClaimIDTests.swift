import Testing
import Experiments

@Test func experimentClaimIDsAreUnique() {
    #expect(Set(ExperimentClaims.all.map(\.id)).count == ExperimentClaims.all.count)
}
