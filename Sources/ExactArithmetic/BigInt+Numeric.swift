import CGMP
import CMPFR

extension BigInt: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension BigInt: Equatable, Comparable {
    public static func == (a: BigInt, b: BigInt) -> Bool { compare(a, b) == 0 }
    public static func < (a: BigInt, b: BigInt) -> Bool { compare(a, b) < 0 }

    /// Three-way comparison: negative, zero or positive.
    public static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        Int(a.withMPZ { x in b.withMPZ { y in __gmpz_cmp(x, y) } })
    }

    public static func == (a: BigInt, b: Int) -> Bool { a.withMPZ { __gmpz_cmp_si($0, b) } == 0 }
}

extension BigInt: Hashable {
    public func hash(into hasher: inout Hasher) {
        withMPZ { z in
            let size = Int(z.pointee._mp_size)
            hasher.combine(size)
            if size != 0 {
                hasher.combine(bytes: UnsafeRawBufferPointer(
                    start: z.pointee._mp_d, count: abs(size) * MemoryLayout<mp_limb_t>.stride))
            }
        }
    }
}

extension BigInt {
    /// −1, 0 or 1.
    @inlinable public var signum: Int { Int(withMPZ { exactnn_mpz_sgn($0) }) }
    @inlinable public var isZero: Bool { withMPZ { $0.pointee._mp_size == 0 } }
    public var isNegative: Bool { signum < 0 }
    public var isOdd: Bool { withMPZ { exactnn_mpz_odd_p($0) } != 0 }
    public var magnitude: BigInt { BigInt.make { r in withMPZ { __gmpz_abs(r, $0) } } }

    /// Number of bits in |self| (0 for zero).
    public var bitWidth: Int { isZero ? 0 : withMPZ { Int(__gmpz_sizeinbase($0, 2)) } }

    /// Number of one bits of a non-negative value (GMP's popcount).
    public var nonzeroBitCount: Int {
        precondition(signum >= 0, "nonzeroBitCount of a negative BigInt")
        return withMPZ { Int(__gmpz_popcount($0)) }
    }

