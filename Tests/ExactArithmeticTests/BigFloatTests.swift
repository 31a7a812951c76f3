import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic

/// The gap from a positive p-bit float x = m·2^e (1/2 ≤ m < 1) to the next
/// larger p-bit float: 2^(e − p).
private func ulpAbove(_ x: BigFloat, precision p: Int) -> Rational {
    Rational(1).scaled(byPowerOfTwo: x.exponent - p)
}

@Suite struct BigFloatTests {
    /// down ≤ q ≤ up, down and up are neighbours (or equal when q is
    /// representable), and nearest is one of them and no farther than the other.
    @Test func roundingBracketsTheExactRational() async {
        await forAll(count: 300, input: Gen.int(in: 1...Int.max), Gen.int(in: 1...Int.max), Gen.int(in: 2...200)) { a, b, p in
            let q = Rational(a, b)
            let down = BigFloat(q, precision: p, rounding: .down), up = BigFloat(q, precision: p, rounding: .up)
            let near = BigFloat(q, precision: p, rounding: .nearest)
            let lo = down.exactRational!, hi = up.exactRational!, mid = near.exactRational!
            #expect(lo <= q && q <= hi)
            #expect(down.precision == p)
            if lo == hi { #expect(lo == q) } else { #expect(hi - lo == ulpAbove(down, precision: p)) }
            #expect(mid == lo || mid == hi)
            #expect((mid - q).magnitude <= (lo - q).magnitude && (mid - q).magnitude <= (hi - q).magnitude)
            // Negation mirrors the directions.
            #expect(BigFloat(-q, precision: p, rounding: .down) == -up)
            #expect(BigFloat(-q, precision: p, rounding: .towardZero) == -down)
            #expect(BigFloat(-q, precision: p, rounding: .awayFromZero) == -up)
        }
    }

    /// Directed operations enclose the exact result of the same operation
    /// on the operands' exact values.
    @Test func directedOperationsEncloseExactResults() async {
        await forAll(count: 200, input: Gen.int(), Gen.int(in: 1...Int.max), Gen.int(), Gen.int(in: 1...Int.max), Gen.int(in: 2...120)) { a, b, c, d, p in
            let x = BigFloat(Rational(a, b), precision: 100), y = BigFloat(Rational(c, d), precision: 90)
            let ex = x.exactRational!, ey = y.exactRational!
            func encloses(_ f: (Rounding) -> BigFloat, _ exact: Rational) -> Bool {
                f(.down).exactRational! <= exact && exact <= f(.up).exactRational!
            }
            #expect(encloses({ x.adding(y, precision: p, rounding: $0) }, ex + ey))
            #expect(encloses({ x.subtracting(y, precision: p, rounding: $0) }, ex - ey))
            #expect(encloses({ x.multiplied(by: y, precision: p, rounding: $0) }, ex * ey))
            if !ey.isZero { #expect(encloses({ x.divided(by: y, precision: p, rounding: $0) }, ex / ey)) }
            let m = x.magnitude, em = ex.magnitude
            let sd = m.squareRoot(precision: p, rounding: .down).exactRational!, su = m.squareRoot(precision: p, rounding: .up).exactRational!
            #expect(sd * sd <= em && em <= su * su)
            #expect(x.power(3, precision: p, rounding: .down).exactRational! <= ex * ex * ex)
            #expect(x.power(3, precision: p, rounding: .up).exactRational! >= ex * ex * ex)
            #expect(x.compare(to: ex) == 0 && x.compare(to: ex + Rational(1, 1 << 62)) < 0)
        }
    }

    @Test func conversionsAndStrings() async {
        await forAll(count: 200, input: Gen.int()) { bits in
            let d = Double(bitPattern: UInt64(bitPattern: Int64(bits)))
            guard d.isFinite else { return }
            let f = BigFloat(d, precision: 53)
            #expect(f.doubleValue == d)
            #expect(f.exactRational == Rational(exactly: d))
            // Enough digits to round-trip.
            #expect(Double(f.description).map { $0 == d } ?? false)
        }
        #expect(BigFloat(1, precision: 10).divided(by: BigFloat(0, precision: 10)).isFinite == false)
        #expect(BigFloat(0, precision: 10).divided(by: BigFloat(0, precision: 10)).isNaN)
        #expect(BigFloat(2, precision: 1).precision == BigFloat.precisionRange.lowerBound)
        #expect(BigFloat.pi(precision: 200).toString(significantDigits: 30) == "3.14159265358979323846264338328")
    }
}
