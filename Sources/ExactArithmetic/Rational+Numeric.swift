import CGMP

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Rational: Equatable, Comparable, Hashable {
    public static func == (a: Rational, b: Rational) -> Bool {
        a.withMPQ { x in b.withMPQ { __gmpq_equal(x, $0) } } != 0
    }
    public static func < (a: Rational, b: Rational) -> Bool { compare(a, b) < 0 }

    /// Three-way comparison: negative, zero or positive.
    public static func compare(_ a: Rational, _ b: Rational) -> Int {
        Int(a.withMPQ { x in b.withMPQ { __gmpq_cmp(x, $0) } })
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(numerator)
        hasher.combine(denominator)
    }
}

extension Rational {
    @inlinable public var signum: Int { Int(withMPQ { exactnn_mpq_sgn($0) }) }
    @inlinable public var isZero: Bool { signum == 0 }
    public var isInteger: Bool { denominator == 1 }
    public var magnitude: Rational { Rational.make { r in withMPQ { __gmpq_abs(r, $0) } } }

    public static prefix func - (a: Rational) -> Rational { Rational.make { r in a.withMPQ { __gmpq_neg(r, $0) } } }

    public static func + (a: Rational, b: Rational) -> Rational {
        Rational.make { r in a.withMPQ { x in b.withMPQ { __gmpq_add(r, x, $0) } } }
    }
    public static func - (a: Rational, b: Rational) -> Rational {
        Rational.make { r in a.withMPQ { x in b.withMPQ { __gmpq_sub(r, x, $0) } } }
    }
    public static func * (a: Rational, b: Rational) -> Rational {
        Rational.make { r in a.withMPQ { x in b.withMPQ { __gmpq_mul(r, x, $0) } } }
    }
    /// Traps when b = 0.
    public static func / (a: Rational, b: Rational) -> Rational {
        precondition(!b.isZero, "Rational division by zero")
        return Rational.make { r in a.withMPQ { x in b.withMPQ { __gmpq_div(r, x, $0) } } }
    }

    public static func += (a: inout Rational, b: Rational) {
        b.withMPQ { y in a.withMutableMPQ { __gmpq_add($0, $0, y) } }
    }
    public static func -= (a: inout Rational, b: Rational) {
        b.withMPQ { y in a.withMutableMPQ { __gmpq_sub($0, $0, y) } }
    }
    public static func *= (a: inout Rational, b: Rational) {
        b.withMPQ { y in a.withMutableMPQ { __gmpq_mul($0, $0, y) } }
    }
    public static func /= (a: inout Rational, b: Rational) {
        precondition(!b.isZero, "Rational division by zero")
        b.withMPQ { y in a.withMutableMPQ { __gmpq_div($0, $0, y) } }
    }

    /// 1/self, or `nil` for zero.
    public var reciprocal: Rational? {
        isZero ? nil : Rational.make { r in withMPQ { __gmpq_inv(r, $0) } }
    }

    /// self^k for any integer k; `nil` for 0^k with k < 0.
    public func power(_ k: Int) -> Rational? {
        if k >= 0 {
            return Rational(numerator.power(k), denominator.power(k))
        }
        guard let r = reciprocal else { return nil }
        return r.power(-k)
    }

    /// self · 2^k (exact for any integer k).
    public func scaled(byPowerOfTwo k: Int) -> Rational {
        Rational.make { r in withMPQ {
            if k >= 0 { __gmpq_mul_2exp(r, $0, mp_bitcnt_t(k)) } else { __gmpq_div_2exp(r, $0, mp_bitcnt_t(-k)) }
        } }
    }

    /// ⌊self⌋.
    public var floor: BigInt { numerator.floorDivided(by: denominator).quotient }
    /// ⌈self⌉.
    public var ceiling: BigInt { -((-self).floor) }

    public static func min(_ a: Rational, _ b: Rational) -> Rational { a < b ? a : b }
    public static func max(_ a: Rational, _ b: Rational) -> Rational { a < b ? b : a }
}
