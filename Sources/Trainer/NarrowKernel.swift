/// A specialised pass for one-hidden-layer networks with few inputs and
/// one output (n₀ ≤ 8 → any n₁ → 1, e.g. paper 000's XOR-5D net 5 → 64 → 1)
/// that the tiny pass does not cover. The input width is a compile-time
/// constant (Swift value generics); n₁ is known at run time. The forward
/// sweep goes example chunk by chunk (four examples in SIMD4 lanes); the
/// backward sweep goes unit by unit, with that unit's gradient accumulators
/// in registers across the whole batch — the general path's loop order, so
/// its `sum`, `dot` and `dots` accumulators are these lanes and the result
/// is bit-identical (TrainerTests hold it).
final class NarrowScratch<T: TrainerScalar> {
    /// Pre- and post-activations [unit][chunk], output deltas [chunk].
    let pre, post, delta: UnsafeMutablePointer<SIMD4<T>>
    let chunks: Int

    init(hidden: Int, rows: Int) {
        chunks = (rows + 3) / 4
        func make(_ n: Int) -> UnsafeMutablePointer<SIMD4<T>> {
            let p = UnsafeMutablePointer<SIMD4<T>>.allocate(capacity: max(n, 1))
            p.initialize(repeating: .zero, count: max(n, 1))
            return p
        }
        pre = make(hidden * chunks); post = make(hidden * chunks); delta = make(chunks)
    }

    deinit { pre.deallocate(); post.deallocate(); delta.deallocate() }
}

extension Engine {
    /// n₀ when the narrow pass covers this configuration (and the tiny one does not).
    static func narrowInputs(_ config: TrainingConfiguration, sizes: [Int]) -> Int? {
        guard tinyShape(config, sizes: sizes) == nil, config.kernel != .general, !config.needsGeneralPass, sizes.count == 3, sizes[2] == 1,
              (1...8).contains(sizes[0]), !config.loss.couplesOutputs else { return nil }
        switch config.activation {
        case .relu, .leakyReLU, .identity: break
        default: return nil
        }
        switch config.feedback.algorithm {
        case .bp, .rbp, .srbp: return sizes[0]
        case .arbp, .asrbp: return nil
        }
    }

    func narrowPass(_ x: UnsafePointer<T>, _ ld: Int, _ y: UnsafePointer<T>, _ n: Int, wantLoss: Bool) -> (Double, Int) {
        let fast = self.fast
        if fast, avx2, !wantLoss, let correct = narrowAVX2(x, ld, y, n) { return (0, correct) }
        typealias W = InlineArray
        switch sizes[0] {
        case 1: return fast ? narrowFast(W<1, Int>.self, x, ld, y, n, wantLoss: wantLoss) : narrow(W<1, Int>.self, x, ld, y, n, wantLoss: wantLoss)
        case 2: return fast ? narrowFast(W<2, Int>.self, x, ld, y, n, wantLoss: wantLoss) : narrow(W<2, Int>.self, x, ld, y, n, wantLoss: wantLoss)
        case 3: return fast ? narrowFast(W<3, Int>.self, x, ld, y, n, wantLoss: wantLoss) : narrow(W<3, Int>.self, x, ld, y, n, wantLoss: wantLoss)
        case 4: return fast ? narrowFast(W<4, Int>.self, x, ld, y, n, wantLoss: wantLoss) : narrow(W<4, Int>.self, x, ld, y, n, wantLoss: wantLoss)
        case 5: return fast ? narrowFast(W<5, Int>.self, x, ld, y, n, wantLoss: wantLoss) : narrow(W<5, Int>.self, x, ld, y, n, wantLoss: wantLoss)
        case 6: return fast ? narrowFast(W<6, Int>.self, x, ld, y, n, wantLoss: wantLoss) : narrow(W<6, Int>.self, x, ld, y, n, wantLoss: wantLoss)
        case 7: return fast ? narrowFast(W<7, Int>.self, x, ld, y, n, wantLoss: wantLoss) : narrow(W<7, Int>.self, x, ld, y, n, wantLoss: wantLoss)
        case 8: return fast ? narrowFast(W<8, Int>.self, x, ld, y, n, wantLoss: wantLoss) : narrow(W<8, Int>.self, x, ld, y, n, wantLoss: wantLoss)
        default: preconditionFailure("narrowPass called for sizes \(sizes)")
        }
    }

