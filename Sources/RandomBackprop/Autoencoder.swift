import ExactArithmetic

/// Theorem 6 (paper 003, section 7.6) for the normalised autoencoder
/// A[N, 1, N] with Σ_TI = Σ_II = Id (eq. 68): with K = CB(0) − ½‖A(0)‖²
/// conserved (Lemma 1, eq. 66), A(t) → f C where f is the positive root of
/// the cubic 1 − (½‖C‖² f² + K) f = 0 (eq. 77), B → Cᵗ/(f‖C‖²), and
/// P = BA → CᵗC/‖C‖² (the OCR prints "C†C†‖C‖²"; the proof gives CᵗC/‖C‖²).
///
/// The cubic always has exactly one positive root: it is 1 at f = 0, its
/// leading coefficient is −‖C‖²/2 < 0, and on f > 0 it is unimodal.
public struct AutoencoderPrediction: Sendable {
    public let cubic: Polynomial
    public let k: Rational
    /// The positive root f of eq. 77.
    public let f: IsolatedRoot
    /// Enclosures of the limits of a_1 … a_N, b_1 … b_N (the system's variable order).
    public let limit: [RealInterval]

    /// **Edge cases:** throws when C = 0 (A then never moves: dA/dt = C(Id − BA) = 0)
    /// or when the lengths do not match.
    public init(c: [Rational], a0: [Rational], b0: [Rational], digits: Int) throws {
        guard c.count == a0.count, c.count == b0.count else { throw ModelError("C, A(0) and B(0) need the same length N") }
        let normC = c.reduce(Rational(0)) { $0 + $1 * $1 }
        guard !normC.isZero else { throw ModelError("C = 0 is the trivial case: A never moves") }
        let normA = a0.reduce(Rational(0)) { $0 + $1 * $1 }
        k = zip(c, b0).reduce(Rational(0)) { $0 + $1.0 * $1.1 } - normA / 2
        cubic = Polynomial([1, -k, 0, -normC / 2])
        guard let root = try IsolatedRoot.roots(of: cubic).first(where: { $0.lower.signum >= 0 && !($0.exactValue?.isZero ?? false) }) else {
            throw ModelError("eq. 77 has no positive root")  // impossible by the argument above
        }
        var f = try root.refined(digits: digits + 10)
        let bits = digits * 3322 / 1000 + 128
        var limit: [RealInterval] = []
        while true {
            let fi = RealInterval(lower: BigFloat(f.lower, precision: bits, rounding: .down),
                                  upper: BigFloat(f.upper, precision: bits, rounding: .up))
            let denominator = fi * RealInterval(normC, precision: bits)
            limit = c.map { fi * RealInterval($0, precision: bits) } + c.map { RealInterval($0, precision: bits) / denominator }
            if limit.allSatisfy({ $0.certifiedDigits(digits + 8) != nil || FixedPointAnalysis.tinyAroundZero($0, digits + 8) }) { break }
            f = f.refined(toWidth: f.width / Rational(BigInt(1) << 64))
        }
        self.f = f
        self.limit = limit
    }
}
