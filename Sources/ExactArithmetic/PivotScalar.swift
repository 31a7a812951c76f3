import CGMP

/// An integer type that the fraction-free simplex can pivot with: `Int`
/// (fast, every step checked for overflow) or `BigInt` (never overflows).
///
/// The one arithmetic step of integer (Bareiss) pivoting is (a·p − b·c)/d,
/// where the division is exact by Sylvester's identity.
protocol PivotScalar: Comparable {
    /// A divisor prepared once per pivot for many exact divisions.
    associatedtype ExactDivisor
    static var zero: Self { get }
    /// −1, 0 or 1.
    var sgn: Int { get }
    static func prepare(_ d: Self) -> ExactDivisor
    /// (a·p − b·c)/d, the division known to be exact; throws on overflow.
    static func bareiss(_ a: Self, _ p: Self, _ b: Self, _ c: Self, _ d: ExactDivisor) throws -> Self
    /// The sign of a·b − c·d; throws on overflow.
    static func compareProducts(_ a: Self, _ b: Self, _ c: Self, _ d: Self) throws -> Int
    func negated() throws -> Self
    /// self/d in lowest terms (d ≠ 0).
    func over(_ d: Self) -> Rational
    init?(exactly value: BigInt)
}

/// Raised by the `Int` path when a product leaves 64 bits; the caller then
/// redoes the whole computation with `BigInt`.
struct PivotOverflow: Error {}

extension Int: PivotScalar {
    static var zero: Int { 0 }
    var sgn: Int { signum() }

    /// d = ±2^shift · odd; dividing exactly by d is a shift and a wrapping
    /// multiplication by (±odd)⁻¹ mod 2^64 (no hardware division).
    struct ExactDivisor { let shift: Int, inverse: Int }

    static func prepare(_ d: Int) -> ExactDivisor {
        let m = d.magnitude
        let shift = m.trailingZeroBitCount
        let odd = m >> shift
        var x = odd // correct to 3 bits; each Newton step doubles that
        for _ in 0..<5 { x = x &* (2 &- odd &* x) }
        let inverse = Int(bitPattern: x)
        return ExactDivisor(shift: shift, inverse: d < 0 ? 0 &- inverse : inverse)
    }

    @inline(__always)
    static func bareiss(_ a: Int, _ p: Int, _ b: Int, _ c: Int, _ d: ExactDivisor) throws -> Int {
        let (ap, o1) = a.multipliedReportingOverflow(by: p)
        let (bc, o2) = b.multipliedReportingOverflow(by: c)
        let (diff, o3) = ap.subtractingReportingOverflow(bc)
        if o1 || o2 || o3 || diff == .min { throw PivotOverflow() }
        return (diff >> d.shift) &* d.inverse
    }

    @inline(__always)
    static func compareProducts(_ a: Int, _ b: Int, _ c: Int, _ d: Int) throws -> Int {
        let x = a.multipliedFullWidth(by: b), y = c.multipliedFullWidth(by: d)
        if x.high != y.high { return x.high < y.high ? -1 : 1 }
        return x.low == y.low ? 0 : (x.low < y.low ? -1 : 1)
    }

    @inline(__always)
    func negated() throws -> Int {
        if self == .min { throw PivotOverflow() }
        return -self
    }


    func over(_ d: Int) -> Rational {
        guard self != .min, d != .min else { return Rational(BigInt(self), BigInt(d)) }
        let (n, m) = d < 0 ? (-self, UInt(-d)) : (self, UInt(d))
        return Rational.make { __gmpq_set_si($0, n, m); __gmpq_canonicalize($0) }
    }

    init?(exactly value: BigInt) {
        guard let v = value.exactInt else { return nil }
        self = v
    }
}

extension BigInt: PivotScalar {
    static var zero: BigInt { BigInt() }
    var sgn: Int { signum }

    static func prepare(_ d: BigInt) -> BigInt { d }

    static func bareiss(_ a: BigInt, _ p: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt) throws -> BigInt {
        BigInt.make { r in
            a.withMPZ { x in p.withMPZ { __gmpz_mul(r, x, $0) } }
            b.withMPZ { x in c.withMPZ { __gmpz_submul(r, x, $0) } }
            d.withMPZ { __gmpz_divexact(r, r, $0) }
        }
    }

    static func compareProducts(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt) throws -> Int {
        BigInt.compare(a * b, c * d)
    }

    func negated() throws -> BigInt { -self }
    func over(_ d: BigInt) -> Rational { Rational(self, d) }
    init?(exactly value: BigInt) { self = value }
}
