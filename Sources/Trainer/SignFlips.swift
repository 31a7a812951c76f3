/// Paper 000, appendix C, Figure C.5: how many weights change polarity
/// from one epoch to the next. Biases are left out, as in the paper.
extension Engine {
    /// Per layer, the fraction of W_k's entries w with
    /// sign(w at the epoch's start) · sign(w now) < 0 (a move to or from
    /// exactly 0 is not a flip); then the snapshot moves to now.
    func countSignFlips() -> [Double] {
        guard let old = flipSnapshot else { return [] }
        var out: [Double] = []
        out.reserveCapacity(layers)
        for k in 0..<layers {
            let w = weightOffset[k], n = sizes[k] * sizes[k + 1]
            var flips = 0
            for p in w..<(w + n) where (old[p] < 0 && params[p] > 0) || (old[p] > 0 && params[p] < 0) { flips += 1 }
            out.append(Double(flips) / Double(n))
        }
        for p in 0..<paramCount { old[p] = params[p] }
        return out
    }
}
