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
        let study = ["table", "boolean", "--vars", "6", "--sample", "12", "--seed", "41", "--format", "csv"]
        let a = try ExactNN.run(study), b = try ExactNN.run(study)
        #expect(a.status == 0 && a.stdout == b.stdout, "\(a)")
        let rows = csvRows(a.stdout).filter { $0.count == 6 && UInt64($0[1]) != nil }
        #expect(rows.count == 12)
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
        let other = try ExactNN.run(["table", "boolean", "--vars", "6", "--sample", "12", "--seed", "42", "--format", "csv"])
        #expect(other.status == 0 && other.stdout != a.stdout)
    }

    /// n ≤ 5 has swaps: the column, its distribution and a verified witness.
    @Test func swapsColumnWhereAvailable() throws {
        let r = try ExactNN.run(["table", "boolean", "--vars", "3", "--sample", "30", "--seed", "9"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("largest swaps found") && r.stdout.contains("Wilson"))
        let six = try ExactNN.run(["table", "boolean", "--vars", "6", "--sample", "3"])
        #expect(six.status == 0, "\(six)")
        // n = 6: swaps only once this build computes it, never a placeholder.
        #expect(six.stdout.contains("largest swaps found") == six.stdout.contains(" swaps\n"))
    }
}
