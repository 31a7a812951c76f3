import BooleanAnalysis
import ClaimKit
import ExactArithmetic

/// Paper 002 §3.4, Figure 3.6, from the grid of `BooleanFig35`: per class
/// the swaps value, Fourier degree, total influence and Fourier entropy
/// (exact, BooleanAnalysis) beside the measured success — leaky ReLU mean
/// over all sizes, width 2 × depth 2, width 3 × depth 1 — and the smallest
/// single-hidden-layer width that ever succeeded beside the swaps
/// construction's s − 1 (Theorem 3.3.2); then the Spearman correlation of
/// mean success with each metric. The dissertation: high degree and swaps
/// are necessary for the hardest classes, influence is inversely related to
/// difficulty, entropy only weakly.
enum BooleanFig36 {
    static func tables(_ done: [BooleanFig35.Cell: Int], words: [UInt64], widths: [Int], depths: [Int], trials: Int) throws -> (Table, Table) {
        let alpha = 0.1
        func rate(_ w: Int, _ d: Int, _ word: UInt64) -> Double? {
            done[BooleanFig35.Cell(alpha: alpha, width: w, depth: d, word: word)].map { Double($0) / Double(trials) }
        }
        var perClass = Table(title: "Figure 3.6: metrics and leaky ReLU success per class (\(trials) trials per cell)",
                             columns: ["decimal", "swaps s", "degree", "total influence", "entropy", "mean success", "2×2 success", "3×1 success",
                                       "min width, depth 1", "construction width s − 1"])
        var metrics: [[Double]] = [[], [], [], []], mean: [Double] = []
        for word in words {
            let f = try TruthTable(variables: 4, value: word)
            let w = WalshSpectrum(f)
            let s = try swapsValue(f).value
            let entropy = try w.entropy.decimal(digits: 6)
            let rates = widths.flatMap { x in depths.compactMap { rate(x, $0, word) } }
            let m = rates.reduce(0, +) / Double(max(rates.count, 1))
            let minWidth = depths.contains(1) ? widths.first { (rate($0, 1, word) ?? 0) > 0 } : nil
            metrics[0].append(Double(s)); metrics[1].append(Double(w.degree))
            metrics[2].append(Double(w.totalInfluence.decimal(digits: 12).text)!); metrics[3].append(Double(entropy)!)
            mean.append(m)
            func cell(_ r: Double?) -> ClaimKit.Cell { r.map { .measured($0) } ?? .text("–") }
            perClass.append([.integer(Int(word)), .integer(s), .integer(w.degree), .exact(w.totalInfluence.description), .certified(entropy),
                             .measured(m), cell(rate(2, 2, word)), cell(rate(3, 1, word)), minWidth.map { .integer($0) } ?? .text("none ≤ \(widths.max()!)"),
                             .integer(max(s - 1, 0))])
        }
        perClass.notes = ["Metrics exact (entropy: certified 6 decimals); success rates are float measurements. Mean success over the \(widths.count * depths.count) sizes of the grid."]
        var correlation = Table(title: "Figure 3.6: Spearman correlation of mean leaky ReLU success with each metric (\(words.count) classes)",
                                columns: ["metric", "Spearman ρ"])
        for (name, values) in zip(["swaps value", "Fourier degree", "total influence", "Fourier entropy"], metrics) {
            correlation.append([.text(name), spearman(values, mean).map { .measured($0) } ?? .text("– (constant)")])
        }
        return (perClass, correlation)
    }

    /// Spearman's ρ: Pearson correlation of the ranks (ties get the mean of
    /// their ranks).
    ///
    /// **Edge cases:** fewer than two values, unequal lengths, or a constant
    /// sample give nil.
    static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        func ranks(_ v: [Double]) -> [Double] {
            let order = v.indices.sorted { v[$0] < v[$1] }
            var r = [Double](repeating: 0, count: v.count)
            var i = 0
            while i < order.count {
                var j = i
                while j + 1 < order.count && v[order[j + 1]] == v[order[i]] { j += 1 }
                for k in i...j { r[order[k]] = Double(i + j) / 2 + 1 }
                i = j + 1
            }
            return r
        }
        let a = ranks(x), b = ranks(y), n = Double(x.count)
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (p, q) in zip(a, b) { sab += (p - ma) * (q - mb); saa += (p - ma) * (p - ma); sbb += (q - mb) * (q - mb) }
        guard saa > 0, sbb > 0 else { return nil }
        return sab / (saa * sbb).squareRoot()
    }
}
