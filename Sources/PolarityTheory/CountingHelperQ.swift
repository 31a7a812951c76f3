import ExactArithmetic

/// The counting helper Q of paper 000, Lemma D.2 (appendix D, proof in E).
///
/// Q(k, m, M, n) = [(M + k)ⁿ − Σ_{p<k} Q(p, k, M, n)] · C(m, k) is the
/// number of n-tuples over an alphabet of m marked and M unmarked symbols
/// in which exactly k distinct marked symbols occur. The bracket counts the
/// tuples over M unmarked plus k chosen marked symbols in which all k occur
/// (the sum removes those using only p < k of them, in every way).
public enum CountingHelperQ {
    /// Q by the paper's recursion, memoised on the inner calls (whose m is k).
    ///
    /// **Edge cases:** Q = 0 when k > m; n = 0 counts the empty tuple
    /// (Q(0, m, M, 0) = 1). Throws for negative arguments. Cost: k + 1
    /// powers of (M + j) to the n-th, O(k²) big additions.
    public static func recursive(_ k: Int, _ m: BigInt, _ M: BigInt, _ n: Int) throws -> BigInt {
        try validate(k, m, M, n)
        // all[j] = Q(j, j, M, n): tuples over M + j symbols using all j marked ones.
        var all: [BigInt] = []
        for j in 0...k {
            var bracket = (M + BigInt(j)).power(n)
            for p in 0..<j { bracket -= BigInt.binomial(j, p) * all[p] }   // Q(p, j, M, n) = C(j, p)·all[p]
            all.append(bracket)
        }
        return all[k] * BigInt.binomial(m, k)
    }

    /// Q by inclusion–exclusion: C(m, k) Σ_j (−1)^j C(k, j) (M + k − j)ⁿ.
    /// An independent formula used to cross-check ``recursive(_:_:_:_:)``.
    public static func inclusionExclusion(_ k: Int, _ m: BigInt, _ M: BigInt, _ n: Int) throws -> BigInt {
        try validate(k, m, M, n)
        var sum = BigInt(0)
        for j in 0...k {
            let term = BigInt.binomial(k, j) * (M + BigInt(k - j)).power(n)
            if j % 2 == 0 { sum += term } else { sum -= term }
        }
        return sum * BigInt.binomial(m, k)
    }

    static func validate(_ k: Int, _ m: BigInt, _ M: BigInt, _ n: Int) throws {
        try PolarityError.require(k >= 0, "Q: k must be ≥ 0, got \(k)")
        try PolarityError.require(m.signum >= 0, "Q: m must be ≥ 0, got \(m)")
        try PolarityError.require(M.signum >= 0, "Q: M must be ≥ 0, got \(M)")
        try PolarityError.require(n >= 0, "Q: n must be ≥ 0, got \(n)")
    }
}
