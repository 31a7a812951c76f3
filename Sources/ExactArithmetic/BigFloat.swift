import CGMP
import CMPFR

/// How an MPFR operation rounds its exact result to the target precision.
public enum Rounding: Sendable {
    case nearest, down, up, towardZero, awayFromZero

    @usableFromInline var mpfr: mpfr_rnd_t {
        switch self {
        case .nearest: return MPFR_RNDN
        case .down: return MPFR_RNDD
        case .up: return MPFR_RNDU
        case .towardZero: return MPFR_RNDZ
        case .awayFromZero: return MPFR_RNDA
        }
    }
}

/// Binary floating-point number with an explicit precision in bits, backed
/// by MPFR. Every operation is correctly rounded in the stated direction.
///
/// Binary operators round to nearest at the larger precision of the two
/// operands; the `…(precision:rounding:)` methods make both explicit.
///
/// **Edge cases:** precision is clamped to `BigFloat.precisionRange`
/// (2 … 1 000 000 bits); division by zero gives ±∞ and 0/0 gives NaN,
/// exactly as IEEE 754 — test ``isFinite`` before trusting a result.
public struct BigFloat: @unchecked Sendable {
    @usableFromInline var box: MPFRBox

    /// The precisions this type accepts, in bits.
    public static let precisionRange = 2...1_000_000

    @inlinable init(box: MPFRBox) { self.box = box }

    /// Zero at the given precision.
    public init(precision: Int) { box = MPFRBox.make(precision: precision) }

    @inlinable
    public func withMPFR<R>(_ body: (UnsafePointer<__mpfr_struct>) throws -> R) rethrows -> R {
        try box.withUnsafeMutablePointerToHeader { try body(UnsafePointer($0)) }
    }

    @inlinable
    public mutating func withMutableMPFR<R>(_ body: (UnsafeMutablePointer<__mpfr_struct>) throws -> R) rethrows -> R {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
        return try box.withUnsafeMutablePointerToHeader(body)
    }

    /// A fresh value of the given precision, written by MPFR.
    @inlinable
    public static func make(precision: Int, _ body: (UnsafeMutablePointer<__mpfr_struct>) throws -> Void) rethrows -> BigFloat {
        let box = MPFRBox.make(precision: precision)
        try box.withUnsafeMutablePointerToHeader(body)
        return BigFloat(box: box)
    }

    /// Precision in bits.
    public var precision: Int { withMPFR { Int(exactnn_mpfr_get_prec($0)) } }
}

@usableFromInline
final class MPFRBox: ManagedBuffer<__mpfr_struct, UInt8> {
    @usableFromInline
    static func make(precision: Int) -> MPFRBox {
        let bits = min(max(precision, BigFloat.precisionRange.lowerBound), BigFloat.precisionRange.upperBound)
        let buffer = MPFRBox.create(minimumCapacity: 0) { _ in __mpfr_struct() }
        let box = unsafeDowncast(buffer, to: MPFRBox.self)
        box.withUnsafeMutablePointerToHeader { mpfr_init2($0, mpfr_prec_t(bits)); mpfr_set_zero($0, 1) }
        return box
    }

    @usableFromInline
    func copy() -> MPFRBox {
        withUnsafeMutablePointerToHeader { src in
            let result = MPFRBox.make(precision: Int(exactnn_mpfr_get_prec(src)))
            result.withUnsafeMutablePointerToHeader { _ = mpfr_set($0, src, MPFR_RNDN) }
            return result
        }
    }

    deinit { withUnsafeMutablePointerToHeader { mpfr_clear($0) } }
}