    @inline(__always)
    func narrow<let N0: Int>(_: InlineArray<N0, Int>.Type, _ x: UnsafePointer<T>, _ ld: Int, _ y: UnsafePointer<T>, _ n: Int,
                             wantLoss: Bool) -> (Double, Int) {
        let f = narrowScratch.unsafelyUnwrapped
        let n1 = sizes[1], chunks = n / 4
        let w1 = UnsafePointer(params + weightOffset[0]), b1 = UnsafePointer(params + biasOffset[0])
        let w2 = UnsafePointer(params + weightOffset[1]), b2 = params[biasOffset[1]]
        let back = algorithm == .bp ? w2 : UnsafePointer(feedback[0])
        let g0 = N0 & ~3, g1 = n1 & ~3
        let (kind, slope) = hiddenActivationKind
        let derivative = useDerivative && kind != 2
        let output = OutputLane<T>(loss, wantLoss: wantLoss, pass: "narrow")
        let scale = 1 / T(n)
        let sS = f.pre, hH = f.post, dD = f.delta, stride = f.chunks
        var total: T = 0
        var correct = 0
        var qb2 = SIMD4<T>.zero
        @inline(__always) func unit(_ i: Int, _ xs: InlineArray<N0, SIMD4<T>>, _ c: Int) -> SIMD4<T> {
            let w = w1 + i &* N0
            var v = SIMD4<T>(repeating: b1[i])
            var j = 0
            while j < g0 { v += (w[j] * xs[j] + w[j &+ 1] * xs[j &+ 1]) + (w[j &+ 2] * xs[j &+ 2] + w[j &+ 3] * xs[j &+ 3]); j &+= 4 }
            while j < N0 { v += w[j] * xs[j]; j &+= 1 }
            let h: SIMD4<T>
            switch kind {
            case 0: h = T.positivePart(v)
            case 1: h = T.rectify(v, slope: slope)
            default: h = v
            }
            sS[i &* stride &+ c] = v; hH[i &* stride &+ c] = h
            return h
        }
        @inline(__always) func lane(_ zl: T, _ t: T) -> T { output.gradient(zl, t, total: &total, correct: &correct) }
        // Forward, chunk by chunk: hidden units four at a time into the logit (`combine`).
        for c in 0..<chunks {
            let b = 4 &* c
            var xs = InlineArray<N0, SIMD4<T>>(repeating: .zero)
            for j in 0..<N0 { xs[j] = load4(x + (j &* ld &+ b)) }
            var z = SIMD4<T>(repeating: b2)
            var i = 0
            while i < g1 {
                let h0 = unit(i, xs, c), h1 = unit(i &+ 1, xs, c), h2 = unit(i &+ 2, xs, c), h3 = unit(i &+ 3, xs, c)
                z += (w2[i] * h0 + w2[i &+ 1] * h1) + (w2[i &+ 2] * h2 + w2[i &+ 3] * h3)
                i &+= 4
            }
            while i < n1 { z += w2[i] * unit(i, xs, c); i &+= 1 }
            let t = y + b
            let l0 = lane(z[0], t[0]), l1 = lane(z[1], t[1]), l2 = lane(z[2], t[2]), l3 = lane(z[3], t[3])
            let d = SIMD4(l0, l1, l2, l3) * SIMD4(repeating: scale)
            dD[c] = d
            qb2 += d
        }
        @inline(__always) func quad(_ v: SIMD4<T>) -> T { (v[0] + v[1]) + (v[2] + v[3]) }
        // Backward, unit by unit, accumulators in registers across the batch.
        let o1 = weightOffset[0], c1 = biasOffset[0], o2 = weightOffset[1]
        for i in 0..<n1 {
            let a = back[i]
            var q1 = InlineArray<N0, SIMD4<T>>(repeating: .zero), p1 = InlineArray<N0, SIMD2<T>>(repeating: .zero)
            var qb1 = SIMD4<T>.zero, q2 = SIMD4<T>.zero, p2 = SIMD2<T>.zero
            let paired = i < g1
            for c in 0..<chunks {
                let d = dD[c], h = hH[i &* stride &+ c]
                let p = d * h
                if paired { p2 += p.lowHalf; p2 += p.highHalf } else { q2 += p }
                var dh = SIMD4<T>.zero + a * d
                if derivative { dh *= T.rectifierSlope(sS[i &* stride &+ c], slope: slope) }
                qb1 += dh
                let b = 4 &* c
                for j in 0..<N0 {
                    let p = dh * load4(x + (j &* ld &+ b))
                    if j < g0 { p1[j] += p.lowHalf; p1[j] += p.highHalf } else { q1[j] += p }
                }
            }
            for j in 0..<N0 { grads[o1 &+ i &* N0 &+ j] = j < g0 ? p1[j][0] + p1[j][1] : quad(q1[j]) }
            grads[c1 &+ i] = quad(qb1)
            grads[o2 &+ i] = paired ? p2[0] + p2[1] : quad(q2)
        }
        grads[biasOffset[1]] = quad(qb2)
        return (Double(total), correct)
    }
}
