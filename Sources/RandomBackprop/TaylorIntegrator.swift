import CMPFR
import ExactArithmetic
#if canImport(Glibc)
import Glibc
#endif

/// How an integration ended.
public enum IntegrationOutcome: Equatable, Sendable {
    /// max_i |F_i(x)| fell below the requested residual.
    case converged
    /// |x_i| passed the blow-up bound: a finite-time singularity (Theorem 1's
    /// divergent case); `direction` is the sign of x_i.
    case blowUp(variable: Int, direction: Int)
    /// The end time was reached (for ``TaylorIntegrator/integrate(from:to:)``, the goal).
    case reachedTime
    /// The step budget ran out first.
    case stepLimit
}

extension IntegrationOutcome: CustomStringConvertible {
    public var description: String {
        switch self {
        case .converged: return "converged"
        case let .blowUp(i, d): return "left the blow-up bound (variable \(i + 1) toward \(d > 0 ? "+" : "−")∞)"
        case .reachedTime: return "reached the time limit"
        case .stepLimit: return "stopped at the step budget (a stiff system: inconclusive, the certified limit stands)"
        }
    }
}

/// The state and diagnostics at the end of an integration.
public struct IntegrationResult: Sendable {
    public let outcome: IntegrationOutcome
    public let time: BigFloat
    public let state: [BigFloat]
    /// max_i |F_i(x)| at the final state.
    public let residual: BigFloat
    public let steps: Int
}

/// Adaptive Taylor-series integrator for polynomial ODEs at a chosen MPFR
/// precision (Jorba–Zou step control).
///
/// Each step computes the Taylor coefficients x_0 … x_p of the solution by
/// exact recurrences on the compiled field (`TaylorProgram`) and takes
/// h = 0.9 · min_{k ∈ {p−1, p}} (ε·max(1, |x|) / |x_k|)^{1/k}, so the first
/// neglected term is about ε relative to the state. The order is
/// p = ⌈½ ln(1/ε)⌉ + 2, the choice that minimises work per unit time.
///
/// **Edge cases:** ε is clamped to at least 2^{−precision+8}; a zero field
/// converges at once; steps whose coefficients all vanish beyond order 1
/// are capped at `maxStep`; the first |x_i| above `blowUpBound` stops the
/// run with ``IntegrationOutcome/blowUp(variable:direction:)``.
public struct TaylorIntegrator {
    public let field: PolynomialVectorField
    public let precision: Int
    public let order: Int
    /// log₂ ε.
    let log2Tolerance: Double
    public var maxSteps = 1_000_000
    public var maxStep = 1e6
    /// log₂ of the magnitude treated as blow-up (default 2^200).
    public var log2BlowUpBound = 200.0

    let program: TaylorProgram
    let constants: [BigFloat]
    let coefficients: [[BigFloat]]

    /// - Parameters:
    ///   - field: the polynomial vector field dx/dt = F(x) to integrate.
    ///   - precision: MPFR working precision in bits.
    ///   - toleranceDigits: ε = 10^−toleranceDigits per step (relative to max(1, |x|)).
    public init(field: PolynomialVectorField, precision: Int = 256, toleranceDigits: Int = 40) {
        self.field = field
        let bits = max(64, min(precision, 100_000))
        self.precision = bits
        let requested = -Double(toleranceDigits) * log2(10.0)
        log2Tolerance = max(requested, -Double(bits) + 8)
        order = Int((-log2Tolerance * log(2.0) / 2).rounded(.up)) + 2
        program = TaylorProgram(field)
        constants = program.constants.map { BigFloat($0, precision: bits) }
        coefficients = program.terms.map { $0.map { BigFloat($0.coefficient, precision: bits) } }
    }

    /// Integrates until max|F(x)| < 10^−residualDigits, blow-up, time `maxTime`, or the step limit.
    public func integrateToEquilibrium(from x0: [Rational], residualDigits: Int, maxTime: Double = 1e8) -> IntegrationResult {
        run(from: x0, endTime: maxTime, log2Residual: -Double(residualDigits) * log2(10.0))
    }

    /// Integrates to exactly t = `endTime` (the last step is shortened), unless it blows up first.
    public func integrate(from x0: [Rational], to endTime: Rational) -> IntegrationResult {
        run(from: x0, endTime: endTime, log2Residual: nil)
    }

    private func run(from x0: [Rational], endTime: Double, log2Residual: Double?) -> IntegrationResult {
        run(from: x0, endTime: Rational(exactly: endTime) ?? Rational(100_000_000), log2Residual: log2Residual)
    }

