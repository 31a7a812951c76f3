import ClaimKit
import ExactArithmetic

/// Which units are balanced in which order (paper 004, §B.7).
public enum Schedule: Sendable, CustomStringConvertible {
    /// Basic stochastic balancing: each step one live hidden unit, uniformly at random.
    case random(seed: UInt64)
    /// Remark 41's partial balancing: a random unit, scaled by μ*^γ with γ
    /// drawn from {1/8, 2/8, …, 1} — a step that lowers R without minimising it.
    case randomPartial(seed: UInt64)
    /// Deterministic: the live hidden units in index order, repeatedly.
    case cyclic
    /// Independent layer balancing: every unit of a layer, layer after layer.
    case independentLayers([[Int]])
    /// Tied layer balancing: one λ per layer (Definition 19), layer after layer.
    case tiedLayers([[Int]])
    /// Tied layer balancing with a layer chosen at random each step.
    case tiedLayersRandom([[Int]], seed: UInt64)

    public var description: String {
        switch self {
        case .random(let s): return "random (seed \(s))"
        case .randomPartial(let s): return "random, partial steps γ ∈ {1/8, …, 1} (seed \(s))"
        case .cyclic: return "cyclic"
        case .independentLayers: return "independent layers"
        case .tiedLayers: return "tied layers"
        case .tiedLayersRandom(_, let s): return "tied layers, random order (seed \(s))"
        }
    }
}

/// The outcome of balancing until no step changes a weight by more than the
/// tolerance.
public struct BalanceRun {
    public let schedule: String
    public let weights: [BigFloat]
    public let multipliers: [BigFloat]
    /// R before, and after each sweep (one sweep = as many steps as there are
    /// live units, or one pass over the layers).
    public let regularizerHistory: [BigFloat]
    /// The largest balance deficit before and after each sweep, when traced
    /// (empty otherwise); see ``trace``.
    public let deficitHistory: [BigFloat]
    public let sweeps: Int
    public let steps: Int
    public let converged: Bool
    /// The smallest per-step decrease (eq. 13 form); ≥ 0 up to rounding.
    public let smallestStepDecrease: BigFloat
    /// Whether R never increased from sweep to sweep beyond rounding (2^(−precision+16)·R).
    public let monotone: Bool
    public let dead: [Int]

    public var initialRegularizer: BigFloat { regularizerHistory.first! }
    public var finalRegularizer: BigFloat { regularizerHistory.last! }
}

extension LpBalancer {
    /// Runs a schedule until a whole sweep changes no U_i by more than
    /// 2^(−tolerance) relatively, or `maxSweeps` sweeps. With `trace`, the
    /// largest balance deficit is recorded before and after every sweep (one
    /// more pass over the edges per sweep; the run itself is unchanged).
    /// **Edge cases:** tolerance is capped at precision − 24 bits; a network
    /// with no live hidden unit returns at once (nothing to balance).
    public mutating func run(_ schedule: Schedule, toleranceBits: Int? = nil, maxSweeps: Int = 100_000,
                             trace: Bool = false) -> BalanceRun {
        let bits = min(toleranceBits ?? (precision - 40), precision - 24)
        let tol = BigFloat(1, precision: precision).scaled(byPowerOfTwo: -bits)
        var history = [regularizer]
        var deficits = trace ? [largestDeficit(schedule)] : []
        var smallest: BigFloat?
        var generator: SeededGenerator?
        if case .random(let seed) = schedule { generator = SeededGenerator(seed: seed) }
        if case .randomPartial(let seed) = schedule { generator = SeededGenerator(seed: seed) }
        if case .tiedLayersRandom(_, let seed) = schedule { generator = SeededGenerator(seed: seed) }
        var sweeps = 0, steps = 0, converged = live.isEmpty
        var monotone = true
        let slack = BigFloat(1, precision: precision).scaled(byPowerOfTwo: -(precision - 16))
        while !converged && sweeps < maxSweeps {
            var worst = BigFloat(0, precision: precision)
            func note(_ r: (change: BigFloat, decrease: BigFloat)) {
                if r.change > worst { worst = r.change }
                if smallest == nil || r.decrease < smallest! { smallest = r.decrease }
                steps += 1
            }
            switch schedule {
            case .random:
                for _ in 0..<live.count { note(balance(unit: live[Int(generator!.next() % UInt64(live.count))])) }
            case .randomPartial:
                for _ in 0..<live.count {
                    let i = live[Int(generator!.next() % UInt64(live.count))]
                    note(balance(unit: i, fraction: Rational(Int(generator!.next() % 8) + 1, 8)))
                }
            case .cyclic:
                for i in live { note(balance(unit: i)) }
            case .independentLayers(let layers):
                for layer in layers { for i in layer where live.contains(i) { note(balance(unit: i)) } }
            case .tiedLayers(let layers):
                for layer in layers { note(balanceTied(units: layer)) }
            case .tiedLayersRandom(let layers, _):
                for _ in layers { note(balanceTied(units: layers[Int(generator!.next() % UInt64(layers.count))])) }
            }
            sweeps += 1
            let r = regularizer
            if r > history.last! + history.last! * slack { monotone = false }
            history.append(r)
            if trace { deficits.append(largestDeficit(schedule)) }
            // A random sweep may miss units, so it only counts as converged
            // when every unit moved by less than the tolerance.
            converged = worst < tol
            switch schedule {
            case .random, .randomPartial: converged = converged && live.allSatisfy { imbalance(unit: $0) < tol }
            default: break
            }
            if converged, case .tiedLayersRandom(let layers, _) = schedule {
                converged = layers.allSatisfy { tiedImbalance(units: $0) < tol }
            }
        }
        return BalanceRun(schedule: schedule.description, weights: weights, multipliers: multipliers,
                          regularizerHistory: history, deficitHistory: deficits, sweeps: sweeps, steps: steps, converged: converged,
                          smallestStepDecrease: smallest ?? BigFloat(0, precision: precision),
                          monotone: monotone, dead: dead)
    }
}

/// −log10 of the largest relative difference between two weight vectors
/// (∞ digits as 10 000 when equal); zero weights compare absolutely.
public func agreementDigits(_ x: [BigFloat], _ y: [BigFloat]) -> Double {
    var worst = 0.0
    for (a, b) in zip(x, y) {
        let d = (a - b).magnitude
        let scale = a.isZero ? BigFloat(1, precision: a.precision) : a.magnitude
        worst = max(worst, d.divided(by: scale).doubleValue)
    }
    return worst == 0 ? 10_000 : -log10Double(worst)
}

func log10Double(_ x: Double) -> Double { BigFloat(x, precision: 64).log().doubleValue / 2.302585092994046 }
