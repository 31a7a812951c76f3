import Testing
import ClaimKit
import Trainer
#if canImport(Glibc)
import Glibc
#endif
@testable import Experiments

/// Every experiment's quick run: well-formed tables, the seed and trial
/// count recorded, identical on 1 and 2 threads and on a rerun, and a
/// different seed changes the measurements.
@Test(arguments: ExperimentCatalog.all.map(\.name))
func quickRunIsReproducible(_ name: String) throws {
    let e = try ExperimentCatalog.named(name)
    let a = try e.run(ExperimentOptions(seed: 3, threads: 2, quick: true))
    #expect(a.name == name && !a.summary.isEmpty && !a.prediction.isEmpty)
    #expect(a.settings.contains { $0.0 == "seed" && $0.1 == "3" })
    #expect(!a.tables.isEmpty && a.tables.allSatisfy { table in !table.rows.isEmpty && table.rows.allSatisfy { $0.count == table.columns.count } })
    let b = try e.run(ExperimentOptions(seed: 3, threads: 1, quick: true))
    #expect(a.tables == b.tables && a.summary == b.summary)
    let c = try e.run(ExperimentOptions(seed: 4, threads: 2, quick: true))
    #expect(c.tables != a.tables)
}

/// Explicit trial counts reach the tables.
@Test func trialCountIsHonoured() throws {
    let r = try ExperimentCatalog.named("polarity.fig-4a").run(ExperimentOptions(trials: 3, seed: 1, quick: true))
    let trialsColumn = r.tables[0].columns.firstIndex(of: "trials")!
    #expect(r.tables[0].rows.allSatisfy { $0[trialsColumn] == .integer(3) })
}

@Test func experimentErrors() {
    #expect(throws: TrainerError.self) { try ExperimentCatalog.named("polarity.fig-9") }
    for options in [ExperimentOptions(trials: 0), ExperimentOptions(trials: -2), ExperimentOptions(trials: 100_001), ExperimentOptions(threads: 0)] {
        #expect(throws: TrainerError.self) { try ExperimentCatalog.all[0].run(options) }
    }
}

/// Balance Theorem 31, quick: the L2 deficit under E + c‖w‖₂² follows the
/// predicted (1 + 2ηc)^(−2t) decay within 5 %, while on E alone it moves
/// by less than 1 %.
@Test func theorem31FollowsPrediction() throws {
    let r = try ExperimentCatalog.named("balance.theorem-31").run(ExperimentOptions(seed: 2, quick: true))
    let t = r.tables[0]
    func value(_ row: [Cell], _ column: String) -> Double {
        guard case .measured(let x) = row[t.columns.firstIndex(of: column)!] else { return .nan }
        return x
    }
    let plain = t.rows.filter { $0[0] == .text("E alone") }, l2 = t.rows.filter { $0[0] == .text("E + c‖w‖₂²") }
    #expect(abs(value(plain.last!, "L2 |D| median") / value(plain.first!, "L2 |D| median") - 1) < 0.01)
    let measured = value(l2.last!, "L2 |D| median"), predicted = value(l2.last!, "L2 |D| predicted (median)")
    #expect(abs(measured / predicted - 1) < 0.05 && measured < 0.5 * value(l2.first!, "L2 |D| median"))
}

/// The Boolean study resumes: a second run with the same seed and trials
/// reads every cell from the progress file (identical tables, no new
/// lines); another seed ignores the file's lines and appends its own.
@Test func booleanStudyResumes() throws {
    let dir = "/tmp/exactnn-resume-\(UInt64.random(in: 0...UInt64.max))"
    #expect(mkdir(dir, 0o755) == 0)
    defer { _ = unlink(dir + "/boolean.fig-3.5.progress.tsv"); _ = rmdir(dir) }
    let e = try ExperimentCatalog.named("boolean.fig-3.5")
    let first = try e.run(ExperimentOptions(seed: 5, quick: true, workDirectory: dir))
    func lines() -> Int {
        guard let f = fopen(dir + "/boolean.fig-3.5.progress.tsv", "r") else { return -1 }
        defer { fclose(f) }
        var count = 0
        while true {
            let c = fgetc(f)
            if c == EOF { return count }
            if c == 10 { count += 1 }
        }
    }
    #expect(lines() == 12)  // 3 classes × 2 widths × 1 depth × 2 activations
    let again = try e.run(ExperimentOptions(seed: 5, quick: true, workDirectory: dir))
    #expect(again.tables == first.tables && lines() == 12)
    _ = try e.run(ExperimentOptions(seed: 6, quick: true, workDirectory: dir))
    #expect(lines() == 24)
}
