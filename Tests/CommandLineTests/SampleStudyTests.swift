import Foundation
import Testing

/// `exactnn table boolean --vars N --sample M --seed S`: the draws are the
/// seeded stream's outputs (recomputed here from SplitMix64's definition),
/// the run is deterministic, and each row's canonical form is what
/// `npn canon` gives for that table.
@Suite struct SampleStudyTests {
    /// Output j (from 0) of SplitMix64 started at `seed` (Steele–Lea–Flood).
    static func draw(_ seed: UInt64, _ j: Int) -> UInt64 {
        var z = seed &+ UInt64(j + 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    func csvRows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func drawsAreTheSeededStreamAndRunsRepeat() throws {
        // n = 6 rows carry swaps (seconds each in a debug build): a small sample.
        let study = ["table", "boolean", "--vars", "6", "--sample", "4", "--seed", "41", "--format", "csv"]
        let a = try ExactNN.run(study), b = try ExactNN.run(study)
        #expect(a.status == 0 && a.stdout == b.stdout, "\(a)")
        let rows = csvRows(a.stdout).filter { $0.count == 7 && UInt64($0[1]) != nil }   // draw, table, canonical, degree, influence, entropy, swaps
        #expect(rows.count == 4)
        for (j, r) in rows.enumerated() {
            #expect(r[0] == String(j))
            #expect(r[1] == String(Self.draw(41, j)))
            #expect(Int(r[3])! <= 6)
        }
        // The canonical form of two rows by the single-table command.
        for r in rows.prefix(2) {
            let canon = try ExactNN.run(["npn", "canon", r[1], "--vars", "6", "--format", "csv"])
            #expect(canon.stdout.contains("canonical,\(r[2]),"), "\(canon)")
        }
        let other = try ExactNN.run(["table", "boolean", "--vars", "6", "--sample", "4", "--seed", "42", "--format", "csv"])
        #expect(other.status == 0 && other.stdout != a.stdout)
    }

    /// n ≤ 5 has swaps: the column, its distribution and a verified witness.
    @Test func swapsColumnWhereAvailable() throws {
        let r = try ExactNN.run(["table", "boolean", "--vars", "3", "--sample", "30", "--seed", "9"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("largest swaps found") && r.stdout.contains("Wilson"))
        let six = try ExactNN.run(["table", "boolean", "--vars", "6", "--sample", "2"])
        #expect(six.status == 0, "\(six)")
        // n = 6: swaps only once this build computes it, never a placeholder.
        #expect(six.stdout.contains("largest swaps found") == six.stdout.contains(" swaps\n"))
    }

    /// `--train T`: success columns per width, the Figure 3.6 tables, and
    /// shards that merge into the unsharded output byte for byte.
    @Test func trainedSampleShardsMergeExactly() throws {
        let study = ["table", "boolean", "--vars", "4", "--sample", "9", "--seed", "4", "--train", "1", "--train-widths", "1,3"]
        let dir = ExactNN.temporaryDirectory()
        let whole = try ExactNN.run(study, in: dir)
        #expect(whole.status == 0, "\(whole)")
        #expect(whole.stdout.contains("successes, width 3") && whole.stdout.contains("Spearman"))
        for i in 0..<2 {
            let r = try ExactNN.run(study + ["--shard", "\(i)/2", "--out", "p\(i).json"], in: dir)
            #expect(r.status == 0, "\(r)")
        }
        let merged = try ExactNN.run(["merge", "p1.json", "p0.json"], in: dir)
        #expect(merged.status == 0 && merged.stdout == whole.stdout, "\(merged)")
    }

    @Test(arguments: [
        ["--sample", "5", "--train", "0"],
        ["--sample", "5", "--train", "2", "--train-widths", "3,,4"],
        ["--sample", "5", "--train", "2", "--train-widths", "0"],
        ["--train", "2"],
    ])
    func badTrainingOptions(_ extra: [String]) throws {
        let r = try ExactNN.run(["table", "boolean", "--vars", "4"] + extra)
        #expect(r.status == 2 && r.stderr.split(separator: "\n").count == 1, "\(r)")
    }

    /// The experiment boolean.fig-3.6-six is the trained sample study at its
    /// seed (README): the quick experiment's success table is the study's
    /// with the same draws, widths and trial count.
    @Test func experimentIsTheTrainedStudy() throws {
        func successTable(_ text: String) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let i = lines.firstIndex(where: { $0.hasPrefix("Figure 3.6's question") }) else { return "" }
            return lines[i..<min(i + 6, lines.count)].joined(separator: "\n")
        }
        let experiment = try ExactNN.run(["train", "boolean.fig-3.6-six", "--quick", "--seed", "3"])
        let study = try ExactNN.run(["table", "boolean", "--vars", "6", "--sample", "2", "--seed", "3", "--train", "1", "--train-widths", "6,8"])
        #expect(experiment.status == 0 && study.status == 0, "\(experiment) \(study)")
        #expect(!successTable(study.stdout).isEmpty && successTable(experiment.stdout) == successTable(study.stdout))
    }
}
