import ExactArithmetic

/// The region-count bounds of dissertation §2.3.2 and §5.2.
public enum CountingBounds {
    static func binomial(_ n: Int, _ k: Int) -> BigInt {
        guard k >= 0, k <= n else { return 0 }
        var r = BigInt(1)
        for i in 0..<k { r = r * BigInt(n - i) / BigInt(i + 1) }
        return r
    }

    /// Σ_{i=0}^{d} C(k, i): the most regions k hyperplanes cut ℝ^d into
    /// (eq. 5.15 for k = 3, d = 2: 7), attained in general position.
    public static func hyperplaneArrangement(hyperplanes k: Int, dimension d: Int) -> BigInt {
        (0...max(0, d)).reduce(BigInt(0)) { $0 + binomial(k, $1) }
    }

    /// Eq. 2.26: ∏_{l=1}^{L} Σ_{i=0}^{k} C(N_l, i) over the hidden widths
    /// N_1 … N_L. With k = N_0 (the input dimension) this is the cited upper
    /// bound; the text lets k be any constant ≤ every N_l.
    public static func upperBound(hiddenWidths: [Int], k: Int) -> BigInt {
        hiddenWidths.reduce(BigInt(1)) { $0 * hyperplaneArrangement(hyperplanes: $1, dimension: k) }
    }

    /// Eq. 2.27: (∏_{i=1}^{L−1} ⌊N_i/N_0⌋^{N_0}) · Σ_{j=0}^{N_0} C(N_L, j),
    /// a lower bound on the largest region count of networks with these
    /// widths (N_i ≥ N_0), from Montúfar et al.'s folding construction.
    public static func lowerBound(inputDimension n0: Int, hiddenWidths: [Int]) -> BigInt {
        guard let last = hiddenWidths.last else { return 1 }
        var product = BigInt(1)
        for n in hiddenWidths.dropLast() { product = product * BigInt(n / n0).power(n0) }
        return product * hyperplaneArrangement(hyperplanes: last, dimension: n0)
    }
}
