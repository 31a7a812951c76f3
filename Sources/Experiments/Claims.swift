import ClaimKit

/// Empirical checks: theory prediction beside trainer measurements.
public enum ExperimentClaims {
    public static let all: [Claim] = []
}
