import CMPFR
import ExactArithmetic
#if canImport(Glibc)
import Glibc
#endif

/// A fixed-size array of MPFR numbers of one precision, owned by this object:
/// the Taylor integrator's workspace, updated in place without allocation.
final class MPFRBuffer {
    let count: Int
    let precision: Int
    let base: UnsafeMutablePointer<__mpfr_struct>

    init(count: Int, precision: Int) {
        self.count = count
        self.precision = precision
        base = .allocate(capacity: max(1, count))
        for i in 0..<count {
            mpfr_init2(base + i, mpfr_prec_t(precision))
            mpfr_set_zero(base + i, 1)
        }
    }

    deinit {
        for i in 0..<count { mpfr_clear(base + i) }
        base.deallocate()
    }

    @inline(__always) subscript(i: Int) -> UnsafeMutablePointer<__mpfr_struct> { base + i }
}

extension BigFloat {
    /// A copy of an MPFR number held in a workspace.
    init(copying x: UnsafePointer<__mpfr_struct>) {
        self = BigFloat.make(precision: Int(exactnn_mpfr_get_prec(x))) { _ = mpfr_set($0, x, MPFR_RNDN) }
    }
}

/// log₂|x| as a Double (−∞ for 0), without overflow for any MPFR exponent.
@inline(__always) func log2Magnitude(_ x: UnsafePointer<__mpfr_struct>) -> Double {
    if exactnn_mpfr_zero_p(x) != 0 { return -.infinity }
    var e: Int = 0
    let m = mpfr_get_d_2exp(&e, x, MPFR_RNDN)
    return Double(e) + log2(Swift.abs(m))
}
