import ArgumentParser
import BooleanAnalysis
import ClaimKit
#if canImport(Glibc)
import Glibc
#endif

/// `exactnn table <area>`: reference tables.
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Reference tables (one row per object, exact values).",
        subcommands: [TableBoolean.self]
    )
}

/// `exactnn table boolean --vars N`: one row per NPN class.
struct TableBoolean: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boolean",
        abstract: "Every NPN class of n inputs: representative, orbit size, swaps, degree, influence, entropy.",
        discussion: """
        The representative is the least table of the class in the dissertation's
        decimal form (f(0…0) the most significant digit). swaps carries an exact
        witness via 'exactnn swaps <decimal> --vars N'. For n = 5 (616 126 classes)
        rows stream as CSV with progress on standard error; the swaps column comes
        from one sweep over all classes (about a minute in a release build).

        Examples:
          exactnn table boolean --vars 4
          exactnn table boolean --vars 5 --out classes5.csv
          exactnn table boolean --input functions.txt --vars 4

        With --input, one row per listed function: its class (n ≤ 6) and the
        class's metrics; swaps is n/a for n = 6.
        """
    )
    @Option(help: "Number of inputs n (1…5; with --input, how to read decimal tables).") var vars: Int?
    @Option(help: "Certified significant digits of the entropy.") var digits: Int = 12
    @OptionGroup var batch: BatchOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...1000).contains(digits) else { throw ValidationError("--digits must be in 1...1000, got \(digits)") }
        if batch.input != nil { return }
        guard let vars else { throw ValidationError("give --vars N (every class of N inputs) or --input FILE") }
        guard (1...5).contains(vars) else { throw ValidationError("--vars must be in 1...5, got \(vars); class counts for any n: 'exactnn npn count --vars \(vars)'") }
    }

    static let columns = ["decimal", "binary", "orbit size", "swaps", "degree", "total influence", "entropy", "in Table 3.3"]

    func cells(_ r: ClassSurveyRow) throws -> [Cell] {
        [.exact(String(r.npnClass.word)), .text(r.npnClass.representative.binary), .integer(r.npnClass.orbitSize),
         r.swaps.map { .integer($0.value) } ?? .text("n/a"), .integer(r.degree), .exact(r.totalInfluence.description),
         .certified(try r.entropy.decimal(digits: digits)), .flag(r.inTable33)]
    }

    func run() throws {
        if batch.input != nil {
            return try BatchRun(columns: ["n"] + Self.columns, options: batch, output: output, variables: vars).run { f in
                guard f.variables <= 6 else { throw InputError("classes need n ≤ 6 (here n = \(f.variables)); Fourier metrics for any n ≤ 20: 'exactnn fourier'") }
                return [.integer(f.variables)] + (try cells(try classSurveyRow(of: f)))
            }
        }
        let vars = vars!
        if vars < 5 {
            var t = Table(title: "NPN classes, n = \(vars)", columns: Self.columns)
            try classSurvey(variables: vars, withSwaps: true) { t.append(try cells($0)) }
            t.notes = ["exact: orbit sizes, swaps (eq. 3.10), degree, influence (eq. 3.6); entropy (eq. 3.7) to \(digits) certified digits"]
            try output.emit([t])
            return
        }
        try streamCSV()
    }

    /// n = 5: CSV rows as classes complete; a file target is written beside and renamed at the end.
    func streamCSV() throws {
        let temp = output.out.map { $0 + ".partial-\(getpid())" }
        guard let file = temp.map({ fopen($0, "w") }) ?? standardOutputStream() else { throw InputError("--out: cannot write '\(output.out!)'") }
        let tty = isatty(STDERR_FILENO) != 0
        fputs(Self.columns.joined(separator: ",") + "\n", file)
        var done = 0
        let total = 616_126
        let sweep: @Sendable (SweepProgress) -> Void = { p in
            if tty { writeStandardError("\rswaps sweep: s = \(p.level), \(p.classes)/\(total) classes\u{1B}[K") }
        }
        try classSurvey(variables: vars!, withSwaps: true, progress: sweep) { row in
            fputs(try cells(row).map { "\($0)" }.joined(separator: ",") + "\n", file)
            done += 1
            if tty && done % 5000 == 0 { writeStandardError("\r\(done)/\(total) classes\u{1B}[K") }
        }
        if tty { writeStandardError("\r\u{1B}[K") }
        fclose(file)
        if let temp, let out = output.out {
            guard rename(temp, out) == 0 else { unlink(temp); throw InputError("--out: cannot write '\(out)'") }
        }
    }
}
