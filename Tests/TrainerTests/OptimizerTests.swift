import Testing
@testable import Trainer

/// Two steps of each rule on one parameter, w₀ = 1, g = 0.5 then 0.25, η = 0.1,
/// against values worked out by hand (Adam: with Python floats).
func twoSteps(_ rule: Optimizer) -> [Double] {
    var state = OptimizerState<Double>(rule: rule, learningRate: 0.1)
    var w = [1.0], g = [0.5], m = [0.0], v = [0.0]
    var out: [Double] = []
    for grad in [0.5, 0.25] {
        g[0] = grad
        w.withUnsafeMutableBufferPointer { wp in
            m.withUnsafeMutableBufferPointer { mp in
                v.withUnsafeMutableBufferPointer { vp in
                    g.withUnsafeBufferPointer { gp in
                        state.apply(wp.baseAddress!, gp.baseAddress!, mp.baseAddress!, vp.baseAddress!, ranges: [0..<1])
                    }
                }
            }
        }
        out.append(w[0])
    }
    return out
}

@Test func sgdSteps() {
    let w = twoSteps(.sgd)
    #expect(w[0] == 0.95)
    #expect(abs(w[1] - 0.925) < 1e-15)
}

@Test func momentumSteps() {
    // v = 0.5 → w = 0.95; v = 0.9·0.5 + 0.25 = 0.7 → w = 0.95 − 0.07 = 0.88
    let w = twoSteps(.momentum(0.9))
    #expect(w[0] == 0.95)
    #expect(abs(w[1] - 0.88) < 1e-15)
}

@Test func adamSteps() {
    // Step 1: m̂ = g, v̂ = g², so w = 1 − 0.1·0.5/(0.5 + 1e-8).
    let w = twoSteps(.adamDefault)
    #expect(abs(w[0] - 0.900000002) < 1e-15)
    #expect(abs(w[1] - 0.8067820404774624) < 1e-15)
}

/// Frozen layers never move.
@Test func frozenLayersStay() throws {
    let data = try TrainingData(inputs: [[1, -1], [-1, 1], [1, 1]], labels: [[1], [0], [1]])
    let config = TrainingConfiguration(widths: [3], learningRate: 0.1, epochs: 5, frozenLayers: [0])
    let r = try Training.run(config, data: data, seed: 3)
    var start = try Network<Double>(sizes: [2, 3, 1], activation: .relu)
    var random = TrainerRandom(seed: 3, stream: 0).substream(Training.Purpose.initialization.rawValue)
    try Initialization.fanInUniform.initialize(&start, random: &random)
    #expect(Array(r.parameters[0..<9]) == Array(start.parameters[0..<9]))
    #expect(Array(r.parameters[9...]) != Array(start.parameters[9...]))
}
