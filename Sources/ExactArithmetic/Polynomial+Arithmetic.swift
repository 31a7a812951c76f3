extension Polynomial {
    public static func + (a: Polynomial, b: Polynomial) -> Polynomial {
        var c = a.coefficients.count >= b.coefficients.count ? a.coefficients : b.coefficients
        let other = a.coefficients.count >= b.coefficients.count ? b.coefficients : a.coefficients
        for (i, v) in other.enumerated() { c[i] += v }
        return Polynomial(c)
    }

    public static prefix func - (a: Polynomial) -> Polynomial { Polynomial(a.coefficients.map { -$0 }) }

    public static func - (a: Polynomial, b: Polynomial) -> Polynomial { a + (-b) }

    /// Schoolbook product on the primitive integer forms (no fraction is
    /// reduced inside the O(n·m) loop), rescaled once at the end.
    public static func * (a: Polynomial, b: Polynomial) -> Polynomial {
        if a.isZero || b.isZero { return .zero }
        let (ca, ia) = a.primitiveIntegerForm
        let (cb, ib) = b.primitiveIntegerForm
        var c = [BigInt](repeating: BigInt(0), count: ia.count + ib.count - 1)
        for (i, u) in ia.enumerated() where !u.isZero {
            for (j, v) in ib.enumerated() { c[i + j].addProduct(u, v) }
        }
        let scale = ca * cb
        return Polynomial(c.map { Rational($0) * scale })
    }

    public static func += (a: inout Polynomial, b: Polynomial) { a = a + b }
    public static func -= (a: inout Polynomial, b: Polynomial) { a = a - b }
    public static func *= (a: inout Polynomial, b: Polynomial) { a = a * b }

    /// c · self.
    public func scaled(by c: Rational) -> Polynomial {
        c.isZero ? .zero : Polynomial(coefficients.map { $0 * c })
    }
    public static func * (c: Rational, p: Polynomial) -> Polynomial { p.scaled(by: c) }
    public static func * (p: Polynomial, c: Rational) -> Polynomial { p.scaled(by: c) }

    /// selfᵏ for k ≥ 0 by repeated squaring (p⁰ = 1, also for p = 0).
    public func power(_ k: Int) -> Polynomial {
        precondition(k >= 0, "negative exponent for a polynomial")
        var result = Polynomial.one, base = self, e = k
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }

    /// Euclidean division: self = quotient · divisor + remainder with
    /// deg remainder < deg divisor; `nil` when the divisor is zero.
    public func divided(by divisor: Polynomial) -> (quotient: Polynomial, remainder: Polynomial)? {
        guard let inverseLead = divisor.leadingCoefficient.reciprocal else { return nil }
        let m = divisor.degree
        if degree < m { return (.zero, self) }
        var r = coefficients
        var q = [Rational](repeating: Rational(0), count: degree - m + 1)
        for k in stride(from: degree - m, through: 0, by: -1) {
            let t = r[k + m] * inverseLead
            if t.isZero { continue }
            q[k] = t
            for (j, d) in divisor.coefficients.enumerated() { r[k + j] -= t * d }
        }
        return (Polynomial(q), Polynomial(Array(r.prefix(m))))
    }

    /// self(inner(x)), by Horner's scheme in the polynomial ring.
    public func composed(with inner: Polynomial) -> Polynomial {
        var result = Polynomial.zero
        for c in coefficients.reversed() { result = result * inner + Polynomial(constant: c) }
        return result
    }

    /// The formal derivative.
    public var derivative: Polynomial {
        guard degree >= 1 else { return .zero }
        return Polynomial((1...degree).map { coefficients[$0] * Rational($0) })
    }
}
