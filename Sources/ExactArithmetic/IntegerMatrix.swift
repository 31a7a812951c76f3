import CGMP

/// A rows×columns block of GMP integers for in-place elimination: one
/// allocation, no copy-on-write checks in the inner loop. Internal.
final class IntegerMatrix {
    let rows: Int, columns: Int
    let base: UnsafeMutablePointer<__mpz_struct>

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        base = .allocate(capacity: max(rows * columns, 1))
        for k in 0..<(rows * columns) { __gmpz_init(base + k) }
    }

    deinit {
        for k in 0..<(rows * columns) { __gmpz_clear(base + k) }
        base.deallocate()
    }

    @inline(__always) func at(_ i: Int, _ j: Int) -> UnsafeMutablePointer<__mpz_struct> { base + (i * columns + j) }

    func value(_ i: Int, _ j: Int) -> BigInt { BigInt.make { __gmpz_set($0, at(i, j)) } }

    func swapRows(_ a: Int, _ b: Int) {
        for j in 0..<columns { __gmpz_swap(at(a, j), at(b, j)) }
    }

    /// Each row of `entries` (row-major, `columns` wide) times the lcm of
    /// its denominators: a row-equivalent integer matrix. Returns the scales.
    @discardableResult
    func fill(scalingRowsOf entries: [Rational]) -> [BigInt] {
        (0..<rows).map { i in
            var scale = BigInt(1)
            for j in 0..<columns { scale = BigInt.lcm(scale, entries[i * columns + j].denominator) }
            for j in 0..<columns {
                let q = entries[i * columns + j]
                q.withMPQ { qp in scale.withMPZ { s in
                    __gmpz_divexact(at(i, j), s, exactnn_mpq_denref(UnsafeMutablePointer(mutating: qp)))
                    __gmpz_mul(at(i, j), at(i, j), exactnn_mpq_numref(UnsafeMutablePointer(mutating: qp)))
                } }
            }
            return scale
        }
    }
}

/// What fraction-free elimination found.
struct EliminationResult {
    /// pivotColumns[k] is the column of the k-th pivot (in row k).
    var pivotColumns: [Int] = []
    /// Whether an odd number of row swaps happened.
    var oddSwaps = false
}

extension IntegerMatrix {
    /// Fraction-free (Bareiss) elimination on the first `pivotLimit`
    /// columns. Every update is (p·a − a_ic·a_rj)/prev with an exact
    /// division (Sylvester's identity), so entries stay minors and grow only
    /// linearly. With `reduceAbove` rows above each pivot are cleared too
    /// (Gauss–Jordan): the pivot block ends as d·I, d the last pivot.
    func eliminate(pivotLimit: Int, reduceAbove: Bool) -> EliminationResult {
        var result = EliminationResult()
        let prev = UnsafeMutablePointer<__mpz_struct>.allocate(capacity: 2), tmp = prev + 1
        __gmpz_init_set_si(prev, 1)
        __gmpz_init(tmp)
        defer { __gmpz_clear(prev); __gmpz_clear(tmp); prev.deallocate() }
        var r = 0
        for c in 0..<pivotLimit where r < rows {
            guard let i = (r..<rows).first(where: { exactnn_mpz_sgn(at($0, c)) != 0 }) else { continue }
            if i != r { swapRows(i, r); result.oddSwaps.toggle() }
            let p = at(r, c)
            let targets = reduceAbove ? Array(0..<rows) : Array((r + 1)..<rows)
            for i in targets where i != r {
                let f = at(i, c)
                let start = reduceAbove ? 0 : c + 1
                for j in start..<columns where j != c {
                    let a = at(i, j)
                    __gmpz_mul(a, a, p)
                    if exactnn_mpz_sgn(f) != 0 && exactnn_mpz_sgn(at(r, j)) != 0 {
                        __gmpz_mul(tmp, f, at(r, j))
                        __gmpz_sub(a, a, tmp)
                    }
                    __gmpz_divexact(a, a, prev)
                }
                __gmpz_set_si(f, 0)
            }
            __gmpz_set(prev, p)
            result.pivotColumns.append(c)
            r += 1
        }
        return result
    }
}
