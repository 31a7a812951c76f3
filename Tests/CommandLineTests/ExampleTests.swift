import Foundation
import Testing

/// Every example printed in a command's `--help` runs and succeeds, so the
/// documentation cannot drift from the tool. Examples that take minutes in
/// a debug build are run elsewhere, named here with the place.
@Suite struct ExampleTests {
    static let runElsewhere: [String: String] = [
        "exactnn check": "scripts/test.sh runs the full check on the release build (the main job)",
        "exactnn check polarity. --format markdown": "full-size polarity claims: part of the main job",
        "exactnn check polarity. boolean.theorem-3.3.1 --format json": "the n = 5 swaps sweep: part of the main job",
        "exactnn proofs --write Proofs --quick": "Tests/ReportsTests/CertificateTests regenerates every certificate",
        "exactnn swaps --all --vars 5": "the n = 5 sweep: boolean.table-3.1 in the main job",
        "exactnn orders --vars 6 --regenerate --write": "rewrites Data/chamber-orders; the full boolean.chamber-orders-6 in the main job repeats the walk",
        "exactnn table boolean --vars 5 --out classes5.csv": "the n = 5 sweep (boolean.table-3.1 in the main job)",
        "exactnn bench boolean --runs 3 --format markdown": "benchmarks are run by hand for BENCHMARKS.md",
        "exactnn bench arithmetic --runs 5": "benchmarks are run by hand for BENCHMARKS.md",
        "exactnn train polarity.fig-4a --trials 50 --seed 1 --out results": "the full experiment; its quick form is the example below it",
        "exactnn merge part0.json part1.json": "reads the partial files of the two lines above it: ShardTests runs such sequences",
        "exactnn merge part0.json part1.json --format json": "reads the partial files of the two lines above it: TrainShardTests runs such sequences",
    ]

    static let examples: [String] = (try? ExactNN.documentedExamples()) ?? []

    @Test func theHelpHasExamples() {
        #expect(Self.examples.count >= 30, "found \(Self.examples.count) documented examples")
    }

    @Test func everyExampleRunElsewhereIsStillDocumented() {
        for example in Self.runElsewhere.keys { #expect(Self.examples.contains(example), "stale entry: \(example)") }
    }

    @Test(arguments: examples.filter { runElsewhere[$0] == nil })
    func exampleRuns(_ example: String) throws {
        let dir = ExactNN.temporaryDirectory()
        // The balance example reads a network file: two inputs, two hidden units, one output.
        try Data("""
            {"inputs": 2, "hidden": 2, "outputs": 1, "edges": [{"from": 1, "to": 3, "weight": "1/2"}, {"from": 2, "to": 4, "weight": "-1"},
             {"from": 0, "to": 3, "weight": "1/4"}, {"from": 3, "to": 5, "weight": "-2"}, {"from": 4, "to": 5, "weight": "3/4"}]}
            """.utf8).write(to: dir.appendingPathComponent("net.json"))
        // The batch examples read a list of functions: 4-parity, a comment, AND₄ in binary, Table 3.3's 7140.
        try Data("27030\n# comment\n\n0000000000000001\n7140  # Table 3.3\n".utf8).write(to: dir.appendingPathComponent("functions.txt"))
        // The regions examples read the XOR network of the dissertation's eq. 5.10–5.11.
        try Data(#"{"layers": [{"weight": [[1, 1], [1, 1]], "bias": [1, 0]}, {"weight": [[1, -2]], "bias": [-1]}]}"#.utf8)
            .write(to: dir.appendingPathComponent("xor.json"))
        let words = ExactNN.words(example)
        #expect(words.first == "exactnn")
        let r = try ExactNN.run(Array(words.dropFirst()), in: dir)
        #expect(r.status == 0, "\(r)")
        let wroteFile = words.contains("--out")
        #expect(!r.stdout.isEmpty || wroteFile, "\(r)")
    }
}
