/// Issue 15's fused loop: the whole full-batch training of a small
/// n₀ → n₁ → 1 network with Adam in one function, the widths compile-time
/// constants (value generics, one instantiation per pair in `fusedPairs`),
/// so every loop over a width is unrolled, and nothing between epochs but
/// the arithmetic: no optimizer struct behind an exclusivity check, no
/// array of trainable ranges, no hook tests, no per-step closure.
///
/// **Bit for bit the fast path.** Each epoch performs exactly the
/// operations of `tinyFast` followed by `OptimizerState.adamFast` (the
/// same lane operations, each gradient accumulator summed over the groups
/// in the same order, the same bias corrections), only scheduled
/// differently: the backward sweep runs unit by unit so a unit's
/// accumulators stay in registers. So its results equal the fast path's
/// exactly (`FusedKernelTests`), and the fast path's stated tolerance
/// against the bit-identical passes (FastKernel.swift) carries over. The
/// one exception is a diverged ReLU run: the rectifier is max(v, 0·v),
/// which for a pre-activation of +∞ gives NaN where the select gives +∞.
///
/// On x86-64 the hidden rectifier is one `maxpd` per register
/// (`rectifyUnitSlope`, hence slopes in [0, 1] only), Adam's square roots
/// `sqrtpd` (`squareRootLanes`), and the lane masks `cmppd`.
extension Engine {
    /// The (n₀, n₁) pairs with a fused instantiation.
    static var fusedPairs: [(Int, Int)] { [(2, 2), (2, 3), (2, 4), (3, 3), (3, 4), (4, 3), (4, 4), (4, 5), (5, 4), (5, 5)] }

    /// (n₀, n₁) when the fused loop runs the whole training: the fast tiny
    /// path, full batch of a multiple of 4 examples, Adam, and none of the
    /// hooks it does not serve (balancing, Freeze-SGD, sign flips, frozen
    /// layers, per-epoch metrics; those take the fast path's loop, with
    /// the same results). Success tracking and stop-at-target it serves.
    static func fusedShape(_ config: TrainingConfiguration, sizes: [Int], count: Int) -> (Int, Int)? {
        guard fastPath(config, sizes: sizes), let (n0, n1) = tinyShape(config, sizes: sizes), count % 4 == 0,
              (config.batchSize ?? count) >= count, case .adam = config.optimizer, config.balancing == nil,
              config.freeze == nil, !config.trackSignFlips, config.frozenLayers.isEmpty, !config.recordMetrics,
              fusedPairs.contains(where: { $0 == (n0, n1) }), (0...1).contains(unitSlope(config.activation))
        else { return nil }
        return (n0, n1)
    }

    /// The rectifier's slope on v ≤ 0 (0 ReLU, a leaky ReLU, 1 identity):
    /// within [0, 1] `rectifyUnitSlope` (one max per register) is `rectify`.
    static func unitSlope(_ activation: Activation) -> Double {
        switch activation {
        case .relu: return 0
        case .leakyReLU(let a): return a
        default: return 1
        }
    }

    /// Runs `config.epochs` epochs (fewer when stopping at the target):
    /// (epochs run, first epoch count at the target accuracy, stopped there).
    func fusedTrain() -> (run: Int, toTarget: Int?, stopped: Bool) {
        if avx2, let result = fusedAVX2() { return result }
        typealias W = InlineArray
        switch (sizes[0], sizes[1]) {
        case (2, 2): return fused(W<2, Int>.self, W<2, Int>.self)
        case (2, 3): return fused(W<2, Int>.self, W<3, Int>.self)
        case (2, 4): return fused(W<2, Int>.self, W<4, Int>.self)
        case (3, 3): return fused(W<3, Int>.self, W<3, Int>.self)
        case (3, 4): return fused(W<3, Int>.self, W<4, Int>.self)
        case (4, 3): return fused(W<4, Int>.self, W<3, Int>.self)
        case (4, 4): return fused(W<4, Int>.self, W<4, Int>.self)
        case (4, 5): return fused(W<4, Int>.self, W<5, Int>.self)
        case (5, 4): return fused(W<5, Int>.self, W<4, Int>.self)
        case (5, 5): return fused(W<5, Int>.self, W<5, Int>.self)
        default: preconditionFailure("fusedTrain called for sizes \(sizes)")
        }
    }

