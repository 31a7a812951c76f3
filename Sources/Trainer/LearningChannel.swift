/// Paper 003 eq. 19, the logarithmic quantizer of §5:
/// Q_{α,bits}(x) = α · sign(x) · 2^round(clip(log₂|x/α|, 1 − bits, 0)),
/// so |Q(x)| is one of the 2^(bits−1)… powers α, α/2, …, α·2^(1−bits) and
/// bits = 1 keeps only the sign (α · sign x). Q(0) = 0; ±∞ gives ±α. log₂ of
/// a nonzero double is never a half-integer (2^(k+½) is irrational), so
/// `round` needs no tie rule.
public struct Quantizer: Sendable, Equatable, CustomStringConvertible {
    /// α: the largest magnitude.
    public let scale: Double
    public let bits: Int

    /// **Edge cases:** α must be positive and finite, bits in 1…64, else throws.
    public init(scale: Double, bits: Int) throws {
        guard scale > 0, scale.isFinite else { throw TrainerError("quantizer scale α must be positive and finite, got \(scale)") }
        guard (1...64).contains(bits) else { throw TrainerError("quantizer bits must be in 1…64, got \(bits)") }
        self.scale = scale
        self.bits = bits
    }

    public func callAsFunction(_ x: Double) -> Double {
        guard x != 0, x.isFinite else { return x.isNaN ? x : x == 0 ? 0 : (x < 0 ? -scale : scale) }
        // round(log₂ y) for y = s·2^e, s ∈ [1, 2): e, or e + 1 when s ≥ √2.
        // The double nearest √2 lies above it, so s ≥ √2 ⟺ s ≥ that
        // double: exact, with no call to log2 (this runs per weight and
        // example under update quantization).
        let y = x.magnitude / scale
        guard y.isFinite else { return Double(sign: x.sign, exponent: 0, significand: scale) }
        let e = Int(y.exponent) + (y.significand >= Quantizer.root2 ? 1 : 0)
        let k = min(0, max(1 - bits, e))
        return Double(sign: x.sign, exponent: k, significand: scale)
    }

    static let root2 = 2.0.squareRoot()

    public var description: String { "\(bits)-bit, α = \(scale)" }
}

extension Engine {
    /// §5.1: the error J reaching each hidden unit, quantized in the units
    /// of one example's loss (our δ carries the mini-batch mean's 1/n, so it
    /// is scaled by n, quantized and scaled back; α = 2⁻³ is sized for
    /// per-example errors) — before f′ and before it travels further down,
    /// so quantization errors accumulate as in the paper.
    @inline(__always)
    func quantizeError(_ q: Quantizer, _ out: UnsafeMutablePointer<T>, _ n: Int) {
        let perExample = Double(n)
        for b in 0..<n { out[b] = T(q(Double(out[b]) * perExample) / perExample) }
    }

    /// §6.1 / Fig. 9: each example drops each hidden unit from the backward
    /// pass with probability p (its δ is 0, for its own weights and below);
    /// the others are scaled by 1/(1 − p).
    @inline(__always)
    func dropChannel(_ p: Double, _ out: UnsafeMutablePointer<T>, _ n: Int) {
        let keep = T(1 / (1 - p))
        for b in 0..<n { out[b] = channelRandom.uniform() < p ? 0 : out[b] * keep }
    }

    /// §5.2: layer k's gradient as the mini-batch mean of each example's
    /// update η·δ_i·O_j (in one example's units, as for the error) quantized
    /// before the batch is combined, divided by η since the optimizer
    /// multiplies by it again.
    func quantizedUpdates(_ q: Quantizer, layer k: Int, _ input: UnsafePointer<T>, _ ldIn: Int, _ n: Int) {
        let nIn = sizes[k], nOut = sizes[k + 1], d = UnsafePointer(delta[k])
        let gw = grads + weightOffset[k], gb = grads + biasOffset[k]
        let eta = config.learningRate, perExample = Double(n)
        for i in 0..<nOut {
            let dr = d + i * rows
            var bias = 0.0
            for b in 0..<n { bias += q(eta * Double(dr[b]) * perExample) }
            gb[i] = T(bias / (eta * perExample))
            for j in 0..<nIn {
                let x = input + j * ldIn
                var s = 0.0
                for b in 0..<n { s += q(eta * Double(dr[b]) * perExample * Double(x[b])) }
                gw[i * nIn + j] = T(s / (eta * perExample))
            }
        }
    }
}
