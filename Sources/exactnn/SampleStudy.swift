import BooleanAnalysis
import ClaimKit
import Cores
import ExactArithmetic
import Experiments

/// `exactnn table boolean --vars N --sample M --seed S` as a study: item j
/// is draw j of the seeded stream (``sampledFunction(variables:seed:draw:)``),
/// row = (draw, table, canonical form, degree, influence, entropy[, swaps]).
/// The summary (distributions with exact counts, the swaps mean with an
/// interval, the largest swaps with witnesses) is recomputed from the rows,
/// so a merge of shards prints what the unsharded run prints.
struct SampleTableStudy: ShardableStudy {
    static let command = "table boolean --sample"
    let variables: Int
    let sample: Int
    let seed: UInt64
    let digits: Int
    /// Whether the rows carry swaps: decided once per run by
    /// ``swapsAvailable(variables:)`` (n = 6 needs the shipped chamber orders).
    let withSwaps: Bool
    /// With `--train T`: T trainings per function and width (Figure 3.6's
    /// question, ``BooleanFig36Six``), the widths of one hidden layer.
    let training: (trials: Int, widths: [Int])?

    var parameters: [String: String] {
        var p = ["vars": String(variables), "sample": String(sample), "seed": String(seed), "digits": String(digits), "swaps": withSwaps ? "yes" : "no"]
        if let training {
            p["train"] = String(training.trials)
            p["widths"] = training.widths.map(String.init).joined(separator: ",")
        }
        return p
    }

    static let maxSample = 100_000_000

    /// Rebuilt from a partial file's parameters.
    init(parameters p: [String: String]) throws {
        guard let n = p["vars"].flatMap(Int.init), (1...6).contains(n),
              let m = p["sample"].flatMap(Int.init), (1...Self.maxSample).contains(m),
              let s = p["seed"].flatMap(UInt64.init), let d = p["digits"].flatMap(Int.init), (1...1000).contains(d),
              let w = p["swaps"], w == "yes" || w == "no" else {
            throw InputError("partial results of '\(Self.command)' with parameters \(p) are not a study this version merges")
        }
        if w == "yes" && !swapsAvailable(variables: n) {
            throw InputError("the partial results carry swaps for n = \(n), which this build cannot compute: merge them with the build that made them")
        }
        var training: (Int, [Int])?
        if let t = p["train"] {
            guard let trials = Int(t), let widths = p["widths"].map({ $0.split(separator: ",").compactMap { Int($0) } }), !widths.isEmpty, w == "yes" else {
                throw InputError("partial results of '\(Self.command)' with parameters \(p) are not a study this version merges")
            }
            training = (trials, widths)
        }
        self.init(variables: n, sample: m, seed: s, digits: d, withSwaps: w == "yes", training: training)
    }

    init(variables: Int, sample: Int, seed: UInt64, digits: Int, withSwaps: Bool, training: (trials: Int, widths: [Int])? = nil) {
        self.variables = variables
        self.sample = sample
        self.seed = seed
        self.digits = digits
        self.withSwaps = withSwaps
        self.training = training
    }

    var columns: [String] {
        ["draw", "decimal", "canonical decimal", "degree", "total influence", "entropy"] + (withSwaps ? ["swaps"] : [])
            + (training?.widths.map { "successes, width \($0)" } ?? [])
    }

    func items() throws -> StudyItems {
        let (n, seed, digits, withSwaps, training) = (variables, seed, digits, withSwaps, training)
        return StudyItems(count: sample) { j in
            let r = try boolean { try SampleSurveyRow(try sampledFunction(variables: n, seed: seed, draw: j), withSwaps: withSwaps) }
            let successes = try training.map { t in
                try BooleanFig36Six.successes(r.function, widths: t.widths, trials: t.trials, seed: seed, threads: 1)
            } ?? []
            return [.integer(j), .exact(r.function.decimal), .exact(r.canonical.decimal), .integer(r.degree),
                    .exact(r.totalInfluence.description), .certified(try r.entropy.decimal(digits: digits))]
                + (r.swaps.map { [.integer($0.value)] } ?? []) + successes.map { .integer($0) }
        }
    }

    /// The unsharded run: every row on both cores, then the same rendering.
    func runWhole(to output: OutputOptions) throws {
        let items = try self.items()
        try render(try Cores.map(items.count) { try items.row($0) }, to: output)
    }

