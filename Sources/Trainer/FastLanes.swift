/// Lane-wise pieces of the fast path (issue 15, `Kernel.automatic`): four
/// logits at a time, no libm call and no branch.
///
/// **Tolerance.** `expNonPositive` is a Cody–Waite reduction
/// x = k·ln 2 + r, |r| ≤ ln 2 / 2, with the Taylor polynomial of e^r
/// (degree 13 in Double, 7 in Float, Estrin's scheme) and 2^k built from its exponent bits.
/// It lies within 3 ulp of libm's `exp` on [−708, 0] in Double and on
/// [−87, 0] in Float (2 ulp seen on 2·10⁶ random points each;
/// `FastPathTests` hold 3), and `logisticLanes` within 6 ulp of
/// `Activation.logistic` (4 seen); below −708.39 (Float: −87.33) it returns e^−708.39 (e^−87.33), an
/// absolute error under 2.3·10⁻³⁰⁸ (1.2·10⁻³⁸). NaN stays NaN.
extension Double {
    @inline(__always) static func blend(_ m: SIMD4<Int64>, _ a: SIMD4<Double>, _ b: SIMD4<Double>) -> SIMD4<Double> {
        unsafeBitCast((bits(a) & m) | (bits(b) & ~m), to: SIMD4<Double>.self)
    }

    @inline(__always) public static func expNonPositive(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let low = SIMD4<Double>(repeating: -708.39)
        let xc = blend(mask(low - x), low, x)
        // Adding 1.5·2⁵² rounds to the nearest integer k and leaves k in
        // the low mantissa bits (SSE2 has no vector round).
        let magic = SIMD4<Double>(repeating: 6_755_399_441_055_744)
        let t = xc * SIMD4(repeating: 1.4426950408889634) + magic
        let k = t - magic
        // ln 2 = hi + lo with hi's low 21 bits zero, so k·hi is exact.
        let r = (xc - k * SIMD4(repeating: 0.6931471803691238)) - k * SIMD4(repeating: 1.9082149292705877e-10)
        // Taylor coefficients 1/i!, i ≤ 13, evaluated by Estrin's scheme:
        // a short dependency chain, since this sits on each group's path.
        @inline(__always) func c(_ v: Double) -> SIMD4<Double> { SIMD4(repeating: v) }
        let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
        let p01 = c(1) + r, p23 = c(0.5) + c(0.16666666666666666) * r
        let p45 = c(0.041666666666666664) + c(0.008333333333333333) * r, p67 = c(0.001388888888888889) + c(0.0001984126984126984) * r
        let p89 = c(2.48015873015873e-05) + c(2.7557319223985893e-06) * r, pab = c(2.755731922398589e-07) + c(2.505210838544172e-08) * r
        let pcd = c(2.08767569878681e-09) + c(1.6059043836821613e-10) * r
        let q0 = p01 + p23 * r2, q1 = p45 + p67 * r2, q2 = p89 + pab * r2
        let p = (q0 + q1 * r4) + (q2 + pcd * r4) * r8
        let k2: SIMD4<Int64> = bits(t) &- bits(magic) &+ SIMD4(repeating: 1023)
        let scale: SIMD4<Int64> = k2 &<< SIMD4(repeating: 52)
        return p * unsafeBitCast(scale, to: SIMD4<Double>.self)
    }

    /// σ(z) lane-wise: (z ≥ 0 ? 1 : e)/(1 + e) with e = e^−|z|, as
    /// `Activation.logistic` but with `expNonPositive`.
    @inline(__always) public static func logisticLanes(_ z: SIMD4<Double>) -> SIMD4<Double> {
        let e = expNonPositive(unsafeBitCast(bits(z) | SIMD4(repeating: Int64.min), to: SIMD4<Double>.self))  // e^−|z|
        return blend(mask(-z), e, SIMD4(repeating: 1)) / (1 + e)  // z < 0 ? e : 1
    }

    /// Lanes where the hinge's slack β − t·z is positive get −t, the rest 0.
    @inline(__always) public static func hingeLanes(_ z: SIMD4<Double>, _ t: SIMD4<Double>, beta: Double) -> SIMD4<Double> {
        unsafeBitCast(bits(-t) & mask(SIMD4(repeating: beta) - t * z), to: SIMD4<Double>.self)
    }

