import PropertyTesting
import Testing
import PropertyBased
@testable import ExactArithmetic

@Test func ringLaws() async {
    await forAll(count: 150, input: polynomials, polynomials, polynomials) { a, b, c in
        #expect(a + b == b + a)
        #expect(a * b == b * a)
        #expect((a + b) + c == a + (b + c))
        #expect((a * b) * c == a * (b * c))
        #expect(a * (b + c) == a * b + a * c)
        #expect(a - a == .zero)
        #expect(a * .one == a)
        #expect((a * b).degree == (a.isZero || b.isZero ? -1 : a.degree + b.degree))
    }
}

@Test func productMatchesEvaluation() async {
    await forAll(count: 150, input: polynomials, polynomials, rationals) { a, b, x in
        #expect((a * b).evaluate(at: x) == termwise(a, x) * termwise(b, x))
        #expect((a + b).evaluate(at: x) == termwise(a, x) + termwise(b, x))
        #expect(a.scaled(by: x).evaluate(at: x) == x * termwise(a, x))
    }
}

@Test func divisionIdentity() async {
    await forAll(count: 150, input: polynomials, polynomials) { a, b in
        guard let (q, r) = a.divided(by: b) else {
            #expect(b.isZero)
            return
        }
        #expect(q * b + r == a)
        #expect(r.degree < b.degree)
    }
}

@Test func divisionByZeroIsNil() {
    #expect(Polynomial([1, 2, 3]).divided(by: .zero) == nil)
    #expect(Polynomial.zero.divided(by: .zero) == nil)
}

@Test func leibnizRule() async {
    await forAll(count: 150, input: polynomials, polynomials) { a, b in
        #expect((a * b).derivative == a.derivative * b + a * b.derivative)
    }
}

@Test func compositionMatchesEvaluation() async {
    await forAll(count: 100, input: polynomials, polynomials, rationals) { a, b, x in
        #expect(a.composed(with: b).evaluate(at: x) == termwise(a, termwise(b, x)))
    }
}

@Test func powerMatchesRepeatedProduct() async {
    await forAll(count: 60, input: polynomials, Gen.int(in: 0...5)) { a, k in
        var product = Polynomial.one
        for _ in 0..<k { product = product * a }
        #expect(a.power(k) == product)
    }
}

@Test func rootsConstructor() async {
    await forAll(count: 80, input: rationals.array(of: 0...6), rationals) { roots, x in
        let p = Polynomial(roots: roots)
        #expect(p.degree == roots.count)
        #expect(p.leadingCoefficient == 1)
        var direct = Rational(1)
        for r in roots { direct *= x - r }
        #expect(p.evaluate(at: x) == direct)
    }
}

@Test func signAndIntervalEvaluation() async {
    await forAll(count: 150, input: polynomials, rationals) { p, x in
        let exact = termwise(p, x)
        #expect(p.sign(at: x) == exact.signum)
        let box = p.evaluate(at: RealInterval(x, precision: 80))
        #expect(box.contains(exact))
        // Nearest-rounded MPFR Horner at 200 bits is close to the exact value.
        let approx = p.evaluate(at: BigFloat(x, precision: 200)).exactRational!
        #expect((approx - exact).magnitude <= Rational(BigInt(1), BigInt(1) << 150) * (exact.magnitude + 1000))
    }
}

@Test func primitiveIntegerFormReconstructs() async {
    await forAll(count: 150, input: polynomials) { p in
        let (content, ints) = p.primitiveIntegerForm
        #expect(Polynomial(ints).scaled(by: content) == p)
        if !p.isZero {
            #expect(ints.last!.signum > 0)
            #expect(ints.reduce(BigInt(0)) { BigInt.gcd($0, $1) } == 1)
        }
    }
}

@Test func degreeConventions() {
    #expect(Polynomial.zero.degree == -1)
    #expect(Polynomial.zero.leadingCoefficient == 0)
    #expect(Polynomial([0, 0, 0]).isZero)
    #expect(Polynomial([5]).degree == 0)
    #expect(Polynomial([1, 2, 0, 0]).coefficients.count == 2)
    #expect(Polynomial.zero.power(0) == .one)
    #expect(Polynomial([3, 1]).derivative == .one)
    #expect(Polynomial([3]).derivative == .zero)
}
