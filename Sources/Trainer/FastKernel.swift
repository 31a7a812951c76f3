/// The fast path of issue 15 (`Kernel.automatic`) for the shapes the tiny
/// pass covers (n₀ ≤ 5 → n₁ ≤ 10 → 1, e.g. the dissertation's 4 → 3 → 1):
/// the tiny pass's structure (widths as value generics, four examples per
/// SIMD4 group, weights in registers) without its bit-identity
/// constraints — one SIMD4 accumulator per gradient entry, summed once at
/// the end, and the BCE logistic from `expNonPositive` instead of libm.
///
/// **Tolerance.** Per step the gradients differ from the general loops'
/// by reassociated sums and the ≤ 3 ulp exponential of FastLanes.swift,
/// and Adam divides once per parameter, w ← w − (η′m)/(√v·c + ε) with
/// c = 1/√(1−β₂ᵗ) (`OptimizerState.adamFast`). Over a run these
/// differences are amplified by the training dynamics like any other
/// rounding. `FastPathTests` hold: after 10 epochs, parameters and losses
/// within 10⁻⁹ (Double; 10⁻³ Float) of the bit-identical path, relative to
/// max(1, |value|), for every shape, activation, loss, feedback mode and
/// optimizer the path covers; on 4-parity over 4000 Adam epochs, the same
/// trials succeed at the same epoch and successful trials end with the
/// same loss to 10⁻⁶. Trials that stall on a plateau can drift apart along
/// its flat directions (on 300 dissertation trials: parameters up to 15 %
/// apart, losses within 5·10⁻⁴; 270 of the 300 within 3·10⁻⁵).
/// `Kernel.bitIdentical` turns the path off.
extension Engine {
    /// Whether the fast path runs: `.automatic` and a shape the tiny or
    /// narrow pass covers (hooks the loop around the pass serves —
    /// Freeze-SGD, balancing, sign flips, frozen layers, metrics — work as
    /// on the other paths; ARBP/ASRBP and other shapes take the general
    /// loops).
    static func fastPath(_ config: TrainingConfiguration, sizes: [Int]) -> Bool {
        config.kernel == .automatic && (tinyShape(config, sizes: sizes) != nil || narrowInputs(config, sizes: sizes) != nil)
    }

