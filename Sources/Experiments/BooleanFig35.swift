import BooleanAnalysis
import ClaimKit
import Trainer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paper 002 (dissertation §3.4, Figure 3.5 and Table 3.3): every one of
/// the 222 NPN classes of four-input functions, learned on all 16 points of
/// {−1,1}⁴ by rectangular networks of width 2…10 and depth 1…5 with ReLU
/// and leaky ReLU (α = 0.1) — He normal initialization, Adam lr 0.025,
/// BCE with logits, full batch, up to 4000 epochs (§3.4's settings);
/// success = every point classified correctly.
///
/// The full grid with the paper's 100 trials is 222 × 45 × 2 × 100 ≈ 2·10⁶
/// runs; the default is 10 trials (about 2·10⁵ runs), and every figure
/// states its trial count. With a work directory (`--out`) each finished
/// cell is appended to `boolean.fig-3.5.progress.tsv`, and a rerun with
/// the same seed and trial count resumes from it.
///
/// Prediction (Theorem 3.3.2): a single hidden layer of s − 1 leaky ReLU
/// units can represent a function with swaps value s, and every 4-input
/// function has s ≤ 5, so width ≥ 4 at depth 1 is always sufficient in
/// principle; the study measures how often training finds it.
enum BooleanFig35 {
    struct Cell: Hashable { let alpha: Double, width: Int, depth: Int, word: UInt64 }

    static let experiment = Experiment(
        name: "boolean.fig-3.5",
        source: Source(.localLinearity, section: "section 3.4", label: "Figures 3.5, 3.6, Table 3.3"),
        statement: "Success rates of ReLU and leaky ReLU networks (width 2–10, depth 1–5) on all 222 four-input NPN classes: mean and worst class per size (Figure 3.5), the classes most often hardest (Table 3.3), and per class the swaps value, degree, influence and entropy beside success and the smallest trainable single-layer width (Figure 3.6), with the trial count.",
        defaultTrials: 10, quickTrials: 1,
        cost: "222 classes × 45 sizes × 2 activations × 10 trials ≈ 200 000 runs, about 10 minutes in release (resumable with --out; --trials 100, the paper's grid, about 1–2 hours)",
        grid: { try grid($0, trials: $1) },
        body: { options, trials, grid in try runLogged(grid, options: options, trials: trials) }
    )

    /// The cells in grid order: activation, width, depth, class.
    static func cells(_ options: ExperimentOptions) throws -> (cells: [Cell], words: [UInt64], widths: [Int], depths: [Int], alphas: [Double]) {
        let words = options.quick ? Array(table33Functions.prefix(3)) : try npnClasses(variables: 4).map(\.word)
        let widths = options.quick ? [2, 3] : Array(2...10), depths = options.quick ? [1] : Array(1...5)
        let alphas = [0.0, 0.1]
        let cells = alphas.flatMap { a in widths.flatMap { w in depths.flatMap { d in words.map { Cell(alpha: a, width: w, depth: d, word: $0) } } } }
        return (cells, words, widths, depths, alphas)
    }

    /// One cell per (activation, width, depth, class): row = [successes].
    /// The trials of a cell are seeded by (seed + class decimal, i) alone.
    static func grid(_ options: ExperimentOptions, trials: Int) throws -> ExperimentGrid {
        let (cells, words, widths, depths, alphas) = try cells(options)
        let seed = options.seed
        return ExperimentGrid(count: cells.count, label: { "\(cells[$0])" }, row: { j, threads in
            let cell = cells[j]
            let table = try TruthTable(variables: 4, value: cell.word)
            let data = try Datasets.boolean((0..<16).map { table[$0] })
            let config = TrainingConfiguration(widths: Array(repeating: cell.width, count: cell.depth),
                                               activation: cell.alpha == 0 ? .relu : .leakyReLU(cell.alpha), loss: .bceWithLogits,
                                               optimizer: .adamDefault, learningRate: 0.025, epochs: 4000, initialization: .he,
                                               targetAccuracy: 1, stopAtTarget: true)
            let results = try Training.runTrials(config, data: data, trials: trials, seed: seed &+ cell.word, threads: threads)
            return [.integer(results.filter(\.reachedTarget).count)]
        }, report: { rows in
            var done: [Cell: Int] = [:]
            for (cell, row) in zip(cells, rows) { done[cell] = row.integer(0) }
            let r = report(done, words: words, widths: widths, depths: depths, alphas: alphas, trials: trials, options: options)
            let (perClass, correlation) = try BooleanFig36.tables(done, words: words, widths: widths, depths: depths, trials: trials)
            return ExperimentReport(name: r.name, summary: r.summary, prediction: r.prediction, settings: r.settings, tables: r.tables + [perClass, correlation])
        })
    }

