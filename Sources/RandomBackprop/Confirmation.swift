import ExactArithmetic

/// A high-precision integration of the full system held against a
/// predicted limit: how far it got and to how many digits it agrees.
public struct IntegrationCheck: Sendable {
    public let result: IntegrationResult
    public let bits: Int
    /// Smallest, over the variables, number of correct significant digits of
    /// the integrated state relative to the predicted limit (relative to
    /// max(1, |limit|)), capped at the working precision.
    public let agreementDigits: Int

    /// Integrates `field` from `x0` until max|F| < 10^−(digits + 5) and compares with `limit`.
    ///
    /// **Edge cases:** `limit == nil` (a blow-up or stationary prediction) gives
    /// agreement 0; the run stops at t = `maxTime` or after `maxSteps` Taylor
    /// steps (outcome ``IntegrationOutcome/stepLimit``) if it has not
    /// converged. Stiff systems (feedback gains of 10¹⁰, say) need steps of
    /// the order of the fastest time scale: the budget keeps the command
    /// prompt; the certified limit does not depend on the integration.
    public init(field: PolynomialVectorField, from x0: [Rational], limit: [RealInterval]?,
                digits: Int, bits: Int? = nil, maxTime: Double = 1e6, maxSteps: Int = Self.defaultStepBudget) {
        let bits = bits ?? max(256, digits * 3322 / 1000 + 96)
        self.bits = bits
        var integrator = TaylorIntegrator(field: field, precision: bits, toleranceDigits: min(digits + 10, bits * 3 / 10))
        integrator.maxSteps = maxSteps
        result = integrator.integrateToEquilibrium(from: x0, residualDigits: digits + 5, maxTime: maxTime)
        guard let limit, result.outcome == .converged else { agreementDigits = 0; return }
        agreementDigits = zip(result.state, limit).map { Self.agreement($0, $1, bits: bits) }.min() ?? 0
    }

    /// Taylor steps a confirming integration may take (a few seconds).
    public static let defaultStepBudget = 5_000

    /// −log₁₀ of the distance from x to the far end of the enclosure, relative to max(1, |x|).
    public static func agreement(_ x: BigFloat, _ y: RealInterval, bits: Int) -> Int {
        let d = BigFloat.max((x - y.lower).magnitude, (x - y.upper).magnitude)
        if d.isZero { return bits * 3 / 10 }
        let scale = BigFloat.max(BigFloat(1, precision: bits), x.magnitude)
        let ratio = d / scale
        let log10 = ratio.log2().doubleValue * 0.30102999566398120
        return max(0, min(bits * 3 / 10, Int((-log10).rounded(.down))))
    }
}
