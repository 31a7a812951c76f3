import CGMP
import CMPFR

extension RealRoot {
    /// A narrower isolating interval whose first `digits` significant
    /// decimal digits are the same at every point (so they are the root's
    /// digits, certified — ``certifiedDigits(_:)`` returns them), or the
    /// exact root when it turns out rational.
    ///
    /// Method: quadratic interval refinement (Abbott) on the polynomial
    /// transformed to the isolating interval: a secant guess picks one of N
    /// grid points, the signs at the grid points next to it are certified,
    /// and on success N is squared, on failure halved (in bits). Each sign
    /// is decided by two Horner evaluations in MPFR, one rounded down and
    /// one up (valid because the evaluation points are ≥ 0), at a precision
    /// that doubles until the sign is certain, and by exact integer
    /// arithmetic past 16 384 bits. Rational roots are detected exactly (the
    /// simplest rational of the final interval is tested), which covers
    /// every rational root of denominator q with q² below 10^digits.
    ///
    /// **Edge cases:** throws ``RootFindingError/digitsOutOfRange(_:)``
    /// outside 0…``maximumDigits``; 0 digits and exact roots return self.
    public func refined(digits: Int) throws -> RealRoot {
        guard (0...Self.maximumDigits).contains(digits) else { throw RootFindingError.digitsOutOfRange(digits) }
        return refinedUnchecked(digits: digits)
    }

    func refinedUnchecked(digits: Int) -> RealRoot {
        guard digits >= 1, local != nil, certifiedDigits(digits) == nil else { return self }
        var root = self
        var extraBits = 4
        while true {
            let m = Swift.min(root.lower.magnitude, root.upper.magnitude)
            let bits: Int
            if m.isZero {
                // An end at 0 (first isolating interval): shrink until it moves off.
                bits = root.width.denominator.bitWidth - root.width.numerator.bitWidth + 2
            } else {
                // |x| ≥ m > 2^log2m, so this width gives `digits` relative digits
                // unless a decimal boundary sits inside the interval.
                let log2m = m.numerator.bitWidth - m.denominator.bitWidth - 1
                bits = (digits + 1) * 3322 / 1000 + extraBits - log2m
            }
            root = root.refined(bits: bits)
            if root.isExact || root.certifiedDigits(digits) != nil { return root }
            if !m.isZero { extraBits += 8 }
        }
    }

    /// A sub-interval of width ≤ `width`, still isolating the root (or the
    /// exact root when it turns out rational).
    ///
    /// **Edge cases:** a width ≤ 0 returns self unchanged.
    public func refined(toWidth width: Rational) -> RealRoot {
        guard width.signum > 0 else { return self }
        // 2^−bits ≤ width
        let bits = width.denominator.bitWidth - width.numerator.bitWidth + 1
        return refined(bits: bits)
    }

    /// The root in an interval of width ≤ 2^−bits: quadratic interval
    /// refinement until interval Newton applies (``newtonRefined(bits:)``),
    /// which then doubles the correct bits per step.
    func refined(bits: Int) -> RealRoot {
        guard let local, width > Rational(1).scaled(byPowerOfTwo: -bits) else { return self }
        if bits > Self.newtonThreshold {
            var root = self
            for _ in 0..<8 {
                if let r = root.newtonRefined(bits: bits) {
                    if !r.isExact, let exact = local.rationalRoot(in: r.lower, r.upper) { return RealRoot(exact: exact) }
                    return r
                }
                // p′ may vanish on the interval: shrink it by 32 bits and try again.
                let current = root.width.denominator.bitWidth - root.width.numerator.bitWidth
                root = root.refinedByBisection(bits: Swift.min(bits, current + 32))
                if root.isExact || root.width <= Rational(1).scaled(byPowerOfTwo: -bits) { return root }
            }
            return root.refinedByBisection(bits: bits)
        }
        return refinedByBisection(bits: bits)
    }

    /// Beyond this many bits interval Newton takes over from quadratic interval refinement.
    static let newtonThreshold = 192

    /// Quadratic interval refinement (Abbott) down to width 2^−bits.
    func refinedByBisection(bits: Int) -> RealRoot {
        guard let local, width > Rational(1).scaled(byPowerOfTwo: -bits) else { return self }
        let ya = local.y(lower), yb = local.y(upper)  // reversed when scale < 0
        var refiner = QuadraticIntervalRefinement(local: local, lower: Swift.min(ya, yb), upper: Swift.max(ya, yb))
        // y-width = x-width / |scale|
        let scaleLog2 = local.scale.magnitude.numerator.bitWidth - local.scale.magnitude.denominator.bitWidth
        switch refiner.run(targetBits: bits + scaleLog2) {
        case .exact(let x):
            return RealRoot(exact: x)
        case .bracket(let yl, let yu):
            let root = RealRoot(local: local, yLower: yl, yUpper: yu)
            if let r = local.rationalRoot(in: root.lower, root.upper) { return RealRoot(exact: r) }
            return root
        }
    }
}

