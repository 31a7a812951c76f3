import Cores
import ExactArithmetic

/// Lemma 3 of paper 001 (§3.2) over all of S_n: the smallest exact margin
/// that the explicit weights of Lemma 2 reach on the initial embedding V, and
/// the smallest optimal hard margin of V, over all 2^(n+1) members.
public struct MarginSurvey: Sendable {
    public let n: Int
    public let labelings: Int
    /// min over f of the explicit margin², and a minimiser.
    public let explicitMinSquared: Rational
    public let explicitArgmin: SymmetricFunction
    /// min over f of the optimal margin γ², and a minimiser.
    public let optimalMinSquared: Rational
    public let optimalArgmin: SymmetricFunction
    /// How many QPs were decided by each path (see ``HardMargin``).
    public let methods: [String: Int]

    /// √n·γ: the constant in γ = Ω(1/√n), rounded to `digits` decimals.
    public func scaled(_ marginSquared: Rational, digits: Int = 6) -> String {
        let x = BigFloat(marginSquared * Rational(n), precision: 64).squareRoot()
        return x.toString(significantDigits: digits)
    }

    /// Runs every member. The optimal margin of −f equals that of f (w ↦ −w),
    /// so QPs are solved for the members with f(weight n) = −1 only.
    /// Work is split over `threads`; the result does not depend on it.
    /// **Edge cases:** n must be in 1…16.
    public static func run(n: Int, threads: Int = 2) throws -> MarginSurvey {
        guard (1...16).contains(n) else { throw SymmetricError("margin survey needs n in 1...16, got \(n)") }
        let embedding = try SymmetricEmbedding(n: n)
        let points = embedding.points, gram = embedding.gram
        // The n + 1 lifted points are linearly independent (ReLU ramps), so K is invertible.
        guard let kInverse = HardMargin.inverse(gram) else { throw SymmetricError("Gram matrix of V is singular") }
        let total = 1 << (n + 1)
        let chunks = max(1, min(threads, 64)) * 8
        struct Partial { var e: (Rational, UInt64)?; var o: (Rational, UInt64)?; var methods: [String: Int] = [:]; var error: String? }
        let partials = Cores.map(chunks, threads: threads) { c in
            var p = Partial()
            var bits = UInt64(c)
            while bits < UInt64(total) {
                do {
                    let f = try SymmetricFunction(n: n, index: bits)
                    let e = try embedding.explicitMarginSquared(f)
                    if p.e == nil || e < p.e!.0 { p.e = (e, bits) }
                    if f.values[n] == -1 {
                        let s = try HardMargin.fullSupport(kInverse: kInverse, points: points, labels: f.values)
                            ?? HardMargin.solve(gram: gram, points: points, labels: f.values)
                        p.methods[s.method, default: 0] += 1
                        if p.o == nil || s.marginSquared < p.o!.0 { p.o = (s.marginSquared, bits) }
                    }
                } catch { p.error = "\(error)"; break }
                bits += UInt64(chunks)
            }
            return p
        }
        if let e = partials.compactMap(\.error).first { throw SymmetricError(e) }
        // Ties break toward the smallest index so the answer is thread-independent.
        func best(_ xs: [(Rational, UInt64)]) -> (Rational, UInt64) {
            xs.min { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }!
        }
        let e = best(partials.compactMap(\.e)), o = best(partials.compactMap(\.o))
        var methods: [String: Int] = [:]
        for p in partials { methods.merge(p.methods, uniquingKeysWith: +) }
        return MarginSurvey(n: n, labelings: total, explicitMinSquared: e.0, explicitArgmin: try SymmetricFunction(n: n, index: e.1),
                            optimalMinSquared: o.0, optimalArgmin: try SymmetricFunction(n: n, index: o.1), methods: methods)
    }
}
