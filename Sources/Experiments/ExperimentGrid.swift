import ClaimKit
import Cores

/// An experiment whose work is a grid of independent cells: cell j's row is
/// a function of (seed, trials, mode, j) alone, never of other cells or the
/// thread count, and the report is a function of all rows in cell order.
/// So the cells can be split over processes (`exactnn train <name> --shard
/// i/k`) and the merged rows give the report an unsharded run gives. Rows
/// hold plain values that round-trip exactly through text (integers,
/// exact text, Doubles, whose shortest decimal reads back bit for bit).
public struct ExperimentGrid: Sendable {
    /// Number of cells.
    public let count: Int
    /// Cell j's row, computed with up to `threads` worker threads.
    public let row: @Sendable (_ j: Int, _ threads: Int) throws -> [Cell]
    /// The report from every row, in cell order.
    public let report: @Sendable (_ rows: [[Cell]]) throws -> ExperimentReport
    /// Whether an unsharded run spreads the cells over the threads (each
    /// cell on one) rather than running cells in turn with all threads.
    public let cellsInParallel: Bool
    /// Names cell j for progress lines.
    let label: @Sendable (Int) -> String

    init(count: Int, cellsInParallel: Bool = false, label: @escaping @Sendable (Int) -> String,
         row: @escaping @Sendable (Int, Int) throws -> [Cell], report: @escaping @Sendable ([[Cell]]) throws -> ExperimentReport) {
        self.count = count
        self.cellsInParallel = cellsInParallel
        self.label = label
        self.row = row
        self.report = report
    }

    /// The unsharded run: every row, then the report.
    func run(_ options: ExperimentOptions) throws -> ExperimentReport {
        if cellsInParallel {
            options.note("\(count) cells")
            return try report(try Cores.map(count, threads: options.threads) { try row($0, 1) })
        }
        var rows: [[Cell]] = []
        for j in 0..<count {
            options.note("cell \(j + 1)/\(count): \(label(j))")
            rows.append(try row(j, options.threads))
        }
        return try report(rows)
    }
}

extension [Cell] {
    /// The integer in column i (rows are built by the experiment itself, so
    /// another shape is a programming error).
    func integer(_ i: Int) -> Int {
        guard case .integer(let n) = self[i] else { preconditionFailure("grid row: column \(i) is not an integer: \(self)") }
        return n
    }

    /// The Double in column i.
    func measured(_ i: Int) -> Double {
        guard case .measured(let x) = self[i] else { preconditionFailure("grid row: column \(i) is not a measurement: \(self)") }
        return x
    }
}
