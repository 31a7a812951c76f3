import ExactArithmetic

/// SplitMix64: a seeded generator for building random structured inputs
/// (matrices, constraint systems) from one property-test seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: Int) { state = UInt64(bitPattern: Int64(seed)) }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// num/den with num in `num`, den in 1...maxDen.
    mutating func rational(_ num: ClosedRange<Int>, maxDen: Int = 1) -> Rational {
        Rational(int(num), int(1...maxDen))
    }
}

/// Textbook Gaussian elimination on a square rational system, written
/// independently of the library's matrix code: nil when singular.
func naiveSolve(_ a: [[Rational]], _ b: [Rational]) -> [Rational]? {
    let n = a.count
    var m = zip(a, b).map { $0 + [$1] }
    for c in 0..<n {
        guard let p = (c..<n).first(where: { !m[$0][c].isZero }) else { return nil }
        m.swapAt(c, p)
        for r in 0..<n where r != c && !m[r][c].isZero {
            let f = m[r][c] / m[c][c]
            for k in c...n { m[r][k] -= f * m[c][k] }
        }
    }
    return (0..<n).map { m[$0][n] / m[$0][$0] }
}

/// Subsets of 0..<n of size k, in lexicographic order.
func subsets(_ n: Int, _ k: Int) -> [[Int]] {
    if k == 0 { return [[]] }
    if n < k { return [] }
    return subsets(n - 1, k) + subsets(n - 1, k - 1).map { $0 + [n - 1] }
}
