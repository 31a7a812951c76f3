import ArgumentParser
import Experiments
import Reports
#if canImport(Glibc)
import Glibc
#endif

/// `exactnn slurm --shards k --out DIR -- STUDY…`: a Slurm job array (one
/// shard per task) and a merge job that runs once every task succeeded.
struct Slurm: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write sbatch scripts that run a study as a Slurm job array of shards, then merge them.",
        discussion: """
        Writes into DIR: shards.sbatch (--array=0-(k−1); task i runs the study
        with --shard i/k --resume, so a requeued task continues from its
        checkpoint), merge.sbatch (exactnn merge of parts/part-*.json into
        result.<format>) and submit.sh, which submits the array and then the
        merge with --dependency=afterok:<array job>. Run 'sh DIR/submit.sh' on
        a login node; DIR and the exactnn binary must be on a file system the
        compute nodes share. Studies: \(StudyRegistry.commands.joined(separator: ", ")).

        Examples:
          exactnn slurm --shards 8 --out swaps5-slurm -- swaps --all --vars 5
          exactnn slurm --shards 16 --out fig35-slurm -- train boolean.fig-3.5 --trials 100 --seed 1
        """
    )

    @Option(help: "Number of shards (array tasks), 1...10000.") var shards: Int
    @Option(help: "Folder for the scripts, the partial results (parts/), the logs (logs/) and the result.") var out: String
    @Option(help: "Format of the merged result: text, json, csv or markdown.") var format: OutputFormat = .text
    @Option(help: "The exactnn binary the jobs run (default: this one).") var exactnn: String?
    @Option(help: "CPUs per shard task (the shard uses all it is given).") var cpus = 2
    @Option(help: "sbatch --time limit per task, e.g. 1:00:00 (default: the partition's).") var time: String?
    @Option(help: "sbatch --partition (default: the cluster's default).") var partition: String?
    @Argument(parsing: .postTerminator, help: "The study after '--', e.g. swaps --all --vars 5.") var study: [String] = []

    func validate() throws {
        guard (1...10_000).contains(shards) else { throw ValidationError("--shards must be in 1...10000, got \(shards)") }
        guard (1...1024).contains(cpus) else { throw ValidationError("--cpus must be in 1...1024, got \(cpus)") }
        guard !study.isEmpty else { throw ValidationError("give the study after '--', e.g. exactnn slurm --shards 4 --out DIR -- swaps --all --vars 5") }
        if let bad = study.first(where: { ["--shard", "--out", "--resume", "--format", "--input"].contains($0) || $0.hasPrefix("--shard=") || $0.hasPrefix("--out=") }) {
            throw ValidationError("the study after '--' must not set \(bad): the generated jobs set it")
        }
        // The study must parse as a shardable command.
        let parsed: ParsableCommand
        do { parsed = try ExactNN.parseAsRoot(study + ["--shard", "0/\(shards)", "--out", "part.json"]) } catch {
            throw ValidationError("the study '\(study.joined(separator: " "))' is not valid: \(ExactNN.message(for: error))")
        }
        guard parsed is Swaps || parsed is TableBoolean || parsed is PolarityTable || parsed is TrainExperiment else {
            throw ValidationError("'\(study.joined(separator: " "))' is not a shardable study (\(StudyRegistry.commands.joined(separator: ", ")))")
        }
        if let train = parsed as? TrainExperiment, let e = try? ExperimentCatalog.named(train.name), !e.hasGrid {
            throw ValidationError("experiment '\(e.name)' is not a grid of independent cells, so it cannot be sharded; these can: \(TrainGridStudy.shardable.joined(separator: ", "))")
        }
    }

    func run() throws {
        let dir = absolute(out)
        for d in [dir, dir + "/parts", dir + "/logs"] where mkdir(d, 0o755) != 0 && errno != EEXIST {
            throw InputError("--out: cannot create folder '\(d)'")
        }
        let binary = absolute(exactnn ?? selfPath())
        let name = "exactnn-" + study.prefix(2).joined(separator: "-").filter { $0.isLetter || $0.isNumber || $0 == "-" }
        let studyWords = study.map(quoted).joined(separator: " ")
        var common = ""
        if let time { common += "#SBATCH --time=\(time)\n" }
        if let partition { common += "#SBATCH --partition=\(partition)\n" }
        let array = """
            #!/bin/bash
            # \(shards) shards of: exactnn \(study.joined(separator: " "))
            # Task i computes the items j with j mod \(shards) = i; --resume continues a requeued task.
            #SBATCH --job-name=\(name)
            #SBATCH --array=0-\(shards - 1)
            #SBATCH --ntasks=1
            #SBATCH --cpus-per-task=\(cpus)
            #SBATCH --output=\(dir)/logs/shard-%A_%a.out
            \(common)set -euo pipefail
            i="${SLURM_ARRAY_TASK_ID:?run this script with sbatch}"
            exec \(quoted(binary)) \(studyWords) --shard "$i/\(shards)" --resume --out \(quoted(dir))/parts/part-"$i".json

            """
        let parts = (0..<shards).map { quoted(dir + "/parts/part-\($0).json") }.joined(separator: " ")
        let result = dir + "/result." + (format == .markdown ? "md" : format == .text ? "txt" : format.rawValue)
        let merge = """
            #!/bin/bash
            # Merge of the \(shards) shards (submitted by submit.sh with --dependency=afterok on the array).
            #SBATCH --job-name=\(name)-merge
            #SBATCH --ntasks=1
            #SBATCH --cpus-per-task=1
            #SBATCH --output=\(dir)/logs/merge-%j.out
            \(common)set -euo pipefail
            exec \(quoted(binary)) merge \(parts) --format \(format.rawValue) --out \(quoted(result))

            """
        let submit = """
            #!/bin/sh
            # Submits the shard array, then the merge once every task succeeded.
            set -eu
            array=$(sbatch --parsable \(quoted(dir + "/shards.sbatch")))
            array="${array%%;*}"
            merge=$(sbatch --parsable --dependency=afterok:"$array" \(quoted(dir + "/merge.sbatch")))
            merge="${merge%%;*}"
            echo "shards: job $array (array 0-\(shards - 1)); merge: job $merge -> \(result)"

            """
        try writeAtomically(array, to: dir + "/shards.sbatch")
        try writeAtomically(merge, to: dir + "/merge.sbatch")
        try writeAtomically(submit, to: dir + "/submit.sh")
        for f in ["shards.sbatch", "merge.sbatch", "submit.sh"] { chmod(dir + "/" + f, 0o755) }
        print("wrote \(dir)/shards.sbatch, merge.sbatch and submit.sh; run: sh \(quoted(dir + "/submit.sh"))")
    }

    private func selfPath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }

    private func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    /// A word for a POSIX shell: single-quoted unless plainly safe.
    private func quoted(_ s: String) -> String {
        if !s.isEmpty && s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_./:=,+@%".contains($0)) }) { return s }
        return "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
