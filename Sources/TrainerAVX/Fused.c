// FusedKernel.swift's loop in Double on 256-bit registers: one group of
// four examples per register instead of two SSE2 halves, the same
// operations in the same order (see Lanes.h), so the same results bit for
// bit. One instantiation per width pair, so every width loop unrolls.
#if defined(__x86_64__)
#include "TrainerAVX.h"
#include "Lanes.h"
#include <math.h>

#define MAXN 5

LANE void fusedBody(exactnn_fused_args *A, const int64_t N0, const int64_t N1) {
    const int64_t c1 = N1 * N0, o2 = c1 + N1, c2 = o2 + N1, P = c2 + 1;
    double *w = A->w, *g = A->g, *m = A->m, *v = A->v;
    const double *x = A->x, *y = A->y, *a = A->a;
    const int64_t ld = A->count, n = A->count, groups = n / 4, stride = A->stride;
    const double slope = A->slope, fSlope = A->derivativeSlope, beta = A->beta;
    const int64_t kind = A->lossKind;
    const v4 scale = bc(1 / (double)n);
    double *sS = A->pre, *zD = A->delta;
    const double b1 = A->beta1, b2 = A->beta2, k1 = 1 - b1, k2 = 1 - b2;
    const v4 vb1 = bc(b1), vk1 = bc(k1), vb2 = bc(b2), vk2 = bc(k2), ve = bc(A->epsilon);
    const double target = A->target;
    const int64_t stop = A->stopAtTarget, epochs = A->epochs;
    double power1 = A->power1, power2 = A->power2;
    int64_t toTarget = -1, run = 0, stopped = 0;
    for (int64_t e = 0; e < epochs; e++) {
        v4 w1[MAXN][MAXN], b1v[MAXN], w2[MAXN], av[MAXN];
        for (int64_t i = 0; i < N1; i++) {
            for (int64_t j = 0; j < N0; j++) w1[i][j] = bc(w[i * N0 + j]);
            b1v[i] = bc(w[c1 + i]); w2[i] = bc(w[o2 + i]); av[i] = bc(a[i]);
        }
        const v4 b2v = bc(w[c2]);
        for (int64_t c = 0; c < groups; c++) {
            v4 xs[MAXN];
            for (int64_t j = 0; j < N0; j++) xs[j] = ld4(x + j * ld + 4 * c);
            v4 z = b2v;
            for (int64_t i = 0; i < N1; i++) {
                v4 s = b1v[i];
                for (int64_t j = 0; j < N0; j++) s += w1[i][j] * xs[j];
                st4(sS + 4 * (i * stride + c), s);
                z += w2[i] * rectifyUnit(s, slope);
            }
            st4(zD + 4 * c, z);
        }
        int64_t correct = 0;
        v4 gb2 = _mm256_setzero_pd();
        for (int64_t c = 0; c < groups; c++) {
            v4 d = outputGradient(kind, beta, ld4(zD + 4 * c), ld4(y + 4 * c), &correct) * scale;
            st4(zD + 4 * c, d);
            gb2 += d;
        }
        if (toTarget < 0 && (double)correct / (double)n >= target) toTarget = e;
        if (stop && toTarget >= 0) { stopped = 1; break; }
        for (int64_t i = 0; i < N1; i++) {
            const v4 ai = av[i];
            v4 g1[MAXN];
            for (int64_t j = 0; j < N0; j++) g1[j] = _mm256_setzero_pd();
            v4 gb1 = _mm256_setzero_pd(), gw2 = _mm256_setzero_pd();
            for (int64_t c = 0; c < groups; c++) {
                v4 s = ld4(sS + 4 * (i * stride + c)), d = ld4(zD + 4 * c);
                gw2 += d * rectifyUnit(s, slope);
                v4 dh = ai * d * rectSlope(s, fSlope);
                gb1 += dh;
                for (int64_t j = 0; j < N0; j++) g1[j] += dh * ld4(x + j * ld + 4 * c);
            }
            for (int64_t j = 0; j < N0; j++) g[i * N0 + j] = sum4(g1[j]);
            g[c1 + i] = sum4(gb1);
            g[o2 + i] = sum4(gw2);
        }
        g[c2] = sum4(gb2);
        power1 *= A->beta1; power2 *= A->beta2;
        const v4 vs = bc(A->learningRate / (1 - power1)), vi = bc(1 / sqrt(1 - power2));
        int64_t q = 0;
        for (; q + 4 <= P; q += 4) {
            v4 gp = ld4(g + q);
            v4 mp = vb1 * ld4(m + q) + vk1 * gp;
            v4 vp = vb2 * ld4(v + q) + vk2 * gp * gp;
            st4(m + q, mp); st4(v + q, vp);
            st4(w + q, ld4(w + q) - vs * mp / (_mm256_sqrt_pd(vp) * vi + ve));
        }
        if (q < P) {
            double gt[4] = {0}, mt[4] = {0}, vt[4] = {0}, wt[4] = {0};
            for (int64_t l = 0; l < P - q; l++) { gt[l] = g[q + l]; mt[l] = m[q + l]; vt[l] = v[q + l]; wt[l] = w[q + l]; }
            v4 gp = ld4(gt);
            v4 mp = vb1 * ld4(mt) + vk1 * gp;
            v4 vp = vb2 * ld4(vt) + vk2 * gp * gp;
            v4 wp = ld4(wt) - vs * mp / (_mm256_sqrt_pd(vp) * vi + ve);
            for (int64_t l = 0; l < P - q; l++) { m[q + l] = mp[l]; v[q + l] = vp[l]; w[q + l] = wp[l]; }
        }
        run = e + 1;
    }
    A->power1 = power1; A->power2 = power2;
    A->run = run; A->toTarget = toTarget; A->stopped = stopped;
}

#define PAIR(p, q) __attribute__((target("avx2"), noinline)) static void fused##p##q(exactnn_fused_args *A) { fusedBody(A, p, q); }
PAIR(2, 2) PAIR(2, 3) PAIR(2, 4) PAIR(3, 3) PAIR(3, 4) PAIR(4, 3) PAIR(4, 4) PAIR(4, 5) PAIR(5, 4) PAIR(5, 5)

int exactnn_fused_avx2(exactnn_fused_args *A) {
    switch (A->n0 * 10 + A->n1) {
    case 22: fused22(A); return 1;
    case 23: fused23(A); return 1;
    case 24: fused24(A); return 1;
    case 33: fused33(A); return 1;
    case 34: fused34(A); return 1;
    case 43: fused43(A); return 1;
    case 44: fused44(A); return 1;
    case 45: fused45(A); return 1;
    case 54: fused54(A); return 1;
    case 55: fused55(A); return 1;
    default: return 0;
    }
}

#else  // no AVX2 elsewhere: the Swift loops run
#include "TrainerAVX.h"
int exactnn_fused_avx2(exactnn_fused_args *A) { (void)A; return 0; }
#endif
