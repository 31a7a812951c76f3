/// A closed interval [lower, upper] of reals with MPFR endpoints, used to
/// certify a real number: every operation rounds its lower end down and its
/// upper end up, so the true value of an expression evaluated on intervals
/// that contain the true inputs is always inside the result.
///
/// **Edge cases:** division by an interval containing 0 gives (−∞, ∞);
/// `log` of an interval reaching ≤ 0 gives a lower end of −∞ or NaN, which
/// ``isFinite`` reports.
public struct RealInterval: Sendable, CustomStringConvertible {
    public var lower: BigFloat
    public var upper: BigFloat

    public init(lower: BigFloat, upper: BigFloat) {
        self.lower = lower
        self.upper = upper
    }

    /// The tightest interval around an exact rational at `precision` bits.
    public init(_ q: Rational, precision: Int) {
        lower = BigFloat(q, precision: precision, rounding: .down)
        upper = BigFloat(q, precision: precision, rounding: .up)
    }

    public init(_ n: Int, precision: Int) { self.init(Rational(n), precision: precision) }

    public var precision: Int { Swift.max(lower.precision, upper.precision) }
    public var isFinite: Bool { lower.isFinite && upper.isFinite }
    public var width: BigFloat { upper.subtracting(lower, rounding: .up) }
    public var midpoint: BigFloat { lower.adding(upper).scaled(byPowerOfTwo: -1) }

    /// Whether the exact rational q lies in the interval (exact comparison).
    public func contains(_ q: Rational) -> Bool { lower.compare(to: q) <= 0 && upper.compare(to: q) >= 0 }
    /// Certainly positive / negative: the whole interval is on one side of 0.
    public var isPositive: Bool { lower.signum > 0 }
    public var isNegative: Bool { upper.signum < 0 }

    public static func + (a: RealInterval, b: RealInterval) -> RealInterval {
        RealInterval(lower: a.lower.adding(b.lower, rounding: .down), upper: a.upper.adding(b.upper, rounding: .up))
    }
    public static func - (a: RealInterval, b: RealInterval) -> RealInterval {
        RealInterval(lower: a.lower.subtracting(b.upper, rounding: .down), upper: a.upper.subtracting(b.lower, rounding: .up))
    }
    public static prefix func - (a: RealInterval) -> RealInterval { RealInterval(lower: -a.upper, upper: -a.lower) }

    public static func * (a: RealInterval, b: RealInterval) -> RealInterval {
        let lows = [a.lower.multiplied(by: b.lower, rounding: .down), a.lower.multiplied(by: b.upper, rounding: .down),
                    a.upper.multiplied(by: b.lower, rounding: .down), a.upper.multiplied(by: b.upper, rounding: .down)]
        let highs = [a.lower.multiplied(by: b.lower, rounding: .up), a.lower.multiplied(by: b.upper, rounding: .up),
                     a.upper.multiplied(by: b.lower, rounding: .up), a.upper.multiplied(by: b.upper, rounding: .up)]
        return RealInterval(lower: lows.min()!, upper: highs.max()!)
    }

    public static func / (a: RealInterval, b: RealInterval) -> RealInterval {
        if b.lower.signum <= 0 && b.upper.signum >= 0 {
            let p = a.precision
            return RealInterval(lower: -BigFloat(1, precision: p).divided(by: BigFloat(0, precision: p)),
                                upper: BigFloat(1, precision: p).divided(by: BigFloat(0, precision: p)))
        }
        let inv = RealInterval(lower: BigFloat(1, precision: b.precision).divided(by: b.upper, rounding: .down),
                               upper: BigFloat(1, precision: b.precision).divided(by: b.lower, rounding: .up))
        return a * inv
    }

    /// exp is increasing, so the ends map to the ends.
    public func exp() -> RealInterval { RealInterval(lower: lower.exp(rounding: .down), upper: upper.exp(rounding: .up)) }
    /// log is increasing on (0, ∞).
    public func log() -> RealInterval { RealInterval(lower: lower.log(rounding: .down), upper: upper.log(rounding: .up)) }
    public func log2() -> RealInterval { RealInterval(lower: lower.log2(rounding: .down), upper: upper.log2(rounding: .up)) }
    public func squareRoot() -> RealInterval {
        RealInterval(lower: lower.squareRoot(rounding: .down), upper: upper.squareRoot(rounding: .up))
    }
    /// The logistic sigmoid is increasing.
    public func sigmoid() -> RealInterval {
        RealInterval(lower: lower.sigmoid(rounding: .down), upper: upper.sigmoid(rounding: .up))
    }

    /// The decimal digits shared by both ends — the digits this interval
    /// certifies — as `d.ddd…` together with a `± radius` note.
    public var description: String {
        "[\(lower.toString(significantDigits: 20, rounding: .down)), \(upper.toString(significantDigits: 20, rounding: .up))]"
    }

    /// `digits` significant decimal digits that are certified correct for
    /// every point of the interval (both ends round to the same string when
    /// rounded toward zero), or `nil` when the interval is too wide.
    public func certifiedDigits(_ digits: Int) -> String? {
        guard isFinite else { return nil }
        let a = lower.toString(significantDigits: digits, rounding: .towardZero)
        let b = upper.toString(significantDigits: digits, rounding: .towardZero)
        return a == b ? a : nil
    }
}
