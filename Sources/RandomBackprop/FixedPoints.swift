import ExactArithmetic

/// Local behaviour of a fixed point r of ds/dt = Q(s).
public enum Stability: String, Sendable {
    /// Q′(r) < 0: attracts nearby points of its trajectory curve.
    case attracting
    /// Q′(r) > 0: repels (the paper's unstable points, e.g. inside the parabola of Theorem 2).
    case repelling
    /// Q′(r) = 0: a multiple root, attracting from one side only.
    case degenerate
}

/// Where a trajectory of ds/dt = Q(s) goes, by Theorem 1's sign rule.
public enum Prediction: Equatable, Sendable {
    /// Q ≡ 0 along the curve: nothing moves (a trivial case).
    case stationary
    /// s(0) is the root with this index: the solution is constant.
    case atRoot(Int)
    /// s(t) → roots[index].
    case converges(Int)
    /// s(t) → ±∞ in finite time (sign of the direction).
    case blowUp(Int)
}

/// The certified fixed-point analysis of a one-variable reduction: the real
/// roots of Q, their stability, Theorem 1's prediction for s(0), and the
/// predicted limit of every variable.
public struct FixedPointAnalysis: Sendable {
    public let reduction: OneVariableReduction
    public let q: Polynomial
    /// The distinct real roots of Q in increasing order, each with `digits` certified digits.
    public let roots: [IsolatedRoot]
    public let stability: [Stability]
    public let prediction: Prediction
    /// Enclosures of the predicted limit of every variable (nil for blow-up).
    public let limit: [RealInterval]?
    public let digits: Int

    /// - Parameters:
    ///   - reduction: the one-variable reduction whose Q is analysed.
    ///   - digits: certified significant digits of the roots and limits (1…10 000).
    ///
    /// **Edge cases:** Q ≡ 0 gives ``Prediction/stationary`` with the start as the limit;
    /// a Q without real roots predicts blow-up in the direction of sign Q.
    public init(_ reduction: OneVariableReduction, digits: Int) throws {
        guard (1...10_000).contains(digits) else { throw ModelError("digits must be in 1...10000, got \(digits)") }
        self.reduction = reduction
        self.digits = digits
        let q = Polynomial(reduction.coefficients)
        self.q = q
        let s0 = reduction.start
        guard !q.isZero else {
            roots = []
            stability = []
            prediction = .stationary
            limit = reduction.state(at: s0).map { RealInterval($0, precision: Self.bits(digits)) }
            return
        }
        var roots = try IsolatedRoot.roots(of: q)
        // Theorem 1: the sign of Q at s(0) says which neighbouring root is the limit.
        let sign = q.sign(at: s0)
        var prediction: Prediction
        if sign == 0 {
            prediction = .atRoot(roots.firstIndex { $0.contains(s0) }!)
        } else {
            for i in roots.indices { roots[i] = Self.separate(roots[i], from: s0) }
            if sign > 0 {
                prediction = roots.firstIndex { $0.lower > s0 }.map { .converges($0) } ?? .blowUp(1)
            } else {
                prediction = roots.lastIndex { $0.upper < s0 }.map { .converges($0) } ?? .blowUp(-1)
            }
        }
        self.prediction = prediction
        let derivative = q.derivative
        let common = q.isSquareFree ? Polynomial.one : Polynomial.gcd(q, derivative)  // repeated roots only
        stability = roots.map { Self.stability(of: $0, q: q, derivative: derivative, common: common) }
        self.roots = try roots.map { try $0.refined(digits: digits + 5) }
        switch prediction {
        case .atRoot(let i), .converges(let i):
            limit = Self.enclose(reduction, root: self.roots[i], digits: digits + 8)  // margin: agreement is measured against the far end
        case .stationary, .blowUp:
            limit = nil
        }
    }

    static func bits(_ digits: Int) -> Int { digits * 3322 / 1000 + 96 }

    /// The root's interval narrowed until it no longer contains s0 (s0 is not a root).
    static func separate(_ root: IsolatedRoot, from s0: Rational) -> IsolatedRoot {
        var r = root
        while r.contains(s0) && !r.isExact { r = r.refined(toWidth: r.width / 4) }
        return r
    }

    static func stability(of root: IsolatedRoot, q: Polynomial, derivative: Polynomial, common: Polynomial) -> Stability {
        if common.degree >= 1 {
            if let r = root.exactValue, common.sign(at: r) == 0 { return .degenerate }
            if root.exactValue == nil, (try? common.countRealRoots(in: root.lower, root.upper)) ?? 0 > 0 { return .degenerate }
        }
        if let r = root.exactValue { return derivative.sign(at: r) < 0 ? .attracting : .repelling }
        var r = root, bits = 128
        while true {
            let box = RealInterval(lower: BigFloat(r.lower, precision: bits, rounding: .down),
                                   upper: BigFloat(r.upper, precision: bits, rounding: .up))
            let v = derivative.evaluate(at: box)
            if v.isNegative { return .attracting }
            if v.isPositive { return .repelling }
            r = r.refined(toWidth: r.width / 1024)
            bits += 64
        }
    }

    /// X_j(root) for every j, narrowed until each has `digits` certified digits (or is exact).
    static func enclose(_ reduction: OneVariableReduction, root: IsolatedRoot, digits: Int) -> [RealInterval] {
        var r = root, bits = Self.bits(digits)
        while true {
            let box = [RealInterval(lower: BigFloat(r.lower, precision: bits, rounding: .down),
                                    upper: BigFloat(r.upper, precision: bits, rounding: .up))]
            let values = reduction.parametrization.map { $0.evaluate(at: box, precision: bits) }
            if r.isExact || values.allSatisfy({ $0.certifiedDigits(digits) != nil || $0.width.isZero || Self.tinyAroundZero($0, digits) }) {
                return values
            }
            r = r.refined(toWidth: r.width / Rational(BigInt(1) << 64))
            bits += 64
        }
    }

    /// The certified digits of an enclosure, "0" for a tight enclosure of 0, "?" when too wide.
    public static func certifiedText(_ x: RealInterval, digits: Int) -> String {
        x.certifiedDigits(digits) ?? (tinyAroundZero(x, digits) ? "0" : "?")
    }

    /// An enclosure of 0 narrower than 10^−digits (0 has no significant digits to certify).
    static func tinyAroundZero(_ x: RealInterval, _ digits: Int) -> Bool {
        x.lower.signum <= 0 && x.upper.signum >= 0
            && x.width.compare(to: Rational(BigInt(1), BigInt(10).power(digits))) < 0
    }
}
