import CGMP

/// Dixon's p-adic lifting for a square rational system whose row-scaled
/// integer form has small entries (J. D. Dixon, Exact solution of linear
/// equations using p-adic expansions, Numer. Math. 40, 1982).
///
/// One LU factorisation of A mod a 31-bit prime p, then each p-adic digit
/// of x costs two O(n²) passes in machine integers:
/// x_k = A⁻¹ r mod p, r ← (r − A·x_k)/p. After enough digits that
/// p^s > 2H² (H the Hadamard bound of [A | b], which bounds det A and every
/// Cramer numerator), each x_i is recovered by rational reconstruction, and
/// the result is checked exactly (A·x = b) before it is returned.
struct DixonSolver {
    static let primes: [UInt64] = [2_147_483_647, 2_147_483_629, 2_147_483_587, 2_147_483_579]

    let n: Int
    /// Row-scaled integer A (row-major) and b.
    var a: [Int]
    var b: [Int]
    /// An upper bound on log2 of the Hadamard bound of [A | b].
    var log2Hadamard = 0.0

    /// `nil` when the system is empty or its integer entries are too large
    /// for the machine-integer residual update (n·max|a| < 2^30, |b| < 2^60).
    init?(_ m: RationalMatrix, _ rhs: [Rational]) {
        n = m.rowCount
        guard n > 0 else { return nil }
        a = []
        b = []
        a.reserveCapacity(n * n)
        let limit = (1 << 30) / n
        var parts: [(Int, Int)] = []
        parts.reserveCapacity(n + 1)
        for i in 0..<n {
            // Row i of [A | b] times the lcm of its denominators, in machine
            // integers read straight from GMP (no temporaries).
            parts.removeAll(keepingCapacity: true)
            var scale = 1
            for j in 0...n {
                guard let (num, den) = (j < n ? m[i, j] : rhs[i]).machineParts else { return nil }
                parts.append((num, den))
                if den != 1 {
                    var (x, y) = (scale, den)
                    while y != 0 { (x, y) = (y, x % y) }
                    let (l, o) = (scale / x).multipliedReportingOverflow(by: den)
                    if o { return nil }
                    scale = l
                }
            }
            var squares = 0.0
            for (j, (num, den)) in parts.enumerated() {
                let (v, o) = num.multipliedReportingOverflow(by: scale / den)
                guard !o, abs(v) < (j < n ? limit : 1 << 60) else { return nil }
                if j < n { a.append(v) } else { b.append(v) }
                squares += Double(v) * Double(v)
            }
            log2Hadamard += squares > 0 ? Double(squares.exponent + 1) / 2 : 0
        }
    }

    /// The solution, or `nil` when A is singular modulo every prime tried
    /// (then A is almost surely singular) or the final check fails.
    func solve() -> [Rational]? {
        for p in Self.primes {
            guard let lu = ModularLU(a, n, p) else { continue }
            return lift(lu)
        }
        return nil
    }

    private func lift(_ lu: ModularLU) -> [Rational]? {
        let p = lu.p
        let steps = Int(((2 * log2Hadamard + 2) / 30.99).rounded(.up)) + 1
        var digits = [UInt64](repeating: 0, count: steps * n)
        var r = b
        var residue = [UInt64](repeating: 0, count: n)
        var x = [UInt64](repeating: 0, count: n)
        let ip = Int(p)
        for k in 0..<steps {
            for i in 0..<n { residue[i] = UInt64(((r[i] % ip) + ip) % ip) }
            lu.solve(residue, into: &x)
            for i in 0..<n {
                var s = r[i]
                let row = i * n
                // |a|·x < 2^61 / n and |r| < 2^60: no overflow (see init).
                for j in 0..<n { s &-= a[row + j] &* Int(x[j]) }
                r[i] = s / ip
                digits[k * n + i] = x[i]
            }
        }
        return reconstruct(digits, steps: steps, p: p)
    }

