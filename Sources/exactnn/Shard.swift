import ArgumentParser
import ClaimKit
import Cores
import Reports
#if canImport(Glibc)
import Glibc
#endif

/// Shard i of k: the items j with j mod k = i (round robin, so every shard
/// gets a fair mix of cheap and costly items whatever their order).
struct Shard: Equatable, CustomStringConvertible {
    let index: Int
    let count: Int

    /// Reads `i/k` with 0 ≤ i < k ≤ 100 000.
    init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let k = Int(parts[1]) else {
            throw InputError("--shard must be i/k (shard i of k, counted from 0), e.g. 0/4; got '\(text)'")
        }
        guard (1...100_000).contains(k) else { throw InputError("--shard \(text): the shard count k must be in 1...100000") }
        guard (0..<k).contains(i) else { throw InputError("--shard \(text): the index must be in 0...\(k - 1) (shards count from 0)") }
        self.init(index: i, count: k)
    }

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    var description: String { "\(index)/\(count)" }

    /// This shard's items among `0..<items`, in increasing order.
    func items(of total: Int) -> StrideTo<Int> { stride(from: index, to: total, by: count) }
}

/// `--shard i/k` and `--resume`, shared by the studies that can be split
/// over machines (``ShardableStudy``).
struct ShardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Compute only shard i of k (items j with j mod k = i) and write a partial result to --out for 'exactnn merge'.",
                               valueName: "i/k"))
    var shard: String?

    @Flag(help: "With --shard: continue from the checkpoint in the --out file (work already done is kept, not repeated).")
    var resume = false

    @Option(help: ArgumentHelp("With --shard: seconds between checkpoints (0 = after every chunk of items).", valueName: "seconds"))
    var checkpointSeconds: Double = 30

    func parsed(out: String?) throws -> Shard? {
        guard let shard else {
            if resume { throw InputError("--resume needs --shard i/k") }
            return nil
        }
        let s = try Shard(parsing: shard)
        guard out != nil else { throw InputError("--shard needs --out FILE for the partial result (merge the shards with 'exactnn merge')") }
        guard checkpointSeconds >= 0 && checkpointSeconds.isFinite else { throw InputError("--checkpoint-seconds must be ≥ 0") }
        return s
    }
}

/// The items of a study: how many, and the cells of item j (any thread).
struct StudyItems: Sendable {
    let count: Int
    let row: @Sendable (Int) throws -> [Cell]
}

/// A study that splits into independent items (one row each) and whose
/// result is a function of all rows in item order: a shard computes some
/// rows, ``Merge`` gathers them, and the same `render` prints the result
/// an unsharded run prints.
protocol ShardableStudy {
    /// The command as typed, e.g. "swaps --all" (names the study in partial files).
    static var command: String { get }
    /// Every parameter that changes the rows or the rendering, by name.
    var parameters: [String: String] { get }
    /// The items; may take time (e.g. enumerate the classes).
    func items() throws -> StudyItems
    /// The final output from all rows in item order.
    func render(_ rows: [[Cell]], to output: OutputOptions) throws
}

extension ShardableStudy {
    /// Shard `shard`: its rows, computed on both cores in chunks, with an
    /// atomic checkpoint of the partial result every `checkpointSeconds`;
    /// with `resume`, rows already in the --out file are kept.
    func runShard(_ shard: Shard, options: ShardOptions, out: String) throws {
        let items = try self.items()
        var header = PartialResult(command: Self.command, parameters: parameters, shard: shard, items: items.count, complete: false, rows: [:])
        var rows: [Int: [Cell]] = [:]
        if options.resume, access(out, F_OK) == 0 {
            let previous = try PartialResult.read(out)
            if let mismatch = header.mismatch(previous) { throw InputError("--resume: '\(out)' is not this shard's checkpoint: \(mismatch)") }
            rows = previous.rows
        }
        let todo = shard.items(of: items.count).filter { rows[$0] == nil }
        let chunk = 16 * Cores.available
        let killAfter = getenv("EXACTNN_TEST_KILL_AFTER_ITEMS").flatMap { Int(String(cString: $0)) }
        let tty = isatty(STDERR_FILENO) != 0
        var lastCheckpoint = Benchmark.now(), computed = 0
        for start in stride(from: 0, to: todo.count, by: chunk) {
            let part = Array(todo[start..<min(start + chunk, todo.count)])
            let cells = try Cores.map(part.count) { try items.row(part[$0]) }
            for (j, c) in zip(part, cells) { rows[j] = c }
            computed += part.count
            if Benchmark.now() - lastCheckpoint >= options.checkpointSeconds {
                header.rows = rows
                try header.write(to: out)
                lastCheckpoint = Benchmark.now()
            }
            if tty { writeStandardError("\rshard \(shard): \(rows.count)/\(shard.items(of: items.count).underestimatedCount) items\u{1B}[K") }
            // Tests: die like a killed job, after the checkpoint logic.
            if let killAfter, computed >= killAfter { kill(getpid(), SIGKILL) }
        }
        if tty { writeStandardError("\r\u{1B}[K") }
        header.rows = rows
        header.complete = true
        try header.write(to: out)
    }

    /// Shard or whole: with `--shard`, a partial result; else `whole()`.
    func run(_ options: ShardOptions, output: OutputOptions, whole: () throws -> Void) throws {
        if let shard = try options.parsed(out: output.out) {
            try runShard(shard, options: options, out: output.out!)
        } else {
            try whole()
        }
    }
}