    @inline(__always)
    func tinyFast<let N0: Int, let N1: Int>(_: InlineArray<N0, Int>.Type, _: InlineArray<N1, Int>.Type,
                                            _ x: UnsafePointer<T>, _ ld: Int, _ y: UnsafePointer<T>, _ ldY: Int, _ n: Int, wantLoss: Bool) -> (Double, Int) {
        let o1 = weightOffset[0], c1 = biasOffset[0], o2 = weightOffset[1], c2 = biasOffset[1]
        let back = algorithm == .bp ? UnsafePointer(params + o2) : UnsafePointer(feedback[0])
        var w1 = InlineArray<N1, InlineArray<N0, T>>(repeating: InlineArray(repeating: 0))
        var b1 = InlineArray<N1, T>(repeating: 0), w2 = InlineArray<N1, T>(repeating: 0), a2 = InlineArray<N1, T>(repeating: 0)
        for i in 0..<N1 {
            for j in 0..<N0 { w1[i][j] = params[o1 &+ i &* N0 &+ j] }
            b1[i] = params[c1 &+ i]; w2[i] = params[o2 &+ i]; a2[i] = back[i]
        }
        let b2 = params[c2]
        // ReLU, leaky ReLU and identity are all v > 0 ? v : a·v (a = 0,
        // slope, 1; ReLU's negative lanes become −0), and f′ is 1 or a — no
        // branch in the loop; without f′ (RBP variants) the factor is 1.
        let (_, slope) = hiddenActivationKind
        let fSlope = useDerivative ? slope : 1
        let output = OutputLanes<T>(OutputLane<T>(loss, wantLoss: wantLoss, pass: "fast"))
        let scale = SIMD4<T>(repeating: 1 / T(n))
        // Three sweeps over the groups of four examples, each with
        // independent iterations, so the out-of-order core overlaps groups:
        // forward (pre-activations and logits to scratch), the output
        // gradients (the exponential's latency pipelined), backward.
        let sS = fastPre.unsafelyUnwrapped, zD = fastDelta.unsafelyUnwrapped, stride = (rows + 3) / 4, groups = n / 4
        for c in 0..<groups {
            var xs = InlineArray<N0, SIMD4<T>>(repeating: .zero)
            for j in 0..<N0 { xs[j] = load4(x + (j &* ld &+ 4 &* c)) }
            var z = SIMD4<T>(repeating: b2)
            for i in 0..<N1 {
                var v = SIMD4<T>(repeating: b1[i])
                for j in 0..<N0 { v += w1[i][j] * xs[j] }
                sS[i &* stride &+ c] = v
                z += w2[i] * T.rectify(v, slope: slope)
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
        var g1 = InlineArray<N1, InlineArray<N0, SIMD4<T>>>(repeating: InlineArray(repeating: .zero))
        var gb1 = InlineArray<N1, SIMD4<T>>(repeating: .zero), gw2 = gb1
        for c in 0..<groups {
            var xs = InlineArray<N0, SIMD4<T>>(repeating: .zero)
            for j in 0..<N0 { xs[j] = load4(x + (j &* ld &+ 4 &* c)) }
            let d = zD[c]
            for i in 0..<N1 {
                let v = sS[i &* stride &+ c]
                gw2[i] += d * T.rectify(v, slope: slope)
                let dh = a2[i] * d * T.rectifierSlope(v, slope: fSlope)
                gb1[i] += dh
                for j in 0..<N0 { g1[i][j] += dh * xs[j] }
            }
        }
        for i in 0..<N1 {
            for j in 0..<N0 { grads[o1 &+ i &* N0 &+ j] = g1[i][j].sum() }
            grads[c1 &+ i] = gb1[i].sum()
            grads[o2 &+ i] = gw2[i].sum()
        }
        grads[c2] = gb2.sum()
        return (Double(total), correct)
    }

    /// The fast path for the narrow pass's shapes (n₀ ≤ 8 → any n₁ → 1,
    /// e.g. XOR-5D's 5 → 64 → 1): its sweeps (forward chunk by chunk,
    /// backward unit by unit with the unit's accumulators in registers),
    /// one SIMD4 accumulator per gradient entry, `OutputLanes` for the
    /// logits, no branch on the activation. Tolerance as `tinyFast`.
    @inline(__always)
    func narrowFast<let N0: Int>(_: InlineArray<N0, Int>.Type, _ x: UnsafePointer<T>, _ ld: Int, _ y: UnsafePointer<T>, _ n: Int,
                                 wantLoss: Bool) -> (Double, Int) {
        let f = narrowScratch.unsafelyUnwrapped
        let n1 = sizes[1], chunks = n / 4
        let w1 = UnsafePointer(params + weightOffset[0]), b1 = UnsafePointer(params + biasOffset[0])
        let w2 = UnsafePointer(params + weightOffset[1]), b2 = params[biasOffset[1]]
        let back = algorithm == .bp ? w2 : UnsafePointer(feedback[0])
        let (_, slope) = hiddenActivationKind
        let fSlope = useDerivative ? slope : 1
        let output = OutputLanes<T>(OutputLane<T>(loss, wantLoss: wantLoss, pass: "fast"))
        let scale = SIMD4<T>(repeating: 1 / T(n))
        let sS = f.pre, hH = f.post, dD = f.delta, stride = f.chunks
        var total: T = 0
        var correct = 0
        var gb2 = SIMD4<T>.zero
        for c in 0..<chunks {
            let b = 4 &* c
            var xs = InlineArray<N0, SIMD4<T>>(repeating: .zero)
            for j in 0..<N0 { xs[j] = load4(x + (j &* ld &+ b)) }
            var z = SIMD4<T>(repeating: b2)
            for i in 0..<n1 {
                let w = w1 + i &* N0
                var v = SIMD4<T>(repeating: b1[i])
                for j in 0..<N0 { v += w[j] * xs[j] }
                let h = T.rectify(v, slope: slope)
                sS[i &* stride &+ c] = v; hH[i &* stride &+ c] = h
                z += w2[i] * h
            }
            dD[c] = z
        }
        for c in 0..<chunks {
            let d = output.gradient(dD[c], load4(y + 4 &* c), total: &total, correct: &correct) * scale
            dD[c] = d
            gb2 += d
        }
        let o1 = weightOffset[0], c1 = biasOffset[0], o2 = weightOffset[1]
        for i in 0..<n1 {
            let a = back[i]
            var g1 = InlineArray<N0, SIMD4<T>>(repeating: .zero)
            var gb1 = SIMD4<T>.zero, gw2 = SIMD4<T>.zero
            for c in 0..<chunks {
                let d = dD[c]
                gw2 += d * hH[i &* stride &+ c]
                let dh = a * d * T.rectifierSlope(sS[i &* stride &+ c], slope: fSlope)
                gb1 += dh
                let b = 4 &* c
                for j in 0..<N0 { g1[j] += dh * load4(x + (j &* ld &+ b)) }
            }
            for j in 0..<N0 { grads[o1 &+ i &* N0 &+ j] = g1[j].sum() }
            grads[c1 &+ i] = gb1.sum()
            grads[o2 &+ i] = gw2.sum()
        }
        grads[biasOffset[1]] = gb2.sum()
        return (Double(total), correct)
    }
}