    /// The unsharded run: the grid's rows, each finished cell appended to the
    /// progress file in the work directory, and cells found there (same seed
    /// and trial count) not recomputed.
    static func runLogged(_ grid: ExperimentGrid, options: ExperimentOptions, trials: Int) throws -> ExperimentReport {
        let cells = try cells(options).cells
        var done = try resume(options, trials: trials)
        let log = try options.workDirectory.map { try ProgressLog(path: $0 + "/boolean.fig-3.5.progress.tsv") }
        let start = clock()
        var computed = 0
        for (j, cell) in cells.enumerated() where done[cell] == nil {
            let successes = try grid.row(j, options.threads).integer(0)
            done[cell] = successes
            log?.append("\(options.seed)\t\(trials)\t\(cell.alpha)\t\(cell.width)\t\(cell.depth)\t\(cell.word)\t\(successes)")
            computed += 1
            let remaining = cells.count - done.count
            let rate = (clock() - start) / Double(computed)
            options.note("cell \(done.count)/\(cells.count), ETA \(Int((rate * Double(remaining)).rounded())) s")
        }
        return try grid.report(cells.map { [.integer(done[$0] ?? 0)] })
    }

    /// Cells recorded earlier with the same seed and trial count.
    static func resume(_ options: ExperimentOptions, trials: Int) throws -> [Cell: Int] {
        guard let dir = options.workDirectory, let f = fopen(dir + "/boolean.fig-3.5.progress.tsv", "r") else { return [:] }
        defer { fclose(f) }
        var out: [Cell: Int] = [:]
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        while getline(&line, &capacity, f) > 0 {
            let fields = String(cString: line!).split(whereSeparator: { $0 == "\t" || $0 == "\n" }).map(String.init)
            guard fields.count == 7, UInt64(fields[0]) == options.seed, Int(fields[1]) == trials,
                  let a = Double(fields[2]), let w = Int(fields[3]), let d = Int(fields[4]), let word = UInt64(fields[5]), let s = Int(fields[6]) else { continue }
            out[Cell(alpha: a, width: w, depth: d, word: word)] = s
        }
        free(line)
        return out
    }

    static func clock() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    static func report(_ done: [Cell: Int], words: [UInt64], widths: [Int], depths: [Int], alphas: [Double], trials: Int, options: ExperimentOptions) -> ExperimentReport {
        var sizes = Table(title: "Figure 3.5: success over \(words.count) classes, \(trials) trials per class and size",
                          columns: ["activation", "width", "depth", "mean success rate", "worst class rate", "worst class (decimal)"])
        var hardest = Table(title: "Table 3.3: classes within 1 point of the lowest rate, counted over the sizes where some class failed",
                            columns: ["activation", "rank", "decimal", "binary", "count"])
        var summary: [String] = []
        for a in alphas {
            let name = a == 0 ? "ReLU" : "leaky ReLU \(a)"
            var counts: [UInt64: Int] = [:]
            var means: [Double] = []
            for w in widths {
                for d in depths {
                    let rates = words.map { Double(done[Cell(alpha: a, width: w, depth: d, word: $0)] ?? 0) / Double(trials) }
                    let low = rates.min()!, mean = rates.reduce(0, +) / Double(rates.count)
                    means.append(mean)
                    // A size where every class always succeeded has no hardest class.
                    if low < 1 { for (word, r) in zip(words, rates) where r <= low + 0.01 { counts[word, default: 0] += 1 } }
                    sizes.append([.text(name), .integer(w), .integer(d), .measured(mean), .measured(low), .integer(Int(words[rates.firstIndex(of: low)!]))])
                }
            }
            let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(10)
            for (rank, (word, count)) in top.enumerated() {
                let bits = String(word, radix: 2)
                hardest.append([.text(name), .integer(rank + 1), .integer(Int(word)), .text(String(repeating: "0", count: 16 - bits.count) + bits), .integer(count)])
            }
            summary.append("\(name): mean success \(Spread(means).text()) over sizes, hardest \(top.first.map { "\($0.key)" } ?? "–")")
        }
        sizes.notes = ["Success = all 16 points right within 4000 Adam epochs; \(trials) trials per (class, size); float measurements."]
        return ExperimentReport(
            name: "boolean.fig-3.5",
            summary: "\(trials) trials per cell, \(words.count) classes: " + summary.joined(separator: "; "),
            prediction: "every 4-input function has swaps value ≤ 5, so s − 1 ≤ 4 leaky ReLU units suffice at depth 1 (Theorem 3.3.2); the dissertation finds leaky ReLU more reliable than ReLU and parity (27030) hardest.",
            settings: [("seed", String(options.seed)), ("seed of a class", "seed + the class decimal"), ("trials per cell", String(trials)), ("classes", String(words.count)),
                       ("widths", widths.map(String.init).joined(separator: ", ")), ("depths", depths.map(String.init).joined(separator: ", ")),
                       ("training", "He normal, Adam lr 0.025, BCE with logits, full batch, ≤ 4000 epochs, stop at 100 %"),
                       ("mode", options.quick ? "quick (3 classes of Table 3.3)" : "full")],
            tables: [sizes, hardest])
    }
}

/// Appends lines to a file, flushed one by one, so an interrupted run
/// keeps every finished cell.
final class ProgressLog {
    private let file: UnsafeMutablePointer<FILE>

    init(path: String) throws {
        guard let f = fopen(path, "a") else { throw TrainerError("cannot write the progress file '\(path)'") }
        file = f
    }

    deinit { fclose(file) }

    func append(_ line: String) {
        fputs(line + "\n", file)
        fflush(file)
    }
}
