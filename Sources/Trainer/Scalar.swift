#if arch(x86_64) && canImport(_Builtin_intrinsics)
import _Builtin_intrinsics.intel
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The float types the trainer runs in (`Float`, `Double`): the standard
/// library's `BinaryFloatingPoint` plus the few libm functions the
/// activations and losses need.
public protocol TrainerScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable {
    static func exp(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
    /// Lane-wise v > 0 ? v : 0 (ReLU), without branches.
    static func positivePart(_ v: SIMD4<Self>) -> SIMD4<Self>
    /// Lane-wise v > 0 ? v : a·v (leaky ReLU), without branches.
    static func rectify(_ v: SIMD4<Self>, slope a: Self) -> SIMD4<Self>
    /// Lane-wise v > 0 ? 1 : a (the rectifiers' derivative), without branches.
    static func rectifierSlope(_ v: SIMD4<Self>, slope a: Self) -> SIMD4<Self>
    /// Lane-wise max(v, a·v): for 0 ≤ a ≤ 1 exactly `rectify(v, slope: a)`
    /// on every finite lane (v > 0 gives v ≥ a·v, v ≤ 0 gives a·v ≥ v, and
    /// at ±0 both pick a·v) and, for a > 0, on infinite ones (for a = 0,
    /// +∞ gives NaN = 0·∞ instead of +∞); one instruction per register on x86-64.
    static func rectifyUnitSlope(_ v: SIMD4<Self>, slope a: Self) -> SIMD4<Self>
    /// Lane-wise correctly rounded square root (sqrtpd on x86-64, where the
    /// generic `squareRoot()` takes one lane at a time behind a libm errno check).
    static func squareRootLanes(_ v: SIMD4<Self>) -> SIMD4<Self>
    /// Lane-wise e^x for x ≤ 0, to the tolerance stated in FastLanes.swift.
    static func expNonPositive(_ x: SIMD4<Self>) -> SIMD4<Self>
    /// Lane-wise logistic function with `expNonPositive`.
    static func logisticLanes(_ z: SIMD4<Self>) -> SIMD4<Self>
    /// Lane-wise hinge derivative: β − t·z > 0 ? −t : 0.
    static func hingeLanes(_ z: SIMD4<Self>, _ t: SIMD4<Self>, beta: Self) -> SIMD4<Self>
    /// Lanes with z > 0 where t > threshold and z < 0 elsewhere.
    static func correctLanes(_ z: SIMD4<Self>, _ t: SIMD4<Self>, threshold: Self) -> Int
}

// The tiny kernel's selects, as bit masks over the lanes: written on
// concrete types, where the comparison is one vector instruction (generic
// SIMD code compiles to a branch per lane, and logit signs are
// unpredictable). Each lane gets exactly the scalar expression's value.
extension Double {
    /// All ones in the lanes where v > 0: the sign bit of 0 − v, spread
    /// over the lane (0 − (±0) = +0, so both zeros count as not positive).
    /// A comparison would be one instruction, but its `SIMDMask` goes
    /// through the lanes one by one on x86-64's baseline. Exact for every
    /// non-NaN lane.
    @inline(__always) static func mask(_ v: SIMD4<Double>) -> SIMD4<Int64> {
        #if arch(x86_64) && canImport(_Builtin_intrinsics)
        // One comparison per half (SSE2 has no 64-bit arithmetic shift, so
        // the sign-bit route costs four instructions): the same mask for
        // every non-NaN lane, and 0 for NaN.
        let zero = SIMD2<Double>.zero
        return bits(SIMD4(lowHalf: _mm_cmplt_pd(zero, v.lowHalf), highHalf: _mm_cmplt_pd(zero, v.highHalf)))
        #else
        bits(SIMD4<Double>.zero - v) &>> SIMD4(repeating: 63)
        #endif
    }
    @inline(__always) static func bits(_ v: SIMD4<Double>) -> SIMD4<Int64> { unsafeBitCast(v, to: SIMD4<Int64>.self) }

    @inline(__always) public static func positivePart(_ v: SIMD4<Double>) -> SIMD4<Double> {
        unsafeBitCast(bits(v) & mask(v), to: SIMD4<Double>.self)
    }

