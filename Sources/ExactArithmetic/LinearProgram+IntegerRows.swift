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

    /// Appends one row (coefficients, margin entry, bound) in place;
    /// `false` on overflow (the caller then switches to ``bigRows()``).
    private func appendSmall(_ c: LinearConstraint, negate: Bool, into rows: inout [Int]) -> Bool {
        let start = rows.count
        var scale = 1
        // First pass: numerators in place, denominators folded into scale.
        for j in 0...variables {
            let q = j == variables ? c.bound : (j < c.coefficients.count ? c.coefficients[j] : Rational())
            guard let (num, den) = q.machineParts else { rows.removeSubrange(start...); return false }
            rows.append(num)
            if den != 1 {
                let (l, o) = (scale / gcd(scale, den)).multipliedReportingOverflow(by: den)
                if o { rows.removeSubrange(start...); return false }
                scale = l
            }
        }
        if scale != 1 {
            for j in 0...variables {
                let q = j == variables ? c.bound : (j < c.coefficients.count ? c.coefficients[j] : Rational())
                let (v, o) = rows[start + j].multipliedReportingOverflow(by: scale / q.machineParts!.denominator)
                if o { rows.removeSubrange(start...); return false }
                rows[start + j] = v
            }
        }
        var content = 0
        for j in 0..<variables { content = gcd(content, rows[start + j]) }
        let bound = rows[start + variables]
        if content > 1, bound % content == 0 { for j in 0...variables { rows[start + j] /= content } }
        if rows[start...].contains(.min) { rows.removeSubrange(start...); return false }
        if negate { for j in 0...variables { rows[start + j] = -rows[start + j] } }
        if margin { rows.insert(c.relation.isStrict ? 1 : 0, at: start + variables) }
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
        withMPQ { q -> (Int, Int)? in
            guard let num = Self.machineInt(q.pointee._mp_num), let den = Self.machineInt(q.pointee._mp_den) else { return nil }
            return (num, den)
        }
    }

    /// An mpz of at most one limb below 2^63, read from its fields.
    @inline(__always) private static func machineInt(_ z: __mpz_struct) -> Int? {
        switch z._mp_size {
        case 0: return 0
        case 1: return z._mp_d[0] <= UInt(Int.max) ? Int(z._mp_d[0]) : nil
        case -1: return z._mp_d[0] <= UInt(Int.max) ? -Int(z._mp_d[0]) : nil
        default: return nil
        }
    }
}
