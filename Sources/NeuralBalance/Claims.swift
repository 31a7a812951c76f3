import ClaimKit

/// Claims of NeuralBalance, registered with the catalog (see Catalog.swift).
public enum BalanceClaims {
    public static let all: [Claim] = []
}