    /// How many lanes classify right: z > 0 where t > threshold, z < 0 elsewhere.
    @inline(__always) public static func correctLanes(_ z: SIMD4<Double>, _ t: SIMD4<Double>, threshold: Double) -> Int {
        let up = mask(t - SIMD4(repeating: threshold)), pos = mask(z), neg = mask(-z)
        let right = (up & pos) | (~up & neg)
        return Int(truncatingIfNeeded: 0 &- right.wrappedSum())
    }
}

extension Float {
    @inline(__always) static func blend(_ m: SIMD4<Int32>, _ a: SIMD4<Float>, _ b: SIMD4<Float>) -> SIMD4<Float> {
        unsafeBitCast((bits(a) & m) | (bits(b) & ~m), to: SIMD4<Float>.self)
    }

    @inline(__always) public static func expNonPositive(_ x: SIMD4<Float>) -> SIMD4<Float> {
        let low = SIMD4<Float>(repeating: -87.33)
        let xc = blend(mask(low - x), low, x)
        let magic = SIMD4<Float>(repeating: 12_582_912)  // 1.5·2²³
        let t = xc * SIMD4(repeating: 1.442695) + magic
        let k = t - magic
        let r = (xc - k * SIMD4(repeating: 0.693145751953125)) - k * SIMD4(repeating: 1.4286068e-06)
        @inline(__always) func c(_ v: Float) -> SIMD4<Float> { SIMD4(repeating: v) }
        let r2 = r * r, r4 = r2 * r2
        let p01 = c(1) + r, p23 = c(0.5) + c(0.16666667) * r
        let p45 = c(4.1666667e-02) + c(8.3333333e-03) * r, p67 = c(1.3888889e-03) + c(1.9841270e-04) * r
        let p = (p01 + p23 * r2) + (p45 + p67 * r2) * r4
        let k2: SIMD4<Int32> = bits(t) &- bits(magic) &+ SIMD4(repeating: 127)
        let scale: SIMD4<Int32> = k2 &<< SIMD4(repeating: 23)
        return p * unsafeBitCast(scale, to: SIMD4<Float>.self)
    }

    @inline(__always) public static func logisticLanes(_ z: SIMD4<Float>) -> SIMD4<Float> {
        let e = expNonPositive(unsafeBitCast(bits(z) | SIMD4(repeating: Int32.min), to: SIMD4<Float>.self))
        return blend(mask(-z), e, SIMD4(repeating: 1)) / (1 + e)
    }

    @inline(__always) public static func hingeLanes(_ z: SIMD4<Float>, _ t: SIMD4<Float>, beta: Float) -> SIMD4<Float> {
        unsafeBitCast(bits(-t) & mask(SIMD4(repeating: beta) - t * z), to: SIMD4<Float>.self)
    }

    @inline(__always) public static func correctLanes(_ z: SIMD4<Float>, _ t: SIMD4<Float>, threshold: Float) -> Int {
        let up = mask(t - SIMD4(repeating: threshold)), pos = mask(z), neg = mask(-z)
        let right = (up & pos) | (~up & neg)
        return Int(0 &- right.wrappedSum())
    }
}

/// Four logits of the fast path at once: ∂loss/∂z per lane, the loss
/// added to `total` when wanted (libm's `log1p`, as the general path), the
/// correct lanes counted. BCE uses `logisticLanes`; MSE and hinge are
/// exact lane by lane.
struct OutputLanes<T: TrainerScalar> {
    let kind: Int
    let beta: T
    let wantLoss: Bool

    init(_ lane: OutputLane<T>) { (kind, beta, wantLoss) = (lane.kind, lane.beta, lane.wantLoss) }

    @inline(__always) func gradient(_ z: SIMD4<T>, _ t: SIMD4<T>, total: inout T, correct: inout Int) -> SIMD4<T> {
        let grad: SIMD4<T>
        switch kind {
        case 0:
            grad = T.logisticLanes(z) - t
            correct &+= T.correctLanes(z, t, threshold: 0.5)
            if wantLoss {
                for l in 0..<4 { let zl = z[l]; total += (zl > 0 ? zl : 0) - zl * t[l] + T.log1p(T.exp(-zl.magnitude)) }
            }
        case 1:
            let r = z - t
            grad = 2 * r
            correct &+= T.correctLanes(z, t, threshold: 0)
            if wantLoss { total += (r * r).sum() }
        default:
            grad = T.hingeLanes(z, t, beta: beta)
            correct &+= T.correctLanes(z, t, threshold: 0)
            if wantLoss {
                for l in 0..<4 { let slack = beta - t[l] * z[l]; total += slack > 0 ? slack : 0 }
            }
        }
        return grad
    }
}
