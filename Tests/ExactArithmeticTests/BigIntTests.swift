import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic

@Suite struct BigIntTests {
    @Test func agreesWithIntWhereIntDoesNotOverflow() async {
        await forAll(count: 300, input: Gen.int(), Gen.int()) { a, b in
            let x = BigInt(a), y = BigInt(b)
            let (s, so) = a.addingReportingOverflow(b)
            if !so { #expect(x + y == BigInt(s)) } else { #expect((x + y).exactInt == nil) }
            let (d, dro) = a.subtractingReportingOverflow(b)
            if !dro { #expect(x - y == BigInt(d)) } else { #expect((x - y).exactInt == nil) }
            let (p, po) = a.multipliedReportingOverflow(by: b)
            if !po { #expect(x * y == BigInt(p)) } else { #expect((x * y).exactInt == nil) }
            if b != 0 && !(a == .min && b == -1) {
                #expect(x / y == BigInt(a / b))
                #expect(x % y == BigInt(a % b))
            }
            #expect((x < y) == (a < b))
            #expect((x == y) == (a == b))
            #expect(x.exactInt == a)
        }
    }

    @Test func ringLawsOnLargeValues() async {
        await forAll(count: 200, input: Gen.int(), Gen.int(), Gen.int(in: 0...200)) { a, b, k in
            let x = BigInt(a) * BigInt(b) * BigInt(a | 1).power(k % 5)
            let y = BigInt(b) << k, z = BigInt(a) - (BigInt(1) << (k + 64))
            #expect((x + y) + z == x + (y + z))
            #expect(x * (y + z) == x * y + x * z)
            #expect(x * y == y * x)
            #expect((x * y) * z == x * (y * z))
            #expect(x - x == 0)
            #expect(-(-x) == x)
            var acc = x
            acc.addProduct(y, z)
            #expect(acc == x + y * z)
            acc.subtractProduct(y, z)
            #expect(acc == x)
            if let (q, r) = x.quotientAndRemainder(dividingBy: z) {
                #expect(q * z + r == x)
                #expect(r.magnitude < z.magnitude)
                #expect(r.isZero || r.signum == x.signum)
            }
            let (fq, fr) = x.floorDivided(by: z)
            #expect(fq * z + fr == x && (fr.isZero || fr.signum == z.signum))
            #expect((x * z).exactlyDivided(by: z) == x)
            let g = BigInt.gcd(x, y)
            if !g.isZero { #expect((x % g).isZero && (y % g).isZero && BigInt.gcd(x.exactlyDivided(by: g), y.exactlyDivided(by: g)) == 1) }
            #expect(BigInt.gcd(x, y) * BigInt.lcm(x, y) == (x * y).magnitude)
        }
    }

    @Test func aliasingAndCopyOnWrite() async {
        await forAll(count: 200, input: Gen.int(), Gen.int(in: 0...100)) { a, k in
            let original = BigInt(a) << k
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
            var v = original
            v.addProduct(v, v)
            #expect(v == original + original * original)
        }
    }

    @Test func stringRoundTrips() async {
        await forAll(count: 200, input: Gen.int(), Gen.int(in: 0...300)) { a, k in
            let x = BigInt(a) * (BigInt(3).power(k))
            #expect(BigInt(x.description) == x)
            let hex = (x.isNegative ? "-0x" : "0x") + x.magnitude.toString(radix: 16)
            #expect(BigInt(hex) == x)
            let bin = (x.isNegative ? "-0b" : "0b") + x.magnitude.toString(radix: 2)
            #expect(BigInt(bin) == x)
            #expect(BigInt(String(a)) == BigInt(a))
        }
        #expect(BigInt("1_000_000") == 1_000_000)
        for bad in ["", "-", "+", "0x", "12a", "1 2", "+-3", "0b102", "1.0", "--1", "0xg"] { #expect(BigInt(bad) == nil, "\(bad)") }
    }

    @Test func doubleConversions() async {
        await forAll(count: 300, input: Gen.int(), Gen.int(in: 0...400)) { a, k in
            // Exact: every finite integral double is an integer.
            let d = Double(a) * Double(sign: .plus, exponent: k, significand: 1)
            let n = BigInt(exactly: d)!
            #expect(Double(n) == d)
            #expect(Rational(n) == Rational(exactly: d)!)
            // Correct rounding of an arbitrary big integer: no double is nearer.
            let big = (BigInt(a) << k) + BigInt(k * 7919 + 1)
            let r = Double(big)
            let q = Rational(big)
            let dist = (Rational(exactly: r)! - q).magnitude
            #expect(dist <= (Rational(exactly: r.nextUp)! - q).magnitude)
            #expect(dist <= (Rational(exactly: r.nextDown)! - q).magnitude)
        }
        #expect(BigInt(exactly: 0.5) == nil)
        #expect(BigInt(exactly: .nan) == nil && BigInt(exactly: .infinity) == nil)
        #expect(BigInt(truncating: -2.75) == -2)
        #expect(BigInt(exactly: 0x1p70) == BigInt(1) << 70)
        // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: ties go to even.
        #expect(Double((BigInt(1) << 53) + 1) == 0x1p53)
        #expect(Double((BigInt(1) << 53) + 3) == 0x1p53 + 4)
    }

    @Test func combinatorics() async {
        await forAll(count: 60, input: Gen.int(in: 0...40), Gen.int(in: -3...45)) { n, k in
            let pascal = k < 0 || k > n ? BigInt(0)
                : (n == 0 || k == 0 || k == n ? BigInt(1) : BigInt.binomial(n - 1, k - 1) + BigInt.binomial(n - 1, k))
            #expect(BigInt.binomial(n, k) == pascal)
            if (0...n).contains(k) {
                #expect(BigInt.binomial(n, k) * BigInt.factorial(k) * BigInt.factorial(n - k) == BigInt.factorial(n))
            }
        }
        #expect(BigInt.factorial(20) == 2_432_902_008_176_640_000)
        #expect(BigInt(-2).power(63) == BigInt(Int.min))
        #expect((BigInt(10).power(40) + 1).squareRootFloor() == BigInt(10).power(20))
    }
}
