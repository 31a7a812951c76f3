// Whether the AVX2 kernels may run: the CPU has AVX2 (CPUID leaf 7) and the
// operating system saves the 256-bit registers (OSXSAVE, XCR0 bits 1–2).
#include "TrainerAVX.h"

#if defined(__x86_64__)
#include <cpuid.h>

int exactnn_avx2_available(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_OSXSAVE) || !(c & bit_AVX)) return 0;
    unsigned lo, hi;
    __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    (void)hi;
    if ((lo & 6) != 6) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b & bit_AVX2) ? 1 : 0;
}
#else
int exactnn_avx2_available(void) { return 0; }
#endif
