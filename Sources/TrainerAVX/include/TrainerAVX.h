// The trainer's AVX2 kernels (issue 15): the fast path's Double loops with
// four lanes per instruction, chosen at run time. Each performs exactly
// the operations of its Swift counterpart (no fused multiply-add), so its
// results are bit for bit the Swift loop's; see README.md.
#ifndef EXACTNN_TRAINER_AVX_H
#define EXACTNN_TRAINER_AVX_H

#include <stdint.h>

/// 1 when this CPU runs the kernels below (AVX2), else 0.
int exactnn_avx2_available(void);

/// Everything the fused full-batch Adam loop reads and writes
/// (FusedKernel.swift's `fused`, in Double).
typedef struct {
    int64_t n0, n1, count, epochs;
    const double *x, *y;          // inputs unit-major (ld = count), targets
    double *w, *g, *m, *v;        // parameters [W1, b1, W2, b2], gradients, Adam moments
    const double *a;              // the backward vector: W2 (BP) or the feedback matrix
    double *pre, *delta;          // scratch: n1 × stride and stride groups of four
    int64_t stride;               // groups per unit in `pre`
    double slope, derivativeSlope, beta;
    int64_t lossKind;             // 0 BCE with logits, 1 MSE, 2 hinge(beta)
    double beta1, beta2, epsilon, learningRate, power1, power2;  // powers in and out
    double target;
    int64_t stopAtTarget;
    int64_t run, toTarget, stopped;  // out; toTarget −1 when never reached
} exactnn_fused_args;

/// Runs the fused loop; returns 0 when (n0, n1) has no instantiation here.
int exactnn_fused_avx2(exactnn_fused_args *args);

/// Everything one narrow fast pass reads and writes (FastKernel.swift's
/// `narrowFast`, in Double, loss sums off).
typedef struct {
    int64_t n0, n1, n, ld;
    const double *x, *y;
    const double *w1, *b1, *w2, *back;
    double b2;
    double *pre, *post, *delta;   // scratch, `stride` groups per unit
    int64_t stride;
    double slope, derivativeSlope, beta;
    int64_t lossKind;
    double *gw1, *gb1, *gw2, *gb2;
    int64_t correct;              // out
} exactnn_narrow_args;

/// Runs the narrow pass; returns 0 when n0 has no instantiation here.
int exactnn_narrow_avx2(exactnn_narrow_args *args);

/// `OptimizerState.adamFast` over w[lo..<hi].
void exactnn_adam_avx2(double *w, const double *g, double *m, double *v, int64_t lo, int64_t hi,
                       double stepSize, double inverse, double b1, double b2, double eps);

#endif
