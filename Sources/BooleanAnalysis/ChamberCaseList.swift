import ExactArithmetic

/// The case list of §3.3.1 (after eq. 3.11) for building the chamber
/// 0 ≤ w₁ ≤ … ≤ wₙ one weight at a time: w₁ = 0 or w₁ > 0; for i ≥ 2 the
/// weight wᵢ is compared with the breakpoints t_k = w_{i−1} + (w₁ + … + w_k),
/// k = 0 … i − 2: equal to one of them (i − 1 cases, each a tie), strictly
/// between two neighbours (i − 2 cases) or above the last (1 case) — the
/// paper's "2i − 2 cases", listed as its items 1–5.
public enum ChamberCaseList {
    /// Number of cases for wᵢ (1-based) and how many of them are tie-free.
    public static func caseCount(index i: Int) -> (all: Int, tieFree: Int) {
        i == 1 ? (2, 1) : (2 * i - 2, i - 1)
    }

    /// The case of each weight: 2k when wᵢ = t_k (a tie), 2k + 1 when
    /// t_k < wᵢ < t_{k+1} or wᵢ is above the last breakpoint; for w₁, 0 means
    /// w₁ = 0. `nil` when w is not in the chamber.
    ///
    /// **Edge cases:** the empty vector has the empty case.
    public static func caseIndices(_ w: [Rational]) -> [Int]? {
        guard let first = w.first, first.signum >= 0, zip(w, w.dropFirst()).allSatisfy({ $0.0 <= $0.1 }) else {
            return w.isEmpty ? [] : nil
        }
        var result = [first.isZero ? 0 : 1]
        for i in 1..<w.count {
            var t = w[i - 1], prefix = Rational(0), index = 2 * (i - 1) + 1   // above the last breakpoint
            for k in 0..<i {
                if k > 0 { prefix += w[k - 1]; t = w[i - 1] + prefix }
                if w[i] == t { index = 2 * k; break }
                if w[i] < t { index = 2 * k - 1; break }
            }
            result.append(index)
        }
        return result
    }

    /// The points of {0,1}ⁿ (positions, x₁ the most significant bit) sorted
    /// by w·x, ties broken by position; with `tieFree` false when two sums agree.
    public static func order(_ w: [Rational]) -> (order: [Int], tieFree: Bool) {
        let n = w.count
        let sums: [Rational] = (0..<(1 << n)).map { x in
            var s = Rational(0)
            for k in 0..<n where x >> (n - 1 - k) & 1 == 1 { s += w[k] }
            return s
        }
        let order = (0..<(1 << n)).sorted { (a: Int, b: Int) -> Bool in sums[a] != sums[b] ? sums[a] < sums[b] : a < b }
        return (order, Set(sums).count == sums.count)
    }
}
