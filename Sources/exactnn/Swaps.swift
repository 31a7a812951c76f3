import ArgumentParser
import BooleanAnalysis
import ClaimKit
#if canImport(Glibc)
import Glibc
#endif

/// `exactnn swaps <table>`: swaps(f) with a rational witness.
struct Swaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The swaps value of eq. 3.10 (n ≤ 6) with a rational weight vector attaining it.",
        discussion: """
        swaps(f) is the least number of class changes along {0,1}ⁿ sorted by w·x
        over generic w. The witness w is exact; the order it induces is printed
        with f's values along it.

        Examples:
          exactnn swaps 27030
          exactnn swaps 1785 --vars 4
          exactnn swaps 0x6996966996696996 --vars 6   (n = 6: shipped chamber orders, a few seconds)
          exactnn swaps --family random:3 --vars 5
          exactnn swaps --all --vars 5      (every class: distribution and maximum)
          exactnn swaps --input functions.txt --format json
          exactnn swaps --all --vars 4 --shard 1/3 --out part1.json
        """
    )
    @Argument(help: "Truth table: binary, decimal or 0x hex (or use --family).") var table: String?
    @Option(help: "Number of inputs n (1…6; --all: 1…5).") var vars: Int?
    @Option(help: "A named family instead of a table (see 'exactnn fourier --help').") var family: String?
    @Flag(help: "Every NPN class of --vars N inputs: the distribution of swaps and an extremal class.") var all = false
    @OptionGroup var batch: BatchOptions
    @OptionGroup var sharding: ShardOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if (sharding.shard != nil || sharding.resume) && !all { throw ValidationError("--shard and --resume split 'swaps --all --vars N'") }
        if batch.input != nil {
            guard table == nil, family == nil, !all else { throw ValidationError("--input takes no truth table, --family or --all") }
            return
        }
        if all {
            guard table == nil, family == nil else { throw ValidationError("--all takes no truth table or --family") }
            guard let vars, (1...5).contains(vars) else { throw ValidationError("--all needs --vars N with 1 ≤ N ≤ 5") }
            return
        }
        guard (table == nil) != (family == nil) else { throw ValidationError("give either a truth table, --family or --all") }
        if family != nil && vars == nil { throw ValidationError("--family needs --vars N") }
    }

    func run() throws {
        if all { return try runAll(vars!) }
        if batch.input != nil {
            return try BatchRun(columns: ["n", "decimal", "swaps", "witness w", "f along the order"], options: batch, output: output, variables: vars).run { f in
                let s = try Self.swaps(f)
                return [.integer(f.variables), .exact(f.decimal), .integer(s.value), .exact("(" + s.witness.map(\.description).joined(separator: ", ") + ")"),
                        .text(String(s.order.map { f[$0] ? "1" : "0" }))]
            }
        }
        let f = try family.map { name in try boolean { try TruthTable.named(name, variables: vars!) } } ?? parseTable(table!, vars)
        let s = try Self.swaps(f)
        var t = Table(title: "swaps(f), n = \(f.variables)", columns: ["quantity", "value"])
        t.append([.text("f (decimal)"), .exact(f.decimal)])
        t.append([.text("swaps(f)"), .integer(s.value)])
        t.append([.text("witness w"), .exact("(" + s.witness.map(\.description).joined(separator: ", ") + ")")])
        t.append([.text("order by w·x"), .text(s.order.map { String($0, radix: 2).leftPadded(f.variables) }.joined(separator: " "))])
        t.append([.text("f along the order"), .text(String(s.order.map { f[$0] ? "1" : "0" }))])
        try output.emit([t])
    }

    /// swaps(f) with its witness; n > 6 is a one-line input error.
    static func swaps(_ f: TruthTable) throws -> SwapsValue {
        guard f.variables <= 6 else {
            throw InputError("swaps needs n ≤ 6 (here n = \(f.variables)); Fourier metrics work up to n = 20: 'exactnn fourier'")
        }
        return try boolean { try swapsValue(f) }
    }
}

extension Swaps {
    /// `--all`: the sweep over every class, progress on a terminal's
    /// standard error; with `--shard`, one shard's partial result.
    func runAll(_ n: Int) throws {
        let study = SwapsAllStudy(variables: n)
        try study.run(sharding, output: output) {
            let tty = isatty(STDERR_FILENO) != 0
            let rows = try study.sweepRows { p in
                if tty { writeStandardError("\rs = \(p.level): \(p.classes) classes, \(p.covered)/\(p.total) tables\u{1B}[K") }
            }
            if tty { writeStandardError("\r\u{1B}[K") }
            try study.render(rows, to: output)
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
