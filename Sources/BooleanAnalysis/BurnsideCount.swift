import ExactArithmetic

/// Exact numbers of equivalence classes of n-input Boolean functions by
/// Burnside's lemma, on big integers, for the groups of Theorem 3.3.1.
///
/// The sum runs over conjugacy classes of the hyperoctahedral group Bₙ
/// (signed cycle types: a positive and a negative partition of n), never over
/// its 2ⁿ·n! elements. For each type the cycle structure on the cube {0,1}ⁿ
/// comes from its factors: a positive i-cycle has 2^gcd(i,e) points fixed by
/// gᵉ, a negative i-cycle 2^gcd(i,e) when e/gcd(i,e) is even and none
/// otherwise; Möbius inversion gives the points of exact period d, and a
/// p-cycle times a q-cycle is gcd(p,q) cycles of length lcm(p,q). An element
/// with c cycles on the cube fixes 2^c functions, and fixes 2^c functions
/// together with output negation exactly when every cycle has even length.
///
/// **Edge cases:** n outside 1…``maxVariables`` throws — the counts have
/// about 2ⁿ bits (n = 24: 2 MB), so larger n cannot be written out exactly in
/// useful time.
public enum BurnsideCount {
    public static let maxVariables = 24

    public enum Group: String, CaseIterable, Sendable {
        /// input negations, permutations and output negation (order 2ⁿ⁺¹·n!)
        case npn
        /// input negations and permutations (order 2ⁿ·n!)
        case np
        /// input permutations only (order n!)
        case p
    }

    public static func classes(variables n: Int, group: Group) throws -> BigInt {
        guard (1...maxVariables).contains(n) else {
            throw BooleanError("Burnside counts need 1 ≤ n ≤ \(maxVariables) (here n = \(n)): the count has about 2^\(n) bits")
        }
        // Σ over types of |class| · fixed functions, grouped by the cycle count c.
        var plain: [Int: BigInt] = [:], negated: [Int: BigInt] = [:]
        let order = group == .p ? BigInt.factorial(n) : BigInt.factorial(n) << n
        func visit(remaining: Int, maxLength: Int, cycles: [Int: Int], centralizer: BigInt) {
            if remaining == 0 {
                let c = cycles.values.reduce(0, +)
                let size = order.exactlyDivided(by: centralizer)
                plain[c, default: 0] += size
                if group == .npn && cycles.keys.allSatisfy({ $0 % 2 == 0 }) { negated[c, default: 0] += size }
                return
            }
            for length in stride(from: min(maxLength, remaining), through: 1, by: -1) {
                // a positive and b negative cycles of this length, a + b ≥ 1
                for total in 1...(remaining / length) {
                    for b in 0...(group == .p ? 0 : total) {
                        let a = total - b
                        var next = cycles
                        for _ in 0..<a { next = combine(next, cube(cycleLength: length, negative: false)) }
                        for _ in 0..<b { next = combine(next, cube(cycleLength: length, negative: true)) }
                        let weight = group == .p ? BigInt(length) : BigInt(2 * length)
                        let z = centralizer * weight.power(total) * BigInt.factorial(a) * BigInt.factorial(b)
                        visit(remaining: remaining - total * length, maxLength: length - 1, cycles: next, centralizer: z)
                    }
                }
            }
        }
        visit(remaining: n, maxLength: n, cycles: [1: 1], centralizer: 1)
        var sum = BigInt(0)
        for (c, s) in plain { sum += s << c }
        for (c, s) in negated { sum += s << c }
        return sum.exactlyDivided(by: group == .npn ? order * 2 : order)
    }

    /// Cycle lengths (length → number of cycles) of one signed i-cycle acting on {0,1}^i.
    static func cube(cycleLength i: Int, negative: Bool) -> [Int: Int] {
        let period = negative ? 2 * i : i
        func fixed(_ e: Int) -> Int {
            let g = gcd(i, e)
            return negative && (e / g) % 2 == 1 ? 0 : 1 << g
        }
        var result: [Int: Int] = [:]
        for d in 1...period where period % d == 0 {
            let exact = (1...d).filter { d % $0 == 0 }.reduce(0) { $0 + mobius(d / $1) * fixed($1) }
            if exact > 0 { result[d] = exact / d }
        }
        return result
    }

    /// Cycles of a product action: p-cycles × q-cycles give gcd(p,q) cycles of length lcm(p,q).
    static func combine(_ a: [Int: Int], _ b: [Int: Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (p, x) in a {
            for (q, y) in b {
                let g = gcd(p, q)
                result[p / g * q, default: 0] += x * y * g
            }
        }
        return result
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    static func mobius(_ n: Int) -> Int {
        var m = n, result = 1, p = 2
        while p * p <= m {
            if m % p == 0 {
                m /= p
                if m % p == 0 { return 0 }
                result = -result
            }
            p += 1
        }
        return m > 1 ? -result : result
    }
}
