import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import RandomBackprop

/// The Taylor integrator against closed-form solutions, computed independently in MPFR.
private let bits = 256

private func field1(_ f: MultiPolynomial) -> PolynomialVectorField { PolynomialVectorField(names: ["x"], components: [f]) }
private let x = MultiPolynomial.variable(0, of: 1)
private let one = MultiPolynomial(constant: 1, variableCount: 1)
private func close(_ a: BigFloat, _ b: BigFloat, digits: Int) -> Bool {
    let d = (a - b).magnitude
    return d.compare(to: Rational(BigInt(1), BigInt(10).power(digits))) < 0
}

@Test func exponentialDecayMatchesExp() {
    let integrator = TaylorIntegrator(field: field1(-x), precision: bits, toleranceDigits: 70)
    for t in [Rational(1), Rational(5, 2), Rational(10)] {
        let r = integrator.integrate(from: [1], to: t)
        #expect(r.outcome == .reachedTime)
        #expect(r.time.compare(to: t) == 0)
        let exact = (-BigFloat(t, precision: bits)).exp()
        #expect(close(r.state[0], exact, digits: 65), "t = \(t): \(r.state[0]) vs \(exact)")
    }
}

@Test func quadraticBlowsUpAtTheRightTime() {
    // x' = x², x(0) = 1/2: x(t) = 1/(2 − t); x(1) = 1 exactly, singular at t = 2.
    let integrator = TaylorIntegrator(field: field1(x * x), precision: bits, toleranceDigits: 60)
    let r = integrator.integrate(from: [Rational(1, 2)], to: 1)
    #expect(close(r.state[0], BigFloat(1, precision: bits), digits: 55))
    let b = integrator.integrate(from: [Rational(1, 2)], to: 5)
    #expect(b.outcome == .blowUp(variable: 0, direction: 1))
    // Stopped at |x| > 2^200, i.e. within 2^-200 + tolerance of t = 2.
    #expect(close(b.time, BigFloat(2, precision: bits), digits: 50))
    let neg = integrator.integrate(from: [Rational(-1)], to: 5)
    #expect(neg.outcome == .reachedTime)  // x = −1/(1 + t) decays, no blow-up
    #expect(close(neg.state[0], BigFloat(Rational(-1, 6), precision: bits), digits: 55))
}

@Test func logisticMatchesClosedFormAndConverges() {
    // x' = x(1 − x), x(0) = 1/4: x(t) = 1 / (1 + 3 e^{−t}).
    let integrator = TaylorIntegrator(field: field1(x * (one - x)), precision: bits, toleranceDigits: 70)
    let r = integrator.integrate(from: [Rational(1, 4)], to: 3)
    let e = (BigFloat(-3, precision: bits)).exp()
    let exact = BigFloat(1, precision: bits) / (BigFloat(1, precision: bits) + BigFloat(3, precision: bits) * e)
    #expect(close(r.state[0], exact, digits: 65))
    let eq = integrator.integrateToEquilibrium(from: [Rational(1, 4)], residualDigits: 50)
    #expect(eq.outcome == .converged)
    #expect(close(eq.state[0], BigFloat(1, precision: bits), digits: 49))
}

@Test func oscillatorMatchesSineAndCosine() {
    // x' = y, y' = −x from (1, 0) is (cos t, −sin t): at t = π (MPFR's π, exact rational) it is (−1, 0).
    let f = PolynomialVectorField(names: ["x", "y"], components: [.variable(1, of: 2), -MultiPolynomial.variable(0, of: 2)])
    let integrator = TaylorIntegrator(field: f, precision: bits, toleranceDigits: 70)
    let pi = BigFloat.pi(precision: bits).exactRational!
    let r = integrator.integrate(from: [1, 0], to: pi)
    #expect(close(r.state[0], BigFloat(-1, precision: bits), digits: 65))
    #expect(close(r.state[1], BigFloat(0, precision: bits), digits: 65))
}

@Test func zeroFieldConvergesImmediately() {
    let f = PolynomialVectorField(names: ["x"], components: [MultiPolynomial(variableCount: 1)])
    let r = TaylorIntegrator(field: f).integrateToEquilibrium(from: [Rational(3, 7)], residualDigits: 30)
    #expect(r.outcome == .converged && r.steps == 0)
    #expect((r.state[0].exactRational! - Rational(3, 7)).magnitude < Rational(BigInt(1), BigInt(10).power(70)))
}

@Test func linearDecayPropertyMatchesExp() async {
    // x' = −λx for random rational λ ∈ (0, 4], x(0) random: x(1) = x(0) e^{−λ}.
    await forAll(count: 20, input: Gen.int(in: 1...40), Gen.int(in: -50...50)) { l, x0 in
        let lambda = Rational(l, 10)
        let integrator = TaylorIntegrator(field: field1(-lambda * x), precision: bits, toleranceDigits: 60)
        let r = integrator.integrate(from: [Rational(x0, 7)], to: 1)
        let exact = BigFloat(Rational(x0, 7), precision: bits) * (-BigFloat(lambda, precision: bits)).exp()
        #expect(close(r.state[0], exact, digits: 55))
    }
}
