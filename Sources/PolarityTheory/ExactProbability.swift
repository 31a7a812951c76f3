import ExactArithmetic

/// The exact probability P(n) that n hidden units with Bernoulli(1/2)
/// signs on every weight can represent XOR (beyond paper 000). Only the
/// signs of w₁, w₂ and the output weight matter (further dimensions get
/// zero weights), so each unit's type is uniform on the 8 paper types and
/// P(n) does not depend on d.
///
/// P(n) = Σ over count vectors κ that dominate a minimal profile of the
/// number of type sequences with those counts, over 8ⁿ. Counts are capped
/// at K = ``XORRepresentability/cap`` (a type with ≥ K units behaves like
/// one with K); a capped vector with exact counts jᵢ on some types and r
/// types at "≥ K" is met by n!/(Πjᵢ! m!) · S(m, r) sequences, m = n − Σjᵢ,
/// where S(m, r) counts words of length m over r letters each used ≥ K times.
public enum ExactProbability {
    public static let maxUnits = 512

    /// P(n) for n = 1…maxUnits, exactly.
    ///
    /// **Edge cases:** throws when maxUnits is outside 1…512, or exceeds an
    /// incomplete structure's atom-set size.
    public static func table(_ structure: XORRepresentability, maxUnits: Int) throws -> [Rational] {
        try PolarityError.require((1...Self.maxUnits).contains(maxUnits), "units must be in 1...\(Self.maxUnits), got \(maxUnits)")
        try PolarityError.require(structure.maxAtoms == 4 || maxUnits <= structure.maxAtoms,
                                  "a structure built from atom sets of ≤ \(structure.maxAtoms) units is exact only for n ≤ \(structure.maxAtoms)")
        let k = max(structure.cap, 1)
        // Multiplicity of each signature (how many types sit at each capped
        // value 0…K) among the capped vectors that do NOT represent XOR.
        var failing: [[Int]: Int] = [:]
        var v = [Int](repeating: 0, count: 8)
        while true {
            if !structure.minimal.contains(where: { XORRepresentability.dominates(v, $0.profile) }) {
                var sig = [Int](repeating: 0, count: k + 1)
                for x in v { sig[x] += 1 }
                failing[sig, default: 0] += 1
            }
            var i = 0
            while i < 8 && v[i] == k { v[i] = 0; i += 1 }
            if i == 8 { break }
            v[i] += 1
        }
        let words = AtLeastKWords(cap: k, maxLength: maxUnits)
        return (1...maxUnits).map { n in
            var bad = BigInt(0)
            for (sig, mult) in failing { bad += words.sequences(signature: sig, length: n) * BigInt(mult) }
            let total = BigInt(8).power(n)
            return Rational(total - bad, total)
        }
    }
}

/// Counts of words with prescribed capped letter counts.
struct AtLeastKWords {
    let cap: Int
    /// s[r][m]: words of length m over r letters, each letter used ≥ cap times.
    let s: [[BigInt]]
    let factorial: [BigInt]

    init(cap k: Int, maxLength: Int) {
        cap = k
        factorial = (0...maxLength).map { BigInt.factorial($0) }
        var s = [[BigInt]](repeating: [BigInt](repeating: 0, count: maxLength + 1), count: 9)
        s[0][0] = 1
        for r in 1...8 {
            for m in 0...maxLength {
                var total = BigInt(0)
                if m >= k { for c in k...m { total.addProduct(BigInt.binomial(m, c), s[r - 1][m - c]) } }
                s[r][m] = total
            }
        }
        self.s = s
    }

    /// Sequences of length n over 8 types realising one vector with the
    /// given signature (sig[j] types with exactly j units for j < cap,
    /// sig[cap] types with ≥ cap units).
    func sequences(signature sig: [Int], length n: Int) -> BigInt {
        var used = 0
        var denominator = BigInt(1)
        for j in 0..<cap where sig[j] > 0 {
            used += j * sig[j]
            denominator *= factorial[j].power(sig[j])
        }
        guard used <= n else { return 0 }
        let m = n - used
        let ways = s[sig[cap]][m]
        if ways.isZero { return 0 }
        return (factorial[n] / (denominator * factorial[m])) * ways
    }
}