    public static prefix func - (a: BigInt) -> BigInt { BigInt.make { r in a.withMPZ { __gmpz_neg(r, $0) } } }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        BigInt.make { r in a.withMPZ { x in b.withMPZ { __gmpz_add(r, x, $0) } } }
    }
    public static func - (a: BigInt, b: BigInt) -> BigInt {
        BigInt.make { r in a.withMPZ { x in b.withMPZ { __gmpz_sub(r, x, $0) } } }
    }
    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt.make { r in a.withMPZ { x in b.withMPZ { __gmpz_mul(r, x, $0) } } }
    }
    public static func * (a: BigInt, b: Int) -> BigInt {
        BigInt.make { r in a.withMPZ { __gmpz_mul_si(r, $0, b) } }
    }
    /// Truncated division, as for `Int`. Traps on a zero divisor.
    public static func / (a: BigInt, b: BigInt) -> BigInt {
        precondition(!b.isZero, "BigInt division by zero")
        return BigInt.make { r in a.withMPZ { x in b.withMPZ { __gmpz_tdiv_q(r, x, $0) } } }
    }
    /// Remainder with the sign of the dividend, as for `Int`. Traps on zero.
    public static func % (a: BigInt, b: BigInt) -> BigInt {
        precondition(!b.isZero, "BigInt remainder by zero")
        return BigInt.make { r in a.withMPZ { x in b.withMPZ { __gmpz_tdiv_r(r, x, $0) } } }
    }

    public static func += (a: inout BigInt, b: BigInt) {
        b.withMPZ { y in a.withMutableMPZ { __gmpz_add($0, $0, y) } }
    }
    public static func -= (a: inout BigInt, b: BigInt) {
        b.withMPZ { y in a.withMutableMPZ { __gmpz_sub($0, $0, y) } }
    }
    public static func *= (a: inout BigInt, b: BigInt) {
        b.withMPZ { y in a.withMutableMPZ { __gmpz_mul($0, $0, y) } }
    }
    public static func /= (a: inout BigInt, b: BigInt) { a = a / b }
    public static func %= (a: inout BigInt, b: BigInt) { a = a % b }

    /// self += a * b without temporaries (GMP's addmul).
    public mutating func addProduct(_ a: BigInt, _ b: BigInt) {
        a.withMPZ { x in b.withMPZ { y in withMutableMPZ { __gmpz_addmul($0, x, y) } } }
    }
    /// self -= a * b without temporaries (GMP's submul).
    public mutating func subtractProduct(_ a: BigInt, _ b: BigInt) {
        a.withMPZ { x in b.withMPZ { y in withMutableMPZ { __gmpz_submul($0, x, y) } } }
    }

    /// Truncated quotient and remainder; `nil` for a zero divisor.
    public func quotientAndRemainder(dividingBy d: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        if d.isZero { return nil }
        var q = BigInt(), r = BigInt()
        withMPZ { x in d.withMPZ { y in q.withMutableMPZ { qp in r.withMutableMPZ { __gmpz_tdiv_qr(qp, $0, x, y) } } } }
        return (q, r)
    }

    /// Floor division and the matching non-negative-for-positive-d remainder.
    public func floorDivided(by d: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!d.isZero, "BigInt division by zero")
        var q = BigInt(), r = BigInt()
        withMPZ { x in d.withMPZ { y in q.withMutableMPZ { qp in r.withMutableMPZ { __gmpz_fdiv_qr(qp, $0, x, y) } } } }
        return (q, r)
    }

    /// Division known to be exact (faster than `/`). The caller guarantees d | self.
    public func exactlyDivided(by d: BigInt) -> BigInt {
        precondition(!d.isZero, "BigInt division by zero")
        return BigInt.make { r in withMPZ { x in d.withMPZ { __gmpz_divexact(r, x, $0) } } }
    }

    /// self · 2^k for k ≥ 0, or floor(self / 2^−k) for k < 0.
    public func shifted(by k: Int) -> BigInt {
        if k >= 0 { return BigInt.make { r in withMPZ { __gmpz_mul_2exp(r, $0, mp_bitcnt_t(k)) } } }
        return BigInt.make { r in withMPZ { __gmpz_fdiv_q_2exp(r, $0, mp_bitcnt_t(-k)) } }
    }
    public static func << (a: BigInt, k: Int) -> BigInt { a.shifted(by: k) }
    public static func >> (a: BigInt, k: Int) -> BigInt { a.shifted(by: -k) }

    /// Remainder modulo a positive machine word, in 0..<m.
    public func mod(_ m: UInt) -> UInt {
        precondition(m > 0, "modulus must be positive")
        return withMPZ { UInt(__gmpz_fdiv_ui($0, m)) }
    }
}

// MARK: - Number theory and combinatorics

extension BigInt {
    /// self^k for k ≥ 0 (0^0 = 1).
    public func power(_ k: Int) -> BigInt {
        precondition(k >= 0, "negative exponent for BigInt; use Rational")
        return BigInt.make { r in withMPZ { __gmpz_pow_ui(r, $0, UInt(k)) } }
    }

    /// Non-negative greatest common divisor; gcd(0, 0) = 0.
    public static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        BigInt.make { r in a.withMPZ { x in b.withMPZ { __gmpz_gcd(r, x, $0) } } }
    }

    /// Non-negative least common multiple; lcm(a, 0) = 0.
    public static func lcm(_ a: BigInt, _ b: BigInt) -> BigInt {
        BigInt.make { r in a.withMPZ { x in b.withMPZ { __gmpz_lcm(r, x, $0) } } }
    }

    /// n! for n ≥ 0.
    public static func factorial(_ n: Int) -> BigInt {
        precondition(n >= 0, "factorial of a negative number")
        return BigInt.make { __gmpz_fac_ui($0, UInt(n)) }
    }

    /// The binomial coefficient C(n, k); 0 when k < 0 or k > n ≥ 0.
    /// Negative n follows the usual extension C(n, k) = (−1)^k C(k − n − 1, k).
    public static func binomial(_ n: BigInt, _ k: Int) -> BigInt {
        if k < 0 { return 0 }
        return BigInt.make { r in n.withMPZ { __gmpz_bin_ui(r, $0, UInt(k)) } }
    }
    public static func binomial(_ n: Int, _ k: Int) -> BigInt { binomial(BigInt(n), k) }

    /// ⌊√self⌋ for self ≥ 0.
    public func squareRootFloor() -> BigInt {
        precondition(signum >= 0, "square root of a negative BigInt")
        return BigInt.make { r in withMPZ { __gmpz_sqrt(r, $0) } }
    }

    public var isPerfectSquare: Bool { withMPZ { __gmpz_perfect_square_p($0) } != 0 }
}