    func render(_ rows: [[Cell]], to output: OutputOptions) throws {
        let n = variables
        var t = Table(title: "\(sample) random \(n)-input functions (seed \(seed))", columns: columns, rows: rows)
        t.notes = ["draw j: output j of SplitMix64 from the seed, masked to 2^\(n) bits (uniform); decimal as in Table 3.3",
                   "exact: canonical form (least table of the NPN class), degree, influence (eq. 3.6); entropy (eq. 3.7) to \(digits) certified digits"
                   + (withSwaps ? "; swaps (eq. 3.10), each with an exactly verified witness" : "; swaps: not available for n = \(n) in this build (column left out)")]
        // The metrics again from each row's table: exact values for the summaries.
        let functions = rows.map { r -> TruthTable in
            guard case .exact(let d) = r[1], let f = try? TruthTable(parsing: d, variables: n) else { preconditionFailure("sample row of another shape: \(r)") }
            return f
        }
        let spectra = functions.map(WalshSpectrum.init)
        var degrees: [Int: Int] = [:], influences: [Rational: Int] = [:], entropyBins: [Int: Int] = [:], classes: [String: Int] = [:]
        for (s, r) in zip(spectra, rows) {
            degrees[s.degree, default: 0] += 1
            influences[s.totalInfluence, default: 0] += 1
            entropyBins[s.entropy.floor(times: 2), default: 0] += 1
            classes["\(r[2])", default: 0] += 1
        }
        var d = Table(title: "Fourier degree", columns: ["degree", "functions"])
        for k in degrees.keys.sorted() { d.append([.integer(k), .integer(degrees[k]!)]) }
        var i = Table(title: "total influence", columns: ["I(f)", "functions"])
        for v in influences.keys.sorted() { i.append([.exact(v.description), .integer(influences[v]!)]) }
        var e = Table(title: "Fourier entropy in half-bit bins", columns: ["bin", "functions"])
        for b in entropyBins.keys.sorted() {
            let half = { (k: Int) in "\(k / 2)" + (k % 2 == 1 ? ".5" : "") }
            e.append([.text(b == 2 * n ? "= \(n)" : "[\(half(b)), \(half(b + 1)))"), .integer(entropyBins[b]!)])
        }
        e.notes = ["bins decided exactly (rational entropies exactly, the others by certified intervals)"]
        var c = Table(title: "NPN classes", columns: ["quantity", "value"])
        c.append([.text("distinct classes among the draws"), .integer(classes.count)])
        let repeated = classes.filter { $0.value > 1 }.sorted { a, b in a.value != b.value ? a.value > b.value : (a.key.count, a.key) < (b.key.count, b.key) }
        c.append([.text("classes drawn more than once"), .integer(repeated.count)])
        for (k, v) in repeated.prefix(10) { c.append([.text("  class \(k)"), .integer(v)]) }
        var tables = [t, d, i, e, c]
        let swaps = rows.map { r -> Int in guard withSwaps, case .integer(let v) = r[6] else { return 0 }; return v }
        if withSwaps { tables += try swapsSummary(swaps, functions) }
        if let training {
            let measured = zip(rows, zip(spectra, swaps)).map { r, m in
                BooleanFig36Six.Row(swaps: m.1, degree: m.0.degree, totalInfluence: Double(m.0.totalInfluence.decimal(digits: 17).text)!,
                                    entropy: Double((try? m.0.entropy.decimal(digits: 17)) ?? "nan")!,
                                    successes: r[7...].map { c in guard case .integer(let k) = c else { preconditionFailure("successes cell \(c)") }; return k })
            }
            tables += BooleanFig36Six.tables(measured, variables: n, widths: training.widths, trials: training.trials)
        }
        try output.emit(tables)
    }

    /// Swaps: exact counts per value with Wilson 95 % intervals, the exact
    /// mean with a normal-approximation 95 % interval, and the largest
    /// values with witnesses recomputed (and verified) from their tables.
    func swapsSummary(_ values: [Int], _ functions: [TruthTable]) throws -> [Table] {
        let total = values.count
        var counts: [Int: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        var s = Table(title: "swaps", columns: ["swaps", "functions", "share 95 % (Wilson)"])
        for v in counts.keys.sorted() {
            let (lo, hi) = SampleInterval.wilson(count: counts[v]!, total: total)
            s.append([.integer(v), .integer(counts[v]!), .text("[\(Cell.format(lo)), \(Cell.format(hi))]")])
        }
        let (mean, interval) = SampleInterval.mean(values)
        s.notes = ["mean \(mean) = \(mean.decimal(digits: 6).text)" + (interval.map { "; 95 % interval (normal approximation, exact sample variance) [\(Cell.format($0.low)), \(Cell.format($0.high))]" } ?? "")]
        let top = counts.keys.max()!
        var m = Table(title: "largest swaps found", columns: ["draw", "decimal", "swaps", "witness w"])
        for j in values.indices.filter({ values[$0] == top }).prefix(3) {
            let w = try boolean { try swapsValue(functions[j]) }
            m.append([.integer(j), .exact(functions[j].decimal), .integer(w.value), .exact("(" + w.witness.map(\.description).joined(separator: ", ") + ")")])
        }
        return [s, m]
    }
}
