import Foundation
import Testing

/// `exactnn train <grid experiment> --shard i/k`: the merged partial results
/// print byte for byte what the unsharded `exactnn train` prints (the
/// cells are seeded by (seed, cell) alone, and Doubles read back exactly);
/// a resumed shard keeps its checkpointed rows; experiments without a grid,
/// bad shards and mixed seeds are refused with one line and exit 2.
@Suite struct TrainShardTests {
    /// Quick sizes, few trials: each experiment takes seconds in a debug build.
    @Test(arguments: [
        (["train", "polarity.fig-4a", "--quick", "--trials", "3"], "json"),
        (["train", "boolean.fig-3.5", "--quick", "--trials", "1", "--seed", "4"], "text"),
        (["train", "regions.table-5.1", "--quick", "--trials", "3"], "json"),
        (["train", "annulus.fig-4.8", "--quick", "--trials", "2"], "markdown"),
        (["train", "annulus.table-4.2", "--quick", "--trials", "1"], "csv"),
        (["train", "boolean.fig-3.7", "--quick", "--trials", "1"], "json"),   // 2 cells: shard 2/3 is empty
        (["train", "polarity.fig-1", "--quick", "--trials", "2"], "json"),
        (["train", "polarity.fig-c1", "--quick", "--trials", "2"], "text"),
        (["train", "polarity.fig-4bcd", "--quick", "--trials", "2"], "json"),   // some trials never reach 80 %: "–" cells
        (["train", "regions.section-6.2", "--quick", "--trials", "2"], "json"),
        (["train", "balance.table-2", "--quick", "--trials", "2"], "json"),
        (["train", "rbp.table-1", "--quick", "--trials", "1"], "json"),
        (["train", "rbp.fig-7-8", "--quick", "--trials", "1"], "json"),
    ])
    func mergedEqualsUnsharded(_ experiment: [String], _ format: String) throws {
        let dir = ExactNN.temporaryDirectory()
        let whole = try ExactNN.run(experiment + ["--format", format, "--threads", "1"], in: dir)
        #expect(whole.status == 0 && !whole.stdout.isEmpty, "\(whole)")
        for i in 0..<3 {
            let r = try ExactNN.run(experiment + ["--shard", "\(i)/3", "--out", "part\(i).json"], in: dir)
            #expect(r.status == 0 && r.stdout.isEmpty, "\(r)")
        }
        let merged = try ExactNN.run(["merge", "part2.json", "part0.json", "part1.json", "--format", format], in: dir)
        #expect(merged.status == 0, "\(merged)")
        #expect(merged.stdout == whole.stdout)
    }

    @Test func partialFilesNameTheExperimentSeedTrialsAndMode() throws {
        let dir = ExactNN.temporaryDirectory()
        let r = try ExactNN.run(["train", "polarity.fig-4a", "--quick", "--seed", "7", "--shard", "1/4", "--out", "p.json"], in: dir)
        #expect(r.status == 0, "\(r)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("p.json"))) as! [String: Any]
        #expect(json["command"] as? String == "train")
        // Trials default to the quick count, 2, and are recorded resolved.
        #expect(json["parameters"] as? [String: String] == ["experiment": "polarity.fig-4a", "seed": "7", "trials": "2", "quick": "yes"])
        #expect(json["seed"] as? String == "7")
        #expect(json["items"] as? Int == 6)   // quick unit counts 1, 2, 3, 5, 8, 15
        // Shard 1 of 4 holds cells 1 and 5 (n = 2 and n = 15), one accuracy per trial.
        let rows = json["rows"] as! [[Any]]
        #expect(rows.map { $0[0] as! Int } == [1, 5])
        #expect(rows.allSatisfy { $0.count == 3 && ($0[1] as! String).hasPrefix("m:") })
    }

