import PropertyTesting
import Testing
import PropertyBased
@testable import ExactArithmetic

@Test func descriptionRoundTrips() async {
    await forAll(count: 200, input: polynomials) { p in
        #expect((try? Polynomial(parsing: p.description)) == p)
        #expect((try? Polynomial(parsing: p.description(variable: "t"))) == p)
    }
}

@Test func parsesTheUsualNotations() throws {
    let cases: [(String, [Rational])] = [
        ("x^3 - 2*x - 5", [-5, -2, 0, 1]),
        ("x^3-2x-5", [-5, -2, 0, 1]),
        ("3/2 x^2 + 0.25", [Rational(1, 4), 0, Rational(3, 2)]),
        ("-x^2", [0, 0, -1]),
        ("(x - 1)(x + 1)", [-1, 0, 1]),
        ("2(x+1)^2", [2, 4, 2]),
        ("-(y^2 - 2)/3", [Rational(2, 3), 0, Rational(-1, 3)]),
        ("0.1t", [0, Rational(1, 10)]),
        ("x/2 + 1/3", [Rational(1, 3), Rational(1, 2)]),
        ("2^10", [1024]),
        ("x^0", [1]),
        ("  7  ", [7]),
        ("0*x^5", []),
        ("x \u{2212} 1", [-1, 1]),
        ("3·x", [0, 3]),
        ("(2x)^3", [0, 0, 0, 8]),
        ("x^100000 - 1", [-1] + [Rational](repeating: 0, count: 99_999) + [1]),
    ]
    for (text, coefficients) in cases {
        #expect(try Polynomial(parsing: text) == Polynomial(coefficients), "\(text)")
    }
    #expect(Polynomial([-5, -2, 0, 1]).description == "x^3 - 2*x - 5")
    #expect(Polynomial([Rational(1, 4), 0, Rational(-3, 2)]).description == "-3/2*x^2 + 1/4")
    #expect(Polynomial.zero.description == "0")
}

@Test(arguments: [
    ("", "empty"),
    ("   ", "empty"),
    ("x^^2", "exponent"),
    ("x^-1", "negative exponent"),
    ("x^1.5", "fractional exponent"),
    ("x^100001", "too large"),
    ("x^99999999999999999999999", "too large"),
    ("(x+1)^10001", "above the limit"),
    ("x^2^3", "repeated '^'"),
    ("x*y", "second variable"),
    ("xy", "unknown name"),
    ("sin(x)", "unknown name"),
    ("x +", "unexpected end"),
    ("* x", "unexpected '*'"),
    ("(x + 1", "missing ')'"),
    ("x + 1)", "unbalanced ')'"),
    ("()", "empty parentheses"),
    ("2 3", "expected an operator"),
    ("1/0", "division by zero"),
    ("x/(x-x)", "division by zero"),
    ("1/x", "non-constant"),
    ("1.2.3", "malformed number"),
    ("x # 2", "unexpected '#'"),
])
func parseErrors(text: String, fragment: String) {
    #expect {
        _ = try Polynomial(parsing: text)
    } throws: { error in
        let message = "\(error)"
        return error is PolynomialParseError && message.contains(fragment) && !message.contains("\n")
    }
}