/// The square-free integer polynomial p seen from one isolating interval:
/// q(y) = c·p(offset + scale·y), c > 0, possibly divided by y or y − 1 where
/// a bisection point was an exact root; q has exactly one root in (0, 1),
/// q(0) ≠ 0 and q(1) ≠ 0. Only q's own signs are used. Immutable once built.
final class LocalPolynomial: @unchecked Sendable {
    let q: MPZVector
    let offset: Rational
    let scale: Rational
    /// The whole square-free primitive polynomial, for exact rational tests.
    let p: [BigInt]

    init(q: MPZVector, offset: Rational, scale: Rational, p: [BigInt]) {
        self.q = q
        self.offset = offset
        self.scale = scale
        self.p = p
    }

    func x(_ y: Rational) -> Rational { offset + scale * y }
    func y(_ x: Rational) -> Rational { (x - offset) / scale }
    /// The sign of q just right of 0 (before its root).
    var signAtZero: Int { q.sign(0) }

    /// Moves the chosen ends of the y-bracket [a, b] inward, to dyadic points
    /// a + (b − a)/2ʲ or b − (b − a)/2ʲ where q has the sign of that side.
    func shrink(_ a: Rational, _ b: Rational, moveLower: Bool, moveUpper: Bool) -> QuadraticIntervalRefinement.Result {
        guard moveLower || moveUpper else { return .bracket(a, b) }
        var evaluator = CertifiedSign(q)
        var lo = a, hi = b
        for (move, fromLower) in [(moveLower, true), (moveUpper, false)] where move {
            var step = (hi - lo) / 2
            while true {
                let y = fromLower ? lo + step : hi - step
                let t = y.denominator.bitWidth - 1
                let s = evaluator.evaluate((y * Rational(BigInt(1) << t)).numerator, t).sign
                if s == 0 { return .exact(x(y)) }
                // Left of the root q has the sign of q(0).
                if (s == signAtZero) == fromLower { if fromLower { lo = y } else { hi = y }; break }
                if fromLower { hi = y } else { lo = y }
                step = (hi - lo) / 2
            }
        }
        return .bracket(lo, hi)
    }

    /// The simplest rational of [a, b] when it is a root of p. Its
    /// denominator must divide p's leading coefficient, which is checked
    /// first; very narrow intervals are first widened to 4096 bits so the
    /// continued fraction stays short (detecting denominators up to 2²⁰⁴⁷).
    func rationalRoot(in a: Rational, _ b: Rational) -> Rational? {
        var lo = a, hi = b
        if (hi - lo).denominator.bitWidth > 4096 {
            let s = BigInt(1) << 4096
            lo = Rational((lo * Rational(s)).floor, s)
            hi = Rational((hi * Rational(s)).ceiling, s)
        }
        let r = Rational.simplest(in: lo, hi)
        guard a <= r, r <= b, (p.last! % r.denominator).isZero else { return nil }
        return IntegerPolynomial.sign(of: p, at: r) == 0 ? r : nil
    }
}

/// Abbott's quadratic interval refinement on a ``LocalPolynomial`` in
/// y-coordinates, with every sign certified.
struct QuadraticIntervalRefinement {
    enum Result {
        /// The root, found to be rational (x-coordinate).
        case exact(Rational)
        /// A bracket in y-coordinates.
        case bracket(Rational, Rational)
    }

    let local: LocalPolynomial
    /// Bracket [L/2ᵗ, U/2ᵗ] with signs sL at L and −sL at U.
    var L: BigInt, U: BigInt, t: Int
    let sL: Int
    /// Approximate values of q at L and U, for the secant.
    var fL: BigFloat, fU: BigFloat
    var evaluator: CertifiedSign

    init(local: LocalPolynomial, lower: Rational, upper: Rational) {
        self.local = local
        t = Swift.max(lower.denominator.bitWidth, upper.denominator.bitWidth) - 1
        L = (lower * Rational(BigInt(1) << t)).numerator
        U = (upper * Rational(BigInt(1) << t)).numerator
        sL = local.signAtZero
        evaluator = CertifiedSign(local.q)
        fL = evaluator.evaluate(L, t).approximation
        fU = evaluator.evaluate(U, t).approximation
    }

