/// A specialised training pass for the small one-hidden-layer networks of
/// the papers (n₀ → n₁ → 1 with n₀ ≤ 5 and n₁ ≤ 10, e.g. the dissertation's
/// 4 → 3 → 1): the widths are compile-time constants of each of its
/// specialisations (Swift value generics), so every loop over units unrolls
/// and weights and gradient accumulators live in registers; four examples
/// go through forward, loss and backward together in SIMD4 lanes.
///
/// It performs exactly the floating-point operations of the general path
/// (`forward`, `lossAndDelta`, `backward`) in the same order — the general
/// path's four-way accumulators (`sum`, `dot`: lane b mod 4) and two-way
/// accumulators (`dots`: even and odd b) are lanes here — so gradients are
/// bit-identical (TrainerTests hold this for every activation, loss,
/// feedback mode and shape it covers). `Engine.train` picks it when
/// `tinyShape` is set and the batch is a multiple of 4; everything else
/// takes the general path.
extension Engine {
    /// The (n₀, n₁) of a configuration the tiny pass covers: one hidden
    /// layer of ReLU, leaky ReLU or identity units, one output with a
    /// per-output loss, BP or fixed random feedback, widths in range.
    static func tinyShape(_ config: TrainingConfiguration, sizes: [Int]) -> (Int, Int)? {
        guard config.kernel != .general, sizes.count == 3, sizes[2] == 1, (1...5).contains(sizes[0]), (1...10).contains(sizes[1]),
              !config.loss.couplesOutputs else { return nil }
        switch config.activation {
        case .relu, .leakyReLU, .identity: break
        default: return nil
        }
        switch config.feedback.algorithm {
        case .bp, .rbp, .srbp: return (sizes[0], sizes[1])
        case .arbp, .asrbp: return nil  // they read the stored signals of every layer
        }
    }

