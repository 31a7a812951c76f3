import CGMP

/// An integer type that the fraction-free simplex can pivot with: `Int`
/// (fast, every step checked for overflow) or `BigInt` (never overflows).
///
/// The one arithmetic step of integer (Bareiss) pivoting is (a·p − b·c)/d,
/// where the division is exact by Sylvester's identity.
protocol PivotScalar: Comparable {
    static var zero: Self { get }
    /// −1, 0 or 1.
    var sgn: Int { get }
    /// (a·p − b·c)/d, the division known to be exact; throws on overflow.
    static func bareiss(_ a: Self, _ p: Self, _ b: Self, _ c: Self, _ d: Self) throws -> Self
    /// The sign of a·b − c·d; throws on overflow.
    static func compareProducts(_ a: Self, _ b: Self, _ c: Self, _ d: Self) throws -> Int
    func negated() throws -> Self
    var bigInt: BigInt { get }
    init?(exactly value: BigInt)
}

/// Raised by the `Int` path when a product leaves 64 bits; the caller then
/// redoes the whole computation with `BigInt`.
struct PivotOverflow: Error {}

extension Int: PivotScalar {
    static var zero: Int { 0 }
    var sgn: Int { signum() }

    @inline(__always)
    static func bareiss(_ a: Int, _ p: Int, _ b: Int, _ c: Int, _ d: Int) throws -> Int {
        let (ap, o1) = a.multipliedReportingOverflow(by: p)
        let (bc, o2) = b.multipliedReportingOverflow(by: c)
        let (diff, o3) = ap.subtractingReportingOverflow(bc)
        if o1 || o2 || o3 || (diff == .min && d == -1) { throw PivotOverflow() }
        return d == 1 ? diff : diff / d
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

    var bigInt: BigInt { BigInt(self) }

    init?(exactly value: BigInt) {
        guard let v = value.exactInt else { return nil }
        self = v
    }
}

extension BigInt: PivotScalar {
    static var zero: BigInt { BigInt() }
    var sgn: Int { signum }

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
    var bigInt: BigInt { self }
    init?(exactly value: BigInt) { self = value }
}
