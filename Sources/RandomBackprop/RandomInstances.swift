import ExactArithmetic

/// Seeded random rationals for the claims' random instances (xorshift64*):
/// the same seed always gives the same instances, on any number of threads.
struct InstanceGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = (seed &+ 0x9E37_79B9_7F4A_7C15) | 1 }

    mutating func next() -> UInt64 {
        state ^= state >> 12; state ^= state << 25; state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(next() % UInt64(r.count)) }

    /// p/q with p ∈ range, q ∈ 1…maxDenominator.
    mutating func rational(_ r: ClosedRange<Int>, maxDenominator: Int = 4) -> Rational {
        Rational(int(r), int(1...maxDenominator))
    }

    /// A non-zero p/q with |p| ≤ bound.
    mutating func nonZero(_ bound: Int, maxDenominator: Int = 4) -> Rational {
        let p = int(1...bound) * (int(0...1) == 0 ? 1 : -1)
        return Rational(p, int(1...maxDenominator))
    }
}