    /// Refines until the y-width is at most 2^−targetBits. Whenever the
    /// width passes 2⁻⁸, 2⁻¹⁶, 2⁻³², … the simplest rational of the bracket
    /// is tried as an exact root, so rational roots end the refinement early.
    mutating func run(targetBits: Int) -> Result {
        var b = 1  // N = 2^b grid points
        var nextRationalTest = 8
        while (U - L).bitWidth - 1 >= t - targetBits {
            if t - (U - L).bitWidth >= nextRationalTest {
                nextRationalTest *= 2
                let d = BigInt(1) << t
                let a = local.x(Rational(L, d)), c = local.x(Rational(U, d))
                if let r = local.rationalRoot(in: Swift.min(a, c), Swift.max(a, c)) { return .exact(r) }
            }
            let h = U - L
            let n = BigInt(1) << b
            let lb = L << b, ub = U << b, tb = t + b
            func point(_ j: BigInt) -> BigInt { lb + j * h }
            // Secant guess λ = fL/(fL − fU) ∈ (0, 1), to b + 32 bits.
            let prec = b + 32
            let lambda = fL.divided(by: fL.subtracting(fU, precision: prec), precision: prec)
            var j = n >> 1
            if lambda.isFinite {
                j = BigInt.make { z in lambda.scaled(byPowerOfTwo: b).withMPFR { _ = mpfr_get_z(z, $0, MPFR_RNDN) } }
                if j.signum < 0 { j = 0 }
                if j > n { j = n }
            }
            // Probe j (and a neighbour): success when [point(i), point(i+1)] brackets the root.
            var newL = lb, newU = ub, newFL = fL, newFU = fU
            var success = false
            func probe(_ i: BigInt) -> Int? {
                let (s, v) = evaluator.evaluate(point(i), tb)
                if s == 0 { return nil }
                if s == sL { if point(i) > newL { newL = point(i); newFL = v } } else if point(i) < newU { newU = point(i); newFU = v }
                return s
            }
            let first = j == 0 ? BigInt(1) : (j == n ? n - 1 : j)
            guard let s = probe(first) else { return .exact(local.x(Rational(point(first), BigInt(1) << tb))) }
            let neighbour = s == sL ? first + 1 : first - 1
            if neighbour.signum == 0 || neighbour == n {
                success = true
            } else {
                guard let s2 = probe(neighbour) else { return .exact(local.x(Rational(point(neighbour), BigInt(1) << tb))) }
                success = s2 != s
            }
            (L, U, t, fL, fU) = (newL, newU, tb, newFL, newFU)
            if success {
                b = Swift.min(2 * b, Swift.max(1, (U - L).bitWidth - t + targetBits + 1))
            } else {
                b = Swift.max(1, b / 2)
                if (U - L) << 1 > ub - lb {  // shrank by less than half: bisect once
                    L = L << 1; U = U << 1; t += 1
                    let mid = (L + U) >> 1
                    let (sm, v) = evaluator.evaluate(mid, t)
                    if sm == 0 { return .exact(local.x(Rational(mid, BigInt(1) << t))) }
                    if sm == sL { L = mid; fL = v } else { U = mid; fU = v }
                }
            }
        }
        let d = BigInt(1) << t
        return .bracket(Rational(L, d), Rational(U, d))
    }
}

/// Certified signs of an integer polynomial at dyadic points y ≥ 0.
struct CertifiedSign {
    let q: MPZVector
    private var precision = 0
    private var down: MPFRVector?
    private var up: MPFRVector?

    init(_ q: MPZVector) { self.q = q }

    /// The sign of q(m/2ᵗ) (certain) and an approximation of the value.
    /// Rounding every Horner step down gives a lower bound and up an upper
    /// bound, because multiplying by y ≥ 0 preserves order.
    mutating func evaluate(_ m: BigInt, _ t: Int) -> (sign: Int, approximation: BigFloat) {
        var w = ((Swift.max(t, 0) + 64) + 63) / 64 * 64
        while w <= 16_384 {
            if precision != w {
                precision = w
                down = MPFRVector(q, precision: w, rounding: MPFR_RNDD)
                up = MPFRVector(q, precision: w, rounding: MPFR_RNDU)
            }
            let y = BigFloat(m, precision: Swift.max(w, m.bitWidth + 1)).scaled(byPowerOfTwo: -t)
            let lo = down!.horner(at: y, rounding: MPFR_RNDD)
            let hi = up!.horner(at: y, rounding: MPFR_RNDU)
            let approx = lo.adding(hi).scaled(byPowerOfTwo: -1)
            if lo.signum > 0 { return (1, approx) }
            if hi.signum < 0 { return (-1, approx) }
            if lo.isZero && hi.isZero { return (0, approx) }
            w *= 2
        }
        let s = IntegerPolynomial.sign(of: q.bigInts, at: Rational(m, BigInt(1) << t))
        return (s, BigFloat(s, precision: 64))
    }
}

/// Integer coefficients rounded one way to MPFR numbers, in one buffer.
final class MPFRVector {
    let count: Int
    let precision: Int
    let v: UnsafeMutablePointer<__mpfr_struct>

    init(_ q: MPZVector, precision: Int, rounding: mpfr_rnd_t) {
        count = q.count
        self.precision = precision
        v = .allocate(capacity: Swift.max(count, 1))
        for i in 0..<count {
            mpfr_init2(v + i, mpfr_prec_t(precision))
            _ = mpfr_set_z(v + i, q.z + i, rounding)
        }
    }

    deinit {
        for i in 0..<count { mpfr_clear(v + i) }
        v.deallocate()
    }

    /// Horner's scheme with every step (a fused multiply-add) rounded in one direction.
    func horner(at y: BigFloat, rounding: mpfr_rnd_t) -> BigFloat {
        BigFloat.make(precision: precision) { acc in
            _ = mpfr_set(acc, v + count - 1, rounding)
            y.withMPFR { yp in
                for i in stride(from: count - 2, through: 0, by: -1) { _ = mpfr_fma(acc, acc, yp, v + i, rounding) }
            }
        }
    }
}
