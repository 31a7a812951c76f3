import CGMP

/// The coefficients of an integer polynomial (low → high) as GMP integers in
/// one contiguous buffer, for the O(n²) loops of root isolation, which call
/// GMP directly instead of going through copy-on-write `BigInt`s.
/// Owned by one thread at a time.
final class MPZVector {
    private(set) var count: Int
    let z: UnsafeMutablePointer<__mpz_struct>

    init(count: Int) {
        self.count = count
        z = .allocate(capacity: Swift.max(count, 1))
        for i in 0..<count { __gmpz_init(z + i) }
    }

    convenience init(_ values: [BigInt]) {
        self.init(count: values.count)
        for (i, v) in values.enumerated() { v.withMPZ { __gmpz_set(z + i, $0) } }
    }

    func copy() -> MPZVector {
        let c = MPZVector(count: count)
        for i in 0..<count { __gmpz_set(c.z + i, z + i) }
        return c
    }

    deinit {
        for i in 0..<count { __gmpz_clear(z + i) }
        z.deallocate()
    }

    var degree: Int { count - 1 }
    var bigInts: [BigInt] { (0..<count).map { i in BigInt.make { __gmpz_set($0, z + i) } } }
    func sign(_ i: Int) -> Int { Int(exactnn_mpz_sgn(z + i)) }

    /// Sign changes in the coefficient sequence, zeros skipped.
    var signVariations: Int {
        var changes = 0, last = 0
        for i in 0..<count {
            let s = sign(i)
            if s != 0 { if last != 0 && s != last { changes += 1 }; last = s }
        }
        return changes
    }

    /// p(x) ← p(x + 1) in place (Horner-style Taylor shift, n(n+1)/2 additions).
    func taylorShiftByOne() {
        let n = degree
        guard n >= 1 else { return }
        for i in 0..<n {
            for j in stride(from: n - 1, through: i, by: -1) { __gmpz_add(z + j, z + j, z + j + 1) }
        }
    }

    /// Sign changes of the coefficients of (x + 1)ⁿ p(1/(x + 1)) — Descartes'
    /// bound on the roots of p in (0, 1) — counted up to `limit`. Computed
    /// in a scratch copy by a Taylor shift of the reversed coefficients; the
    /// shift finalises coefficient i in pass i, so it stops as soon as
    /// `limit` changes are certain.
    func descartesVariationsOnUnitInterval(limit: Int) -> Int {
        let a = copy()
        a.reverse()
        let n = a.degree
        var changes = 0, last = 0
        for i in 0...n {
            if i < n {
                for j in stride(from: n - 1, through: i, by: -1) { __gmpz_add(a.z + j, a.z + j, a.z + j + 1) }
            }
            let s = a.sign(i)
            if s != 0 {
                if last != 0 && s != last {
                    changes += 1
                    if changes >= limit { return changes }
                }
                last = s
            }
        }
        return changes
    }

    /// p(x) ← xⁿ p(1/x).
    func reverse() {
        var i = 0, j = count - 1
        while i < j { __gmpz_swap(z + i, z + j); i += 1; j -= 1 }
    }

    /// p(x) ← 2ⁿ p(x/2): coefficient i gains n − i bits.
    func halveArgument() {
        let n = degree
        for i in 0..<n { __gmpz_mul_2exp(z + i, z + i, mp_bitcnt_t(n - i)) }
    }

    /// p(x) ← p(−x).
    func negateArgument() {
        for i in stride(from: 1, to: count, by: 2) { __gmpz_neg(z + i, z + i) }
    }

    /// Divides every coefficient by the largest common power of two.
    func removeCommonPowerOfTwo() {
        var shift = Int.max
        for i in 0..<count where sign(i) != 0 { shift = Swift.min(shift, Int(__gmpz_scan1(z + i, 0))) }
        guard shift != Int.max, shift > 0 else { return }
        for i in 0..<count { __gmpz_tdiv_q_2exp(z + i, z + i, mp_bitcnt_t(shift)) }
    }

    /// p(x) ← p(x)/x, for p(0) = 0.
    func divideByX() {
        for i in 0..<(count - 1) { __gmpz_swap(z + i, z + i + 1) }
        count -= 1
        __gmpz_clear(z + count)
    }

    /// p(x) ← p(x)/(x − 1), for p(1) = 0 (synthetic division from the top).
    func divideByXMinusOne() {
        // s_{n−1} = p_n, s_{i−1} = p_i + s_i; store s_i in slot i + 1 then shift down.
        for i in stride(from: count - 2, through: 1, by: -1) { __gmpz_add(z + i, z + i, z + i + 1) }
        divideByX()
    }

    /// Σ coefficients = p(1).
    var valueAtOne: BigInt {
        BigInt.make { r in for i in 0..<count { __gmpz_add(r, r, z + i) } }
    }
}
