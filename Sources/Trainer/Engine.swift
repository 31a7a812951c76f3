/// The training loop for one trial: preallocated buffers, flat parameter
/// vector, hand-written loops over raw pointers. Nothing is allocated per
/// step (balancing, which copies to Double, runs only every k epochs).
final class Engine<T: TrainerScalar> {
    let config: TrainingConfiguration
    let activation: Activation
    let loss: Loss
    let algorithm: Feedback.Algorithm
    let useDerivative: Bool
    let freeze: FreezeSGD?
    let sizes: [Int]
    let layers: Int
    let count: Int
    let rows: Int          // examples per step
    let fullBatch: Bool
    let paramCount: Int
    let weightOffset: [Int]
    let biasOffset: [Int]
    let trainable: [Range<Int>]

    let params, grads, moment1, moment2: UnsafeMutablePointer<T>
    let inputs, targets, batchInputs, batchTargets: UnsafeMutablePointer<T>
    let pre, act, delta: [UnsafeMutablePointer<T>]
    let feedback: [UnsafeMutablePointer<T>]
    let freezeSigns: UnsafeMutablePointer<Int8>?
    /// The weights at the start of the epoch, when sign flips are tracked.
    let flipSnapshot: UnsafeMutablePointer<T>?
    /// (n₀, n₁) when the tiny specialised pass covers this configuration.
    let tinyWidths: (Int, Int)?
    /// Scratch of the narrow-input specialised pass, when it covers this configuration.
    let narrowScratch: NarrowScratch<T>?
    /// The fast path (FastKernel.swift) runs instead of the bit-identical passes.
    let fast: Bool
    /// The fast path's Double loops run on AVX2 (AVX2Kernels.swift).
    let avx2: Bool
    /// Scratch of the fast tiny pass (pre-activations, logits and deltas per
    /// group), and its pointers (read in the pass without a retain).
    let fastScratch: NarrowScratch<T>?
    let fastPre, fastDelta: UnsafeMutablePointer<SIMD4<T>>?
    var order: [Int]
    var optimizer: OptimizerState<T>
    var shuffleRandom, resetRandom: TrainerRandom
    /// Learning-channel dropout's draws (`Feedback.channelDropout`); set by `Training.run`.
    var channelRandom = TrainerRandom(seed: 0)
    private var allocations: [UnsafeMutableRawPointer] = []