    /// A checkpoint's rows are kept as they are (a planted value survives,
    /// so it was not recomputed) and only the missing rows are computed.
    @Test func aResumedShardKeepsItsCheckpointAndComputesOnlyWhatIsMissing() throws {
        let dir = ExactNN.temporaryDirectory()
        let study = ["train", "boolean.fig-3.5", "--quick", "--trials", "2", "--shard", "0/2", "--out", "p0.json"]
        #expect(try ExactNN.run(study, in: dir).status == 0)
        let file = dir.appendingPathComponent("p0.json")
        let full = try String(contentsOf: file, encoding: .utf8)
        // Shard 0 of 2 holds the even cells 0, 2, …, 10, each "[j, "i:successes"]".
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rowLines = lines.filter { $0.hasPrefix("[") && $0.count > 1 }
        #expect(rowLines.count == 6)
        guard rowLines.count == 6 else { return }
        // Checkpoint: cells 0 and 2 planted with 9 successes (impossible with 2 trials), cells 4… missing.
        var checkpoint = lines.filter { !($0.hasPrefix("[") && $0.count > 1) }
        checkpoint = checkpoint.map { $0 == "\"complete\": true," ? "\"complete\": false," : $0 }
        let rowsAt = checkpoint.firstIndex(of: "\"rows\": [")! + 1
        checkpoint.insert(contentsOf: ["[0, \"i:9\"],", "[2, \"i:9\"]"], at: rowsAt)
        try Data(checkpoint.joined(separator: "\n").utf8).write(to: file)
        let incomplete = try ExactNN.run(["merge", "p0.json"], in: dir)
        #expect(incomplete.status == 2 && incomplete.stderr.contains("is incomplete"), "\(incomplete)")
        #expect(try ExactNN.run(study + ["--resume"], in: dir).status == 0)
        let resumed = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init).filter { $0.hasPrefix("[") && $0.count > 1 }
        #expect(resumed.count == 6)
        #expect(resumed.prefix(2) == ["[0, \"i:9\"],", "[2, \"i:9\"],"])
        #expect(resumed.dropFirst(2) == rowLines.dropFirst(2))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"complete\": true,"))
    }

    /// Killed (SIGKILL) after its rows, before it is marked complete: the
    /// checkpoint survives, merge refuses it, and --resume finishes it.
    @Test func aKilledShardResumesToTheUnshardedResult() throws {
        let dir = ExactNN.temporaryDirectory()
        let experiment = ["train", "regions.table-5.1", "--quick", "--trials", "2"]
        let shard0 = experiment + ["--shard", "0/2", "--out", "p0.json", "--checkpoint-seconds", "0"]
        let killed = try ExactNN.runWithEnvironment(shard0, in: dir, environment: ["EXACTNN_TEST_KILL_AFTER_ITEMS": "1"])
        #expect(killed.status != 0)
        let incomplete = try ExactNN.run(["merge", "p0.json"], in: dir)
        #expect(incomplete.status == 2 && incomplete.stderr.contains("is incomplete"), "\(incomplete)")
        #expect(try ExactNN.run(shard0 + ["--resume"], in: dir).status == 0)
        #expect(try ExactNN.run(experiment + ["--shard", "1/2", "--out", "p1.json"], in: dir).status == 0)
        let merged = try ExactNN.run(["merge", "p0.json", "p1.json", "--format", "csv"], in: dir)
        let whole = try ExactNN.run(experiment + ["--format", "csv"], in: dir)
        #expect(merged.status == 0 && merged.stdout == whole.stdout, "\(merged)")
    }

    @Test(arguments: [
        (["train", "polarity.fig-4a", "--quick", "--shard", "3/3", "--out", "p.json"], "--shard 3/3: the index must be in 0...2"),
        (["train", "polarity.fig-4a", "--quick", "--shard", "0/3"], "--shard needs --out FILE"),
        (["train", "polarity.fig-4a", "--quick", "--resume"], "--resume needs --shard"),
        (["train", "polarity.fig-4a", "--quick", "--trials", "0", "--shard", "0/3", "--out", "p.json"], "--trials must be in 1...100000"),
        (["train", "balance.theorem-31", "--quick", "--shard", "0/2", "--out", "p.json"],
         "experiment 'balance.theorem-31' is not a grid of independent cells, so it cannot be sharded; these can: polarity.fig-4a"),
        (["train", "no.such", "--shard", "0/2", "--out", "p.json"], "unknown experiment 'no.such'"),
        (["slurm", "--shards", "2", "--out", "jobs", "--", "train", "rbp.sgd-tracks-ode"], "experiment 'rbp.sgd-tracks-ode' is not a grid of independent cells"),
    ])
    func badShardArguments(_ arguments: [String], _ fragment: String) throws {
        let dir = ExactNN.temporaryDirectory()
        let r = try ExactNN.run(arguments, in: dir)
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(fragment), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("p.json").path))
    }

    @Test func mergeRefusesShardsOfAnotherSeedTrialsOrExperiment() throws {
        let dir = ExactNN.temporaryDirectory()
        let base = ["train", "annulus.fig-4.8", "--quick", "--trials", "1"]
        for (args, out) in [(base + ["--shard", "0/2"], "a0.json"), (base + ["--seed", "2", "--shard", "1/2"], "s1.json"),
                            (["train", "annulus.fig-4.8", "--quick", "--trials", "2", "--shard", "1/2"], "t1.json"),
                            (["train", "regions.table-5.1", "--quick", "--trials", "1", "--shard", "1/2"], "e1.json")] {
            let r = try ExactNN.run(args + ["--out", out], in: dir)
            #expect(r.status == 0, "\(r)")
        }
        for (files, fragment) in [(["a0.json", "s1.json"], "parameter seed = 2, not 1"), (["a0.json", "t1.json"], "parameter trials = 2, not 1"),
                                  (["a0.json", "e1.json"], "parameter experiment = regions.table-5.1, not annulus.fig-4.8"),
                                  (["a0.json"], "missing shard 1/2 of train")] {
            let r = try ExactNN.run(["merge"] + files, in: dir)
            #expect(r.status == 2 && r.stdout.isEmpty, "\(r)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(fragment), "\(r)")
        }
    }

    @Test func slurmWritesAnArrayForAGridExperiment() throws {
        let dir = ExactNN.temporaryDirectory()
        let r = try ExactNN.run(["slurm", "--shards", "4", "--out", "jobs", "--", "train", "boolean.fig-3.5", "--trials", "100"], in: dir)
        #expect(r.status == 0, "\(r)")
        let array = try String(contentsOf: dir.appendingPathComponent("jobs/shards.sbatch"), encoding: .utf8)
        #expect(array.contains("train boolean.fig-3.5 --trials 100 --shard \"$i/4\" --resume --out "))
    }
}
