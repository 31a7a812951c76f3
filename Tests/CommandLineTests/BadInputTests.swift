import Foundation
import Testing

/// Bad input gets one line on standard error naming the problem, exit
/// status 2, nothing on standard output, and no `--out` file (DESIGN.md).
@Suite struct BadInputTests {
    /// (arguments, a fragment the one error line must contain)
    static let cases: [([String], String)] = [
        (["roots", "x^2 +* 1"], "unexpected '*'"),
        (["roots", "x^2-2", "--digits", "100001"], "digits"),
        (["check", "nope"], "no claim id starts with 'nope'"),
        (["npn", "count", "--vars", "25"], "24"),
        (["npn", "canon", "0x1ffff", "--vars", "4"], "4"),
        (["fourier", "0x1ff", "--vars", "3"], "too large for n = 3"),
        (["swaps", String(repeating: "0", count: 65)], "65"),
        (["polarity", "bound", "--units", "0", "--dim", "2"], "units"),
        (["polarity", "represent", "--template", "xx"], "template"),
        (["symmetric", "check", "--n", "0"], "n"),
        (["balance", "--layers", "10000,10000"], "limited to 100000"),
        (["balance", "--layers", "2,2", "--p=-1"], "--p must be positive"),
        (["balance", "--network", "missing.json"], "cannot read 'missing.json'"),
        (["rbp", "chain", "--layers", "11", "--init", "1"], "--layers must be in 1...10"),
        (["rbp", "chain", "--layers", "2", "--c", "1", "--init", "1"], "--init needs 2"),
        (["rbp", "chain", "--layers", "2", "--c", "1", "--init", "1,1", "--beta", "0"], "--beta must be > 0"),
        (["rbp", "power", "--mu", "3", "--c1", "0", "--init", "1,1"], "trivial case"),
        (["train", "run", "--data", "boolean:27030", "--widths", "100000000"], "parameters"),
        (["train", "run", "--data", "boolean:27030", "--widths", "0"], "--widths"),
        (["train", "nope"], "nope"),
        (["bench", "nope"], "nope"),
        (["annulus", "--dim", "0"], "--dim must be in 1...1000, got 0"),
        (["annulus", "--dim", "100000000000"], "--dim must be in 1...1000"),
        (["annulus", "--dim", "two"], "dim"),
        (["--no-such-option"], "no-such-option"),
        (["table", "boolean", "--vars", "7", "--sample", "5"], "--vars must be in 1...6 with --sample, got 7"),
        (["table", "boolean", "--vars", "6", "--sample", "0"], "--sample must be an integer in 1...100000000, got '0'"),
        (["table", "boolean", "--vars", "6", "--sample", "5", "--shard", "4/4", "--out", "p.json"], "--shard 4/4"),
        (["table", "boolean", "--vars", "6"], "--sample"),
    ]

    @Test(arguments: cases)
    func oneLineAndStatusTwo(_ arguments: [String], _ fragment: String) throws {
        let r = try ExactNN.run(arguments)
        #expect(r.status == 2, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1, "\(r)")
        #expect(r.stderr.hasPrefix("exactnn: "), "\(r)")
        #expect(r.stderr.contains(fragment), "\(r)")
    }

    /// A failing command given `--out` leaves no file, partial or final.
    @Test(arguments: [["roots", "x^2 +* 1"], ["rbp", "chain", "--layers", "2", "--c", "1", "--init", "1"]])
    func noPartialOutFile(_ arguments: [String]) throws {
        let dir = ExactNN.temporaryDirectory()
        let r = try ExactNN.run(arguments + ["--out", "result.txt"], in: dir)
        #expect(r.status == 2, "\(r)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func unwritableOutIsAnInputError() throws {
        let r = try ExactNN.run(["roots", "x^2-2", "--out", "/nonexistent-dir/r.txt"])
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr.contains("--out: cannot write"), "\(r)")
    }
}