    private func reconstruct(_ digits: [UInt64], steps: Int, p: UInt64) -> [Rational]? {
        let modulus = BigInt.make { __gmpz_ui_pow_ui($0, UInt(p), UInt(steps)) }
        let bound = (modulus >> 1).squareRootFloor()
        var common = BigInt(1)
        var numerators: [BigInt] = [], denominators: [BigInt] = []
        for i in 0..<n {
            var xi = BigInt()
            xi.withMutableMPZ { z in
                for k in stride(from: steps - 1, through: 0, by: -1) {
                    __gmpz_mul_ui(z, z, UInt(p))
                    __gmpz_add_ui(z, z, UInt(digits[k * n + i]))
                }
            }
            // d·x_i has a denominator dividing det/d, so it is often an integer.
            var u = (common * xi).floorDivided(by: modulus).remainder
            if u > modulus >> 1 { u -= modulus }
            if u.magnitude <= bound {
                numerators.append(u)
            } else {
                guard let (num, den) = Self.rationalReconstruction(u, modulus, bound) else { return nil }
                numerators.append(num)
                common *= den
            }
            denominators.append(common)
        }
        // Exact check A·y = b·common with y_i = x_i·common.
        let y = zip(numerators, denominators).map { $0 * common.exactlyDivided(by: $1) }
        for i in 0..<n {
            var s = BigInt()
            s.withMutableMPZ { acc in
                for j in 0..<n {
                    let c = a[i * n + j]
                    y[j].withMPZ { c >= 0 ? __gmpz_addmul_ui(acc, $0, UInt(c)) : __gmpz_submul_ui(acc, $0, UInt(-c)) }
                }
            }
            if s != common * b[i] { return nil }
        }
        return zip(numerators, denominators).map { Rational($0, $1) }
    }

    /// The fraction num/den ≡ u (mod m) with |num|, den ≤ bound (Wang's
    /// half-extended Euclid), or `nil` when none exists.
    static func rationalReconstruction(_ u: BigInt, _ m: BigInt, _ bound: BigInt) -> (BigInt, BigInt)? {
        var r0 = m, r1 = u.floorDivided(by: m).remainder
        var t0 = BigInt(0), t1 = BigInt(1)
        while r1 > bound {
            let (q, rem) = r0.floorDivided(by: r1)
            (r0, r1) = (r1, rem)
            (t0, t1) = (t1, t0 - q * t1)
        }
        guard !t1.isZero, t1.magnitude <= bound, BigInt.gcd(r1, t1) == 1 else { return nil }
        return t1.isNegative ? (-r1, -t1) : (r1, t1)
    }
}

/// PA = LU modulo a prime below 2^31, with the diagonal inverses kept.
struct ModularLU {
    let n: Int, p: UInt64
    var lu: [UInt64]
    var perm: [Int]
    var inverseDiagonal: [UInt64]

    /// `nil` when A is singular modulo p.
    init?(_ a: [Int], _ n: Int, _ p: UInt64) {
        self.n = n
        self.p = p
        let ip = Int(p)
        lu = a.map { UInt64((($0 % ip) + ip) % ip) }
        perm = Array(0..<n)
        inverseDiagonal = []
        for k in 0..<n {
            guard let piv = (k..<n).first(where: { lu[$0 * n + k] != 0 }) else { return nil }
            if piv != k {
                for j in 0..<n { lu.swapAt(k * n + j, piv * n + j) }
                perm.swapAt(k, piv)
            }
            let inv = Self.inverse(lu[k * n + k], p)
            inverseDiagonal.append(inv)
            lu.withUnsafeMutableBufferPointer { m in
                for i in (k + 1)..<n {
                    let l = m[i * n + k] * inv % p
                    m[i * n + k] = l
                    if l == 0 { continue }
                    let minusL = p - l
                    for j in (k + 1)..<n { m[i * n + j] = (m[i * n + j] + minusL * m[k * n + j]) % p }
                }
            }
        }
    }

    /// x = A⁻¹ r mod p.
    func solve(_ r: [UInt64], into x: inout [UInt64]) {
        let p = self.p, n = self.n
        // 2^64 mod p: added back whenever a running sum wraps.
        let wrap = (UInt64.max % p + 1) % p
        lu.withUnsafeBufferPointer { m in
            x.withUnsafeMutableBufferPointer { x in
                for i in 0..<n {
                    var acc: UInt64 = 0
                    for j in 0..<i {
                        let t = m[i * n + j] * x[j]
                        let (s, o) = acc.addingReportingOverflow(t)
                        acc = o ? s + wrap : s
                    }
                    x[i] = (r[perm[i]] + p - acc % p) % p
                }
                for i in stride(from: n - 1, through: 0, by: -1) {
                    var acc: UInt64 = 0
                    for j in (i + 1)..<n {
                        let t = m[i * n + j] * x[j]
                        let (s, o) = acc.addingReportingOverflow(t)
                        acc = o ? s + wrap : s
                    }
                    x[i] = (x[i] + p - acc % p) % p * inverseDiagonal[i] % p
                }
            }
        }
    }

    static func inverse(_ a: UInt64, _ p: UInt64) -> UInt64 {
        // Fermat: a^(p−2) mod p.
        var result: UInt64 = 1, base = a % p, e = p - 2
        while e > 0 {
            if e & 1 == 1 { result = result * base % p }
            base = base * base % p
            e >>= 1
        }
        return result
    }
}
