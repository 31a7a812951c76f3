#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// xoshiro256** seeded through SplitMix64: a small, fast, splittable
/// generator of our own, so a run is reproducible from `(seed, stream)` on
/// any machine, Swift version and thread count (the standard library's
/// generators promise none of that).
///
/// Trial `i` of a run uses `TrainerRandom(seed: seed, stream: i)`; inside a
/// trial, each purpose (initialization, batch order, resets, feedback
/// matrices) draws from its own `substream`, so switching a hook on does not
/// change the batch sequence or the initial magnitudes.
///
/// **Edge cases:** every `(seed, stream)` pair, including zeros, gives a
/// non-zero xoshiro state (SplitMix64 output is a bijection of its counter).
public struct TrainerRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64, stream: UInt64 = 0) {
        var sm = SplitMix64(state: seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019))
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// An independent generator for `purpose`, derived from the current
    /// state without advancing it.
    public func substream(_ purpose: UInt64) -> TrainerRandom {
        TrainerRandom(seed: SplitMix64.mix(s0 ^ SplitMix64.mix(s1 ^ SplitMix64.mix(s2 ^ s3))), stream: purpose)
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    @inline(__always)
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in [a, b).
    public mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * uniform() }

    /// Standard normal by Box–Muller (one value per call, for simplicity of
    /// the stream's bookkeeping).
    public mutating func gaussian() -> Double {
        let u1 = 1 - uniform()  // (0, 1]
        let u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Uniform integer in `0..<n` (Lemire's multiply-and-reject, unbiased).
    /// **Edge cases:** `n` must be positive.
    public mutating func index(below n: Int) -> Int {
        precondition(n > 0, "index(below:) needs a positive bound")
        let bound = UInt64(n)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return Int(m.high)
    }

    /// Fisher–Yates shuffle in place.
    public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ c: inout C) where C.Index == Int {
        guard c.count > 1 else { return }
        for i in stride(from: c.count - 1, to: 0, by: -1) {
            let j = index(below: i + 1)
            c.swapAt(c.startIndex + i, c.startIndex + j)
        }
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): seeds xoshiro and mixes stream ids.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
