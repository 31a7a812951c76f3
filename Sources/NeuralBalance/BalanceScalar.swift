import ExactArithmetic

/// The weight types a network can carry: exact rationals (scaling by a
/// rational λ is then exact) or MPFR floats (balancing needs real roots).
public protocol BalanceScalar {
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    var signum: Int { get }
    /// A rational constant in this type (for floats, at this value's precision).
    func constant(_ q: Rational) -> Self
}

extension Rational: BalanceScalar {
    public func constant(_ q: Rational) -> Rational { q }
}

extension BigFloat: BalanceScalar {
    public func constant(_ q: Rational) -> BigFloat { BigFloat(q, precision: precision) }
}

extension BalanceScalar {
    var isZeroValue: Bool { signum == 0 }
}
