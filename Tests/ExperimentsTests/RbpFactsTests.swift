import Testing
import Trainer
@testable import Experiments

/// A[1,1,1] by hand: a = 1/2, w₂ = 2, biases 0, x = 1, T = 0 → h = 1/2,
/// O = 1, δ_out = 2(O − T) = 2. Top layer: (δ·h, δ) = (1, 2) in every mode.
/// BP sends w₂·δ = 4 down; RBP with c = −1 sends −2.
@Test func updateDirectionByHand() throws {
    let net = try Network<Double>(sizes: [1, 1, 1], activation: .identity, parameters: [0.5, 0, 2, 0])
    let s = RbpFacts.Instance(network: net, inputs: [[1]])
    #expect(try RbpFacts.direction(.bp, s, targets: [[0]], matrices: []) == [4, 4, 1, 2])
    #expect(try RbpFacts.direction(Feedback(.rbp), s, targets: [[0]], matrices: [[-1]]) == [-2, -2, 1, 2])
    #expect(try RbpFacts.direction(Feedback(.srbp), s, targets: [[0]], matrices: [[-1]]) == [-2, -2, 1, 2])
}

/// Fact 4 needs congruence: with random-sign feedback some first-layer
/// update leaves the gradient's orthant — so the sign check can fail.
@Test func fact4FailsWithoutCongruence() throws {
    var random = TrainerRandom(seed: 11)
    var violations = 0
    for _ in 0..<50 {
        let s = try RbpFacts.instance(sizes: [2, 3, 1], activation: .identity, examples: 1, random: &random)
        let t = [[s.network.output(s.inputs[0])[0] + 1]]
        let gradient = try RbpFacts.direction(.bp, s, targets: t, matrices: [])
        let d = try RbpFacts.direction(Feedback(.rbp), s, targets: t, matrices: RbpFacts.matrices(Feedback(.rbp), s.network, congruent: false, random: &random))
        if zip(d, gradient).contains(where: { $0 * $1 < 0 }) { violations += 1 }
    }
    #expect(violations > 0)
}

/// `updateDirection` rejects a network of the wrong shape.
@Test func updateDirectionChecksShapes() throws {
    let net = try Network<Double>(sizes: [2, 3, 1], activation: .relu)
    let data = try TrainingData(inputs: [[1]], labels: [[0]], kind: .real)
    #expect(throws: TrainerError.self) { try Training.updateDirection(TrainingConfiguration(widths: [3], loss: .mse), data: data, network: net, seed: 1) }
}
