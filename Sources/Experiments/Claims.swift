import ClaimKit

/// Empirical checks: theory prediction beside trainer measurements, one
/// claim per experiment of `ExperimentCatalog` (verdict `empirical`).
public enum ExperimentClaims {
    public static let all: [Claim] = ExperimentCatalog.all.map(\.claim)
}
