/// The Sturm sequence of a polynomial: p₀ = p, p₁ = p′, pᵢ₊₁ = −(pᵢ₋₁ mod pᵢ),
/// each term scaled by a positive constant (which keeps the sign pattern)
/// to its primitive integer form.
///
/// Sturm's theorem: for a square-free p and a < b, the number of roots in
/// (a, b] is V(a) − V(b), where V(x) counts sign changes of p₀(x), p₁(x), …
/// with zeros skipped. A p with repeated factors is first replaced by its
/// square-free part, so counts are of distinct roots.
///
/// **Edge cases:** the zero polynomial gives an empty sequence (every
/// count 0); a constant gives [p] and counts 0.
public struct SturmSequence: Sendable {
    /// The terms, as primitive integer polynomials with positive scaling.
    public let polynomials: [Polynomial]
    private let integers: [[BigInt]]

    public init(_ p: Polynomial) {
        var terms: [Polynomial] = []
        if !p.isZero {
            terms = Self.chain(p)
            if let last = terms.last, last.degree > 0 {  // repeated factors: gcd(p, p′) = last term
                terms = Self.chain(p.divided(by: last)!.quotient)
            }
        }
        polynomials = terms
        integers = terms.map { $0.coefficients.map(\.numerator) }  // integer terms, signs kept
    }

    private static func chain(_ p: Polynomial) -> [Polynomial] {
        func normalized(_ q: Polynomial) -> Polynomial {
            let (content, ints) = q.primitiveIntegerForm
            return content.signum < 0 ? -Polynomial(ints) : Polynomial(ints)
        }
        var terms = [normalized(p)]
        var next = normalized(p.derivative)
        while !next.isZero {
            terms.append(next)
            let n = terms.count
            next = normalized(-terms[n - 2].divided(by: terms[n - 1])!.remainder)
        }
        return terms
    }

    /// Sign changes of the sequence at x, zeros skipped (exact).
    public func signVariations(at x: Rational) -> Int {
        var changes = 0, last = 0
        for c in integers {
            let s = IntegerPolynomial.sign(of: c, at: x)
            if s != 0 { if last != 0 && s != last { changes += 1 }; last = s }
        }
        return changes
    }

    /// The number of distinct roots in the half-open interval (a, b]; 0 when a ≥ b.
    public func countRoots(in a: Rational, _ b: Rational) -> Int {
        guard a < b else { return 0 }
        return signVariations(at: a) - signVariations(at: b)
    }
}

extension Polynomial {
    /// The Sturm sequence of the square-free part (see ``SturmSequence``).
    public var sturmSequence: SturmSequence { SturmSequence(self) }

    /// The number of distinct real roots in (lower, upper], by Sturm's theorem.
    ///
    /// **Edge cases:** throws ``RootFindingError/zeroPolynomial`` for the
    /// zero polynomial; 0 when lower ≥ upper.
    public func countRealRoots(in lower: Rational, _ upper: Rational) throws -> Int {
        guard !isZero else { throw RootFindingError.zeroPolynomial }
        return SturmSequence(self).countRoots(in: lower, upper)
    }
}
