import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic

private func isCanonical(_ q: Rational) -> Bool {
    q.denominator > 0 && BigInt.gcd(q.numerator, q.denominator) == 1
}

@Suite struct RationalTests {
    /// a/b ∘ c/d against the same formulas in checked Int arithmetic.
    @Test func agreesWithIntFractions() async {
        await forAll(count: 300, input: Gen.int(in: -1_000_000...1_000_000), Gen.int(in: 1...1_000_000),
                            Gen.int(in: -1_000_000...1_000_000), Gen.int(in: 1...1_000_000)) { a, b, c, d in
            let x = Rational(a, b), y = Rational(c, d)
            #expect(x + y == Rational(a * d + c * b, b * d))
            #expect(x - y == Rational(a * d - c * b, b * d))
            #expect(x * y == Rational(a * c, b * d))
            if c != 0 { #expect(x / y == Rational(a * d, b * c)) }
            #expect((x < y) == (a * d < c * b))
            #expect(isCanonical(x + y) && isCanonical(x * y))
            let (fq, _) = a.quotientAndRemainder(dividingBy: b)
            let floor = a < 0 && a % b != 0 ? fq - 1 : fq
            #expect(x.floor == BigInt(floor))
            #expect(x.ceiling == -((-x).floor))
        }
    }

    @Test func fieldLaws() async {
        await forAll(count: 200, input: Gen.int(), Gen.int(in: 1...Int.max), Gen.int(), Gen.int(in: 1...Int.max)) { a, b, c, d in
            let x = Rational(a, b), y = Rational(c, d), z = x * x - y
            #expect((x + y) + z == x + (y + z))
            #expect(x * (y + z) == x * y + x * z)
            #expect(x * y == y * x)
            #expect(x + (-x) == 0)
            if let inv = x.reciprocal { #expect(x * inv == 1) } else { #expect(x == 0) }
            if !y.isZero { #expect((x / y) * y == x) }
            #expect(x.power(3)! == x * x * x)
            if !x.isZero { #expect(x.power(-2)! * x * x == 1) }
            #expect(isCanonical(z))
            #expect(Rational(x.numerator, x.denominator) == x)
        }
        #expect(Rational(0).power(-1) == nil)
        #expect(Rational(0).reciprocal == nil)
        #expect(Rational(numerator: 1, denominator: 0) == nil)
        #expect(Rational(6, -4) == Rational(-3, 2))
    }

    @Test func aliasing() async {
        await forAll(count: 200, input: Gen.int(), Gen.int(in: 1...Int.max)) { a, b in
            let original = Rational(a, b)
            var x = original
            x = x * x
            #expect(x == original * original)
            var y = original
            let copy = y
            y += y
            #expect(y == original * 2 && copy == original)
            var z = original
            z *= z
            #expect(z == original * original)
            var w = original
            w -= w
            #expect(w == 0)
            if !original.isZero {
                var v = original
                v /= v
                #expect(v == 1)
            }
        }
    }

    @Test func stringRoundTripsAndParsing() async throws {
        await forAll(count: 200, input: Gen.int(), Gen.int(in: 1...Int.max)) { a, b in
            let x = Rational(a, b)
            #expect(Rational(x.description) == x)
            #expect(try! Rational.parse(x.description) == x)
            // A terminating decimal reads back exactly.
            let d = Rational(a, 1 << (b % 20))
            let (text, exact) = d.decimal(digits: 20)
            #expect(exact)
            #expect(Rational(text) == d)
        }
        #expect(Rational("-3/7") == Rational(-3, 7))
        #expect(Rational("1.25") == Rational(5, 4))
        #expect(Rational("-2.5e-3") == Rational(-1, 400))
        #expect(Rational("1e10") == Rational(10_000_000_000))
        #expect(Rational(".5") == Rational(1, 2))
        #expect(Rational(" 7/14 ") == Rational(1, 2))
        #expect(Rational(1, 3).decimal(digits: 3) == ("0.333", false))
        #expect(Rational(-2, 3).decimal(digits: 2) == ("-0.67", false))
        for bad in ["", "abc", "1/0", "1.2.3", "e5", "1e", "--1", "1/", "/2", "1e999999", "0x10", "1/2/3"] {
            #expect(throws: RationalParseError.self, "\(bad)") { try Rational.parse(bad) }
            #expect(Rational(bad) == nil)
        }
    }

    @Test func doubleConversions() async {
        await forAll(count: 300, input: Gen.int(), Gen.int(in: 1...Int.max)) { bits, b in
            // Every finite double is an exact rational and converts back.
            let d = Double(bitPattern: UInt64(bitPattern: Int64(bits)))
            if d.isFinite {
                let q = Rational(exactly: d)!
                #expect(Double(q) == d)
            } else {
                #expect(Rational(exactly: d) == nil)
            }
            // Correct rounding: no neighbour of Double(q) is nearer to q.
            let q = Rational(bits, b)
            let r = Double(q)
            let dist = (Rational(exactly: r)! - q).magnitude
            #expect(dist <= (Rational(exactly: r.nextUp)! - q).magnitude)
            #expect(dist <= (Rational(exactly: r.nextDown)! - q).magnitude)
        }
        #expect(Double(Rational(1, 3)) == 1.0 / 3.0)
        #expect(Rational(exactly: 0.1) == Rational(3_602_879_701_896_397, 36_028_797_018_963_968))
    }
}
