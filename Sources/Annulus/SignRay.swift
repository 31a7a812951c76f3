import ExactArithmetic

/// A ray p + t·d (t ≥ 0) along which s·f stays positive: the certificate that
/// the decision set {s·f > 0} is unbounded.
public struct SignRay: Sendable, Equatable {
    public let point: [Rational]
    public let direction: [Rational]
    /// +1 for {f > 0}, −1 for {f < 0}.
    public let sign: Int

    public init(point: [Rational], direction: [Rational], sign: Int) {
        self.point = point
        self.direction = direction
        self.sign = sign
    }

    /// Checks the ray against the network itself, independently of any region
    /// enumeration: walks the ray layer by layer, splitting [0, ∞) at every
    /// rational t where a unit's input changes sign, so that f is affine on
    /// each piece; s·f must be positive at both ends of every bounded piece
    /// and at the start of the last, with non-negative slope there.
    public func verify(on net: DecisionNet) -> Bool {
        guard direction.contains(where: { !$0.isZero }), point.count == net.inputDimension,
              direction.count == net.inputDimension else { return false }
        // Values along the ray: α + β·t.
        let start = zip(point, direction).map { (alpha: $0, beta: $1) }
        return walk(net, 0, start, lo: Rational(0), hi: nil)
    }

    private func walk(_ net: DecisionNet, _ k: Int, _ h: [(alpha: Rational, beta: Rational)], lo: Rational, hi: Rational?) -> Bool {
        let z: [(alpha: Rational, beta: Rational)] = zip(net.weights[k], net.biases[k]).map { row, b in
            var a = b, c = Rational()
            for (w, v) in zip(row, h) where !w.isZero { a += w * v.alpha; c += w * v.beta }
            return (a, c)
        }
        let s = Rational(sign)
        if k == net.weights.count - 1 {
            let f = z[0]
            guard (s * (f.alpha + f.beta * lo)).signum > 0 else { return false }
            if let hi { return (s * (f.alpha + f.beta * hi)).signum > 0 }
            return (s * f.beta).signum >= 0
        }
        var cuts = Set<Rational>()
        for v in z where !v.beta.isZero {
            let t = -v.alpha / v.beta
            if t > lo, hi.map({ t < $0 }) ?? true { cuts.insert(t) }
        }
        let ends = [lo] + cuts.sorted()
        for (i, a) in ends.enumerated() {
            let b: Rational? = i + 1 < ends.count ? ends[i + 1] : hi
            let mid = b.map { (a + $0) / 2 } ?? a + 1
            let next = z.map { v in (v.alpha + v.beta * mid).signum > 0 ? v : (alpha: Rational(), beta: Rational()) }
            if !walk(net, k + 1, next, lo: a, hi: b) { return false }
        }
        return true
    }
}
