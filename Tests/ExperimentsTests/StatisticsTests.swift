import PropertyTesting
import Testing
import PropertyBased
@testable import Experiments

/// Hand values: numpy's linear interpolation, h = p(n − 1).
@Test func spreadHandValues() {
    let s = Spread([4, 1, 3, 2])  // sorted 1 2 3 4: h = 0.75, 1.5, 2.25
    #expect(s.count == 4 && s.q1 == 1.75 && s.median == 2.5 && s.q3 == 3.25)
    let odd = Spread([10, 0, 5, 20, 15])  // 0 5 10 15 20
    #expect(odd.q1 == 5 && odd.median == 10 && odd.q3 == 15)
    let one = Spread([7])
    #expect(one.q1 == 7 && one.median == 7 && one.q3 == 7)
    let none = Spread([])
    #expect(none.count == 0 && none.median.isNaN && none.text() == "–")
    #expect(Spread([1, 2, 3, 4]).text(digits: 2) == "2.5 [1.75, 3.25]")
}

/// Against a second algorithm: the median of an odd sample is its middle
/// order statistic, of an even sample the mean of the two middle ones;
/// q1 ≤ median ≤ q3 within [min, max].
@Test func spreadAgainstOrderStatistics() async {
    await forAll(count: 200, input: Gen.int(in: -1000...1000).array(of: 1...40)) { ints in
        let values = ints.map(Double.init)
        let s = Spread(values), sorted = values.sorted(), n = sorted.count
        let middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        #expect(abs(s.median - middle) < 1e-9)
        #expect(sorted[0] <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= sorted[n - 1])
    }
}

/// Wilson intervals at z = 1.96, values from the closed form by hand:
/// 0/10 → [0, z²/(n + z²)] = [0, 0.27753]; 5/10 → 0.5 ± 0.26340.
@Test func wilsonHandValues() {
    let zero = Proportion(successes: 0, trials: 10).wilson
    #expect(zero.low == 0 && abs(zero.high - 3.8416 / 13.8416) < 1e-12)
    let half = Proportion(successes: 5, trials: 10).wilson
    #expect(abs(half.low - 0.23659) < 1e-4 && abs(half.high - 0.76341) < 1e-4)
    #expect(Proportion(successes: 0, trials: 0).wilson == (0, 1))
    #expect(Proportion(successes: 3, trials: 4).rate == 0.75)
}

@Test func roundingSmallValues() {
    #expect(Spread.round(6.137943e-05, 3) == "6.14e-05")
    #expect(Spread.round(0.12345, 3) == "0.123")
    #expect(Spread.round(-2.5e-12, 3) == "-2.5e-12")
    #expect(Spread.round(0, 3) == "0")
}

/// Spearman by hand: monotone → 1, reversed → −1; with ties,
/// x = (1, 2, 2, 3) has ranks (1, 2.5, 2.5, 4) and against y = (1, 2, 3, 4)
/// gives ρ = 4.5/√(4.5·5) = 0.948683…; constants give nil.
@Test func spearmanHandValues() {
    #expect(BooleanFig36.spearman([1, 5, 9], [0, 2, 3]) == 1)
    #expect(BooleanFig36.spearman([1, 5, 9], [3, 2, 0]) == -1)
    #expect(abs(BooleanFig36.spearman([1, 2, 2, 3], [1, 2, 3, 4])! - 4.5 / (4.5 * 5).squareRoot()) < 1e-12)
    #expect(BooleanFig36.spearman([1, 1, 1], [1, 2, 3]) == nil)
    #expect(BooleanFig36.spearman([1], [1]) == nil)
}