    init(config: TrainingConfiguration, data: TrainingData, network: Network<Double>,
         feedbackMatrices: [[Double]], freezeSigns signs: [Int8]?, shuffleRandom: TrainerRandom, resetRandom: TrainerRandom) {
        self.config = config
        activation = config.activation
        loss = config.loss
        algorithm = config.feedback.algorithm
        useDerivative = config.feedback.useDerivative
        freeze = config.freeze
        sizes = network.sizes
        layers = sizes.count - 1
        count = data.count
        fullBatch = (config.batchSize ?? count) >= count
        rows = fullBatch ? count : config.batchSize!
        paramCount = network.parameters.count
        weightOffset = (0..<layers).map(network.weightOffset)
        biasOffset = (0..<layers).map(network.biasOffset)
        var ranges: [Range<Int>] = []
        for k in 0..<layers where !config.frozenLayers.contains(k) {
            let r = weightOffset[k]..<(biasOffset[k] + sizes[k + 1])
            if let last = ranges.last, last.upperBound == r.lowerBound { ranges[ranges.count - 1] = last.lowerBound..<r.upperBound } else { ranges.append(r) }
        }
        trainable = ranges
        var allocs: [UnsafeMutableRawPointer] = []
        func buffer(_ n: Int) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(n, 1))
            p.initialize(repeating: 0, count: max(n, 1))
            allocs.append(UnsafeMutableRawPointer(p))
            return p
        }
        params = buffer(paramCount); grads = buffer(paramCount)
        moment1 = buffer(config.optimizer.stateSlots >= 1 ? paramCount : 0)
        moment2 = buffer(config.optimizer.stateSlots >= 2 ? paramCount : 0)
        for p in 0..<paramCount { params[p] = T(network.parameters[p]) }
        let n0 = sizes[0], nL = sizes[layers]
        inputs = buffer(count * n0); targets = buffer(count * nL)
        for e in 0..<count {
            for j in 0..<n0 { inputs[j * count + e] = T(data.inputs[e * n0 + j]) }
            for o in 0..<nL {
                let label = data.labels[e * nL + o]
                targets[o * count + e] = T(data.labelKind == .bits ? config.loss.target(bit: label) : label)
            }
        }
        batchInputs = buffer(fullBatch ? 0 : rows * n0); batchTargets = buffer(fullBatch ? 0 : rows * nL)
        let widths = network.sizes.dropFirst(), perStep = rows
        pre = widths.map { buffer(perStep * $0) }
        act = widths.map { buffer(perStep * $0) }
        delta = widths.map { buffer(perStep * $0) }
        feedback = feedbackMatrices.map { m in
            let p = buffer(m.count)
            for i in m.indices { p[i] = T(m[i]) }
            return p
        }
        if let signs {
            let s = UnsafeMutablePointer<Int8>.allocate(capacity: paramCount)
            s.initialize(from: signs, count: paramCount)
            allocs.append(UnsafeMutableRawPointer(s))
            freezeSigns = s
        } else {
            freezeSigns = nil
        }
        if config.trackSignFlips {
            let s = buffer(paramCount)
            for p in 0..<paramCount { s[p] = params[p] }
            flipSnapshot = s
        } else {
            flipSnapshot = nil
        }
        tinyWidths = Engine.tinyShape(config, sizes: sizes)
        narrowScratch = Engine.narrowInputs(config, sizes: sizes) != nil ? NarrowScratch(hidden: sizes[1], rows: rows) : nil
        fast = Engine.fastPath(config, sizes: sizes)
        avx2 = Engine.useAVX2(fast: fast)
        fastScratch = fast && tinyWidths != nil ? NarrowScratch(hidden: sizes[1], rows: rows) : nil
        (fastPre, fastDelta) = (fastScratch?.pre, fastScratch?.delta)
        order = Array(0..<count)
        optimizer = OptimizerState(rule: config.optimizer, learningRate: config.learningRate, fast: fast)
        optimizer.avx2 = avx2
        self.shuffleRandom = shuffleRandom
        self.resetRandom = resetRandom
        allocations = allocs
    }

    deinit { for p in allocations { p.deallocate() } }

    // MARK: passes
    //
    // Activations, deltas and data are stored unit-major ("[unit][example]",
    // leading dimension = rows of the buffer), so the forward pass and the
    // backward propagation are axpy loops over the examples of a batch —
    // long, contiguous and vectorized whatever the layer widths — and the
    // weight gradients are dot products over the batch.

    /// Forward pass of `n` examples; `x[j * ld + b]` is input j of example b.
    /// Logits end in pre[L−1].
    @inline(__always)
    func forward(_ x: UnsafePointer<T>, _ ld: Int, _ n: Int) {
        var input = x, ldIn = ld
        let activation = self.activation
        for k in 0..<layers {
            let nIn = sizes[k], nOut = sizes[k + 1]
            let w = UnsafePointer(params + weightOffset[k]), bias = UnsafePointer(params + biasOffset[k])
            let s = pre[k]
            for i in 0..<nOut {
                let sr = s + i * rows, wr = w + i * nIn
                let bi = bias[i]
                for b in 0..<n { sr[b] = bi }
                combine(wr, 1, input, ldIn, nIn, into: sr, n)
            }
            if k < layers - 1 {
                for i in 0..<nOut { activation.apply(UnsafePointer(s + i * rows), act[k] + i * rows, n) }
                input = UnsafePointer(act[k])
                ldIn = rows
            }
        }
    }

    /// Loss summed over the `n` examples and outputs, correct examples, and
    /// ∂(mean loss)/∂z into delta[L−1]; `y[o * ld + b]` is target o of example b.
    @inline(__always)
    func lossAndDelta(_ y: UnsafePointer<T>, _ ld: Int, _ n: Int, wantLoss: Bool = true) -> (Double, Int) {
        let nL = sizes[layers], z = pre[layers - 1], d = delta[layers - 1]
        let loss = self.loss
        var total: T = 0
        var correct = 0
        if loss.couplesOutputs {
            for b in 0..<n {
                let (l, right) = Loss.softmax(UnsafePointer(z + b), y + b, d + b, count: nL, stride: rows, tStride: ld, scale: 1 / T(n))
                total += l
                if right { correct += 1 }
            }
            return (Double(total), correct)
        }
        let scale = 1 / T(n * nL)
        for b in 0..<n {
            var right = true
            for o in 0..<nL {
                let zi = z[o * rows + b], t = y[o * ld + b]
                if wantLoss {
                    let (l, g) = loss.valueAndDerivative(zi, t)
                    total += l
                    d[o * rows + b] = g * scale
                } else {
                    d[o * rows + b] = loss.derivative(zi, t) * scale
                }
                if !loss.isCorrect(zi, t) { right = false }
            }
            if right { correct += 1 }
        }
        return (Double(total), correct)
    }

    /// Gradients (or their feedback-mode stand-ins) into `grads`.
    @inline(__always)
    func backward(_ x: UnsafePointer<T>, _ ld: Int, _ n: Int) {
        for k in stride(from: layers - 1, through: 0, by: -1) {
            let nIn = sizes[k], nOut = sizes[k + 1]
            let input = k == 0 ? x : UnsafePointer(act[k - 1]), ldIn = k == 0 ? ld : rows
            let d = UnsafePointer(delta[k])
            let gw = grads + weightOffset[k], gb = grads + biasOffset[k]
            if let q = config.feedback.updateQuantizer {
                quantizedUpdates(q, layer: k, input, ldIn, n)
            } else {
                for i in 0..<nOut {
                    let dr = d + i * rows
                    gb[i] = sum(dr, n)
                    dots(dr, input, ldIn, nIn, n, into: gw + i * nIn)
                }
            }
            guard k > 0 else { break }
            let matrix: UnsafePointer<T>, source: UnsafePointer<T>, sourceWidth: Int
            switch algorithm {
            case .bp: (matrix, source, sourceWidth) = (UnsafePointer(params + weightOffset[k]), d, nOut)
            case .rbp, .arbp: (matrix, source, sourceWidth) = (UnsafePointer(feedback[k - 1]), d, nOut)
            case .srbp, .asrbp: (matrix, source, sourceWidth) = (UnsafePointer(feedback[k - 1]), UnsafePointer(delta[layers - 1]), sizes[layers])
            }
            let below = delta[k - 1]
            for j in 0..<nIn {
                let out = below + j * rows
                for b in 0..<n { out[b] = 0 }
                combine(matrix + j, nIn, source, rows, sourceWidth, into: out, n)
                if let q = config.feedback.errorQuantizer { quantizeError(q, out, n) }
                if useDerivative { activation.multiplyDerivative(UnsafePointer(pre[k - 1] + j * rows), UnsafePointer(act[k - 1] + j * rows), out, n) }
                if config.feedback.channelDropout > 0 { dropChannel(config.feedback.channelDropout, out, n) }
            }
        }
    }

    /// Optimizer step (pruned entries held at 0), then the per-step hooks (adaptive feedback, Freeze-SGD).
    @inline(__always)
    func step(_ n: Int) {
        if let mask = config.mask { maskGradients(mask) }
        optimizer.apply(params, UnsafePointer(grads), moment1, moment2, ranges: trainable)
        if algorithm == .arbp || algorithm == .asrbp { adaptFeedback(n) }
        if let signs = freezeSigns { freeze!.enforce(params, UnsafePointer(signs), paramCount, random: &resetRandom) }
        if let mask = config.mask { maskParameters(mask) }  // last: no reset revives a pruned entry
    }

    /// ARBP/ASRBP: C ← C − η′ · mean(δ_upper ⊗ O_lower) from this step's signals.
    func adaptFeedback(_ n: Int) {
        let rate = T(config.feedback.adaptationRate ?? config.learningRate)
        for h in 0..<(layers - 1) {
            let c = feedback[h], nLow = sizes[h + 1]
            if algorithm == .arbp {
                let g = grads + weightOffset[h + 1]
                for p in 0..<(sizes[h + 2] * nLow) { c[p] -= rate * g[p] }
            } else {
                let nL = sizes[layers], top = UnsafePointer(delta[layers - 1]), o = UnsafePointer(act[h])
                for r in 0..<nL {
                    for j in 0..<nLow { c[r * nLow + j] -= rate * dot(top + r * rows, o + j * rows, n) }
                }
            }
        }
    }

    /// Loss terms per example: one per output, or one for softmax.
    var termsPerExample: Int { loss.couplesOutputs ? 1 : sizes[layers] }

    /// (mean loss, accuracy) of the current parameters on the whole set.
    func evaluate() -> (Double, Double) {
        var loss = 0.0, correct = 0
        var start = 0
        while start < count {
            let n = min(rows, count - start)
            forward(inputs + start, count, n)
            let (l, c) = lossAndDelta(targets + start, count, n)
            loss += l; correct += c
            start += n
        }
        return (loss / Double(count * termsPerExample), Double(correct) / Double(count))
    }

    func network() -> Network<Double> {
        try! Network(sizes: sizes, activation: config.activation, parameters: (0..<paramCount).map { Double(params[$0]) })
    }

    func balance(_ hook: any BalancingHook) {
        var net = network()
        hook.balance(&net)
        for p in 0..<paramCount { params[p] = T(net.parameters[p]) }
    }

    // MARK: the loop

    struct Outcome {
        var metrics: [EpochMetrics] = []
        var epochsToTarget: Int?
        var epochsRun = 0
        var finalLoss = 0.0, finalAccuracy = 0.0
        /// Per epoch, per layer: fraction of weights that changed sign.
        var signFlips: [[Double]] = []
    }

    func train() -> Outcome {
        var out = Outcome()
        let target = config.targetAccuracy
        let track = config.recordMetrics || config.stopAtTarget || config.trackEpochsToTarget
        func record(_ epoch: Int, _ loss: Double, _ accuracy: Double) {
            if config.recordMetrics { out.metrics.append(EpochMetrics(epoch: epoch, loss: loss, accuracy: accuracy)) }
            if out.epochsToTarget == nil, accuracy >= target { out.epochsToTarget = epoch }
        }
        if let hook = config.balancing, hook.beforeTraining { balance(hook) }
        let every = config.balancing?.everyEpochs ?? 0
        let n0 = sizes[0], nL = sizes[layers]
        if fullBatch, Engine.fusedShape(config, sizes: sizes, count: count) != nil {
            let (run, toTarget, stopped) = fusedTrain()
            (out.epochsRun, out.epochsToTarget) = (run, toTarget)
            (out.finalLoss, out.finalAccuracy) = evaluate()
            if !stopped { record(out.epochsRun, out.finalLoss, out.finalAccuracy) }
        } else if fullBatch {
            var recordedLast = false
            let tiny = tinyWidths != nil && count % 4 == 0, narrow = narrowScratch != nil && count % 4 == 0
            for e in 0..<config.epochs {
                let l: Double, c: Int
                if tiny {
                    (l, c) = tinyPass(inputs, count, targets, count, count, wantLoss: config.recordMetrics)
                } else if narrow {
                    (l, c) = narrowPass(inputs, count, targets, count, wantLoss: config.recordMetrics)
                } else {
                    forward(inputs, count, count)
                    (l, c) = lossAndDelta(targets, count, count, wantLoss: config.recordMetrics)
                }
                // This forward pass measures the state after e epochs.
                record(e, l / Double(count * termsPerExample), Double(c) / Double(count))
                if config.stopAtTarget, out.epochsToTarget != nil { recordedLast = true; break }
                if !tiny && !narrow { backward(inputs, count, count) }
                step(count)
                out.epochsRun = e + 1
                if every > 0, (e + 1) % every == 0 { balance(config.balancing!) }
                if flipSnapshot != nil { out.signFlips.append(countSignFlips()) }
            }
            (out.finalLoss, out.finalAccuracy) = evaluate()
            if !recordedLast { record(out.epochsRun, out.finalLoss, out.finalAccuracy) }
        } else {
            if track {
                let (l, a) = evaluate()
                record(0, l, a)
            }
            if !(config.stopAtTarget && out.epochsToTarget != nil) {
                for e in 0..<config.epochs {
                    shuffleRandom.shuffle(&order)
                    var start = 0
                    while start < count {
                        let n = min(rows, count - start)
                        order.withUnsafeBufferPointer { o in
                            for j in 0..<n0 { for r in 0..<n { batchInputs[j * rows + r] = inputs[j * count + o[start + r]] } }
                            for j in 0..<nL { for r in 0..<n { batchTargets[j * rows + r] = targets[j * count + o[start + r]] } }
                        }
                        if tinyWidths != nil, n % 4 == 0 {
                            _ = tinyPass(batchInputs, rows, batchTargets, rows, n, wantLoss: false)
                        } else if narrowScratch != nil, n % 4 == 0 {
                            _ = narrowPass(batchInputs, rows, batchTargets, n, wantLoss: false)
                        } else {
                            forward(batchInputs, rows, n)
                            _ = lossAndDelta(batchTargets, rows, n, wantLoss: false)
                            backward(batchInputs, rows, n)
                        }
                        step(n)
                        start += n
                    }
                    out.epochsRun = e + 1
                    if every > 0, (e + 1) % every == 0 { balance(config.balancing!) }
                    if flipSnapshot != nil { out.signFlips.append(countSignFlips()) }
                    if track {
                        let (l, a) = evaluate()
                        record(e + 1, l, a)
                        if config.stopAtTarget, out.epochsToTarget != nil { break }
                    }
                }
            }
            (out.finalLoss, out.finalAccuracy) = evaluate()
        }
        return out
    }
}

