import CGMP

/// Exact rational number backed by GMP's `mpq_t`, always in lowest terms
/// with a positive denominator.
///
/// **Edge cases:** a zero denominator is rejected: `Rational(p, q)`
/// traps, ``Rational/init(numerator:denominator:)`` returns `nil`, and the
/// string parser returns `nil`. Division by zero traps like `Int`; check
/// ``Rational/isZero`` first where a divisor comes from the user.
public struct Rational: @unchecked Sendable {
    @usableFromInline var box: MPQBox

    @inlinable init(box: MPQBox) { self.box = box }

    public init() { box = MPQBox.make() }

    public init(_ value: Int) {
        box = MPQBox.make()
        box.withUnsafeMutablePointerToHeader { __gmpq_set_si($0, value, 1) }
    }

    public init(_ value: BigInt) {
        box = MPQBox.make()
        box.withUnsafeMutablePointerToHeader { q in value.withMPZ { __gmpq_set_z(q, $0) } }
    }

    /// n/d in lowest terms. Traps when d = 0.
    public init(_ n: BigInt, _ d: BigInt) {
        precondition(!d.isZero, "Rational with zero denominator")
        self = Rational.make { q in
            n.withMPZ { __gmpz_set(exactnn_mpq_numref(q), $0) }
            d.withMPZ { __gmpz_set(exactnn_mpq_denref(q), $0) }
            __gmpq_canonicalize(q)
        }
    }
    public init(_ n: Int, _ d: Int) { self.init(BigInt(n), BigInt(d)) }

    /// n/d in lowest terms, or `nil` when d = 0.
    public init?(numerator n: BigInt, denominator d: BigInt) {
        if d.isZero { return nil }
        self.init(n, d)
    }

    @inlinable
    public func withMPQ<R>(_ body: (UnsafePointer<__mpq_struct>) throws -> R) rethrows -> R {
        try box.withUnsafeMutablePointerToHeader { try body(UnsafePointer($0)) }
    }

    @inlinable
    public mutating func withMutableMPQ<R>(_ body: (UnsafeMutablePointer<__mpq_struct>) throws -> R) rethrows -> R {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
        return try box.withUnsafeMutablePointerToHeader(body)
    }

    /// Builds a fresh value by letting GMP write into it. The writer must
    /// leave it canonical (GMP's arithmetic does).
    @inlinable
    public static func make(_ body: (UnsafeMutablePointer<__mpq_struct>) throws -> Void) rethrows -> Rational {
        let box = MPQBox.make()
        try box.withUnsafeMutablePointerToHeader(body)
        return Rational(box: box)
    }

    public var numerator: BigInt {
        BigInt.make { z in box.withUnsafeMutablePointerToHeader { __gmpz_set(z, exactnn_mpq_numref($0)) } }
    }
    public var denominator: BigInt {
        BigInt.make { z in box.withUnsafeMutablePointerToHeader { __gmpz_set(z, exactnn_mpq_denref($0)) } }
    }
}

@usableFromInline
final class MPQBox: ManagedBuffer<__mpq_struct, UInt8> {
    @usableFromInline
    static func make() -> MPQBox {
        let buffer = MPQBox.create(minimumCapacity: 0) { _ in __mpq_struct() }
        let box = unsafeDowncast(buffer, to: MPQBox.self)
        box.withUnsafeMutablePointerToHeader { __gmpq_init($0) }
        return box
    }

    @usableFromInline
    func copy() -> MPQBox {
        let result = MPQBox.make()
        withUnsafeMutablePointerToHeader { src in
            result.withUnsafeMutablePointerToHeader { __gmpq_set($0, src) }
        }
        return result
    }

    deinit { withUnsafeMutablePointerToHeader { __gmpq_clear($0) } }
}
