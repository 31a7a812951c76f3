import Foundation
import Testing

/// `exactnn slurm`: the scripts it writes, run here by bash the way Slurm
/// runs them (SLURM_ARRAY_TASK_ID per task, then the merge), give the
/// unsharded result. scripts/test-slurm.sh runs them through a real Slurm.
@Suite struct SlurmScriptTests {
    func bash(_ script: String, in dir: URL, environment: [String: String] = [:]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [script]
        p.currentDirectoryURL = dir
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test func arrayTasksThenMergeGiveTheUnshardedResult() throws {
        let dir = ExactNN.temporaryDirectory()
        let r = try ExactNN.run(["slurm", "--shards", "3", "--format", "csv", "--out", "jobs", "--time", "0:10:00", "--", "swaps", "--all", "--vars", "4"], in: dir)
        #expect(r.status == 0, "\(r)")
        let jobs = dir.appendingPathComponent("jobs")
        let array = try String(contentsOf: jobs.appendingPathComponent("shards.sbatch"), encoding: .utf8)
        #expect(array.contains("#SBATCH --array=0-2\n"))
        #expect(array.contains("#SBATCH --time=0:10:00\n"))
        #expect(array.contains("swaps --all --vars 4 --shard \"$i/3\" --resume --out "))
        let submit = try String(contentsOf: jobs.appendingPathComponent("submit.sh"), encoding: .utf8)
        #expect(submit.contains("sbatch --parsable --dependency=afterok:\"$array\" "))
        // Without SLURM_ARRAY_TASK_ID the shard script refuses to run.
        #expect(try bash(jobs.appendingPathComponent("shards.sbatch").path, in: dir) != 0)
        for i in [2, 0, 1] {
            #expect(try bash(jobs.appendingPathComponent("shards.sbatch").path, in: dir, environment: ["SLURM_ARRAY_TASK_ID": "\(i)"]) == 0)
        }
        #expect(try bash(jobs.appendingPathComponent("merge.sbatch").path, in: dir) == 0)
        let merged = try String(contentsOf: jobs.appendingPathComponent("result.csv"), encoding: .utf8)
        let whole = try ExactNN.run(["swaps", "--all", "--vars", "4", "--format", "csv"], in: dir)
        #expect(merged == whole.stdout)
    }

    @Test(arguments: [
        (["slurm", "--shards", "2", "--out", "j"], "give the study after '--'"),
        (["slurm", "--shards", "0", "--out", "j", "--", "swaps", "--all", "--vars", "4"], "--shards must be in 1...10000"),
        (["slurm", "--shards", "2", "--out", "j", "--", "swaps", "--all", "--vars", "4", "--shard", "0/2"], "must not set --shard"),
        (["slurm", "--shards", "2", "--out", "j", "--", "npn", "count", "--vars", "3"], "is not valid"),
        (["slurm", "--shards", "2", "--out", "j", "--", "swaps", "--all", "--vars", "9"], "is not valid"),
    ])
    func badSlurmArguments(_ arguments: [String], _ fragment: String) throws {
        let dir = ExactNN.temporaryDirectory()
        let r = try ExactNN.run(arguments, in: dir)
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(fragment), "\(r)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
