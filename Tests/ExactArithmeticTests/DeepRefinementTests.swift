import Testing
@testable import ExactArithmetic

/// Refinement far past the isolating precision (interval Newton) and digits
/// next to a decimal boundary, checked by exact integer and rational
/// arithmetic that does not use the root code.
@Suite struct DeepRefinementTests {
    /// N = the first k digits of √2 as an integer must satisfy
    /// N² ≤ 2·10^(2(k−1)) < (N + 1)² — integer square root by definition.
    @Test(arguments: [50, 1_000, 20_000])
    func squareRootOfTwoToManyDigits(_ k: Int) throws {
        let root = try Polynomial([-2, 0, 1]).realRoots(digits: k).first { $0.lower.signum > 0 }!
        let text = try #require(root.certifiedDigits(k))
        #expect(text.hasPrefix("1.41421356237309504880"))
        let n = try #require(BigInt(String(text.filter { $0 != "." })))
        let scale = BigInt(2) * BigInt(10).power(2 * (k - 1))
        #expect(n * n <= scale)
        #expect(scale < (n + 1) * (n + 1))
    }

    /// Q(x) = −x³/2 − ((4c − 1)/8)x + c with c = 10³⁰ (paper 003's chain
    /// A[1,1,1] with feedback gain c) has its root r = 2 − δ, where by hand
    /// δ·(4c + 47)/8 = 15/4 + 3δ² − δ³/2, so δ = 7.5·10⁻³⁰ − 8.8·10⁻⁵⁹ + …:
    /// r lies 8.8·10⁻⁵⁹ above the 32-digit boundary 1.99…925. Certifying 32
    /// digits used to loop forever (the ends were rounded to 170 bits, too
    /// coarse to see past the boundary).
    @Test func digitsJustPastADecimalBoundary() throws {
        let c = BigInt(10).power(30)
        let q = Polynomial([Rational(c), -Rational(BigInt(4) * c - 1, BigInt(8)), 0, Rational(-1, 2)])
        let root = try #require(try q.realRoots(digits: 32).first)
        let text = try #require(root.certifiedDigits(32))
        #expect(text == "1.9999999999999999999999999999925")
        // Exact: Q changes sign between the truncation t and t + 10⁻³¹.
        let t = try Rational.parse(text), ulp = Rational(BigInt(1), BigInt(10).power(31))
        #expect(q.sign(at: t) * q.sign(at: t + ulp) < 0)
    }

    /// A root next to a rational boundary and a huge leading coefficient: the
    /// interval still isolates (one sign change, exact), at 300 digits.
    @Test func hugeCoefficientsKeepTheContract() throws {
        let big = BigInt(10).power(400)
        let p = Polynomial([Rational(-1), 0, Rational(big)])   // 10⁴⁰⁰ x² − 1: roots ±10⁻²⁰⁰
        let roots = try p.realRoots(digits: 300)
        #expect(roots.count == 2)
        for r in roots where !r.isExact {
            #expect(p.sign(at: r.lower) * p.sign(at: r.upper) < 0)
        }
        #expect(roots.map(\.exactValue) == [Rational(BigInt(-1), BigInt(10).power(200)), Rational(BigInt(1), BigInt(10).power(200))])
    }
}

import PropertyTesting
import PropertyBased
import Synchronization

/// The reproducible driver draws the same inputs on every run.
@Suite struct ReproduciblePropertyTests {
    static func draw() async -> [Int] {
        let seen = Mutex<[Int]>([])
        await forAll(count: 20, input: Gen.int(in: 0...1_000_000)) { n in seen.withLock { $0.append(n) } }
        return seen.withLock { $0 }
    }

    @Test func sameInputsEveryRun() async {
        let first = await Self.draw(), second = await Self.draw()
        #expect(first.count == 20)
        #expect(first == second)
        #expect(Set(first).count > 15)   // and they are not all the same value
    }
}
