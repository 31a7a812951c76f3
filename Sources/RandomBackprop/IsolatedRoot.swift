import ExactArithmetic

/// A real root of a polynomial over ℚ in an isolating interval, obtained from
/// ExactArithmetic's root isolation **after checking it**: the intervals must
/// be sorted and disjoint, every exact root must be a root, every other
/// interval must show a sign change of the square-free part, and (degree ≤ 48)
/// Sturm's count must equal the number of roots. When the check fails the
/// roots are isolated again here by Sturm bisection, so a defect upstream
/// gives a slower answer, never a wrong one.
///
/// **Edge cases:** the zero polynomial throws; constants have no roots.
public struct IsolatedRoot: Sendable {
    public private(set) var lower: Rational
    public private(set) var upper: Rational
    public private(set) var exactValue: Rational?
    /// Upstream root, used for fast refinement when it passed the check.
    private var library: RealRoot?
    /// Square-free part and its sign at `lower` (for bisection).
    private let squareFree: Polynomial
    private var signAtLower: Int

    public var isExact: Bool { exactValue != nil }
    public var width: Rational { upper - lower }
    public func contains(_ q: Rational) -> Bool { lower <= q && q <= upper }

    init(library root: RealRoot, squareFree: Polynomial) {
        lower = root.lower
        upper = root.upper
        exactValue = root.exactValue
        library = root
        self.squareFree = squareFree
        signAtLower = squareFree.sign(at: root.lower)
    }

    init(lower: Rational, upper: Rational, squareFree: Polynomial) {
        self.lower = lower
        self.upper = upper
        self.squareFree = squareFree
        signAtLower = squareFree.sign(at: lower)
        if signAtLower == 0 { exactValue = lower; self.upper = lower }
        else if squareFree.sign(at: upper) == 0 { exactValue = upper; self.lower = upper }
    }

    /// A sub-interval of width ≤ `width` (or the exact root).
    public func refined(toWidth width: Rational) -> IsolatedRoot {
        guard !isExact, width.signum > 0, self.width > width else { return self }
        var r = self
        if let library {
            let narrowed = library.refined(toWidth: width)
            r.library = narrowed
            r.lower = narrowed.lower
            r.upper = narrowed.upper
            r.exactValue = narrowed.exactValue
            if r.exactValue == nil { r.signAtLower = squareFree.sign(at: r.lower) }
            return r
        }
        while r.width > width {
            let mid = (r.lower + r.upper) / 2
            let s = squareFree.sign(at: mid)
            if s == 0 { r.lower = mid; r.upper = mid; r.exactValue = mid; return r }
            if s == r.signAtLower { r.lower = mid } else { r.upper = mid }
        }
        return r
    }

    /// Narrowed until `digits` significant digits are certified (or exact).
    public func refined(digits: Int) -> IsolatedRoot {
        var r = self
        if let library, let narrowed = try? library.refined(digits: digits) {
            r.library = narrowed
            r.lower = narrowed.lower
            r.upper = narrowed.upper
            r.exactValue = narrowed.exactValue
            if r.exactValue == nil { r.signAtLower = squareFree.sign(at: r.lower) }
            return r
        }
        while !r.isExact && r.certifiedDigits(digits) == nil {
            r = r.refined(toWidth: r.width / Rational(BigInt(1) << 32))
            // A rational root with a terminating expansion never certifies by truncation: test
            // the simplest rational of the interval (exact; catches every small-denominator root).
            let candidate = Rational.simplest(in: r.lower, r.upper)
            if squareFree.sign(at: candidate) == 0 { r.lower = candidate; r.upper = candidate; r.exactValue = candidate }
        }
        return r
    }

    /// `digits` significant digits shared by every point of the interval, or nil.
    public func certifiedDigits(_ digits: Int) -> String? {
        let bits = digits * 3322 / 1000 + 64
        if let v = exactValue {
            if v.isZero { return "0" }
            return RealInterval(v, precision: bits + 64).certifiedDigits(digits)
        }
        return RealInterval(lower: BigFloat(lower, precision: bits, rounding: .down),
                            upper: BigFloat(upper, precision: bits, rounding: .up)).certifiedDigits(digits)
    }

    /// An outward-rounded MPFR enclosure at `bits`.
    public func interval(bits: Int) -> RealInterval {
        RealInterval(lower: BigFloat(lower, precision: bits, rounding: .down),
                     upper: BigFloat(upper, precision: bits, rounding: .up))
    }
}

extension IsolatedRoot {
    /// The distinct real roots of q in increasing order, checked (see the type's comment).
    public static func roots(of q: Polynomial) throws -> [IsolatedRoot] {
        guard !q.isZero else { throw ModelError("the zero polynomial vanishes everywhere") }
        guard q.degree >= 1 else { return [] }
        let squareFree = q.isSquareFree ? q : q.squareFreePart  // the modular test avoids a gcd
        if let upstream = try? q.realRoots() {
            let roots = upstream.map { IsolatedRoot(library: $0, squareFree: squareFree) }
            if passesCheck(roots, squareFree) { return roots }
        }
        return sturmIsolation(squareFree)
    }

    static func passesCheck(_ roots: [IsolatedRoot], _ p: Polynomial) -> Bool {
        for (i, r) in roots.enumerated() {
            if let v = r.exactValue {
                if p.sign(at: v) != 0 { return false }
            } else if !(r.lower < r.upper) || p.sign(at: r.lower) * p.sign(at: r.upper) >= 0 {
                return false
            }
            if i > 0 {
                // Disjoint; a shared end is allowed only between two sign-change intervals (it is then no root).
                let prev = roots[i - 1]
                if !(prev.upper < r.lower || (prev.upper == r.lower && !prev.isExact && !r.isExact)) { return false }
            }
        }
        if p.degree <= 48 && sturmIsolation(p).count != roots.count { return false }
        return true
    }

    /// 1 + max |c_i / c_n|: every root lies strictly inside (−B, B).
    static func cauchyBound(_ p: Polynomial) -> Rational {
        let lead = p.leadingCoefficient
        return 1 + p.coefficients.dropLast().map { ($0 / lead).magnitude }.max(by: <)!
    }

    /// Sturm bisection on (−B, B]: split until each piece holds one root. Uses its own
    /// Sturm chain (p, p′, −rem, …) so that it does not share code with what it double-checks.
    static func sturmIsolation(_ p: Polynomial) -> [IsolatedRoot] {
        var chain = [p, p.derivative]
        while let r = chain[chain.count - 2].divided(by: chain[chain.count - 1])?.remainder, !r.isZero { chain.append(-r) }
        func variations(_ x: Rational) -> Int {
            var changes = 0, last = 0
            for q in chain {
                let s = q.sign(at: x)
                if s != 0 { if last != 0 && s != last { changes += 1 }; last = s }
            }
            return changes
        }
        let bound = cauchyBound(p)
        var pending = [(-bound, bound)], found: [IsolatedRoot] = []
        while let (a, b) = pending.popLast() {
            let count = variations(a) - variations(b)  // distinct roots in (a, b]
            if count == 0 { continue }
            // One root in (a, b], and a is not a root: isolated.
            if count == 1 && p.sign(at: a) != 0 { found.append(IsolatedRoot(lower: a, upper: b, squareFree: p)); continue }
            let m = (a + b) / 2
            pending.append((a, m))
            pending.append((m, b))
        }
        return found.sorted { $0.lower < $1.lower }
    }
}
