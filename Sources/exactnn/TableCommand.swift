import ArgumentParser
import BooleanAnalysis
import ClaimKit
import Experiments
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

/// `exactnn table boolean --vars N`: one row per NPN class (or, with
/// `--sample`, per random function).
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
          exactnn table boolean --vars 4 --shard 0/2 --out part0.json
          exactnn table boolean --vars 6 --sample 4 --seed 7

        With --sample M (n ≤ 6; the only form for n = 6, whose 2·10¹⁴ classes
        cannot be listed): M uniformly random functions, draw j being output j
        of SplitMix64 from --seed, one row each (table, canonical form, degree,
        influence, entropy, swaps — at n = 6 from the shipped chamber orders,
        about a second each in release), then the distributions with exact counts, the swaps mean with a
        95 % interval and the largest swaps with witnesses. Shards and merge as
        for the class table.

        With --input, one row per listed function: its class (n ≤ 6) and the
        class's metrics (swaps at n = 6 from the shipped chamber orders).
        """
    )
    @Option(help: "Number of inputs n (1…5; 1…6 with --sample; with --input, how to read decimal tables).") var vars: Int?
    @Option(help: "Certified significant digits of the entropy.") var digits: Int = 12
    @Option(help: "Survey M uniformly random functions instead of every class (n ≤ 6).", transform: { try parseSampleSize($0) }) var sample: Int?
    @Option(help: "With --sample: the seed of the draws.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("With --sample: train every drawn function T times per width (Figure 3.6's question: success against swaps).", valueName: "T"))
    var train: Int?
    @Option(help: ArgumentHelp("With --train: the widths of the one hidden layer (leaky ReLU 0.1), comma-separated.", valueName: "w,…"))
    var trainWidths: String = BooleanFig36Six.fullWidths.map(String.init).joined(separator: ",")
    @OptionGroup var batch: BatchOptions
    @OptionGroup var sharding: ShardOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...1000).contains(digits) else { throw ValidationError("--digits must be in 1...1000, got \(digits)") }
        if batch.input != nil {
            if sharding.shard != nil || sharding.resume { throw ValidationError("--shard splits 'table boolean --vars N', not --input") }
            if sample != nil { throw ValidationError("--sample draws its own functions: give it without --input") }
            return
        }
        guard let vars else { throw ValidationError("give --vars N (every class of N inputs) or --input FILE") }
        if sample != nil {
            guard (1...6).contains(vars) else { throw ValidationError("--vars must be in 1...6 with --sample, got \(vars)") }
            if train != nil { _ = try training() }
            return
        }
        if train != nil { throw ValidationError("--train trains the functions of a sample: give it with --sample M") }
        guard (1...5).contains(vars) else {
            throw ValidationError(vars == 6 ? "--vars 6 has ≈ 2·10¹⁴ classes: survey random functions with --sample M (and --seed S)"
                                            : "--vars must be in 1...5, got \(vars); class counts for any n: 'exactnn npn count --vars \(vars)'")
        }
    }

    func run() throws {
        if batch.input != nil {
            return try BatchRun(columns: ["n"] + ClassTableStudy.columns, options: batch, output: output, variables: vars).run { f in
                guard f.variables <= 6 else { throw InputError("classes need n ≤ 6 (here n = \(f.variables)); Fourier metrics for any n ≤ 20: 'exactnn fourier'") }
                return [.integer(f.variables)] + (try ClassTableStudy.cells(try classSurveyRow(of: f), digits: digits))
            }
        }
        if let sample {
            let study = SampleTableStudy(variables: vars!, sample: sample, seed: seed, digits: digits, withSwaps: swapsAvailable(variables: vars!),
                                         training: try training())
            if study.training != nil && !study.withSwaps { throw InputError("--train sets success against swaps, which this build cannot compute for n = \(vars!)") }
            return try study.run(sharding, output: output) { try study.runWhole(to: output) }
        }
        let study = ClassTableStudy(variables: vars!, digits: digits)
        try study.run(sharding, output: output) {
            if study.variables == 5 { return try streamCSV() }
            var rows: [[Cell]] = []
            try classSurvey(variables: study.variables, withSwaps: true) { rows.append(try ClassTableStudy.cells($0, digits: digits)) }
            try study.render(rows, to: output)
        }
    }

    /// `--train T --train-widths …`, checked: 1 ≤ T ≤ 1000, widths in 1…256.
    func training() throws -> (trials: Int, widths: [Int])? {
        guard let train else { return nil }
        guard (1...1000).contains(train) else { throw ValidationError("--train must be in 1...1000 trainings per function and width, got \(train)") }
        let widths = trainWidths.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !widths.isEmpty, widths.allSatisfy({ $0 != nil && (1...256).contains($0!) }) else {
            throw ValidationError("--train-widths must be widths in 1...256 separated by commas, e.g. 4,6,8,12; got '\(trainWidths)'")
        }
        return (train, widths.map { $0! })
    }

    /// n = 5: CSV rows as classes complete; a file target is written beside and renamed at the end.
    func streamCSV() throws {
        let temp = output.out.map { $0 + ".partial-\(getpid())" }
        guard let file = temp.map({ fopen($0, "w") }) ?? standardOutputStream() else { throw InputError("--out: cannot write '\(output.out!)'") }
        let tty = isatty(STDERR_FILENO) != 0
        fputs(ClassTableStudy.csvHeader, file)
        var done = 0
        let total = 616_126
        let sweep: @Sendable (SweepProgress) -> Void = { p in
            if tty { writeStandardError("\rswaps sweep: s = \(p.level), \(p.classes)/\(total) classes\u{1B}[K") }
        }
        try classSurvey(variables: vars!, withSwaps: true, progress: sweep) { row in
            fputs(ClassTableStudy.csvLine(try ClassTableStudy.cells(row, digits: digits)), file)
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

/// `--sample M`: 1 ≤ M ≤ ``SampleTableStudy/maxSample``, one line if not.
func parseSampleSize(_ text: String) throws -> Int {
    guard let m = Int(text), (1...SampleTableStudy.maxSample).contains(m) else {
        throw ValidationError("--sample must be an integer in 1...\(SampleTableStudy.maxSample), got '\(text)'")
    }
    return m
}