/// y[b] += a·x[b] for b < n.
@inline(__always)
func axpy<T: TrainerScalar>(_ a: T, _ x: UnsafePointer<T>, _ y: UnsafeMutablePointer<T>, _ n: Int) {
    for b in 0..<n { y[b] += a * x[b] }
}

/// y[b] += Σ_{j<m} a[j·s]·x[j·ld + b] for b < n, four vectors per pass
/// over y (a fixed grouping, so results stay deterministic).
@inline(__always)
func combine<T: TrainerScalar>(_ a: UnsafePointer<T>, _ s: Int, _ x: UnsafePointer<T>, _ ld: Int, _ m: Int,
                               into y: UnsafeMutablePointer<T>, _ n: Int) {
    var j = 0
    while j &+ 4 <= m {
        let a0 = a[j &* s], a1 = a[(j &+ 1) &* s], a2 = a[(j &+ 2) &* s], a3 = a[(j &+ 3) &* s]
        let x0 = x + j &* ld, x1 = x0 + ld, x2 = x1 + ld, x3 = x2 + ld
        for b in 0..<n { y[b] += (a0 * x0[b] + a1 * x1[b]) + (a2 * x2[b] + a3 * x3[b]) }
        j &+= 4
    }
    while j < m { axpy(a[j &* s], x + j &* ld, y, n); j &+= 1 }
}

