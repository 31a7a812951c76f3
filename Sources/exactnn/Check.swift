import ArgumentParser
import Catalog
import ClaimKit
import Reports
#if canImport(Glibc)
import Glibc
#endif

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check claims against their recorded verdicts.",
        discussion: """
        Runs every claim whose id starts with one of the given prefixes (all
        claims when none is given) and prints id, verdict, expected verdict,
        the strength of a finding, time and one line of evidence. A paper that
        is wrong is a finding, not a failure: the exit status is 1 only when a
        verdict differs from the recorded one.

        Verdicts: holds, erratum (false as printed, true as corrected),
        refuted (false, with a counterexample), remark (an observation beyond
        the paper, such as another domain), empirical (measured figures).
        Strength of an erratum or refutation: substantive (the mathematics is
        wrong), typographical (a glyph, sign, index or digit; the argument is
        right), or reading (the verdict rests on a reading of ambiguous text;
        the notes quote the symbols, their line and the alternative).

        Examples:
          exactnn check
          exactnn check polarity. boolean.theorem-3.3.1 --format json
          exactnn check --list
          exactnn check symmetric. --figures --format json
        """
    )

    @Argument(help: "Claim-id prefixes, e.g. 'polarity.' or 'rbp.theorem-2'.")
    var prefixes: [String] = []

    @Flag(help: "List the matching claims with their sources and statements; run nothing.")
    var list = false

    @Flag(help: "Use the smaller sizes of the test suite (each check says which).")
    var quick = false

    @Flag(help: "Also print every key figure (claim, name, exact value): the values Tests/Oracles/ recomputes independently.")
    var figures = false

    @Flag(help: "Run the trainer experiments (empirical claims) at full size; they take minutes to a quarter of an hour each. By default they run at the quick sizes, which their evidence states.")
    var fullExperiments = false

    @Option(help: "Seed for every random choice (recorded in the output).")
    var seed: UInt64 = 1

    @OptionGroup var output: OutputOptions

    func run() throws {
        let claims = Catalog.claims(matching: prefixes)
        if claims.isEmpty {
            throw InputError("no claim id starts with \(prefixes.map { "'\($0)'" }.joined(separator: " or ")); see 'exactnn check --list'")
        }
        if list {
            var t = Table(title: "Registered claims", columns: ["id", "source", "expected", "strength", "empirical companion", "statement", "why (strength)"])
            for c in claims {
                t.append([.text(c.id), .text(c.source.description), .text(c.expected.rawValue), .text(c.strength?.label ?? ""),
                          .text(Catalog.companion(of: c.id)?.description ?? (c.method == .empirical ? "(an experiment)" : "")),
                          .text(c.statement), .text(c.strength.map { $0.note + ($0.reading.map { " " + $0.description } ?? "") } ?? "")])
            }
            try output.emit([t])
            return
        }
        let context = CheckContext(quick: quick, seed: seed, threads: 2)
        var experimentContext = context
        experimentContext.quick = quick || !fullExperiments
        let tty = isatty(STDERR_FILENO) != 0
        var done = 0
        let results = Catalog.run(claims, context: context, empiricalContext: experimentContext) { r in
            done += 1
            if tty { writeStandardError("\r[\(done)/\(claims.count)] \(r.claim.id) \(r.verdictText)\u{1B}[K") }
        }
        if tty { writeStandardError("\r\u{1B}[K") }
        try output.emit([CheckReport.summary(results)] + (figures ? [CheckReport.figures(results)] : []))
        if results.contains(where: { !$0.matchesExpected }) { throw ExitCode(1) }
    }
}
