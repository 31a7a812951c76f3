import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import RandomBackprop

/// Root isolation as RandomBackprop uses it, against polynomials with known roots.
@Test func isolatedRootsOfKnownProducts() throws {
    let cases: [[Rational]] = [[1, 2, 3], [0, Rational(1, 2), -3], [-1, 0, 1, 5], [Rational(2, 3), Rational(-7, 5)]]
    for roots in cases {
        let q = Polynomial(roots: roots) * Polynomial([2, 0, 1])  // x² + 2 adds no real root
        let found = try IsolatedRoot.roots(of: q).map { try $0.refined(digits: 20) }
        let sorted = roots.sorted()
        #expect(found.count == sorted.count, "\(roots)")
        for (r, expected) in zip(found, sorted) { #expect(r.contains(expected), "\(roots): \(r.lower)…\(r.upper)") }
    }
}

@Test func isolatedRootsCertifyDigits() async {
    // x² − k: the positive root's certified digits agree with MPFR's √k.
    await forAll(count: 30, input: Gen.int(in: 2...500)) { k in
        let roots = try! IsolatedRoot.roots(of: Polynomial([Rational(-k), 0, 1]))
        #expect(roots.count == 2)
        let r = try! roots[1].refined(digits: 40)
        let sqrt = BigFloat(k, precision: 300).squareRoot()
        #expect(r.certifiedDigits(40) == RealInterval(lower: sqrt, upper: sqrt).certifiedDigits(40))
    }
}
