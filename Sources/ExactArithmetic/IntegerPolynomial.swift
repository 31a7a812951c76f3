import CGMP

/// Helpers on integer polynomials given as `[BigInt]`, low → high.
enum IntegerPolynomial {
    /// sign p(a/b) from the homogenised sum Σ cᵢ aⁱ b^(n−i) (b > 0), so
    /// only integers are multiplied. 0 for the empty polynomial.
    static func sign(of c: [BigInt], at x: Rational) -> Int {
        guard var acc = c.last else { return 0 }
        let a = x.numerator, b = x.denominator
        var bPower = BigInt(1)
        for i in stride(from: c.count - 2, through: 0, by: -1) {
            acc *= a
            bPower *= b
            acc.addProduct(c[i], bPower)
        }
        return acc.signum
    }

    /// Primes just below 2³¹, so products of residues fit in 64 bits.
    static let wordPrimes: [UInt64] = [2_147_483_647, 2_147_483_629, 2_147_483_587, 2_147_483_579]

    /// `true` when gcd(p mod ℓ, p′ mod ℓ) = 1 for some word prime ℓ that keeps
    /// the degree of p and p′ — which proves p square-free over ℚ (a repeated
    /// factor A² of p in ℤ[x] would survive modulo ℓ with its full degree).
    /// `false` means "not proven", not "repeated factor".
    static func isSquareFreeModularly(_ c: [BigInt]) -> Bool {
        let n = c.count - 1
        guard n >= 1 else { return true }
        for l in wordPrimes where UInt64(n) < l && c[n].mod(UInt(l)) != 0 {
            let p = c.map { UInt64($0.mod(UInt(l))) }
            let dp = (1...n).map { UInt64($0) * p[$0] % l }
            if ModularPolynomial.gcdDegree(p, dp, modulus: l) == 0 { return true }
        }
        return false
    }
}

/// Dense polynomials over ℤ/ℓ for a word prime ℓ (coefficients low → high).
enum ModularPolynomial {
    static func inverse(_ a: UInt64, _ l: UInt64) -> UInt64 {
        var result: UInt64 = 1, base = a % l, e = l - 2
        while e > 0 {
            if e & 1 == 1 { result = result * base % l }
            base = base * base % l
            e >>= 1
        }
        return result
    }

    static func trim(_ a: inout [UInt64]) { while a.last == 0 { a.removeLast() } }

    /// The degree of gcd(a, b) modulo ℓ (−1 when both are zero).
    static func gcdDegree(_ a: [UInt64], _ b: [UInt64], modulus l: UInt64) -> Int {
        var u = a, v = b
        trim(&u); trim(&v)
        while !v.isEmpty {
            // u ← u mod v
            let inv = inverse(v.last!, l)
            while u.count >= v.count {
                let shift = u.count - v.count
                let t = u.last! * inv % l
                for (j, vj) in v.enumerated() {
                    u[shift + j] = (u[shift + j] + (l - t) * vj % l) % l
                }
                trim(&u)
            }
            swap(&u, &v)
        }
        return u.count - 1
    }
}
