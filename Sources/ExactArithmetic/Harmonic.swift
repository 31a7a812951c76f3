/// Harmonic numbers H(n) = 1 + 1/2 + … + 1/n.
public enum Harmonic {
    /// H(n) as a reduced fraction, by binary splitting: the sum over a range
    /// is built as one unreduced fraction p/q from its halves, so there is a
    /// single gcd at the end instead of one per term. H(0) = 0.
    ///
    /// Cost: O(M(size) log n) for the final size ≈ n·log2(e) bits.
    public static func number(_ n: Int) -> Rational {
        precondition(n >= 0, "H(n) needs n ≥ 0")
        if n == 0 { return 0 }
        let (p, q) = split(1, n + 1)
        return Rational(p, q)
    }

    /// Σ_{k=a}^{b−1} 1/k = p/q with q = a(a+1)…(b−1).
    private static func split(_ a: Int, _ b: Int) -> (BigInt, BigInt) {
        if b - a == 1 { return (1, BigInt(a)) }
        let m = (a + b) / 2
        let (p1, q1) = split(a, m)
        let (p2, q2) = split(m, b)
        var p = p1 * q2
        p.addProduct(p2, q1)
        return (p, q1 * q2)
    }
}