    func fused<let N0: Int, let N1: Int>(_: InlineArray<N0, Int>.Type, _: InlineArray<N1, Int>.Type) -> (run: Int, toTarget: Int?, stopped: Bool) {
        guard case .adam(let beta1, let beta2, let epsilon) = config.optimizer else { preconditionFailure("fused loop without Adam") }
        // Network's flat layout [W¹ (n₁×n₀), b¹, W², b²], as constants.
        let c1 = N1 &* N0, o2 = c1 &+ N1, c2 = o2 &+ N1, P = c2 &+ 1
        precondition(weightOffset == [0, o2] && biasOffset == [c1, c2], "unexpected parameter layout")
        let w = params, g = grads, m = moment1, v = moment2
        let x = UnsafePointer(inputs), y = UnsafePointer(targets), ld = count, n = count, groups = n / 4
        let bp = algorithm == .bp
        let a = UnsafePointer(bp ? params + o2 : feedback[0])
        let (_, slope) = hiddenActivationKind
        let fSlope = useDerivative ? slope : 1
        let output = OutputLanes<T>(OutputLane<T>(loss, wantLoss: false, pass: "fast"))
        let scale = SIMD4<T>(repeating: 1 / T(n))
        let sS = fastPre.unsafelyUnwrapped, zD = fastDelta.unsafelyUnwrapped, stride = (rows + 3) / 4
        let b1 = T(beta1), b2 = T(beta2), k1 = 1 - b1, k2 = 1 - b2
        let vb1 = SIMD4<T>(repeating: b1), vk1 = SIMD4<T>(repeating: k1), vb2 = SIMD4<T>(repeating: b2), vk2 = SIMD4<T>(repeating: k2)
        let ve = SIMD4<T>(repeating: T(epsilon))
        let target = config.targetAccuracy, stop = config.stopAtTarget, epochs = config.epochs
        var power1 = optimizer.beta1Power, power2 = optimizer.beta2Power
        var toTarget: Int?
        var run = 0, stopped = false
        for e in 0..<epochs {
            // The parameters broadcast once per epoch, before any store
            // (the scratch pointers might alias them for all the compiler
            // knows, so it would reload and broadcast them per group).
            var w1 = InlineArray<N1, InlineArray<N0, SIMD4<T>>>(repeating: InlineArray(repeating: .zero))
            var b1v = InlineArray<N1, SIMD4<T>>(repeating: .zero), w2 = b1v, av = b1v
            for i in 0..<N1 {
                for j in 0..<N0 { w1[i][j] = SIMD4(repeating: w[i &* N0 &+ j]) }
                b1v[i] = SIMD4(repeating: w[c1 &+ i]); w2[i] = SIMD4(repeating: w[o2 &+ i]); av[i] = SIMD4(repeating: a[i])
            }
            let b2v = SIMD4<T>(repeating: w[c2])
            // Forward, as tinyFast: pre-activations and logits per group.
            for c in 0..<groups {
                var xs = InlineArray<N0, SIMD4<T>>(repeating: .zero)
                for j in 0..<N0 { xs[j] = load4(x + (j &* ld &+ 4 &* c)) }
                var z = b2v
                for i in 0..<N1 {
                    var s = b1v[i]
                    for j in 0..<N0 { s += w1[i][j] * xs[j] }
                    sS[i &* stride &+ c] = s
                    z += w2[i] * T.rectifyUnitSlope(s, slope: slope)
                }
                zD[c] = z
            }
            var total: T = 0
            var correct = 0
            var gb2 = SIMD4<T>.zero
            for c in 0..<groups {
                let d = output.gradient(zD[c], load4(y + 4 &* c), total: &total, correct: &correct) * scale
                zD[c] = d
                gb2 += d
            }
            if toTarget == nil, Double(correct) / Double(n) >= target { toTarget = e }
            if stop, toTarget != nil { stopped = true; break }
            // Backward unit by unit: each accumulator sums the groups in
            // order, as tinyFast's, with the unit's in registers.
            for i in 0..<N1 {
                let ai = av[i]
                var g1 = InlineArray<N0, SIMD4<T>>(repeating: .zero)
                var gb1 = SIMD4<T>.zero, gw2 = SIMD4<T>.zero
                for c in 0..<groups {
                    let s = sS[i &* stride &+ c], d = zD[c]
                    gw2 += d * T.rectifyUnitSlope(s, slope: slope)
                    let dh = ai * d * T.rectifierSlope(s, slope: fSlope)
                    gb1 += dh
                    for j in 0..<N0 { g1[j] += dh * load4(x + (j &* ld &+ 4 &* c)) }
                }
                for j in 0..<N0 { g[i &* N0 &+ j] = g1[j].sum() }
                g[c1 &+ i] = gb1.sum()
                g[o2 &+ i] = gw2.sum()
            }
            g[c2] = gb2.sum()
            // Adam as adamFast over 0..<P, the corrections as
            // OptimizerState's (β powers by repeated products).
            power1 *= beta1; power2 *= beta2
            let vs = SIMD4<T>(repeating: T(config.learningRate / (1 - power1))), vi = SIMD4<T>(repeating: T(1 / (1 - power2).squareRoot()))
            var q = 0
            while q &+ 4 <= P {
                let gp = load4(g + q)
                let mp = vb1 * load4(m + q) + vk1 * gp
                let vp = vb2 * load4(v + q) + vk2 * gp * gp
                store4(mp, m + q); store4(vp, v + q)
                store4(load4(w + q) - vs * mp / (T.squareRootLanes(vp) * vi + ve), w + q)
                q &+= 4
            }
            // The last P mod 4 parameters in one padded vector (lanes are
            // independent, so each gets the scalar loop's value).
            if q < P {
                var gp = SIMD4<T>.zero, mo = gp, vo = gp, wo = gp
                for l in 0..<(P &- q) { gp[l] = g[q &+ l]; mo[l] = m[q &+ l]; vo[l] = v[q &+ l]; wo[l] = w[q &+ l] }
                let mp = vb1 * mo + vk1 * gp
                let vp = vb2 * vo + vk2 * gp * gp
                let wp = wo - vs * mp / (T.squareRootLanes(vp) * vi + ve)
                for l in 0..<(P &- q) { m[q &+ l] = mp[l]; v[q &+ l] = vp[l]; w[q &+ l] = wp[l] }
            }
            run = e &+ 1
        }
        optimizer.step += run
        (optimizer.beta1Power, optimizer.beta2Power) = (power1, power2)
        optimizer.nextCorrections = nil
        return (run, toTarget, stopped)
    }
}
