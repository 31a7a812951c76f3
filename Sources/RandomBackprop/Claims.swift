import ClaimKit

/// Claims of RandomBackprop, registered with the catalog (see Catalog.swift).
public enum RandomBackpropClaims {
    public static let all: [Claim] = []
}
