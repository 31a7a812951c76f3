import ClaimKit
import Trainer

/// Paper 003, section 6, Facts 1–4: identities of the learning rules that
/// the trainer's feedback modes must satisfy, for BP, RBP, SRBP, ARBP and
/// ASRBP, each with and without f′.
///
/// * Fact 1: the top layer's update is BP's in every mode.
/// * Fact 2: negating T − O negates every update.
/// * Fact 3: T = O gives no update at all.
/// * Fact 4: on A[N₀, N₁, 1] with congruent feedback (each c_i with the
///   sign of the top weight b_i), every update of one example lies in the
///   closed orthant of the gradient.
///
/// Why bit-for-bit comparison is sound although the trainer computes in
/// doubles: weights k/8 (|k| ≤ 16), inputs k/4 (|k| ≤ 8), feedback entries
/// ±k/8 and piecewise-linear units (identity, ReLU, leaky ReLU ½) keep the
/// forward pass exact (dyadic values far below 53 significant bits), so the
/// reference output O equals the engine's, T = O is exactly zero error and
/// 2O − T exactly negates it. What rounds afterwards (the 1/(N·n_L) scale,
/// long sums) rounds symmetrically under negation. Fact 4 compares signs.
enum RbpFacts {
    static let activations: [Activation] = [.identity, .relu, .leakyReLU(0.5)]

    static func modes() -> [Feedback] {
        Feedback.Algorithm.allCases.flatMap { a in [true, false].map { Feedback(a, useDerivative: $0) } }
    }

    /// A random dyadic instance: network, data, and a feedback draw of
    /// ±k/8 entries (so feedback products stay exact too).
    struct Instance {
        let network: Network<Double>, inputs: [[Double]]
    }

    static func instance(sizes: [Int], activation: Activation, examples: Int, random: inout TrainerRandom) throws -> Instance {
        func dyadic(_ bound: Int, _ denominator: Double) -> Double { Double(random.index(below: 2 * bound + 1) - bound) / denominator }
        var net = try Network<Double>(sizes: sizes, activation: activation)
        for p in net.parameters.indices { net.parameters[p] = dyadic(16, 8) }
        return Instance(network: net, inputs: (0..<examples).map { _ in (0..<sizes[0]).map { _ in dyadic(8, 4) } })
    }

    /// Feedback matrices of dyadic entries, one per hidden layer, in the
    /// shapes `Feedback` expects; congruent ones take the sign of the
    /// forward weight they stand for (A[N₀, N₁, 1]: RBP and SRBP alike).
    static func matrices(_ f: Feedback, _ net: Network<Double>, congruent: Bool, random: inout TrainerRandom) -> [[Double]] {
        (0..<(net.layerCount - 1)).map { h in
            let (rows, cols) = f.shape(hidden: h, sizes: net.sizes)
            return (0..<(rows * cols)).map { p in
                let m = Double(1 + random.index(below: 16)) / 8
                if congruent { return net.weight(h + 1, p / cols, p % cols) < 0 ? -m : m }
                return random.next() >> 63 == 0 ? m : -m
            }
        }
    }

    static func direction(_ f: Feedback, _ s: Instance, targets: [[Double]], matrices: [[Double]]) throws -> [Double] {
        var f = f
        if f.algorithm != .bp { f.distribution = .explicit(matrices) }
        let data = try TrainingData(inputs: s.inputs, labels: targets, kind: .real)
        let config = TrainingConfiguration(widths: Array(s.network.sizes.dropFirst().dropLast()), activation: s.network.activation,
                                           loss: .mse, optimizer: .sgd, feedback: f)
        return try Training.updateDirection(config, data: data, network: s.network, seed: 0).direction
    }

    static let claim = Claim(
        id: "rbp.facts-1-4",
        source: Source(.randomBackprop, section: "section 6", label: "Facts 1–4"),
        statement: "For BP, RBP, SRBP, ARBP and ASRBP, with and without f′: the top layer follows the gradient (Fact 1); negating T − O negates every update (Fact 2); T = O gives no update (Fact 3); on A[N₀, N₁, 1] with congruent feedback every single-example update lies in the gradient's closed orthant (Fact 4). Checked on the trainer with dyadic values, where double arithmetic is exact.",
        expected: .holds, method: .exact
    ) { context in
        var random = TrainerRandom(seed: context.seed, stream: 0x4641_4354)  // "FACT"
        let count = context.quick ? 20 : 200
        var failures: [String] = [], checked = 0, nonZeroFirstLayer = 0
        for k in 0..<count {
            let activation = activations[k % activations.count]
            let depth = 1 + random.index(below: 3)
            let sizes = [1 + random.index(below: 4)] + (0..<depth).map { _ in 1 + random.index(below: 4) } + [1 + random.index(below: 3)]
            let s = try instance(sizes: sizes, activation: activation, examples: 1 + random.index(below: 4), random: &random)
            let outputs = s.inputs.map { s.network.output($0) }
            let targets = outputs.map { o in o.map { $0 + Double(random.index(below: 17) - 8) / 8 } }
            let flipped = zip(outputs, targets).map { o, t in zip(o, t).map { 2 * $0 - $1 } }
            let top = s.network.weightOffset(s.network.layerCount - 1)
            let bp = try direction(.bp, s, targets: targets, matrices: [])
            for f in modes() {
                let c = matrices(f, s.network, congruent: false, random: &random)
                let d = try direction(f, s, targets: targets, matrices: c)
                let label = "\(f) on \(sizes) \(activation)"
                if Array(d[top...]) != Array(bp[top...]) { failures.append("Fact 1: \(label)") }
                if try direction(f, s, targets: flipped, matrices: c) != d.map({ -$0 }) { failures.append("Fact 2: \(label)") }
                if try direction(f, s, targets: outputs, matrices: c).contains(where: { $0 != 0 }) { failures.append("Fact 3: \(label)") }
                checked += 1
            }
            // Fact 4 on A[N₀, N₁, 1], one example.
            let shallow = try instance(sizes: [sizes[0], sizes[1], 1], activation: activation, examples: 1, random: &random)
            let t = [[shallow.network.output(shallow.inputs[0])[0] + Double(1 + random.index(below: 8)) / 8 * (random.next() >> 63 == 0 ? 1 : -1)]]
            let gradient = try direction(.bp, shallow, targets: t, matrices: [])
            for f in modes() where f.algorithm != .bp {
                let d = try direction(f, shallow, targets: t, matrices: matrices(f, shallow.network, congruent: true, random: &random))
                if zip(d, gradient).contains(where: { $0 * $1 < 0 }) { failures.append("Fact 4: \(f) on \(shallow.network.sizes) \(activation)") }
                nonZeroFirstLayer += zip(d, gradient).prefix(shallow.network.biasOffset(0)).filter { $0 != 0 && $1 != 0 }.count
            }
        }
        return .holds(if: failures.isEmpty,
                      "\(count) random dyadic networks (depth 1–3, widths ≤ 4; identity, ReLU, leaky ReLU ½) × 10 feedback modes: \(checked) mode checks of Facts 1–3 bit for bit, Fact 4 by signs (\(nonZeroFirstLayer) non-zero first-layer pairs agree)",
                      counterexample: failures.first ?? "")
    }
}
