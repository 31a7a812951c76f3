import Foundation
import Testing

/// `--input FILE` / `-`: one row per line, streamed as CSV or JSON lines;
/// each row agrees with the single-table command (a second path), bad lines
/// stop with their number (exit 2) or are skipped with `--skip-bad`.
@Suite struct BatchInputTests {
    static let list = "# four functions\n27030\n\n0000000000000001   # AND of four\n7140\n0x1ff\n"

    func write(_ text: String, in dir: URL, name: String = "f.txt") throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// CSV data lines split at commas outside quotes.
    func fields(_ line: Substring) -> [String] {
        var out: [String] = [], cur = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == "," && !quoted { out.append(cur); cur = "" } else { cur.append(c) }
        }
        return out + [cur]
    }

    @Test(arguments: [["npn", "canon"], ["fourier"], ["swaps"], ["table", "boolean"]])
    func oneRowPerTableWithLineNumbers(_ command: [String]) throws {
        let dir = ExactNN.temporaryDirectory()
        try write(Self.list, in: dir)
        let r = try ExactNN.run(command + ["--input", "f.txt", "--vars", "4"], in: dir)
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 5, "\(r.stdout)")
        #expect(lines[0].hasPrefix("line,input,n,"))
        #expect(lines.dropFirst().map { fields($0)[0] } == ["2", "4", "5", "6"])
        #expect(lines.dropFirst().map { fields($0)[1] } == ["27030", "0000000000000001", "7140", "0x1ff"])
    }

    /// Hand values: 4-parity is canonical with swaps 4 (Table 3.3); AND₄ is
    /// canonical (value 1) with swaps 1 (a threshold function); 0x1ff = 511
    /// negates to 0x7f = 127 (x₁ ∨ … reading), the least of its class.
    @Test func handValuesAgreeWithTheSingleTableCommands() throws {
        let dir = ExactNN.temporaryDirectory()
        try write(Self.list, in: dir)
        let canon = try ExactNN.run(["npn", "canon", "--input", "f.txt", "--vars", "4"], in: dir)
        let rows = canon.stdout.split(separator: "\n").dropFirst().map { fields($0) }
        #expect(rows.map { $0[4] } == ["27030", "1", "7140", "127"])
        for (row, input) in zip(rows, ["27030", "0000000000000001", "7140", "0x1ff"]) {
            let one = try ExactNN.run(["npn", "canon", input, "--vars", "4", "--format", "csv"], in: dir)
            let canonical = one.stdout.split(separator: "\n").first { $0.hasPrefix("canonical,") }.map { fields($0)[1] }
            #expect(canonical == row[4], "\(one)")
        }
        let swaps = try ExactNN.run(["swaps", "--input", "f.txt", "--vars", "4"], in: dir)
        #expect(swaps.stdout.split(separator: "\n").dropFirst().map { fields($0)[4] } == ["4", "1", "5", "1"])
    }

    @Test func standardInputAndJSONLines() throws {
        let r = try ExactNN.run(["fourier", "--input", "-", "--format", "json"], input: "27030\n0001\n")
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["line"] as? Int == 1)
        #expect(first["degree"] as? Int == 4)
        #expect(first["total influence"] as? String == "4")
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        // AND₂: f̂ = (1/2, 1/2, 1/2, −1/2), I = 2·(1/4)·1 + (1/4)·2 = 1.
        #expect(second["total influence"] as? String == "1")
        #expect(second["n"] as? Int == 2)
    }

    @Test func aBadLineStopsWithItsNumber() throws {
        let dir = ExactNN.temporaryDirectory()
        try write("27030\n\nnot-a-table\n7140\n", in: dir)
        let r = try ExactNN.run(["swaps", "--input", "f.txt", "--out", "r.csv"], in: dir)
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr == "exactnn: line 3: 'not-a-table' is not a truth table: use 2ⁿ characters 0/1, a decimal value or 0x hex\n", "\(r)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["f.txt"])
    }

    @Test func aLineTheCommandRefusesIsABadLineToo() throws {
        // A 7-input table is a truth table, but swaps (n ≤ 6) refuses it.
        let r = try ExactNN.run(["swaps", "--input", "-"], input: "0x" + String(repeating: "f", count: 31) + "e\n")
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr.hasPrefix("exactnn: line 1: swaps needs n ≤ 6 (here n = 7)"), "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test func skipBadReportsAndGoesOn() throws {
        let r = try ExactNN.run(["npn", "canon", "--input", "-", "--vars", "4", "--skip-bad"], input: "27030\nhello\n0x1ffff\n1\n")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.split(separator: "\n").count == 3)
        let errors = r.stderr.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors[0].hasPrefix("exactnn: skipped line 2: 'hello'"))
        #expect(errors[1].hasPrefix("exactnn: skipped line 3: value '0x1ffff' is too large for n = 4"))
    }

    @Test(arguments: [
        (["npn", "canon", "5", "--input", "f.txt"], "either a truth table or --input"),
        (["fourier", "--skip-bad", "5"], "--skip-bad needs --input"),
        (["swaps", "--input", "missing.txt"], "cannot read 'missing.txt'"),
        (["table", "boolean", "--input", "f.txt", "--format", "markdown"], "CSV (default) or JSON lines"),
        (["table", "boolean"], "--vars N"),
    ])
    func badBatchArguments(_ arguments: [String], _ fragment: String) throws {
        let dir = ExactNN.temporaryDirectory()
        try write("1\n", in: dir)
        let r = try ExactNN.run(arguments, in: dir)
        #expect(r.status == 2, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(fragment), "\(r)")
    }
}