    @inline(__always) public static func rectify(_ v: SIMD4<Double>, slope a: Double) -> SIMD4<Double> {
        let m = mask(v)
        return unsafeBitCast((bits(v) & m) | (bits(SIMD4(repeating: a) * v) & ~m), to: SIMD4<Double>.self)
    }

    @inline(__always) public static func rectifyUnitSlope(_ v: SIMD4<Double>, slope a: Double) -> SIMD4<Double> {
        let av = SIMD4(repeating: a) * v
        #if arch(x86_64) && canImport(_Builtin_intrinsics)
        return SIMD4(lowHalf: _mm_max_pd(v.lowHalf, av.lowHalf), highHalf: _mm_max_pd(v.highHalf, av.highHalf))
        #else
        return rectify(v, slope: a)
        #endif
    }

    @inline(__always) public static func squareRootLanes(_ v: SIMD4<Double>) -> SIMD4<Double> {
        #if arch(x86_64) && canImport(_Builtin_intrinsics)
        SIMD4(lowHalf: _mm_sqrt_pd(v.lowHalf), highHalf: _mm_sqrt_pd(v.highHalf))
        #else
        v.squareRoot()
        #endif
    }

    @inline(__always) public static func rectifierSlope(_ v: SIMD4<Double>, slope a: Double) -> SIMD4<Double> {
        let m = mask(v)
        return unsafeBitCast((bits(SIMD4(repeating: 1)) & m) | (bits(SIMD4(repeating: a)) & ~m), to: SIMD4<Double>.self)
    }
}

extension Float {
    @inline(__always) static func mask(_ v: SIMD4<Float>) -> SIMD4<Int32> {
        #if arch(x86_64) && canImport(_Builtin_intrinsics)
        bits(_mm_cmplt_ps(SIMD4<Float>.zero, v))
        #else
        bits(SIMD4<Float>.zero - v) &>> SIMD4(repeating: 31)
        #endif
    }
    @inline(__always) static func bits(_ v: SIMD4<Float>) -> SIMD4<Int32> { unsafeBitCast(v, to: SIMD4<Int32>.self) }

    @inline(__always) public static func positivePart(_ v: SIMD4<Float>) -> SIMD4<Float> {
        unsafeBitCast(bits(v) & mask(v), to: SIMD4<Float>.self)
    }

    @inline(__always) public static func rectify(_ v: SIMD4<Float>, slope a: Float) -> SIMD4<Float> {
        let m = mask(v)
        return unsafeBitCast((bits(v) & m) | (bits(SIMD4(repeating: a) * v) & ~m), to: SIMD4<Float>.self)
    }

    @inline(__always) public static func rectifyUnitSlope(_ v: SIMD4<Float>, slope a: Float) -> SIMD4<Float> {
        #if arch(x86_64) && canImport(_Builtin_intrinsics)
        _mm_max_ps(v, SIMD4(repeating: a) * v)
        #else
        rectify(v, slope: a)
        #endif
    }

    @inline(__always) public static func squareRootLanes(_ v: SIMD4<Float>) -> SIMD4<Float> {
        #if arch(x86_64) && canImport(_Builtin_intrinsics)
        _mm_sqrt_ps(v)
        #else
        v.squareRoot()
        #endif
    }

    @inline(__always) public static func rectifierSlope(_ v: SIMD4<Float>, slope a: Float) -> SIMD4<Float> {
        let m = mask(v)
        return unsafeBitCast((bits(SIMD4(repeating: 1)) & m) | (bits(SIMD4(repeating: a)) & ~m), to: SIMD4<Float>.self)
    }
}

@inline(__always) private func cExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func cLog1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func cTanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }

extension Double: TrainerScalar {
    @inline(__always) public static func exp(_ x: Double) -> Double { cExp(x) }
    @inline(__always) public static func log1p(_ x: Double) -> Double { cLog1p(x) }
    @inline(__always) public static func tanh(_ x: Double) -> Double { cTanh(x) }
    @inline(__always) public static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
}

extension Float: TrainerScalar {
    @inline(__always) public static func exp(_ x: Float) -> Float { expf(x) }
    @inline(__always) public static func log1p(_ x: Float) -> Float { log1pf(x) }
    @inline(__always) public static func tanh(_ x: Float) -> Float { tanhf(x) }
    @inline(__always) public static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
}

/// Which float type a run computes in.
public enum Precision: String, Sendable, CaseIterable {
    case float, double
}
