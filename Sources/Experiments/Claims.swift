import ClaimKit

/// Empirical checks: theory prediction beside trainer measurements, one
/// claim per experiment of `ExperimentCatalog` (verdict `empirical`), and
/// the exact identities of the trainer's learning rules (paper 003 Facts 1–4).
public enum ExperimentClaims {
    public static let all: [Claim] = ExperimentCatalog.all.map(\.claim) + [RbpFacts.claim]
}