/// g[j] = Σ_b d[b]·x[j·ld + b] for j < m: four dot products per pass over
/// d, each with two accumulators (even and odd b).
@inline(__always)
func dots<T: TrainerScalar>(_ d: UnsafePointer<T>, _ x: UnsafePointer<T>, _ ld: Int, _ m: Int, _ n: Int,
                            into g: UnsafeMutablePointer<T>) {
    var j = 0
    while j &+ 4 <= m {
        let x0 = x + j &* ld, x1 = x0 + ld, x2 = x1 + ld, x3 = x2 + ld
        var s0: T = 0, s1: T = 0, s2: T = 0, s3: T = 0, t0: T = 0, t1: T = 0, t2: T = 0, t3: T = 0
        var b = 0
        while b &+ 2 <= n {
            let d0 = d[b], d1 = d[b &+ 1]
            s0 += d0 * x0[b]; t0 += d1 * x0[b &+ 1]
            s1 += d0 * x1[b]; t1 += d1 * x1[b &+ 1]
            s2 += d0 * x2[b]; t2 += d1 * x2[b &+ 1]
            s3 += d0 * x3[b]; t3 += d1 * x3[b &+ 1]
            b &+= 2
        }
        if b < n { let d0 = d[b]; s0 += d0 * x0[b]; s1 += d0 * x1[b]; s2 += d0 * x2[b]; s3 += d0 * x3[b] }
        g[j] = s0 + t0; g[j &+ 1] = s1 + t1; g[j &+ 2] = s2 + t2; g[j &+ 3] = s3 + t3
        j &+= 4
    }
    while j < m { g[j] = dot(d, x + j &* ld, n); j &+= 1 }
}

