import CGMP

/// The constraints of a ``LinearProgram`` as integer rows a·x ≤ b (≥
/// negated, = split in two), each scaled by the lcm of its denominators and
/// divided by the content of a when that divides b too. With a margin,
/// strict rows get coefficient 1 on the extra variable τ, the others 0, and
/// the row τ ≤ 1 is appended. Machine integers when everything fits
/// (no allocation per entry), GMP integers otherwise.
struct IntegerRows {
    let constraints: [LinearConstraint]
    let variables: Int
    let margin: Bool
    /// Columns per row before the bound: variables plus the margin.
    var width: Int { variables + (margin ? 1 : 0) }
    /// Flat rows of `width + 1` entries, or `nil` when something overflows.
    private(set) var small: [Int]?

    init(_ constraints: [LinearConstraint], variables: Int, margin: Bool) {
        self.constraints = constraints
        self.variables = variables
        self.margin = margin
        var rows: [Int] = []
        rows.reserveCapacity((constraints.count + 1) * (variables + 2))
        var ok = true
        for c in constraints where ok {
            let negate = c.relation == .greaterOrEqual || c.relation == .greaterThan
            ok = appendSmall(c, negate: negate, into: &rows)
            if ok && c.relation == .equal { ok = appendSmall(c, negate: true, into: &rows) }
        }
        if ok && margin { rows += [Int](repeating: 0, count: variables) + [1, 1] }
        small = ok ? rows : nil
    }

    private func tau(_ c: LinearConstraint) -> [Int] { margin ? [c.relation.isStrict ? 1 : 0] : [] }

    private func appendSmall(_ c: LinearConstraint, negate: Bool, into rows: inout [Int]) -> Bool {
        var parts: [(Int, Int)] = []
        parts.reserveCapacity(variables + 1)
        for j in 0..<variables {
            guard j < c.coefficients.count else { parts.append((0, 1)); continue }
            guard let p = c.coefficients[j].machineParts else { return false }
            parts.append(p)
        }
        guard let bound = c.bound.machineParts else { return false }
        parts.append(bound)
        var scale = 1
        for (_, d) in parts where d != 1 {
            let (l, o) = (scale / gcd(scale, d)).multipliedReportingOverflow(by: d)
            if o { return false }
            scale = l
        }
        var ints: [Int] = []
        ints.reserveCapacity(parts.count)
        for (num, den) in parts {
            let (v, o) = num.multipliedReportingOverflow(by: scale / den)
            if o || v == .min { return false }
            ints.append(negate ? -v : v)
        }
        let content = ints.dropLast().reduce(0) { gcd($0, $1) }
        if content > 1, ints.last! % content == 0 { ints = ints.map { $0 / content } }
        rows += ints.dropLast()
        rows += tau(c)
        rows.append(ints.last!)
        return true
    }

    /// The same rows in GMP integers (used after a machine overflow).
    func bigRows() -> [BigInt] {
        var rows: [BigInt] = []
        for c in constraints {
            var a = Array(c.coefficients.prefix(variables)) + [Rational](repeating: 0, count: max(0, variables - c.coefficients.count))
            var b = c.bound
            if c.relation == .greaterOrEqual || c.relation == .greaterThan { a = a.map { -$0 }; b = -b }
            rows += bigRow(a, b, c)
            if c.relation == .equal { rows += bigRow(a.map { -$0 }, -b, c) }
        }
        if margin { rows += [BigInt](repeating: 0, count: variables) + [1, 1] }
        return rows
    }

    private func bigRow(_ a: [Rational], _ b: Rational, _ c: LinearConstraint) -> [BigInt] {
        let scale = (a + [b]).reduce(BigInt(1)) { BigInt.lcm($0, $1.denominator) }
        var ints = (a + [b]).map { ($0 * Rational(scale)).numerator }
        let content = ints.dropLast().reduce(BigInt(0)) { BigInt.gcd($0, $1) }
        if content > 1, (ints.last! % content).isZero { ints = ints.map { $0.exactlyDivided(by: content) } }
        return ints.dropLast() + tau(c).map { BigInt($0) } + [ints.last!]
    }
}

@inline(__always) private func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a.magnitude, b.magnitude)
    while y != 0 { (x, y) = (y, x % y) }
    return Int(truncatingIfNeeded: x)
}

extension Rational {
    /// Numerator and denominator when both fit in an `Int`, read without
    /// allocating.
    var machineParts: (numerator: Int, denominator: Int)? {
        withMPQ { q in
            let m = UnsafeMutablePointer(mutating: q)
            let num = exactnn_mpq_numref(m)!, den = exactnn_mpq_denref(m)!
            guard exactnn_mpz_fits_slong_p(num) != 0, exactnn_mpz_fits_slong_p(den) != 0 else { return nil }
            return (__gmpz_get_si(num), __gmpz_get_si(den))
        }
    }
}
