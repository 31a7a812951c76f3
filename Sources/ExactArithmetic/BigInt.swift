import CGMP

/// Arbitrary-precision integer backed by GMP's `mpz_t`.
///
/// Value semantics with copy-on-write: copies share one GMP object until one
/// of them is mutated. Every operation is exact. Division and remainder by
/// zero trap like `Int` does; use ``BigInt/quotientAndRemainder(dividingBy:)``
/// after checking, or the throwing parsers, where input comes from a user.
public struct BigInt: @unchecked Sendable {
    @usableFromInline var box: MPZBox

    @inlinable init(box: MPZBox) { self.box = box }

    /// Zero.
    public init() { box = MPZBox.make() }

    public init(_ value: Int) {
        box = MPZBox.make()
        box.withUnsafeMutablePointerToHeader { __gmpz_set_si($0, value) }
    }

    /// Reads the GMP value without copying. The pointer must not escape.
    @inlinable
    public func withMPZ<R>(_ body: (UnsafePointer<__mpz_struct>) throws -> R) rethrows -> R {
        try box.withUnsafeMutablePointerToHeader { try body(UnsafePointer($0)) }
    }

    /// Mutates the GMP value in place, copying first if the storage is shared.
    @inlinable
    public mutating func withMutableMPZ<R>(_ body: (UnsafeMutablePointer<__mpz_struct>) throws -> R) rethrows -> R {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
        return try box.withUnsafeMutablePointerToHeader(body)
    }

    /// Builds a fresh value by letting GMP write into it.
    @inlinable
    public static func make(_ body: (UnsafeMutablePointer<__mpz_struct>) throws -> Void) rethrows -> BigInt {
        let box = MPZBox.make()
        try box.withUnsafeMutablePointerToHeader(body)
        return BigInt(box: box)
    }
}

/// One `mpz_t` in the header of a managed buffer, so its address is stable
/// for the lifetime of the object and freed exactly once.
@usableFromInline
final class MPZBox: ManagedBuffer<__mpz_struct, UInt8> {
    @usableFromInline
    static func make() -> MPZBox {
        let buffer = MPZBox.create(minimumCapacity: 0) { _ in __mpz_struct() }
        let box = unsafeDowncast(buffer, to: MPZBox.self)
        box.withUnsafeMutablePointerToHeader { __gmpz_init($0) }
        return box
    }

    @usableFromInline
    func copy() -> MPZBox {
        let result = MPZBox.make()
        withUnsafeMutablePointerToHeader { src in
            result.withUnsafeMutablePointerToHeader { __gmpz_set($0, src) }
        }
        return result
    }

    deinit { withUnsafeMutablePointerToHeader { __gmpz_clear($0) } }
}
