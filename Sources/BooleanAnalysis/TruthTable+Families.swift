extension TruthTable {
    /// The table of `f` given on inputs x as integers (x₁ the most significant bit).
    public init(variables: Int, _ f: (Int) -> Bool) throws {
        try self.init(zeroWithVariables: variables)
        for x in 0..<size where f(x) { self[x] = true }
    }

    /// n-parity x₁ ⊕ … ⊕ xₙ (n = 4 is `27030`).
    public static func parity(_ n: Int) throws -> TruthTable { try TruthTable(variables: n) { $0.nonzeroBitCount & 1 == 1 } }

    /// Majority: 1 when more than half of the inputs are 1 (ties give 0 for even n).
    public static func majority(_ n: Int) throws -> TruthTable { try threshold(n, atLeast: n / 2 + 1) }

    /// x₁ ∧ … ∧ xₙ.
    public static func and(_ n: Int) throws -> TruthTable { try threshold(n, atLeast: n) }

    /// x₁ ∨ … ∨ xₙ.
    public static func or(_ n: Int) throws -> TruthTable { try threshold(n, atLeast: 1) }

    /// 1 when at least `k` inputs are 1. **Edge cases:** k ≤ 0 is constant 1, k > n constant 0.
    public static func threshold(_ n: Int, atLeast k: Int) throws -> TruthTable {
        try TruthTable(variables: n) { $0.nonzeroBitCount >= k }
    }

    /// The dictator x_k. **Edge cases:** k outside 1…n throws.
    public static func dictator(_ n: Int, _ k: Int) throws -> TruthTable {
        guard (1...Swift.max(1, n)).contains(k) else { throw BooleanError("dictator x_\(k) needs 1 ≤ k ≤ n = \(n)") }
        return try TruthTable(variables: n) { $0 >> (n - k) & 1 == 1 }
    }

    /// A uniformly random table from `seed` (SplitMix64; the same seed gives the same table).
    public static func random(_ n: Int, seed: UInt64) throws -> TruthTable {
        var t = try TruthTable(zeroWithVariables: n)
        var state = seed
        for i in t.words.indices { t.words[i] = splitMix64(&state) }
        if n < 6 { t.words[0] &= mask(n) }
        return t
    }

    /// A named family: `parity`, `majority`, `and`, `or`, `threshold:K`, `dictator:K`, `random:SEED`.
    public static func named(_ name: String, variables n: Int) throws -> TruthTable {
        let parts = name.lowercased().split(separator: ":", maxSplits: 1).map(String.init)
        let argument = parts.count == 2 ? Int(parts[1]) : nil
        switch (parts[0], parts.count) {
        case ("parity", 1): return try parity(n)
        case ("majority", 1): return try majority(n)
        case ("and", 1): return try and(n)
        case ("or", 1): return try or(n)
        case ("threshold", 2) where argument != nil: return try threshold(n, atLeast: argument!)
        case ("dictator", 2) where argument != nil: return try dictator(n, argument!)
        case ("random", 2) where UInt64(parts[1]) != nil: return try random(n, seed: UInt64(parts[1])!)
        default:
            throw BooleanError("unknown family '\(name)': use parity, majority, and, or, threshold:K, dictator:K or random:SEED")
        }
    }
}

/// SplitMix64 step (Steele, Lea, Flood 2014): a full-period 64-bit generator.
@inline(__always) func splitMix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
