import ExactArithmetic

/// Closed forms of §4.1.3, derived here (not copied from the text):
///
/// * Cross-polytope Σ|xᵢ| ≤ 1: circumradius 1 (the vertices ±eᵢ), inradius
///   1/√n (facet normals (±1,…,±1)/√n), so (R/ρ)² = n — eq. 4.5; 2ⁿ facets.
/// * Expanded simplex conv{eᵢ − eⱼ} ⊂ {Σy = 0} ⊂ ℝⁿ⁺¹: every vertex has
///   |y|² = 2; the facets are Σ_{i∈S} yᵢ ≤ 1 for the 2ⁿ⁺¹ − 2 proper non-empty
///   S, and the one with |S| = s lies at squared distance (n+1)/(s(n+1−s))
///   (the normal 1_S projected onto Σy = 0 has squared length s(n+1−s)/(n+1)).
///   The nearest facets have s = ⌊(n+1)/2⌋, so
///   (R/ρ)² = 2s(n+1−s)/(n+1) = n(n+2)/(2(n+1)) for even n, (n+1)/2 for odd n —
///   eq. 4.10–4.12. With R = 1 the facet of size s lies at squared distance
///   (n+1)/(2s(n+1−s)): eq. 4.6 with k = s, and Table 4.1 is its minimum.
public enum RadiusRatios {
    /// (R/ρ)² of the regular cross-polytope.
    public static func crossPolytope(_ n: Int) -> Rational { Rational(n) }

    /// (R/ρ)² of the uniform expanded n-simplex.
    public static func expandedSimplex(_ n: Int) -> Rational {
        let s = (n + 1) / 2
        return Rational(BigInt(2) * BigInt(s) * BigInt(n + 1 - s), BigInt(n + 1))
    }

    /// Eq. 4.12 as printed: (n(n+2) + ½(1 − (−1)ⁿ)) / (2(n+1)).
    public static func printedEq412(_ n: Int) -> Rational {
        Rational(BigInt(n) * BigInt(n + 2) + BigInt(n % 2), BigInt(2) * BigInt(n + 1))
    }

    /// Eq. 4.6 squared: distance² from the centre of eSₙ (circumradius 1) to a
    /// facet of size k, (n+1) / (2(kn − k(k−1))).
    public static func facetDistanceSquared(n: Int, k: Int) -> Rational {
        Rational(BigInt(n + 1), BigInt(2) * (BigInt(k) * BigInt(n) - BigInt(k) * BigInt(k - 1)))
    }

    /// Facet counts: 2ⁿ for the cross-polytope, 2ⁿ⁺¹ − 2 for eSₙ.
    public static func facets(_ c: AnnulusConstruction, _ n: Int) -> BigInt {
        switch c {
        case .crossPolytope: return BigInt(1) << n
        case .expandedSimplex: return (BigInt(1) << (n + 1)) - BigInt(2)
        }
    }

    /// Vertex counts: 2n and n(n + 1).
    public static func vertices(_ c: AnnulusConstruction, _ n: Int) -> BigInt {
        switch c {
        case .crossPolytope: return BigInt(2 * n)
        case .expandedSimplex: return BigInt(n) * BigInt(n + 1)
        }
    }

    public static func ratioSquared(_ c: AnnulusConstruction, _ n: Int) -> Rational {
        c == .crossPolytope ? crossPolytope(n) : expandedSimplex(n)
    }

    /// Table 4.1 as printed (line 1291 of the text): the inner radius of eSₙ
    /// with circumradius 1 as √(p/q), unreduced, n = 2…10, and its two-digit value.
    public static let printedTable41: [(n: Int, p: Int, q: Int, approx: String)] = [
        (2, 3, 4, "0.87"), (3, 4, 8, "0.71"), (4, 5, 12, "0.64"), (5, 6, 18, "0.58"), (6, 7, 24, "0.54"),
        (7, 8, 32, "0.5"), (8, 9, 40, "0.47"), (9, 10, 50, "0.45"), (10, 11, 60, "0.43"),
    ]

    /// √q truncated to `digits` decimals (every printed digit correct).
    public static func sqrtDecimal(_ q: Rational, digits: Int) -> String {
        let scale = BigInt(10).power(2 * digits)
        let root = (q.numerator * scale / q.denominator).squareRootFloor()
        var s = root.description
        if digits == 0 { return s }
        while s.count <= digits { s = "0" + s }
        return String(s.dropLast(digits)) + "." + String(s.suffix(digits))
    }

    /// √q rounded to `digits` decimals (ties cannot occur for irrational √q; for
    /// a rational root the exact half rounds up), trailing zeros dropped as the
    /// dissertation prints them ("0.5").
    public static func sqrtRounded(_ q: Rational, digits: Int) -> String {
        let scale = BigInt(10).power(2 * (digits + 1))
        let r = (q.numerator * scale / q.denominator).squareRootFloor()   // √q · 10^(digits+1), floored
        let rounded = (r + BigInt(5)) / BigInt(10)
        var s = rounded.description
        while s.count <= digits { s = "0" + s }
        var frac = String(s.suffix(digits))
        while frac.hasSuffix("0") { frac.removeLast() }
        let whole = String(s.dropLast(digits))
        return frac.isEmpty ? whole : whole + "." + frac
    }

    /// Eq. 4.15–4.17 for even n (all exact): the shell volume of the
    /// cross-polytope's spheres over that of eSₙ's at ρ = 1,
    /// (n^(n/2) − 1) / (((R/ρ)²_eS)^(n/2) − 1).
    public static func shellVolumeRatio(evenN n: Int) -> Rational {
        precondition(n >= 2 && n % 2 == 0)
        let q = expandedSimplex(n)
        return Rational(BigInt(n).power(n / 2) - BigInt(1)) / (q.power(n / 2)! - Rational(1))
    }
}
