import ExactArithmetic

/// The lower bounds of paper 000, Lemma D.2 and Theorem D.3, as exact
/// rationals.
///
/// Reading used (the OCR of the proof of D.2 writes "1 − P(|J| ≥ 0)"; the
/// derivation subtracts P(|J| = 0)):
///   D.2: Ω(n)    = 1 − Σ_{k=0}^{2} Q(k, 4, 4, n) / 8ⁿ
///   D.3: Ω(n, d) = 1 − Σ_{k=0}^{2} Q(k, 2^d, 2^d, n) / 2^{(d+1)n}
/// Both are the probability that at least 3 distinct XOR-compatible
/// patterns occur among n uniformly random unit patterns (2-D patterns for
/// D.2, full (d+1)-sign patterns for D.3); D.3 with d = 2 is D.2.
public enum ProbabilityBounds {
    /// Largest unit count and dimension accepted (the range).
    public static let maxUnits = 10_000
    public static let maxDimension = 64

    /// Lemma D.2's bound for n hidden units.
    ///
    /// **Edge cases:** n ∈ 1…10 000, else throws; Ω = 0 for n ≤ 2.
    public static func lemmaD2(units n: Int) throws -> Rational {
        try validate(units: n, dimension: 2)
        return try bound(marked: BigInt(4), unmarked: BigInt(4), units: n)
    }

    /// Theorem D.3's bound for n hidden units and input dimension d.
    ///
    /// **Edge cases:** n ∈ 1…10 000 and d ∈ 2…64, else throws.
    /// Cost: three powers of numbers of d + 1 bits to the n-th.
    public static func theoremD3(units n: Int, dimension d: Int) throws -> Rational {
        try validate(units: n, dimension: d)
        let half = BigInt(1) << d
        return try bound(marked: half, unmarked: half, units: n)
    }

    /// 1 − Σ_{k≤2} Q(k, m, M, n) / (m + M)ⁿ.
    static func bound(marked m: BigInt, unmarked M: BigInt, units n: Int) throws -> Rational {
        var fewer = BigInt(0)
        for k in 0...2 { fewer += try CountingHelperQ.recursive(k, m, M, n) }
        let total = (m + M).power(n)
        return Rational(total - fewer, total)
    }

    /// The smallest n ≤ 10 000 whose bound exceeds `level` strictly, or
    /// `nil` when none does. The bound is non-decreasing in n (its event —
    /// three distinct compatible patterns occur — persists when a unit is
    /// added), so a doubling search followed by bisection is exact.
    ///
    /// **Edge cases:** `dimension` nil means Lemma D.2; a level < 0 gives 1;
    /// a level ≥ 1 gives `nil` (the bounds stay below 1).
    public static func smallestUnits(exceeding level: Rational, dimension: Int? = nil) throws -> Int? {
        func value(_ n: Int) throws -> Rational {
            if let d = dimension { return try theoremD3(units: n, dimension: d) }
            return try lemmaD2(units: n)
        }
        if let d = dimension { try validate(units: 1, dimension: d) }
        guard level < Rational(1) else { return nil }
        var hi = 1
        while try value(hi) <= level {
            if hi == maxUnits { return nil }
            hi = min(2 * hi, maxUnits)
        }
        var lo = hi / 2   // value(lo) ≤ level, or lo = 0
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if try value(mid) > level { hi = mid } else { lo = mid }
        }
        return hi
    }

    static func validate(units n: Int, dimension d: Int) throws {
        try PolarityError.require((1...maxUnits).contains(n), "units must be in 1...\(maxUnits), got \(n)")
        try PolarityError.require((2...maxDimension).contains(d), "dimension must be in 2...\(maxDimension), got \(d)")
    }
}
