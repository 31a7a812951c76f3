import Foundation
import Testing

/// `--shard i/k` and `exactnn merge`: the merged result is byte for byte the
/// unsharded one; mixed, duplicate, missing and incomplete shards are
/// refused with one line and exit 2; a killed shard resumes without losing
/// or repeating rows.
@Suite struct ShardTests {
    func rowCount(_ file: URL) throws -> Int {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("[") && $0.count > 1 }.count
    }

    /// Two studies, several shard counts and formats; the merge reads the
    /// files in a scrambled order.
    @Test(arguments: [
        (["swaps", "--all", "--vars", "4"], 3, "text"),
        (["swaps", "--all", "--vars", "3"], 5, "json"),
        (["table", "boolean", "--vars", "4"], 2, "csv"),
        (["table", "boolean", "--vars", "3", "--digits", "20"], 4, "markdown"),
        (["table", "boolean", "--vars", "6", "--sample", "30", "--seed", "5"], 4, "json"),
        (["table", "boolean", "--vars", "4", "--sample", "25", "--seed", "2"], 3, "text"),
        (["polarity", "table", "--max-units", "12", "--conventions", "free:free,zero:zero", "--label", "xnor"], 5, "json"),
    ])
    func mergedEqualsUnsharded(_ study: [String], _ k: Int, _ format: String) throws {
        let dir = ExactNN.temporaryDirectory()
        let whole = try ExactNN.run(study + ["--format", format], in: dir)
        #expect(whole.status == 0, "\(whole)")
        for i in 0..<k {
            let r = try ExactNN.run(study + ["--shard", "\(i)/\(k)", "--out", "part\(i).json"], in: dir)
            #expect(r.status == 0 && r.stdout.isEmpty, "\(r)")
        }
        let files = (0..<k).reversed().map { "part\($0).json" }
        let merged = try ExactNN.run(["merge"] + files + ["--format", format], in: dir)
        #expect(merged.status == 0, "\(merged)")
        #expect(merged.stdout == whole.stdout)
        #expect(!whole.stdout.isEmpty)
    }

    @Test func partialFilesDescribeThemselves() throws {
        let dir = ExactNN.temporaryDirectory()
        let r = try ExactNN.run(["table", "boolean", "--vars", "3", "--shard", "1/2", "--out", "p.json"], in: dir)
        #expect(r.status == 0, "\(r)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("p.json"))) as! [String: Any]
        #expect(json["command"] as? String == "table boolean")
        #expect(json["parameters"] as? [String: String] == ["vars": "3", "digits": "12"])
        #expect((json["shard"] as? [String: Int]) == ["index": 1, "count": 2])
        #expect(json["items"] as? Int == 14)   // 14 NPN classes of 3 inputs
        #expect(json["complete"] as? Bool == true)
        #expect((json["tool"] as? String)?.hasPrefix("exactnn ") == true)
        // Shard 1 of 2 holds the odd items 1, 3, …, 13; cells are tagged strings.
        let rows = json["rows"] as! [[Any]]
        #expect(rows.map { $0[0] as! Int } == Array(stride(from: 1, to: 14, by: 2)))
        #expect(rows[0][1] as? String == "e:1")   // class 1 = AND₃: x₁x₂x₃
    }

    @Test func aKilledShardResumesWithoutLosingOrRepeatingRows() throws {
        let dir = ExactNN.temporaryDirectory()
        let study = ["table", "boolean", "--vars", "4", "--shard", "0/2", "--out", "p0.json", "--checkpoint-seconds", "0"]
        // Killed (SIGKILL) after the first chunks; the checkpoint survives.
        let first = try ExactNN.runWithEnvironment(study, in: dir, environment: ["EXACTNN_TEST_KILL_AFTER_ITEMS": "1"])
        #expect(first.status != 0)
        let afterKill = try rowCount(dir.appendingPathComponent("p0.json"))
        #expect(afterKill > 0 && afterKill < 111)
        // A resumed run killed again has more rows: it did not start over.
        let second = try ExactNN.runWithEnvironment(study + ["--resume"], in: dir, environment: ["EXACTNN_TEST_KILL_AFTER_ITEMS": "1"])
        #expect(second.status != 0)
        #expect(try rowCount(dir.appendingPathComponent("p0.json")) > afterKill)
        let incomplete = try ExactNN.run(["merge", "p0.json"], in: dir)
        #expect(incomplete.status == 2 && incomplete.stderr.contains("is incomplete"), "\(incomplete)")
        // Finish it, and the other shard; the merge equals the unsharded table.
        #expect(try ExactNN.run(study + ["--resume"], in: dir).status == 0)
        #expect(try ExactNN.run(["table", "boolean", "--vars", "4", "--shard", "1/2", "--out", "p1.json"], in: dir).status == 0)
        let merged = try ExactNN.run(["merge", "p0.json", "p1.json"], in: dir)
        let whole = try ExactNN.run(["table", "boolean", "--vars", "4"], in: dir)
        #expect(merged.status == 0 && merged.stdout == whole.stdout, "\(merged)")
    }

    @Test func mergeRefusesWhatIsNotOneWholeStudy() throws {
        let dir = ExactNN.temporaryDirectory()
        for (args, out) in [(["swaps", "--all", "--vars", "3", "--shard", "0/2"], "a0.json"), (["swaps", "--all", "--vars", "3", "--shard", "1/2"], "a1.json"),
                            (["swaps", "--all", "--vars", "2", "--shard", "1/2"], "b1.json"), (["swaps", "--all", "--vars", "3", "--shard", "1/3"], "c1.json"),
                            (["table", "boolean", "--vars", "3", "--shard", "1/2"], "d1.json")] {
            let r = try ExactNN.run(args + ["--out", out], in: dir)
            #expect(r.status == 0, "\(r)")
        }
        // Another version's file.
        let a1 = try String(contentsOf: dir.appendingPathComponent("a1.json"), encoding: .utf8)
        try Data(a1.replacingOccurrences(of: "\"tool\": \"exactnn ", with: "\"tool\": \"exactnn 9.9-").utf8).write(to: dir.appendingPathComponent("v1.json"))
        try Data("{\"rows\": []}".utf8).write(to: dir.appendingPathComponent("junk.json"))
        let cases: [([String], String)] = [
            (["a0.json"], "missing shard 1/2 of swaps --all"),
            (["a0.json", "a1.json", "a1.json"], "shard 1/2 is given twice"),
            (["a0.json", "b1.json"], "parameter vars = 2, not 3"),
            (["a0.json", "c1.json"], "split into 3 shards, not 2"),
            (["a0.json", "d1.json"], "command 'table boolean', not 'swaps --all'"),
            (["a0.json", "v1.json"], "made by exactnn 9.9-"),
            (["a0.json", "junk.json"], "'junk.json' is not an exactnn partial result"),
            (["a0.json", "nope.json"], "cannot read 'nope.json'"),
            ([], "give the partial result files"),
        ]
        for (files, fragment) in cases {
            let r = try ExactNN.run(["merge"] + files + ["--out", "merged.txt"], in: dir)
            #expect(r.status == 2, "\(r)")
            #expect(r.stdout.isEmpty, "\(r)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(fragment), "\(r)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("merged.txt").path))
        }
    }

    @Test(arguments: [
        (["swaps", "--all", "--vars", "4", "--shard", "4/4", "--out", "p.json"], "--shard 4/4: the index must be in 0...3"),
        (["swaps", "--all", "--vars", "4", "--shard", "0/0", "--out", "p.json"], "the shard count k must be in 1...100000"),
        (["swaps", "--all", "--vars", "4", "--shard", "x", "--out", "p.json"], "--shard must be i/k"),
        (["swaps", "--all", "--vars", "4", "--shard", "0/2"], "--shard needs --out FILE"),
        (["swaps", "--all", "--vars", "4", "--resume"], "--resume needs --shard"),
        (["swaps", "7", "--shard", "0/2", "--out", "p.json"], "split 'swaps --all --vars N'"),
        (["table", "boolean", "--vars", "4", "--shard", "1/2", "--out", "p.json", "--checkpoint-seconds", "-1"], "--checkpoint-seconds"),
    ])
    func badShardArguments(_ arguments: [String], _ fragment: String) throws {
        let dir = ExactNN.temporaryDirectory()
        let r = try ExactNN.run(arguments, in: dir)
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(fragment), "\(r)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