/// Σ a[b]·x[b] with four accumulators (breaks the add-latency chain; the
/// summation order is fixed, so results stay deterministic).
@inline(__always)
func dot<T: TrainerScalar>(_ a: UnsafePointer<T>, _ x: UnsafePointer<T>, _ n: Int) -> T {
    var s0: T = 0, s1: T = 0, s2: T = 0, s3: T = 0
    var b = 0
    while b &+ 4 <= n {
        s0 += a[b] * x[b]; s1 += a[b &+ 1] * x[b &+ 1]; s2 += a[b &+ 2] * x[b &+ 2]; s3 += a[b &+ 3] * x[b &+ 3]
        b &+= 4
    }
    while b < n { s0 += a[b] * x[b]; b &+= 1 }
    return (s0 + s1) + (s2 + s3)
}

/// Σ a[b] for b < n, in the same fixed order as `dot`.
@inline(__always)
func sum<T: TrainerScalar>(_ a: UnsafePointer<T>, _ n: Int) -> T {
    var s0: T = 0, s1: T = 0, s2: T = 0, s3: T = 0
    var b = 0
    while b &+ 4 <= n { s0 += a[b]; s1 += a[b &+ 1]; s2 += a[b &+ 2]; s3 += a[b &+ 3]; b &+= 4 }
    while b < n { s0 += a[b]; b &+= 1 }
    return (s0 + s1) + (s2 + s3)
}

/// Loss and training accuracy after `epoch` epochs (0 = at initialization).
public struct EpochMetrics: Sendable, Equatable {
    public let epoch: Int
    public let loss: Double
    public let accuracy: Double
}

extension Engine where T == Double {
    /// One full-batch forward and backward pass at `network`'s parameters:
    /// (mean loss, the gradient or its feedback-mode stand-in). For tests
    /// and for callers that drive their own update rule.
    static func lossAndGradient(_ config: TrainingConfiguration, data: TrainingData, network: Network<Double>,
                                feedbackMatrices: [[Double]] = []) -> (Double, [Double]) {
        var c = config
        c.batchSize = nil
        let e = Engine(config: c, data: data, network: network, feedbackMatrices: feedbackMatrices, freezeSigns: nil,
                       shuffleRandom: TrainerRandom(seed: 0), resetRandom: TrainerRandom(seed: 0))
        e.forward(e.inputs, e.count, e.count)
        let (l, _) = e.lossAndDelta(e.targets, e.count, e.count)
        e.backward(e.inputs, e.count, e.count)
        return (l / Double(e.count * e.termsPerExample), (0..<e.paramCount).map { e.grads[$0] })
    }
}
