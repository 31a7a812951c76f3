/// A hidden unit: `layer` counts hidden layers from 0 (the output of
/// forward layer `layer`), `unit` its row.
public struct HiddenUnit: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let layer: Int
    public let unit: Int

    public init(layer: Int, unit: Int) {
        self.layer = layer
        self.unit = unit
    }

    public static func < (a: HiddenUnit, b: HiddenUnit) -> Bool { (a.layer, a.unit) < (b.layer, b.unit) }
    public var description: String { "h\(layer + 1).\(unit)" }
}

/// Which parameters a run may use: one flag per entry of
/// `Network.parameters` (dissertation §3.4.4 prunes whole units; a unit is
/// its incoming weights, its bias and its outgoing weights). A pruned entry
/// starts at 0, its gradient is zeroed before every optimizer step and the
/// entry is zeroed again after it, so it stays exactly 0 whatever the
/// optimizer, feedback mode or hook.
///
/// **Edge cases:** a mask whose length differs from the network's parameter
/// count makes the run throw; a unit outside the hidden layers throws.
public struct ParameterMask: Sendable, Equatable {
    public var kept: [Bool]

    public init(kept: [Bool]) { self.kept = kept }

    /// Every parameter of a network with these sizes kept.
    public init(sizes: [Int]) { kept = Array(repeating: true, count: Network<Double>.parameterCount(sizes)) }

    /// The mask of `sizes` with `units` removed.
    public static func removing(_ units: Set<HiddenUnit>, sizes: [Int]) throws -> ParameterMask {
        var mask = ParameterMask(sizes: sizes)
        let shape = try Network<Double>(sizes: sizes, activation: .identity)
        for u in units {
            guard (0..<(sizes.count - 2)).contains(u.layer), (0..<sizes[u.layer + 1]).contains(u.unit) else {
                throw TrainerError("unit \(u.unit) of hidden layer \(u.layer + 1) does not exist in \(sizes.map(String.init).joined(separator: "-"))")
            }
            let nIn = sizes[u.layer], nOut = sizes[u.layer + 2], width = sizes[u.layer + 1]
            let w = shape.weightOffset(u.layer) + u.unit * nIn
            for p in w..<(w + nIn) { mask.kept[p] = false }                 // incoming row
            mask.kept[shape.biasOffset(u.layer) + u.unit] = false           // bias
            let next = shape.weightOffset(u.layer + 1)
            for r in 0..<nOut { mask.kept[next + r * width + u.unit] = false }  // outgoing column
        }
        return mask
    }

    public var prunedCount: Int { kept.count { !$0 } }

    /// Zeroes the pruned entries.
    public func apply<T: TrainerScalar>(to parameters: inout [T]) {
        for p in parameters.indices where !kept[p] { parameters[p] = 0 }
    }
}

extension TrainingConfiguration {
    /// Settings the specialised passes (`tinyPass`, `narrowPass`) do not
    /// implement: with any of them the general loops run.
    var needsGeneralPass: Bool {
        mask != nil || feedback.errorQuantizer != nil || feedback.updateQuantizer != nil || feedback.channelDropout > 0
    }
}

extension Engine {
    /// Before the optimizer: pruned entries get no gradient.
    func maskGradients(_ mask: ParameterMask) {
        mask.kept.withUnsafeBufferPointer { k in for p in 0..<paramCount where !k[p] { grads[p] = 0 } }
    }

    /// After the optimizer: pruned entries are exactly 0 (momentum or a hook
    /// cannot revive them).
    func maskParameters(_ mask: ParameterMask) {
        mask.kept.withUnsafeBufferPointer { k in for p in 0..<paramCount where !k[p] { params[p] = 0 } }
    }
}
