import ExactArithmetic

/// The Fourier entropy E(f) = Σ f̂(S)² log₂(1/f̂(S)²) (eq. 3.7) in exact form.
///
/// With f̂ = W/2ⁿ and Σ W² = 4ⁿ, E = 2n − 2·4⁻ⁿ Σ W² log₂|W|. Writing
/// |W| = 2ᵃ·∏ pᵉ gives E = (A + Σ_p B_p log₂ p) / 4ⁿ with integers A, B_p over
/// odd primes p. Logarithms of distinct primes are linearly independent over
/// ℚ, so two entropies are equal iff these integers agree; otherwise
/// interval evaluation at rising precision separates them.
public struct FourierEntropy: Hashable, Sendable {
    public let variables: Int
    /// A: the rational part times 4ⁿ.
    public let rationalNumerator: Int
    /// B_p for each odd prime p (nonzero entries only).
    public let logNumerators: [Int: Int]

    init(_ spectrum: WalshSpectrum) {
        let n = spectrum.variables
        // Distinct |W| with multiplicities (few distinct values: a linear scan beats hashing).
        var values: [Int] = [], counts: [Int] = []
        for w in spectrum.unnormalized where w != 0 {
            let m = abs(w)
            if let i = values.firstIndex(of: m) { counts[i] += 1 } else { values.append(m); counts.append(1) }
        }
        var a = 2 * n << (2 * n), b: [Int: Int] = [:]
        for (w, c) in zip(values, counts) {
            var m = w, twos = 0
            while m % 2 == 0 { m /= 2; twos += 1 }
            a -= 2 * c * w * w * twos
            var p = 3
            while m > 1 {
                if p * p > m { p = m }
                while m % p == 0 { m /= p; b[p, default: 0] -= 2 * c * w * w }
                p += 2
            }
        }
        variables = n
        rationalNumerator = a
        logNumerators = b   // every B_p is a sum of negative terms, never 0
    }

    /// The exact value when E is rational (every |W| a power of two), else nil.
    public var exactRational: Rational? {
        logNumerators.isEmpty ? Rational(rationalNumerator, 1 << (2 * variables)) : nil
    }

    /// An interval certified to contain E, built at `precision` bits.
    public func interval(precision: Int) -> RealInterval {
        let scale = RealInterval(Rational(1, 1 << (2 * variables)), precision: precision)
        var sum = RealInterval(Rational(rationalNumerator), precision: precision)
        for (p, b) in logNumerators.sorted(by: { $0.key < $1.key }) {
            let logp = RealInterval(Rational(p), precision: precision).log2()
            sum = sum + RealInterval(Rational(b), precision: precision) * logp
        }
        return sum * scale
    }

    /// `digits` significant decimal digits, all correct (an exact value is
    /// printed as its fraction). **Edge cases:** digits outside 1…10 000 throws.
    public func decimal(digits: Int) throws -> String {
        guard (1...10_000).contains(digits) else { throw BooleanError("digits must be in 1...10000, got \(digits)") }
        if let q = exactRational { return q.description }
        var precision = digits * 4 + 64
        while true {
            if let s = interval(precision: precision).certifiedDigits(digits) { return s }
            precision *= 2
        }
    }

    /// Exact comparison: −1, 0 or 1. Two forms that differ differ as reals.
    public func compare(_ other: FourierEntropy) -> Int {
        let n = Swift.max(variables, other.variables)
        let (a, b) = (scaled(to: n), other.scaled(to: n))
        if a == b { return 0 }
        var precision = 128
        while true {
            let x = a.interval(precision: precision), y = b.interval(precision: precision)
            if x.upper < y.lower { return -1 }
            if y.upper < x.lower { return 1 }
            precision *= 2
        }
    }

    /// ⌊m·E⌋ exactly (m ≥ 1), e.g. m = 2 for half-bit bins: a rational E
    /// exactly, an irrational one by intervals refined until they fall
    /// strictly inside one bin (an irrational E is never on a boundary).
    public func floor(times m: Int) -> Int {
        precondition(m >= 1, "floor(times:) needs m ≥ 1")
        if let q = exactRational {
            return (q * Rational(m)).floor.exactInt!
        }
        var precision = 64
        while true {
            let e = interval(precision: precision)
            for j in 0...(2 * variables * m) where e.lower.compare(to: Rational(j, m)) > 0 && e.upper.compare(to: Rational(j + 1, m)) < 0 {
                return j
            }
            precision *= 2
        }
    }

    /// The same value over the denominator 4ⁿ with n ≥ variables.
    private func scaled(to n: Int) -> FourierEntropy {
        let bits = 2 * (n - variables)
        return FourierEntropy(variables: n, rationalNumerator: rationalNumerator << bits,
                              logNumerators: logNumerators.mapValues { $0 << bits })
    }

    private init(variables: Int, rationalNumerator: Int, logNumerators: [Int: Int]) {
        self.variables = variables
        self.rationalNumerator = rationalNumerator
        self.logNumerators = logNumerators
    }
}

extension FourierEntropy: CustomStringConvertible {
    /// `(A + Σ B_p·log2(p)) / 4^n`, exact.
    public var description: String {
        let terms = logNumerators.sorted { $0.key < $1.key }.map { " \($0.value < 0 ? "−" : "+") \(abs($0.value))·log2(\($0.key))" }
        return terms.isEmpty ? exactRational!.description : "(\(rationalNumerator)\(terms.joined())) / \(1 << (2 * variables))"
    }
}
