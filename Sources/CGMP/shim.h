#ifndef EXACTNN_CGMP_SHIM_H
#define EXACTNN_CGMP_SHIM_H
#include <gmp.h>

/* GMP exposes these as macros, which Swift cannot import. */
static inline int exactnn_mpz_sgn(mpz_srcptr z) { return mpz_sgn(z); }
static inline int exactnn_mpq_sgn(mpq_srcptr q) { return mpq_sgn(q); }
static inline mpz_ptr exactnn_mpq_numref(mpq_ptr q) { return mpq_numref(q); }
static inline mpz_ptr exactnn_mpq_denref(mpq_ptr q) { return mpq_denref(q); }
static inline int exactnn_mpz_odd_p(mpz_srcptr z) { return mpz_odd_p(z); }
static inline int exactnn_mpz_fits_slong_p(mpz_srcptr z) { return mpz_fits_slong_p(z); }
#endif
