import ExactArithmetic

/// Fixed points are the real roots of Q; ExactArithmetic's certified
/// isolation (disjoint rational intervals, exact rational roots) finds them.
public typealias IsolatedRoot = RealRoot

extension RealRoot {
    /// Every real root of q in increasing order. **Edge cases:** throws for
    /// the zero polynomial; a non-zero constant has none.
    static func roots(of q: Polynomial) throws -> [RealRoot] { try q.realRoots() }

    /// A certified enclosure at `bits` of MPFR precision.
    func interval(bits: Int) -> RealInterval { enclosure(precision: bits) }
}