    /// The tiny pass on `n` examples (a multiple of 4): gradients into
    /// `grads`; the summed loss (0 unless `wantLoss`) and the number of
    /// correct examples. `pre`, `act` and `delta` are left untouched.
    func tinyPass(_ x: UnsafePointer<T>, _ ld: Int, _ y: UnsafePointer<T>, _ ldY: Int, _ n: Int, wantLoss: Bool) -> (Double, Int) {
        let fast = self.fast
        typealias W = InlineArray
        switch (sizes[0], sizes[1]) {
        case (1, 1): return fast ? tinyFast(W<1, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 2): return fast ? tinyFast(W<1, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 3): return fast ? tinyFast(W<1, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 4): return fast ? tinyFast(W<1, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 5): return fast ? tinyFast(W<1, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 6): return fast ? tinyFast(W<1, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 7): return fast ? tinyFast(W<1, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 8): return fast ? tinyFast(W<1, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 9): return fast ? tinyFast(W<1, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (1, 10): return fast ? tinyFast(W<1, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<1, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 1): return fast ? tinyFast(W<2, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 2): return fast ? tinyFast(W<2, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 3): return fast ? tinyFast(W<2, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 4): return fast ? tinyFast(W<2, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 5): return fast ? tinyFast(W<2, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 6): return fast ? tinyFast(W<2, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 7): return fast ? tinyFast(W<2, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 8): return fast ? tinyFast(W<2, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 9): return fast ? tinyFast(W<2, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (2, 10): return fast ? tinyFast(W<2, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<2, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 1): return fast ? tinyFast(W<3, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 2): return fast ? tinyFast(W<3, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 3): return fast ? tinyFast(W<3, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 4): return fast ? tinyFast(W<3, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 5): return fast ? tinyFast(W<3, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 6): return fast ? tinyFast(W<3, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 7): return fast ? tinyFast(W<3, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 8): return fast ? tinyFast(W<3, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 9): return fast ? tinyFast(W<3, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (3, 10): return fast ? tinyFast(W<3, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<3, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 1): return fast ? tinyFast(W<4, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 2): return fast ? tinyFast(W<4, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 3): return fast ? tinyFast(W<4, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 4): return fast ? tinyFast(W<4, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 5): return fast ? tinyFast(W<4, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 6): return fast ? tinyFast(W<4, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 7): return fast ? tinyFast(W<4, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 8): return fast ? tinyFast(W<4, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 9): return fast ? tinyFast(W<4, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (4, 10): return fast ? tinyFast(W<4, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<4, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 1): return fast ? tinyFast(W<5, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<1, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 2): return fast ? tinyFast(W<5, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<2, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 3): return fast ? tinyFast(W<5, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<3, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 4): return fast ? tinyFast(W<5, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<4, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 5): return fast ? tinyFast(W<5, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<5, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 6): return fast ? tinyFast(W<5, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<6, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 7): return fast ? tinyFast(W<5, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<7, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 8): return fast ? tinyFast(W<5, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<8, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 9): return fast ? tinyFast(W<5, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<9, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        case (5, 10): return fast ? tinyFast(W<5, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss) : tiny(W<5, Int>.self, W<10, Int>.self, x, ld, y, ldY, n, wantLoss: wantLoss)
        default: preconditionFailure("tinyPass called for sizes \(sizes)")
        }
    }

    @inline(__always)
    func tiny<let N0: Int, let N1: Int>(_: InlineArray<N0, Int>.Type, _: InlineArray<N1, Int>.Type,
                                        _ x: UnsafePointer<T>, _ ld: Int, _ y: UnsafePointer<T>, _ ldY: Int, _ n: Int, wantLoss: Bool) -> (Double, Int) {
        let o1 = weightOffset[0], c1 = biasOffset[0], o2 = weightOffset[1], c2 = biasOffset[1]
        let back = algorithm == .bp ? UnsafePointer(params + o2) : UnsafePointer(feedback[0])
        let g0 = N0 & ~3, g1 = N1 & ~3
        var w1 = InlineArray<N1, InlineArray<N0, T>>(repeating: InlineArray(repeating: 0))
        var b1 = InlineArray<N1, T>(repeating: 0), w2 = InlineArray<N1, T>(repeating: 0), a2 = InlineArray<N1, T>(repeating: 0)
        for i in 0..<N1 {
            for j in 0..<N0 { w1[i][j] = params[o1 &+ i &* N0 &+ j] }
            b1[i] = params[c1 &+ i]; w2[i] = params[o2 &+ i]; a2[i] = back[i]
        }
        let b2 = params[c2]
        let (kind, slope) = hiddenActivationKind
        let derivative = useDerivative && kind != 2
        let output = OutputLane<T>(loss, wantLoss: wantLoss, pass: "tiny")
        let scale = 1 / T(n)
        // Accumulators: quads (lane = b mod 4) and pairs (even, odd b).
        var q1 = InlineArray<N1, InlineArray<N0, SIMD4<T>>>(repeating: InlineArray(repeating: .zero))
        var p1 = InlineArray<N1, InlineArray<N0, SIMD2<T>>>(repeating: InlineArray(repeating: .zero))
        var qb1 = InlineArray<N1, SIMD4<T>>(repeating: .zero)
        var q2 = InlineArray<N1, SIMD4<T>>(repeating: .zero), p2 = InlineArray<N1, SIMD2<T>>(repeating: .zero)
        var qb2 = SIMD4<T>.zero
        var total: T = 0
        var correct = 0
        var b = 0
        while b < n {
            var xs = InlineArray<N0, SIMD4<T>>(repeating: .zero)
            for j in 0..<N0 { xs[j] = load4(x + (j &* ld &+ b)) }
            var s = InlineArray<N1, SIMD4<T>>(repeating: .zero), h = s
            for i in 0..<N1 {
                var v = SIMD4<T>(repeating: b1[i])
                var j = 0
                while j < g0 {
                    v += (w1[i][j] * xs[j] + w1[i][j &+ 1] * xs[j &+ 1]) + (w1[i][j &+ 2] * xs[j &+ 2] + w1[i][j &+ 3] * xs[j &+ 3])
                    j &+= 4
                }
                while j < N0 { v += w1[i][j] * xs[j]; j &+= 1 }
                s[i] = v
                switch kind {
                case 0: h[i] = T.positivePart(v)
                case 1: h[i] = T.rectify(v, slope: slope)
                default: h[i] = v
                }
            }
            var z = SIMD4<T>(repeating: b2)
            var i = 0
            while i < g1 { z += (w2[i] * h[i] + w2[i &+ 1] * h[i &+ 1]) + (w2[i &+ 2] * h[i &+ 2] + w2[i &+ 3] * h[i &+ 3]); i &+= 4 }
            while i < N1 { z += w2[i] * h[i]; i &+= 1 }
            // Loss per example in order, ∂/∂z scaled (lanes unrolled by hand:
            // a loop over lanes with an exp call in it stays a loop, and
            // writing single lanes of a vector stalls on the reload).
            @inline(__always) func lane(_ zl: T, _ t: T) -> T { output.gradient(zl, t, total: &total, correct: &correct) }
            let t = y + b
            let l0 = lane(z[0], t[0]), l1 = lane(z[1], t[1]), l2 = lane(z[2], t[2]), l3 = lane(z[3], t[3])
            let d = SIMD4(l0, l1, l2, l3) * SIMD4(repeating: scale)
            qb2 += d
            for i in 0..<N1 {
                let p = d * h[i]
                if i < g1 { p2[i] += p.lowHalf; p2[i] += p.highHalf } else { q2[i] += p }
                // Hidden delta: `combine` from zero over the one output, then × f′.
                var dh = SIMD4<T>.zero + a2[i] * d
                if derivative { dh *= T.rectifierSlope(s[i], slope: slope) }
                qb1[i] += dh
                for j in 0..<N0 {
                    let p = dh * xs[j]
                    if j < g0 { p1[i][j] += p.lowHalf; p1[i][j] += p.highHalf } else { q1[i][j] += p }
                }
            }
            b &+= 4
        }
        @inline(__always) func quad(_ v: SIMD4<T>) -> T { (v[0] + v[1]) + (v[2] + v[3]) }
        for i in 0..<N1 {
            for j in 0..<N0 { grads[o1 &+ i &* N0 &+ j] = j < g0 ? p1[i][j][0] + p1[i][j][1] : quad(q1[i][j]) }
            grads[c1 &+ i] = quad(qb1[i])
            grads[o2 &+ i] = i < g1 ? p2[i][0] + p2[i][1] : quad(q2[i])
        }
        grads[c2] = quad(qb2)
        return (Double(total), correct)
    }
}
