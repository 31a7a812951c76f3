import ClaimKit

/// Claims of BooleanAnalysis, registered with the catalog (see Catalog.swift).
public enum BooleanClaims {
    public static let all: [Claim] = []
}