    private func run(from x0: [Rational], endTime: Rational, log2Residual: Double?) -> IntegrationResult {
        precondition(x0.count == field.dimension, "initial state has \(x0.count) values, field has \(field.dimension)")
        let n = field.dimension, p = order, w = p + 1
        let series = MPFRBuffer(count: program.seriesCount * w, precision: precision)
        let work = MPFRBuffer(count: 5, precision: precision)
        let state = MPFRBuffer(count: n, precision: precision)
        let (acc, tmp, h, t, tEnd) = (work[0], work[1], work[2], work[3], work[4])
        for i in 0..<n { x0[i].withMPQ { _ = mpfr_set_q(state[i], $0, MPFR_RNDN) } }
        endTime.withMPQ { _ = mpfr_set_q(tEnd, $0, MPFR_RNDN) }
        mpfr_set_zero(t, 1)
        var steps = 0
        var outcome = IntegrationOutcome.stepLimit

        while steps < maxSteps {
            // Taylor coefficients at the current state.
            for i in 0..<n { mpfr_set(series[i * w], state[i], MPFR_RNDN) }
            for k in 0..<p {
                for (j, prod) in program.products.enumerated() {
                    let out = series[(n + j) * w + k]
                    mpfr_set_zero(out, 1)
                    let l = prod.left * w, r = prod.right * w
                    for m in 0...k {
                        mpfr_mul(tmp, series[l + m], series[r + k - m], MPFR_RNDN)
                        mpfr_add(out, out, tmp, MPFR_RNDN)
                    }
                }
                for i in 0..<n {
                    if k == 0 { constants[i].withMPFR { _ = mpfr_set(acc, $0, MPFR_RNDN) } } else { mpfr_set_zero(acc, 1) }
                    for (q, term) in zip(coefficients[i], program.terms[i]) {
                        q.withMPFR { _ = mpfr_mul(tmp, $0, series[term.series * w + k], MPFR_RNDN) }
                        mpfr_add(acc, acc, tmp, MPFR_RNDN)
                    }
                    mpfr_div_ui(series[i * w + k + 1], acc, UInt(k + 1), MPFR_RNDN)
                }
            }
            // Residual |F(x)| = |x_1|, size of the state, blow-up.
            var logResidual = -Double.infinity, logState = 0.0
            for i in 0..<n {
                logResidual = max(logResidual, log2Magnitude(series[i * w + 1]))
                let s = log2Magnitude(state[i])
                logState = max(logState, s)
                if s > log2BlowUpBound {
                    return finish(.blowUp(variable: i, direction: Int(exactnn_mpfr_sgn(state[i]))), t, state, logResidual, steps)
                }
            }
            if let target = log2Residual, logResidual < target {
                return finish(.converged, t, state, logResidual, steps)
            }
            if mpfr_cmp(t, tEnd) >= 0 { outcome = .reachedTime; break }
            // Step size from the two highest coefficients.
            var logH = Double.infinity
            for k in [p - 1, p] {
                var logNorm = -Double.infinity
                for i in 0..<n { logNorm = max(logNorm, log2Magnitude(series[i * w + k])) }
                if logNorm.isFinite { logH = min(logH, (log2Tolerance + logState - logNorm) / Double(k)) }
            }
            let hDouble = min(maxStep, 0.9 * exp2(max(logH, -1000)))
            mpfr_set_d(h, hDouble, MPFR_RNDN)
            mpfr_sub(tmp, tEnd, t, MPFR_RNDN)
            if mpfr_cmp(h, tmp) >= 0 { mpfr_set(h, tmp, MPFR_RNDN) }
            // Horner: x(t + h) = Σ x_k h^k.
            for i in 0..<n {
                mpfr_set(acc, series[i * w + p], MPFR_RNDN)
                for k in stride(from: p - 1, through: 0, by: -1) {
                    mpfr_mul(acc, acc, h, MPFR_RNDN)
                    mpfr_add(acc, acc, series[i * w + k], MPFR_RNDN)
                }
                mpfr_set(state[i], acc, MPFR_RNDN)
            }
            if mpfr_cmp(h, tmp) == 0 { mpfr_set(t, tEnd, MPFR_RNDN) } else { mpfr_add(t, t, h, MPFR_RNDN) }
            steps += 1
        }
        // Final residual at the reached state.
        let x = (0..<n).map { BigFloat(copying: state[$0]) }
        let f = field.evaluate(at: x, precision: precision)
        let residual = f.map(\.magnitude).max() ?? BigFloat(0, precision: precision)
        return IntegrationResult(outcome: outcome, time: BigFloat(copying: t), state: x, residual: residual, steps: steps)
    }

    private func finish(_ outcome: IntegrationOutcome, _ t: UnsafeMutablePointer<__mpfr_struct>,
                        _ state: MPFRBuffer, _ logResidual: Double, _ steps: Int) -> IntegrationResult {
        let x = (0..<state.count).map { BigFloat(copying: state[$0]) }
        let residual = field.evaluate(at: x, precision: precision).map(\.magnitude).max() ?? BigFloat(0, precision: precision)
        return IntegrationResult(outcome: outcome, time: BigFloat(copying: t), state: x, residual: residual, steps: steps)
    }
}
