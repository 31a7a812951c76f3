// FastLanes.swift and Scalar.swift's Double lane pieces on one 256-bit
// register: the same operations in the same order, so the same bits (two
// steps of the exponential use an instruction SSE2 lacks, each shown below
// to give exactly the Swift steps' value).
#ifndef EXACTNN_TRAINER_AVX_LANES_H
#define EXACTNN_TRAINER_AVX_LANES_H

#include <immintrin.h>
#include <stdint.h>

// No contraction into fused multiply-adds: a*b + c rounds twice, as in Swift.
#pragma clang fp contract(off)

typedef __m256d v4;
#define LANE __attribute__((target("avx2"), always_inline)) static inline

LANE v4 bc(double v) { return _mm256_set1_pd(v); }
LANE v4 ld4(const double *p) { return _mm256_loadu_pd(p); }
LANE void st4(double *p, v4 v) { _mm256_storeu_pd(p, v); }
/// All ones where 0 < v (`Double.mask`: cmpltpd, NaN lanes 0).
LANE v4 positive(v4 v) { return _mm256_cmp_pd(_mm256_setzero_pd(), v, _CMP_LT_OQ); }
/// m ? a : b lane-wise, as bit operations (`Double.blend`).
LANE v4 blend(v4 m, v4 a, v4 b) { return _mm256_or_pd(_mm256_and_pd(a, m), _mm256_andnot_pd(m, b)); }
/// SIMD negation is 0 − v in Swift (+0 for v = +0).
LANE v4 neg(v4 v) { return _mm256_setzero_pd() - v; }
/// `SIMD4.sum()`: lane 0 to 3 in order.
LANE double sum4(v4 v) { return ((v[0] + v[1]) + v[2]) + v[3]; }
/// `rectify`: v > 0 ? v : a·v.
LANE v4 rectify(v4 v, double a) { v4 m = positive(v); return blend(m, v, bc(a) * v); }
/// `rectifyUnitSlope`: max(v, a·v), maxpd's operand order.
LANE v4 rectifyUnit(v4 v, double a) { return _mm256_max_pd(v, bc(a) * v); }
/// `rectifierSlope`: v > 0 ? 1 : a.
LANE v4 rectSlope(v4 v, double a) { return blend(positive(v), bc(1), bc(a)); }

/// `Double.expNonPositive`: Cody–Waite and the degree-13 Taylor polynomial
/// by Estrin. The clamp and the rounding of k are one instruction each
/// here (maxpd, roundpd), three cycles shorter each on the epoch's chain; k
/// may come out −0 where Swift's is +0, which changes r only when x = ±0,
/// to a zero of the other sign, and every term of the polynomial is then 1
/// or its coefficient either way.
LANE v4 expNonPositive(v4 x) {
    const v4 low = bc(-708.39);
    // max(low, x) is blend(low − x > 0, low, x) exactly (maxpd returns x
    // when either is NaN, and low − x > 0 exactly when x < low).
    v4 xc = _mm256_max_pd(low, x);
    const v4 magic = bc(6755399441055744.0);
    v4 p = xc * bc(1.4426950408889634);
    v4 t = p + magic;
    // t − magic is p rounded to the nearest integer, ties to even: roundpd
    // gives the same k a step earlier (t's bits still give 2^k).
    v4 k = _mm256_round_pd(p, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    v4 r = (xc - k * bc(0.6931471803691238)) - k * bc(1.9082149292705877e-10);
    v4 r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
    v4 p01 = bc(1) + r, p23 = bc(0.5) + bc(0.16666666666666666) * r;
    v4 p45 = bc(0.041666666666666664) + bc(0.008333333333333333) * r, p67 = bc(0.001388888888888889) + bc(0.0001984126984126984) * r;
    v4 p89 = bc(2.48015873015873e-05) + bc(2.7557319223985893e-06) * r, pab = bc(2.755731922398589e-07) + bc(2.505210838544172e-08) * r;
    v4 pcd = bc(2.08767569878681e-09) + bc(1.6059043836821613e-10) * r;
    v4 q0 = p01 + p23 * r2, q1 = p45 + p67 * r2, q2 = p89 + pab * r2;
    v4 poly = (q0 + q1 * r4) + (q2 + pcd * r4) * r8;
    __m256i k2 = _mm256_add_epi64(_mm256_sub_epi64(_mm256_castpd_si256(t), _mm256_castpd_si256(magic)), _mm256_set1_epi64x(1023));
    return poly * _mm256_castsi256_pd(_mm256_slli_epi64(k2, 52));
}

/// `Double.logisticLanes`.
LANE v4 logistic(v4 z) {
    v4 e = expNonPositive(_mm256_or_pd(z, bc(-0.0)));
    return blend(positive(neg(z)), e, bc(1)) / (bc(1) + e);
}

/// `Double.correctLanes`.
LANE int64_t correctLanes(v4 z, v4 t, double threshold) {
    v4 up = positive(t - bc(threshold)), pos = positive(z), ng = positive(neg(z));
    v4 right = _mm256_or_pd(_mm256_and_pd(up, pos), _mm256_andnot_pd(up, ng));
    return __builtin_popcount((unsigned)_mm256_movemask_pd(right));
}

/// `OutputLanes.gradient` without the loss sum: ∂loss/∂z for four logits.
LANE v4 outputGradient(int64_t kind, double beta, v4 z, v4 t, int64_t *correct) {
    if (kind == 0) {
        *correct += correctLanes(z, t, 0.5);
        return logistic(z) - t;
    } else if (kind == 1) {
        *correct += correctLanes(z, t, 0);
        return bc(2) * (z - t);
    } else {
        *correct += correctLanes(z, t, 0);
        return _mm256_and_pd(neg(t), positive(bc(beta) - t * z));
    }
}

#endif
