import ExactArithmetic

/// One row of a balancing trace: the state after `sweep` sweeps (0 = the
/// starting weights).
public struct SweepRecord {
    public let sweep: Int
    /// The largest |D| over what the schedule balances (see
    /// ``LpBalancer/largestDeficit(_:)``).
    public let largestDeficit: BigFloat
    /// R = Σ_e |w_e|^p after the sweep.
    public let regularizer: BigFloat
    /// ΔR of the sweep: R before it minus R after it (paper 004, eq. 13
    /// summed over the sweep's steps; ≥ 0 by Theorem 26 up to rounding).
    /// `nil` for sweep 0.
    public let decrease: BigFloat?
}

extension LpBalancer {
    /// The L_p balance deficit of hidden unit i, D_i = S_IN(i) − c·S_OUT(i)
    /// with S = Σ|w|^p (paper 004, eq. 14 is D_i = 0 for a BiLU unit, c = 1;
    /// a BiPU unit of exponent c is balanced at S_IN = c·S_OUT, the root of
    /// its consistency equation, §B.5.3). Self-loops are left out, as they
    /// cost the same on both sides.
    public func deficit(unit i: Int) -> BigFloat {
        signedDeficit([i], c: exponent[i]) { $0 == i }.value
    }

    /// S_IN(I) − S_OUT(I) of a tied set I of BiLU units (Definition 19),
    /// edges inside I left out: zero when tied balancing leaves I alone.
    public func tiedDeficit(units: [Int]) -> BigFloat {
        let set = Set(units)
        return signedDeficit(units.filter { !dead.contains($0) }, c: 1) { set.contains($0) }.value
    }

    /// max |D| over the units (neuron schedules) or the tied sets (tied
    /// schedules) the schedule balances; Theorem 34 drives it to 0.
    /// **Edge cases:** units or sets with S_IN = 0 or S_OUT = 0 (dead ones,
    /// Remark 25, or a unit fed only by its own self-loop) are left out, since
    /// balancing cannot move them; with nothing left the result is 0.
    public func largestDeficit(_ schedule: Schedule) -> BigFloat {
        var worst = BigFloat(0, precision: precision)
        func consider(_ d: (value: BigFloat, movable: Bool)) {
            if d.movable && d.value.magnitude > worst { worst = d.value.magnitude }
        }
        switch schedule {
        case .random, .randomPartial, .cyclic, .independentLayers:
            for i in live { consider(signedDeficit([i], c: exponent[i]) { $0 == i }) }
        case .tiedLayers(let layers), .tiedLayersRandom(let layers, _):
            for layer in layers {
                let set = Set(layer)
                consider(signedDeficit(layer.filter { !dead.contains($0) }, c: 1) { set.contains($0) })
            }
        }
        return worst
    }

    /// S_IN − c·S_OUT of a set, and whether balancing can move it (both sums non-zero).
    private func signedDeficit(_ units: [Int], c: Int, inside: (Int) -> Bool) -> (value: BigFloat, movable: Bool) {
        let (sIn, sOut) = sums(units, inside: inside)
        return (sIn - sOut.multiplied(by: BigFloat(c, precision: precision)), !sIn.isZero && !sOut.isZero)
    }
}

extension BalanceRun {
    /// One record per sweep, sweep 0 first; empty unless the run was traced
    /// (`run(_:trace: true)`). The last record's R is ``finalRegularizer``.
    public var trace: [SweepRecord] {
        guard deficitHistory.count == regularizerHistory.count else { return [] }
        return regularizerHistory.indices.map { k in
            SweepRecord(sweep: k, largestDeficit: deficitHistory[k], regularizer: regularizerHistory[k],
                        decrease: k == 0 ? nil : regularizerHistory[k - 1] - regularizerHistory[k])
        }
    }
}
