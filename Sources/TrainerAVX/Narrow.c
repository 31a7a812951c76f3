// FastKernel.swift's `narrowFast` (n0 ≤ 8 inputs, any hidden width, one
// output) and `OptimizerState.adamFast` in Double on 256-bit registers:
// the same operations in the same order (Lanes.h), so the same bits.
#if defined(__x86_64__)
#include "TrainerAVX.h"
#include "Lanes.h"

LANE void narrowBody(exactnn_narrow_args *A, const int64_t N0) {
    const int64_t n1 = A->n1, n = A->n, chunks = n / 4, ld = A->ld, stride = A->stride, kind = A->lossKind;
    const double *x = A->x, *y = A->y, *w1 = A->w1, *b1 = A->b1, *w2 = A->w2, *back = A->back;
    const double slope = A->slope, fSlope = A->derivativeSlope, beta = A->beta;
    double *sS = A->pre, *hH = A->post, *dD = A->delta;
    const v4 scale = bc(1 / (double)n);
    int64_t correct = 0;
    v4 gb2 = _mm256_setzero_pd();
    for (int64_t c = 0; c < chunks; c++) {
        v4 xs[8];
        for (int64_t j = 0; j < N0; j++) xs[j] = ld4(x + j * ld + 4 * c);
        v4 z = bc(A->b2);
        for (int64_t i = 0; i < n1; i++) {
            const double *w = w1 + i * N0;
            v4 s = bc(b1[i]);
            for (int64_t j = 0; j < N0; j++) s += bc(w[j]) * xs[j];
            v4 h = rectify(s, slope);
            st4(sS + 4 * (i * stride + c), s); st4(hH + 4 * (i * stride + c), h);
            z += bc(w2[i]) * h;
        }
        st4(dD + 4 * c, z);
    }
    for (int64_t c = 0; c < chunks; c++) {
        v4 d = outputGradient(kind, beta, ld4(dD + 4 * c), ld4(y + 4 * c), &correct) * scale;
        st4(dD + 4 * c, d);
        gb2 += d;
    }
    for (int64_t i = 0; i < n1; i++) {
        const v4 a = bc(back[i]);
        v4 g1[8];
        for (int64_t j = 0; j < N0; j++) g1[j] = _mm256_setzero_pd();
        v4 gb1 = _mm256_setzero_pd(), gw2 = _mm256_setzero_pd();
        for (int64_t c = 0; c < chunks; c++) {
            v4 d = ld4(dD + 4 * c);
            gw2 += d * ld4(hH + 4 * (i * stride + c));
            v4 dh = a * d * rectSlope(ld4(sS + 4 * (i * stride + c)), fSlope);
            gb1 += dh;
            for (int64_t j = 0; j < N0; j++) g1[j] += dh * ld4(x + j * ld + 4 * c);
        }
        for (int64_t j = 0; j < N0; j++) A->gw1[i * N0 + j] = sum4(g1[j]);
        A->gb1[i] = sum4(gb1);
        A->gw2[i] = sum4(gw2);
    }
    *A->gb2 = sum4(gb2);
    A->correct = correct;
}

#define WIDTH(p) __attribute__((target("avx2"), noinline)) static void narrow##p(exactnn_narrow_args *A) { narrowBody(A, p); }
WIDTH(1) WIDTH(2) WIDTH(3) WIDTH(4) WIDTH(5) WIDTH(6) WIDTH(7) WIDTH(8)

int exactnn_narrow_avx2(exactnn_narrow_args *A) {
    switch (A->n0) {
    case 1: narrow1(A); return 1;
    case 2: narrow2(A); return 1;
    case 3: narrow3(A); return 1;
    case 4: narrow4(A); return 1;
    case 5: narrow5(A); return 1;
    case 6: narrow6(A); return 1;
    case 7: narrow7(A); return 1;
    case 8: narrow8(A); return 1;
    default: return 0;
    }
}

__attribute__((target("avx2")))
void exactnn_adam_avx2(double *w, const double *g, double *m, double *v, int64_t lo, int64_t hi,
                       double stepSize, double inverse, double b1, double b2, double eps) {
    const double c1 = 1 - b1, c2 = 1 - b2;
    const v4 vb1 = bc(b1), vc1 = bc(c1), vb2 = bc(b2), vc2 = bc(c2), vs = bc(stepSize), vi = bc(inverse), ve = bc(eps);
    int64_t q = lo;
    for (; q + 4 <= hi; q += 4) {
        v4 gp = ld4(g + q);
        v4 mp = vb1 * ld4(m + q) + vc1 * gp;
        v4 vp = vb2 * ld4(v + q) + vc2 * gp * gp;
        st4(m + q, mp); st4(v + q, vp);
        st4(w + q, ld4(w + q) - vs * mp / (_mm256_sqrt_pd(vp) * vi + ve));
    }
    for (; q < hi; q++) {
        double gp = g[q];
        double mp = b1 * m[q] + c1 * gp;
        double vp = b2 * v[q] + c2 * gp * gp;
        m[q] = mp; v[q] = vp;
        w[q] -= stepSize * mp / (_mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(vp))) * inverse + eps);
    }
}

#else  // no AVX2 elsewhere: the Swift loops run
#include "TrainerAVX.h"
int exactnn_narrow_avx2(exactnn_narrow_args *A) { (void)A; return 0; }
void exactnn_adam_avx2(double *w, const double *g, double *m, double *v, int64_t lo, int64_t hi,
                       double stepSize, double inverse, double b1, double b2, double eps) {
    (void)w; (void)g; (void)m; (void)v; (void)lo; (void)hi; (void)stepSize; (void)inverse; (void)b1; (void)b2; (void)eps;
}
#endif
