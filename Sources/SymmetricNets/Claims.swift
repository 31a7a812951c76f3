import ClaimKit

/// Claims of SymmetricNets, registered with the catalog (see Catalog.swift).
public enum SymmetricClaims {
    public static let all: [Claim] = []
}
