import TrainerAVX
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 15's run-time CPU dispatch: on x86-64 CPUs with AVX2 the fast
/// path's Double loops — the fused full-batch Adam loop, the narrow pass
/// and Adam's update — run as C compiled for AVX2 (Sources/TrainerAVX),
/// four lanes per instruction instead of SSE2's two, while the package
/// itself stays built for baseline x86-64.
///
/// **Bit for bit the Swift loops.** The C loops perform the same lane
/// operations in the same order and never fuse a multiply-add (the target
/// is AVX2 without FMA, and contraction is off), so every result equals
/// the Swift fast path's exactly (`AVX2KernelTests`); Float runs, other
/// CPUs and other architectures take the Swift loops.
enum AVX2 {
    /// This CPU runs the AVX2 loops, and the environment variable
    /// EXACTNN_NO_AVX2 is unset (set, it keeps the Swift loops: for
    /// benchmarks against them, BENCHMARKS.md).
    static let available = exactnn_avx2_available() != 0 && getenv("EXACTNN_NO_AVX2") == nil
    /// Tests turn the AVX2 loops off to compare them with the Swift ones.
    @TaskLocal static var enabled = true
}

@inline(__always) func doubles<T>(_ p: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<Double> {
    UnsafeMutableRawPointer(p).assumingMemoryBound(to: Double.self)
}

@inline(__always) func doubles<T>(_ p: UnsafePointer<T>) -> UnsafePointer<Double> {
    UnsafeRawPointer(p).assumingMemoryBound(to: Double.self)
}

extension Engine {
    /// Whether this engine's Double fast path runs the AVX2 loops.
    static func useAVX2(fast: Bool) -> Bool { T.self == Double.self && fast && AVX2.available && AVX2.enabled }

    /// `fused` on AVX2: nil when the pair has no C instantiation.
    func fusedAVX2() -> (run: Int, toTarget: Int?, stopped: Bool)? {
        guard case .adam(let beta1, let beta2, let epsilon) = config.optimizer else { preconditionFailure("fused loop without Adam") }
        let (_, slope) = hiddenActivationKind
        let lane = OutputLane<T>(loss, wantLoss: false, pass: "fast")
        var args = exactnn_fused_args(
            n0: Int64(sizes[0]), n1: Int64(sizes[1]), count: Int64(count), epochs: Int64(config.epochs),
            x: doubles(UnsafePointer(inputs)), y: doubles(UnsafePointer(targets)),
            w: doubles(params), g: doubles(grads), m: doubles(moment1), v: doubles(moment2),
            a: doubles(UnsafePointer(algorithm == .bp ? params + weightOffset[1] : feedback[0])),
            pre: doubles(fastPre.unsafelyUnwrapped), delta: doubles(fastDelta.unsafelyUnwrapped), stride: Int64((rows + 3) / 4),
            slope: Double(slope), derivativeSlope: useDerivative ? Double(slope) : 1, beta: Double(lane.beta), lossKind: Int64(lane.kind),
            beta1: beta1, beta2: beta2, epsilon: epsilon, learningRate: config.learningRate,
            power1: optimizer.beta1Power, power2: optimizer.beta2Power,
            target: config.targetAccuracy, stopAtTarget: config.stopAtTarget ? 1 : 0, run: 0, toTarget: -1, stopped: 0)
        guard exactnn_fused_avx2(&args) != 0 else { return nil }
        optimizer.step += Int(args.run)
        (optimizer.beta1Power, optimizer.beta2Power) = (args.power1, args.power2)
        optimizer.nextCorrections = nil
        return (Int(args.run), args.toTarget < 0 ? nil : Int(args.toTarget), args.stopped != 0)
    }

    /// `narrowFast` on AVX2 (no loss sums): the correct count, or nil when
    /// n₀ has no C instantiation.
    func narrowAVX2(_ x: UnsafePointer<T>, _ ld: Int, _ y: UnsafePointer<T>, _ n: Int) -> Int? {
        let f = narrowScratch.unsafelyUnwrapped
        let (_, slope) = hiddenActivationKind
        let lane = OutputLane<T>(loss, wantLoss: false, pass: "fast")
        let w2 = UnsafePointer(params + weightOffset[1])
        var args = exactnn_narrow_args(
            n0: Int64(sizes[0]), n1: Int64(sizes[1]), n: Int64(n), ld: Int64(ld), x: doubles(x), y: doubles(y),
            w1: doubles(UnsafePointer(params + weightOffset[0])), b1: doubles(UnsafePointer(params + biasOffset[0])), w2: doubles(w2),
            back: doubles(algorithm == .bp ? w2 : UnsafePointer(feedback[0])), b2: Double(params[biasOffset[1]]),
            pre: doubles(f.pre), post: doubles(f.post), delta: doubles(f.delta), stride: Int64(f.chunks),
            slope: Double(slope), derivativeSlope: useDerivative ? Double(slope) : 1, beta: Double(lane.beta), lossKind: Int64(lane.kind),
            gw1: doubles(grads + weightOffset[0]), gb1: doubles(grads + biasOffset[0]), gw2: doubles(grads + weightOffset[1]),
            gb2: doubles(grads + biasOffset[1]), correct: 0)
        guard exactnn_narrow_avx2(&args) != 0 else { return nil }
        return Int(args.correct)
    }
}
