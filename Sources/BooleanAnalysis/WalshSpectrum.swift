import ExactArithmetic

/// The Walsh–Fourier spectrum of f: {−1,1}ⁿ → {−1,1} (Boolean 0 ↦ +1,
/// 1 ↦ −1), normalized as f̂(S) = 2⁻ⁿ Σₓ f(x) χ_S(x) so that Parseval reads
/// Σ f̂(S)² = 1 (the dissertation's eq. 3.5 omits the 2⁻ⁿ).
///
/// A set S ⊆ [n] is a bitmask in the position convention: x_k ∈ S iff bit
/// n − k of S is set (x₁ the most significant bit).
///
/// Computed by the fast Walsh–Hadamard transform on integers (n·2ⁿ
/// additions), then divided exactly.
public struct WalshSpectrum: Sendable {
    public let variables: Int
    /// W(S) = 2ⁿ f̂(S), exact integers with |W(S)| ≤ 2ⁿ.
    public let unnormalized: [Int]

    public init(_ f: TruthTable) {
        variables = f.variables
        let size = f.size
        // a[x] = (−1)^f(x); position x is storage bit size − 1 − x.
        var a = [Int](repeating: 0, count: size)
        for b in 0..<size { a[size - 1 - b] = 1 - 2 * Int(f.words[b >> 6] >> UInt64(b & 63) & 1) }
        var h = 1
        while h < a.count {
            for i in stride(from: 0, to: a.count, by: 2 * h) {
                for j in i..<(i + h) {
                    let (x, y) = (a[j], a[j + h])
                    a[j] = x + y
                    a[j + h] = x - y
                }
            }
            h *= 2
        }
        unnormalized = a
    }

    /// f̂(S) as an exact rational. **Edge cases:** S outside 0..<2ⁿ traps — it is not a subset of [n].
    public func coefficient(_ s: Int) -> Rational { Rational(unnormalized[s], 1 << variables) }

    /// Fourier degree: the largest |S| with f̂(S) ≠ 0 (0 for constants).
    public var degree: Int {
        var d = 0
        for s in unnormalized.indices where unnormalized[s] != 0 { d = Swift.max(d, s.nonzeroBitCount) }
        return d
    }

    /// I(f) = Σ |S| f̂(S)² (eq. 3.6), exact.
    public var totalInfluence: Rational {
        var sum = 0
        for s in unnormalized.indices { sum += s.nonzeroBitCount * unnormalized[s] * unnormalized[s] }
        return Rational(sum, 1 << (2 * variables))
    }

    /// I_k(f) = Σ_{S ∋ k} f̂(S)², k = 1…n. **Edge cases:** k outside 1…n throws.
    public func influence(_ k: Int) throws -> Rational {
        guard (1...variables).contains(k) else { throw BooleanError("influence of x_\(k) needs 1 ≤ k ≤ n = \(variables)") }
        let bit = 1 << (variables - k)
        let sum = unnormalized.indices.filter { $0 & bit != 0 }.reduce(0) { $0 + unnormalized[$1] * unnormalized[$1] }
        return Rational(sum, 1 << (2 * variables))
    }

    /// Σ f̂(S)² as an exact rational (1 by Parseval).
    public var sumOfSquares: Rational {
        Rational(unnormalized.reduce(0) { $0 + $1 * $1 }, 1 << (2 * variables))
    }

    /// Fourier entropy (eq. 3.7) in exact form.
    public var entropy: FourierEntropy { FourierEntropy(self) }
}

extension TruthTable {
    /// I_k(f) by its definition: the probability over uniform x that flipping
    /// x_k changes f. **Edge cases:** k outside 1…n throws.
    public func influenceByFlips(_ k: Int) throws -> Rational {
        guard (1...variables).contains(k) else { throw BooleanError("influence of x_\(k) needs 1 ≤ k ≤ n = \(variables)") }
        let bit = 1 << (variables - k)
        return Rational((0..<size).filter { self[$0] != self[$0 ^ bit] }.count, size)
    }
}
