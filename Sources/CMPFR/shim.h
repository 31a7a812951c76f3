#ifndef EXACTNN_CMPFR_SHIM_H
#define EXACTNN_CMPFR_SHIM_H
#include <gmp.h>
#include <mpfr.h>

/* MPFR implements these as macros; Swift needs real functions. */
static inline int exactnn_mpfr_sgn(mpfr_srcptr x) { return mpfr_sgn(x); }
static inline mpfr_prec_t exactnn_mpfr_get_prec(mpfr_srcptr x) { return mpfr_get_prec(x); }
static inline int exactnn_mpfr_nan_p(mpfr_srcptr x) { return mpfr_nan_p(x); }
static inline int exactnn_mpfr_inf_p(mpfr_srcptr x) { return mpfr_inf_p(x); }
static inline int exactnn_mpfr_zero_p(mpfr_srcptr x) { return mpfr_zero_p(x); }
static inline mpfr_exp_t exactnn_mpfr_get_exp(mpfr_srcptr x) { return mpfr_get_exp(x); }
#endif
