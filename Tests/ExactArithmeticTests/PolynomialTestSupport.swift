import PropertyBased
@testable import ExactArithmetic

/// Random polynomials of degree ≤ 6 with coefficients n/d, |n| ≤ 6, 1 ≤ d ≤ 4
/// (the zero polynomial included).
let polynomials = zip(Gen.int(in: -6...6).array(of: 0...7), Gen.int(in: 1...4).array(of: 7))
    .map { nums, dens in Polynomial(zip(nums, dens).map { Rational($0, $1) }) }

/// Random rationals n/d with |n| ≤ 30, 1 ≤ d ≤ 7.
let rationals = zip(Gen.int(in: -30...30), Gen.int(in: 1...7)).map { Rational($0, $1) }

/// Σ cᵢ xⁱ term by term with exact powers: an evaluation independent of Horner.
func termwise(_ p: Polynomial, _ x: Rational) -> Rational {
    var sum = Rational(0)
    for (i, c) in p.coefficients.enumerated() { sum += c * x.power(i)! }
    return sum
}

/// A polynomial whose real roots are known: linear factors (dx − n) and
/// quadratics (x − a)² − b (roots a ± √b, b not a square) or (x − a)² + b
/// (no real root), described by a seed of small integers.
struct KnownRoots {
    var polynomial = Polynomial.one
    var rational: [Rational] = []
    /// Roots a + s·√b with s = ±1.
    var quadratic: [(a: Rational, b: Int, s: Int)] = []

    var realRootCount: Int { rational.count + quadratic.count }

    /// Whether the closed interval [lo, hi] contains a + s√b, decided by comparing squares.
    static func contains(_ lo: Rational, _ hi: Rational, a: Rational, b: Int, s: Int) -> Bool {
        // lo ≤ a + s√b  ⇔  s√b ≥ lo − a ;  a + s√b ≤ hi ⇔ s√b ≤ hi − a
        atMost(lo - a, s: s, b: b) && atLeast(hi - a, s: s, b: b)
    }
    /// t ≤ s√b
    static func atMost(_ t: Rational, s: Int, b: Int) -> Bool {
        s > 0 ? (t.signum <= 0 || t * t <= Rational(b)) : (t.signum < 0 && t * t >= Rational(b))
    }
    /// t ≥ s√b
    static func atLeast(_ t: Rational, s: Int, b: Int) -> Bool {
        s > 0 ? (t.signum >= 0 && t * t >= Rational(b)) : (t.signum >= 0 || t * t <= Rational(b))
    }
}

let nonSquares = [2, 3, 5, 6, 7, 10, 11, 13]

/// Builds a square-free product from the seed: distinct rational roots,
/// quadratic-irrational pairs with distinct a, and rootless quadratics.
func knownRoots(linear: [Int], quadratics: [Int], rootless: Int) -> KnownRoots {
    var k = KnownRoots()
    var seen = Set<Rational>()
    for (i, v) in linear.enumerated() {
        let r = Rational(v, 1 + i % 3)
        if seen.insert(r).inserted {
            k.rational.append(r)
            k.polynomial *= Polynomial([-r, 1])
        }
    }
    var usedA = Set<Int>()
    for (i, v) in quadratics.enumerated() where usedA.insert(v).inserted {
        let a = Rational(v), b = nonSquares[i % nonSquares.count]
        k.quadratic += [(a, b, 1), (a, b, -1)]
        k.polynomial *= Polynomial([a * a - Rational(b), -2 * a, 1])
    }
    for j in 0..<rootless {
        k.polynomial *= Polynomial([Rational(j * j + 1), Rational(2 * j), 1])  // (x + j)² + 1
    }
    return k
}
