import PropertyBased
import PropertyTesting
import Testing
import ExactArithmetic
@testable import BooleanAnalysis

/// Minsky–Papert mask perceptrons (dissertation §2.1.2), against hand
/// solutions, necklace counts and Möbius inversion.
struct MaskPerceptronTests {
    /// AND of two bits: −1 + ψ_{12} ≥ 0 exactly at 11; without ψ_{12} no
    /// weights exist (every other mask is on at 01 or 10 as well as at 11
    /// only through ψ_1, ψ_2, which then force one of 01, 10 to 1).
    @Test func andNeedsItsTopMask() throws {
        let and = try TruthTable(variables: 2) { $0 == 3 }
        #expect(MaskPerceptron.computes(and, masks: [0, 3], weights: [Rational(-1), Rational(1)]))
        #expect(try MaskPerceptron.weights(for: and, masks: [0, 3]) != nil)
        #expect(try MaskPerceptron.weights(for: and, masks: [0, 1, 2]) != nil)  // ψ_1 + ψ_2 − 3/2: a threshold
        #expect(try MaskPerceptron.weights(for: and, masks: [0, 1]) == nil)
        // XOR over single bits and the bias: Theorem 2.1.2 again.
        let xor = try TruthTable(variables: 2) { $0 == 1 || $0 == 2 }
        #expect(try MaskPerceptron.weights(for: xor, masks: [0, 1, 2]) == nil)
        #expect(try MaskPerceptron.weights(for: xor, masks: [0, 1, 2, 3]) != nil)
    }

    /// Orbits of points: binary necklaces under cyclic shifts (1, 2, 3, 4, 6,
    /// 8 for R = 0…5, OEIS A000031 from R = 1: 2, 3, 4, 6, 8), R + 1 weight
    /// classes under all permutations.
    @Test func orbitCounts() {
        let necklaces = [2: 3, 3: 4, 4: 6, 5: 8, 6: 14]
        for (r, count) in necklaces {
            #expect(BitPermutationGroup.cyclic(bits: r).orbits(of: Array(0..<(1 << r))).count == count)
            #expect(BitPermutationGroup.symmetric(bits: r).orbits(of: Array(0..<(1 << r))).count == r + 1)
        }
        #expect(BitPermutationGroup.symmetric(bits: 4).elements.count == 24)
    }

    @Test func badInput() throws {
        let f = try TruthTable(variables: 3) { $0 == 7 }
        #expect(throws: BooleanError.self) { try MaskPerceptron.weights(for: f, masks: [8]) }
        #expect(throws: BooleanError.self) { try MaskPerceptron.weights(for: f, masks: [0, 1], tiedBy: [[0, 2]]) }
        let big = try TruthTable(variables: 7) { $0 == 0 }
        #expect(throws: BooleanError.self) { try MaskPerceptron.weights(for: big, masks: [0]) }
        // No masks: only the constant-1 function (the empty sum is 0 ≥ 0).
        #expect(try MaskPerceptron.weights(for: TruthTable(variables: 2) { _ in true }, masks: []) != nil)
        #expect(try MaskPerceptron.weights(for: TruthTable(variables: 2) { $0 != 0 }, masks: []) == nil)
    }

    /// With every mask, any f is a mask perceptron (Möbius inversion gives
    /// ±1 exactly), and the LP's weights compute it; tying weights by the
    /// orbits of all permutations keeps a symmetric f representable exactly
    /// when free weights do.
    @Test func everyFunctionWithAllMasks() async {
        await forAll(count: 40, input: Gen.int(in: 1...4), Gen.int(in: 0...Int.max)) { r, seed in
            let bits = UInt64(truncatingIfNeeded: seed)
            let f = try TruthTable(variables: r) { bits >> UInt64($0) & 1 == 1 }
            let all = Array(0..<(1 << r))
            let w = try #require(try MaskPerceptron.weights(for: f, masks: all))
            #expect(MaskPerceptron.computes(f, masks: all, weights: w))
            let byWeight = try TruthTable(variables: r) { bits >> UInt64($0.nonzeroBitCount) & 1 == 1 }
            let group = BitPermutationGroup.symmetric(bits: r)
            for k in 0...r {
                let masks = MaskPerceptron.masks(bits: r, order: k)
                let free = try MaskPerceptron.weights(for: byWeight, masks: masks)
                let tied = try MaskPerceptron.weights(for: byWeight, masks: masks, tiedBy: group.orbits(of: masks))
                #expect((free == nil) == (tied == nil), "R = \(r), k = \(k), f = \(byWeight)")
                if let tied { #expect(MaskPerceptron.computes(byWeight, masks: masks, weights: tied)) }
            }
        }
    }
}
