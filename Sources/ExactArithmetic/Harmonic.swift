/// Harmonic numbers H(n) = 1 + 1/2 + … + 1/n.
public enum Harmonic {
    /// H(n) as a reduced fraction, by binary splitting over 1…n where each
    /// node keeps its partial sum over the lcm of its range rather than the
    /// product: numbers stay near n·log2(e) bits instead of log2(n!) bits,
    /// so the merges and the final reduction are an order of magnitude
    /// cheaper. H(0) = 0.
    ///
    /// **Edge cases:** traps for n < 0 (a programming error, not user input).
    public static func number(_ n: Int) -> Rational {
        precondition(n >= 0, "H(n) needs n ≥ 0")
        if n == 0 { return 0 }
        let (p, q) = split(1, n + 1)
        return Rational(p, q)
    }

    private static let plainProductRange = 256

    /// Σ_{k=a}^{b−1} 1/k = p/q with q a multiple of lcm(a, …, b − 1):
    /// short ranges use the plain product (no gcd is worth its cost there),
    /// longer ones merge over the lcm of the halves' denominators.
    private static func split(_ a: Int, _ b: Int) -> (BigInt, BigInt) {
        if b - a == 1 { return (1, BigInt(a)) }
        let m = (a + b) / 2
        let (p1, q1) = split(a, m)
        let (p2, q2) = split(m, b)
        if b - a <= plainProductRange {
            var p = p1 * q2
            p.addProduct(p2, q1)
            return (p, q1 * q2)
        }
        // p1/q1 + p2/q2 = (p1·(q2/g) + p2·(q1/g)) / (q1·q2/g), g = gcd(q1, q2)
        let g = BigInt.gcd(q1, q2)
        let c1 = q2.exactlyDivided(by: g), c2 = q1.exactlyDivided(by: g)
        var p = p1 * c1
        p.addProduct(p2, c2)
        return (p, q1 * c1)
    }
}
