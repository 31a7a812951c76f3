import TrainerAVX

/// Update rules, written as PyTorch writes them so runs compare one to one.
///
/// * SGD: w ← w − η g.
/// * Momentum μ (heavy ball, no dampening): v ← μ v + g, w ← w − η v.
/// * Adam (β₁, β₂, ε): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
///   w ← w − (η / (1−β₁ᵗ)) · m / (√v / √(1−β₂ᵗ) + ε).
public enum Optimizer: Sendable, Equatable, CustomStringConvertible {
    case sgd
    case momentum(Double)
    case adam(beta1: Double, beta2: Double, epsilon: Double)

    public static let adamDefault = Optimizer.adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)

    public var description: String {
        switch self {
        case .sgd: return "sgd"
        case .momentum(let m): return "momentum:\(m)"
        case .adam(let b1, let b2, let e): return b1 == 0.9 && b2 == 0.999 && e == 1e-8 ? "adam" : "adam:\(b1),\(b2),\(e)"
        }
    }

    var stateSlots: Int {
        switch self {
        case .sgd: return 0
        case .momentum: return 1
        case .adam: return 2
        }
    }
}

/// One optimizer's running state over a flat parameter vector.
struct OptimizerState<T: TrainerScalar> {
    let rule: Optimizer
    let learningRate: Double
    /// Adam divides once per parameter: w ← w − (η′ m) / (√v · c + ε) with
    /// c = 1/√(1−β₂ᵗ) (the fast path's tolerance, FastKernel.swift).
    let fast: Bool
    /// `adamFast` runs on AVX2 (AVX2Kernels.swift; T is Double).
    var avx2 = false
    var step = 0
    var beta1Power = 1.0, beta2Power = 1.0
    /// The fast path's bias corrections for the next step, (η/(1−β₁ᵗ⁺¹),
    /// 1/√(1−β₂ᵗ⁺¹)), computed after this step's updates so that their
    /// divisions and square root run while the next pass does.
    var nextCorrections: (Double, Double)?

    init(rule: Optimizer, learningRate: Double, fast: Bool = false) {
        self.rule = rule
        self.learningRate = learningRate
        self.fast = fast
    }

    /// Applies one update to `w[r]` for each range r, from gradients `g`,
    /// with state buffers `m`, `v` (as many as `rule.stateSlots`).
    @inline(__always)
    mutating func apply(_ w: UnsafeMutablePointer<T>, _ g: UnsafePointer<T>, _ m: UnsafeMutablePointer<T>, _ v: UnsafeMutablePointer<T>, ranges: [Range<Int>]) {
        step += 1
        let lr = T(learningRate)
        switch rule {
        case .sgd:
            for r in ranges { for p in r { w[p] -= lr * g[p] } }
        case .momentum(let mu):
            let mu = T(mu)
            for r in ranges { for p in r { m[p] = mu * m[p] + g[p]; w[p] -= lr * m[p] } }
        case .adam(let b1, let b2, let eps):
            beta1Power *= b1; beta2Power *= b2
            if fast {
                let (s, i) = nextCorrections ?? (learningRate / (1 - beta1Power), 1 / (1 - beta2Power).squareRoot())
                adamFast(w, g, m, v, ranges: ranges, stepSize: T(s), inverse: T(i), b1: T(b1), b2: T(b2), eps: T(eps))
                nextCorrections = (learningRate / (1 - beta1Power * b1), 1 / (1 - beta2Power * b2).squareRoot())
                return
            }
            let stepSize = T(learningRate / (1 - beta1Power))
            let rootCorrection = T((1 - beta2Power).squareRoot())
            let c1 = T(1 - b1), c2 = T(1 - b2), tb1 = T(b1), tb2 = T(b2), e = T(eps)
            // Four parameters per step in SIMD registers: the same
            // operations lane by lane (sqrt and division are exactly
            // rounded), so identical to the scalar loop that finishes a range.
            let vb1 = SIMD4<T>(repeating: tb1), vc1 = SIMD4<T>(repeating: c1), vb2 = SIMD4<T>(repeating: tb2), vc2 = SIMD4<T>(repeating: c2)
            let vs = SIMD4<T>(repeating: stepSize), vr = SIMD4<T>(repeating: rootCorrection), ve = SIMD4<T>(repeating: e)
            for r in ranges {
                var q = r.lowerBound
                while q &+ 4 <= r.upperBound {
                    let gp = load4(g + q)
                    let mp = vb1 * load4(m + q) + vc1 * gp
                    let vp = vb2 * load4(v + q) + vc2 * gp * gp
                    store4(mp, m + q); store4(vp, v + q)
                    store4(load4(w + q) - vs * mp / (T.squareRootLanes(vp) / vr + ve), w + q)
                    q &+= 4
                }
                for p in q..<r.upperBound {
                    let gp = g[p]
                    let mp = tb1 * m[p] + c1 * gp
                    let vp = tb2 * v[p] + c2 * gp * gp
                    m[p] = mp; v[p] = vp
                    w[p] -= stepSize * mp / (vp.squareRoot() / rootCorrection + e)
                }
            }
        }
    }

    /// Adam with one division per parameter (the fast path, FastKernel.swift).
    @inline(__always)
    func adamFast(_ w: UnsafeMutablePointer<T>, _ g: UnsafePointer<T>, _ m: UnsafeMutablePointer<T>, _ v: UnsafeMutablePointer<T>,
                  ranges: [Range<Int>], stepSize: T, inverse: T, b1: T, b2: T, eps: T) {
        if avx2 {
            for r in ranges {
                exactnn_adam_avx2(doubles(w), doubles(g), doubles(m), doubles(v), Int64(r.lowerBound), Int64(r.upperBound),
                                  Double(stepSize), Double(inverse), Double(b1), Double(b2), Double(eps))
            }
            return
        }
        let c1 = 1 - b1, c2 = 1 - b2
        let vb1 = SIMD4<T>(repeating: b1), vc1 = SIMD4<T>(repeating: c1), vb2 = SIMD4<T>(repeating: b2), vc2 = SIMD4<T>(repeating: c2)
        let vs = SIMD4<T>(repeating: stepSize), vi = SIMD4<T>(repeating: inverse), ve = SIMD4<T>(repeating: eps)
        for r in ranges {
            var q = r.lowerBound
            while q &+ 4 <= r.upperBound {
                let gp = load4(g + q)
                let mp = vb1 * load4(m + q) + vc1 * gp
                let vp = vb2 * load4(v + q) + vc2 * gp * gp
                store4(mp, m + q); store4(vp, v + q)
                store4(load4(w + q) - vs * mp / (T.squareRootLanes(vp) * vi + ve), w + q)
                q &+= 4
            }
            for p in q..<r.upperBound {
                let gp = g[p]
                let mp = b1 * m[p] + c1 * gp
                let vp = b2 * v[p] + c2 * gp * gp
                m[p] = mp; v[p] = vp
                w[p] -= stepSize * mp / (vp.squareRoot() * inverse + eps)
            }
        }
    }
}

@inline(__always)
func load4<T: TrainerScalar>(_ p: UnsafePointer<T>) -> SIMD4<T> { UnsafeRawPointer(p).loadUnaligned(as: SIMD4<T>.self) }

@inline(__always)
func load4<T: TrainerScalar>(_ p: UnsafeMutablePointer<T>) -> SIMD4<T> { UnsafeRawPointer(p).loadUnaligned(as: SIMD4<T>.self) }

@inline(__always)
func store4<T: TrainerScalar>(_ v: SIMD4<T>, _ p: UnsafeMutablePointer<T>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD4<T>.self) }
