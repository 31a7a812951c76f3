import ClaimKit

/// Claims of PolarityTheory, registered with the catalog (see Catalog.swift).
public enum PolarityClaims {
    public static let all: [Claim] = []
}
