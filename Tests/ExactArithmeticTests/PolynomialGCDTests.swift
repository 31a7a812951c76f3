import PropertyTesting
import Testing
import PropertyBased
@testable import ExactArithmetic

/// Distinct small rational roots for building factors with known gcds.
let distinctRoots = rationals.array(of: 0...4).map { Array(Set($0)) }

@Test func gcdOfKnownFactors() async {
    await forAll(count: 100, input: distinctRoots, distinctRoots, distinctRoots) { common, left, right in
        // Remove overlaps so that gcd(A·B, A·C) = A exactly.
        let b = left.filter { !common.contains($0) }
        let c = right.filter { !common.contains($0) && !b.contains($0) }
        let a = Polynomial(roots: common)
        let f = a * Polynomial(roots: b) * Polynomial([Rational(3, 2)])
        let g = a * Polynomial(roots: c) * Polynomial([Rational(-5)])
        #expect(Polynomial.gcd(f, g) == a)
    }
}

@Test func gcdDividesBoth() async {
    await forAll(count: 150, input: polynomials, polynomials) { f, g in
        let d = Polynomial.gcd(f, g)
        if f.isZero && g.isZero { #expect(d.isZero); return }
        #expect(d.leadingCoefficient == 1)
        #expect(f.divided(by: d)!.remainder.isZero)
        #expect(g.divided(by: d)!.remainder.isZero)
    }
}

@Test func squareFreePartOfKnownPowers() async {
    await forAll(count: 80, input: distinctRoots, Gen.int(in: 1...3).array(of: 4)) { roots, multiplicities in
        var p = Polynomial([Rational(7, 3)])
        for (r, m) in zip(roots, multiplicities) { p *= Polynomial([-r, 1]).power(m) }
        let expected = Polynomial(roots: roots)
        #expect(p.squareFreePart.monic == expected)
        let repeated = zip(roots, multiplicities).contains { $0.1 > 1 }
        #expect(p.isSquareFree == !repeated)
    }
}

@Test func modularSquareFreenessIsSound() async {
    // The modular test may only answer "square-free" when the exact gcd agrees.
    await forAll(count: 150, input: polynomials) { p in
        guard p.degree >= 1 else { return }
        if IntegerPolynomial.isSquareFreeModularly(p.primitiveIntegerForm.integers) {
            #expect(Polynomial.gcd(p, p.derivative).degree == 0)
        }
    }
}

@Test func gcdEdgeCases() {
    let p = Polynomial([2, 4])
    #expect(Polynomial.gcd(p, .zero) == Polynomial([Rational(1, 2), 1]))
    #expect(Polynomial.gcd(.zero, .zero) == .zero)
    #expect(Polynomial.zero.squareFreePart == .zero)
    #expect(!Polynomial.zero.isSquareFree)
    #expect(Polynomial([4]).isSquareFree)
}
