import ExactArithmetic

/// Lemma 1 of paper 001 (§2.1, proof in appendix A): the sigmoid
/// representation of S_n, certified with outward-rounded MPFR intervals.
///
/// Δ_i(x) = σ(5(|x| − i + 1/2)) − σ(5(|x| − i − 1/2)) depends only on the
/// offset d = |x| − i; write D(d). f_A(x) = sign(−1/2 + Σ_{i∈A} Δ_i(x)).
/// Two facts carry every A at once (the per-weight argument):
/// * D(d) > 0 for all d, so for k ∈ A the sum is at least D(0);
/// * Σ_{d∈ℤ} D(d) = 1 (the sum telescopes: σ(5d + 5/2) is the next term's
///   σ(5(d+1) − 5/2)), so for k ∉ A the sum is at most Σ_{i≠k} D(k − i) < 1 − D(0).
public enum SigmoidRepresentation {
    /// D(d) enclosed at `precision` bits.
    public static func delta(offset d: Int, precision: Int) -> RealInterval {
        let hi = RealInterval(Rational(10 * d + 5, 2), precision: precision).sigmoid()
        let lo = RealInterval(Rational(10 * d - 5, 2), precision: precision).sigmoid()
        return hi - lo
    }

    /// −1/2 + Σ_{i∈A} Δ_i at weight k, certified.
    public static func output(_ f: SymmetricFunction, atWeight k: Int, precision: Int) -> RealInterval {
        var s = RealInterval(Rational(-1, 2), precision: precision)
        for i in f.positiveWeights { s = s + delta(offset: k - i, precision: precision) }
        return s
    }

    /// Certifies Lemma 1 for all 2^(n+1) members of S_n weight by weight:
    /// for each k the smallest sum over A ∋ k is D(0) and the largest over
    /// A ∌ k is Σ_{i≠k} D(k − i); both sides of 1/2 are checked on intervals.
    /// Also checks the proof's constants: D(0) > 0.84 and
    /// 2e^(−5/2)/(1 − e^(−5)) < 0.17, and that this tail bound dominates the
    /// worst off-weight sum. **Edge cases:** n outside 1…1024 throws.
    public static func perWeightCertificate(n: Int, precision: Int = 128) throws -> Lemma1Certificate {
        try SymmetricFunction.checkN(n)
        let d = (-n...n).map { delta(offset: $0, precision: precision) }  // d[n + t] = D(t)
        let d0 = d[n]
        var worstOff = RealInterval(0, precision: precision)
        var worstWeight = 0
        var allBelow = true
        for k in 0...n {
            var s = RealInterval(0, precision: precision)
            for i in 0...n where i != k { s = s + d[n + k - i] }
            if !(s.upper.compare(to: Rational(1, 2)) < 0) { allBelow = false }
            if s.upper > worstOff.upper { worstOff = s; worstWeight = k }
        }
        let e = RealInterval(Rational(-5, 2), precision: precision).exp()
        let e5 = RealInterval(-5, precision: precision).exp()
        let tail = RealInterval(2, precision: precision) * e / (RealInterval(1, precision: precision) - e5)
        let oneMinusD0 = RealInterval(1, precision: precision) - d0
        return Lemma1Certificate(
            n: n, precision: precision, d0: d0, worstOffSum: worstOff, worstOffWeight: worstWeight,
            onWeightAboveHalf: d0.lower.compare(to: Rational(1, 2)) > 0,
            offWeightBelowHalf: allBelow,
            d0Above084: d0.lower.compare(to: Rational(84, 100)) > 0,
            tailBound: tail, tailBelow017: tail.upper.compare(to: Rational(17, 100)) < 0,
            tailDominates: worstOff.upper < tail.lower,
            telescopedBound: oneMinusD0, telescopedConsistent: !(worstOff.lower > oneMinusD0.upper))
    }

    /// Brute force on certified intervals: every A ⊆ {0,…,n}, every weight.
    /// Returns the first (A bits, k) whose sign is not certified to be f_A(k).
    /// **Edge cases:** n must be in 1…14.
    public static func bruteForce(n: Int, precision: Int = 96) throws -> (bits: UInt64, weight: Int)? {
        guard (1...14).contains(n) else { throw SymmetricError("brute force needs n in 1...14, got \(n)") }
        let d = (-n...n).map { delta(offset: $0, precision: precision) }
        for bits in 0..<(UInt64(1) << UInt64(n + 1)) {
            let f = try SymmetricFunction(n: n, index: bits)
            for k in 0...n {
                var s = RealInterval(Rational(-1, 2), precision: precision)
                for i in f.positiveWeights { s = s + d[n + k - i] }
                let ok = f.values[k] == 1 ? s.isPositive : s.isNegative
                if !ok { return (bits, k) }
            }
        }
        return nil
    }
}

/// What ``SigmoidRepresentation/perWeightCertificate(n:precision:)`` proved.
public struct Lemma1Certificate: Sendable {
    public let n: Int
    public let precision: Int
    /// D(0) = σ(5/2) − σ(−5/2) = tanh(5/4).
    public let d0: RealInterval
    /// The largest Σ_{i≠k} D(k − i) over weights k, and where.
    public let worstOffSum: RealInterval
    public let worstOffWeight: Int
    public let onWeightAboveHalf: Bool
    public let offWeightBelowHalf: Bool
    public let d0Above084: Bool
    /// 2e^(−5/2)/(1 − e^(−5)), the proof's bound on the off-weight sum.
    public let tailBound: RealInterval
    public let tailBelow017: Bool
    public let tailDominates: Bool
    /// 1 − D(0) = 2σ(−5/2): the exact supremum of the off-weight sum as n → ∞.
    public let telescopedBound: RealInterval
    /// The off-weight sum is not certainly above 1 − D(0) (it equals 1 − D(0)
    /// minus tails below 2σ(−5(n+½)), often beyond the working precision).
    public let telescopedConsistent: Bool

    public var holds: Bool { onWeightAboveHalf && offWeightBelowHalf }
}
