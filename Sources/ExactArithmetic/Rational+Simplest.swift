extension Rational {
    /// The simplest rational in [a, b] (smallest denominator, then smallest
    /// absolute numerator), from the continued fractions of the two ends.
    /// A rational p/q in an interval of width w < 1/q² is always the
    /// simplest one there, which is how root refinement spots rational roots.
    ///
    /// **Edge cases:** the ends may come in either order; 0 when the
    /// interval contains 0; a point interval gives the point.
    public static func simplest(in a: Rational, _ b: Rational) -> Rational {
        var lo = Swift.min(a, b), hi = Swift.max(a, b)
        if lo.signum <= 0 && hi.signum >= 0 { return 0 }
        let negative = hi.signum < 0
        if negative { (lo, hi) = (-hi, -lo) }
        // 0 < lo ≤ hi: collect the partial quotients shared by both ends.
        var terms: [BigInt] = []
        while true {
            let c = lo.ceiling
            if Rational(c) <= hi { terms.append(c); break }
            let f = lo.floor  // lo is not an integer here, and hi < f + 1
            terms.append(f)
            (lo, hi) = ((hi - Rational(f)).reciprocal!, (lo - Rational(f)).reciprocal!)
        }
        var r = Rational(terms.removeLast())
        for t in terms.reversed() { r = Rational(t) + r.reciprocal! }
        return negative ? -r : r
    }
}
