import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic

/// A random arithmetic expression over rationals, evaluated exactly and on
/// intervals side by side; nil when it divides by something that may be 0.
private func randomExpression(_ rng: inout SplitMix64, depth: Int, precision: Int) -> (Rational, RealInterval)? {
    if depth == 0 || rng.int(0...3) == 0 {
        let q = rng.rational(-50...50, maxDen: 30)
        return (q, RealInterval(q, precision: precision))
    }
    guard let (a, ia) = randomExpression(&rng, depth: depth - 1, precision: precision),
          let (b, ib) = randomExpression(&rng, depth: depth - 1, precision: precision) else { return nil }
    switch rng.int(0...3) {
    case 0: return (a + b, ia + ib)
    case 1: return (a - b, ia - ib)
    case 2: return (a * b, ia * ib)
    default:
        if b.isZero || !(ib.isPositive || ib.isNegative) { return nil }
        return (a / b, ia / ib)
    }
}

@Suite struct RealIntervalTests {
    @Test func enclosesExactValueOfRandomExpressions() async {
        await forAll(count: 300, input: Gen.int(in: 0...Int.max), Gen.int(in: 2...128)) { seed, p in
            var rng = SplitMix64(seed: seed)
            guard let (exact, interval) = randomExpression(&rng, depth: 4, precision: p) else { return }
            #expect(interval.contains(exact))
            #expect(interval.lower <= interval.upper)
        }
    }

    /// Monotone functions: a wider-precision enclosure lies inside a narrower
    /// one, and exp/log undo each other within the enclosure.
    @Test func transcendentalEnclosuresNest() async {
        await forAll(count: 100, input: Gen.int(in: 1...1000), Gen.int(in: 1...100)) { a, b in
            let q = Rational(a, b)
            let coarse = RealInterval(q, precision: 40).log(), fine = RealInterval(q, precision: 200).log()
            #expect(coarse.lower <= fine.lower && fine.upper <= coarse.upper)
            let back = fine.exp()
            #expect(back.contains(q))
            let s = RealInterval(q, precision: 100).squareRoot()
            #expect(s.lower.exactRational! * s.lower.exactRational! <= q && q <= s.upper.exactRational! * s.upper.exactRational!)
        }
        let third = RealInterval(Rational(1, 3), precision: 200)
        #expect(third.certifiedDigits(30) == "0.333333333333333333333333333333")
        let zero = RealInterval(0, precision: 53)
        #expect(!(RealInterval(1, precision: 53) / zero).isFinite)
    }
}
