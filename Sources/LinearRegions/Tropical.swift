import ExactArithmetic

/// A tropical polynomial in the max-plus semiring (dissertation §5.4,
/// eq. 5.17–5.20): the maximum of finitely many affine terms a·x + c
/// (a monomial c ⊗ x^{⊙a}). Integer exponents are not required: rational
/// weights give rational "exponents", as in the rational-weight
/// equivalence of §5.4.
public struct TropicalPolynomial: Sendable, Hashable {
    public private(set) var terms: [AffineFunction]

    public init(_ terms: [AffineFunction]) {
        precondition(!terms.isEmpty)
        self.terms = terms
    }

    /// The constant c (one term).
    public static func constant(_ c: Rational, dimension d: Int) -> TropicalPolynomial {
        TropicalPolynomial([AffineFunction([Rational](repeating: Rational(), count: d), c)])
    }

    public func value(at x: [Rational]) -> Rational { terms.map { $0.value(at: x) }.max()! }

    /// Tropical product F ⊙ G = F + G: all sums of terms.
    public static func + (f: TropicalPolynomial, g: TropicalPolynomial) -> TropicalPolynomial {
        TropicalPolynomial(f.terms.flatMap { s in g.terms.map { t in AffineFunction(zip(s.a, t.a).map { $0 + $1 }, s.b + t.b) } }).pruned()
    }

    /// Tropical sum F ⊕ G = max(F, G): the union of terms.
    public static func max(_ f: TropicalPolynomial, _ g: TropicalPolynomial) -> TropicalPolynomial {
        TropicalPolynomial(f.terms + g.terms).pruned()
    }

    /// k·F for k ≥ 0 (k = 0 gives the constant 0).
    public func scaled(by k: Rational) -> TropicalPolynomial {
        precondition(k.signum >= 0)
        if k.isZero { return .constant(Rational(), dimension: terms[0].a.count) }
        return TropicalPolynomial(terms.map { $0.scaled(by: k) })
    }

    public func adding(_ c: Rational) -> TropicalPolynomial {
        TropicalPolynomial(terms.map { AffineFunction($0.a, $0.b + c) })
    }

    /// Drops terms that are never strictly the maximum (same slope and a
    /// lower constant, or no point where they beat every other term, decided
    /// by exact strict-inequality LP); the function is unchanged.
    public func pruned() -> TropicalPolynomial {
        var best: [[Rational]: Rational] = [:]
        for t in terms where best[t.a].map({ $0 < t.b }) ?? true { best[t.a] = t.b }
        let distinct = best.map { AffineFunction($0.key, $0.value) }.sorted { $0.a.lexicographicallyPrecedes($1.a) || ($0.a == $1.a && $0.b < $1.b) }
        guard distinct.count > 1 else { return TropicalPolynomial(distinct) }
        let d = distinct[0].a.count
        let kept = distinct.enumerated().filter { i, t in
            let constraints = distinct.enumerated().filter { $0.offset != i }.map { _, s in
                LinearConstraint(zip(t.a, s.a).map { $0 - $1 }, .greaterThan, s.b - t.b)
            }
            if case .feasible = LinearProgram.feasibility(constraints, variables: d) { return true }
            return false
        }.map(\.element)
        return TropicalPolynomial(kept)
    }
}

/// A network as a tropical rational function F ⊘ G = F − G per output
/// (eq. 5.24), built layer by layer (Zhang, Naitzat and Lim): with
/// W = W⁺ − W⁻ and h = F − G, a layer's pre-activation is
/// (W⁺F + W⁻G + b) − (W⁺G + W⁻F) = P − Q, and ReLU(P − Q) = max(P, Q) − Q.
public struct TropicalRational: Sendable {
    public let numerator: TropicalPolynomial
    public let denominator: TropicalPolynomial

    public func value(at x: [Rational]) -> Rational { numerator.value(at: x) - denominator.value(at: x) }
}

extension ReLUNetwork {
    /// F − G for every output. ReLU only (leaky ReLU is not a difference of
    /// this form with the same recursion; it throws).
    /// **Edge cases:** term counts grow exponentially with width; pruning
    /// keeps only terms that are the strict maximum somewhere.
    public func tropicalForm() throws -> [TropicalRational] {
        guard activation == .relu else { throw NetworkError("the tropical form is built for ReLU networks") }
        let d = inputDimension
        var h = (0..<d).map { j in
            TropicalRational(numerator: TropicalPolynomial([AffineFunction.coordinate(j, d)]), denominator: .constant(Rational(), dimension: d))
        }
        for (l, layer) in layers.enumerated() {
            h = zip(layer.weight, layer.bias).map { row, b in
                var p = TropicalPolynomial.constant(b, dimension: d), q = TropicalPolynomial.constant(Rational(), dimension: d)
                for (w, u) in zip(row, h) where !w.isZero {
                    if w.signum > 0 {
                        p = p + u.numerator.scaled(by: w)
                        q = q + u.denominator.scaled(by: w)
                    } else {
                        p = p + u.denominator.scaled(by: -w)
                        q = q + u.numerator.scaled(by: -w)
                    }
                }
                return l == layers.count - 1 ? TropicalRational(numerator: p, denominator: q)
                                             : TropicalRational(numerator: .max(p, q), denominator: q)
            }
        }
        return h
    }
}
