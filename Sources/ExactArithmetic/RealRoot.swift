/// One real root of a polynomial, certified by an isolating interval.
///
/// The closed interval [``lower``, ``upper``] (dyadic or exact rational
/// endpoints) contains exactly one root of the polynomial it came from and
/// no other; for a root that is not exact the root lies strictly inside.
/// When the root is known to be rational, ``exactValue`` holds it and
/// lower = upper = that value. The intervals of different roots of one
/// polynomial do not overlap; neighbours may share an end, which is then
/// not a root.
///
/// Values come from ``Polynomial/realRoots()``; ``refined(digits:)`` and
/// ``refined(toWidth:)`` narrow the interval while keeping the guarantee.
public struct RealRoot: Hashable, Sendable, CustomStringConvertible {
    /// The most decimal digits a refinement accepts.
    public static let maximumDigits = 100_000

    public let lower: Rational
    public let upper: Rational
    /// The root itself when it is known to be rational.
    public let exactValue: Rational?
    /// The polynomial near the root, for refinement; `nil` when exact.
    let local: LocalPolynomial?

    init(exact value: Rational) {
        lower = value
        upper = value
        exactValue = value
        local = nil
    }

    /// The root of `local` in y ∈ (yLower, yUpper), mapped to x.
    init(local: LocalPolynomial, yLower: Rational, yUpper: Rational) {
        let a = local.x(yLower), b = local.x(yUpper)
        lower = Swift.min(a, b)
        upper = Swift.max(a, b)
        exactValue = nil
        self.local = local
    }

    /// The root of `local` in x ∈ (lower, upper).
    init(local: LocalPolynomial, lower: Rational, upper: Rational) {
        self.lower = lower
        self.upper = upper
        exactValue = nil
        self.local = local
    }

    /// The root of a freshly isolated local polynomial (y ∈ (0, 1)), exact
    /// when the simplest rational of the interval is a root. An end of the
    /// interval that is one of `exactRoots` (a root of p that was divided out
    /// of the local polynomial) is moved inward.
    init(bracketing local: LocalPolynomial, avoiding exactRoots: Set<Rational>) {
        let (yl, yu) = (Rational(0), Rational(1))
        switch local.shrink(yl, yu, moveLower: exactRoots.contains(local.x(yl)), moveUpper: exactRoots.contains(local.x(yu))) {
        case .exact(let r):
            self.init(exact: r)
        case .bracket(let a, let b):
            self.init(local: local, yLower: a, yUpper: b)
            if let r = local.rationalRoot(in: lower, upper) { self = RealRoot(exact: r) }
        }
    }

    public var isExact: Bool { exactValue != nil }
    /// upper − lower (0 for an exact root).
    public var width: Rational { upper - lower }

    /// Whether q lies in the closed isolating interval (exact comparison).
    public func contains(_ q: Rational) -> Bool { lower <= q && q <= upper }

    /// The first `digits` significant decimal digits, when they are the same
    /// for every point of the interval (each end rounded toward zero gives the
    /// same string); `nil` when the interval is still too wide.
    ///
    /// **Edge cases:** an exact root gives its correctly truncated digits;
    /// `digits` < 1 gives `nil`.
    public func certifiedDigits(_ digits: Int) -> String? {
        guard digits >= 1 else { return nil }
        let bits = digits * 3322 / 1000 + 64
        if let r = exactValue { return Self.truncatedDigits(r, digits, bits: bits) }
        // The ends must be rounded finer than the interval is wide: a root
        // just past a decimal boundary (1.99…925 + 10⁻⁵⁹) is certified only
        // once both ends, as printed, lie past it.
        let magnitude = Swift.max(lower.magnitude, upper.magnitude).ceiling.bitWidth
        let precision = Swift.max(bits, width.denominator.bitWidth - width.numerator.bitWidth + magnitude + 8)
        return RealInterval(lower: BigFloat(lower, precision: precision, rounding: .down),
                            upper: BigFloat(upper, precision: precision, rounding: .up)).certifiedDigits(digits)
    }

    /// r truncated toward zero to `digits` significant digits. The two
    /// directed roundings of |r| can only straddle one decimal boundary at
    /// this precision; an exact comparison picks the right side of it.
    static func truncatedDigits(_ r: Rational, _ digits: Int, bits: Int) -> String {
        if r.isZero { return "0" }
        let m = r.magnitude
        let down = BigFloat(m, precision: bits, rounding: .down).toString(significantDigits: digits, rounding: .towardZero)
        let up = BigFloat(m, precision: bits, rounding: .up).toString(significantDigits: digits, rounding: .towardZero)
        let s = down == up || (Rational(up).map { $0 <= m } ?? false) ? up : down
        return r.signum < 0 ? "-" + s : s
    }

    /// The interval widened outward to `precision`-bit MPFR ends, for
    /// certified arithmetic with the root (``RealInterval``).
    public func enclosure(precision: Int) -> RealInterval {
        RealInterval(lower: BigFloat(lower, precision: precision, rounding: .down),
                     upper: BigFloat(upper, precision: precision, rounding: .up))
    }

    /// The sign of root − q, certified: −1, 0 or 1. Refines the interval
    /// until q falls outside it; when q lies inside, an exact test p(q) = 0
    /// first settles equality, so this always terminates.
    public func compare(to q: Rational) -> Int {
        if let exactValue { return Rational.compare(exactValue, q).signum() }
        guard let local else { return 0 }
        if contains(q) && IntegerPolynomial.sign(of: local.p, at: q) == 0 { return 0 }
        var root = self
        while root.contains(q) {
            root = root.refined(bits: root.width.denominator.bitWidth - root.width.numerator.bitWidth + 4)
            if let r = root.exactValue { return Rational.compare(r, q).signum() }
        }
        return root.upper < q ? -1 : 1
    }

    /// `p/q` for an exact root, otherwise `[lower, upper]`.
    public var description: String {
        if let exactValue { return exactValue.description }
        return "[\(lower), \(upper)]"
    }

    public static func == (a: RealRoot, b: RealRoot) -> Bool {
        a.lower == b.lower && a.upper == b.upper && a.exactValue == b.exactValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lower)
        hasher.combine(upper)
    }
}
