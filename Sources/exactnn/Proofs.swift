import ArgumentParser
import Catalog
import ClaimKit
import Reports
#if canImport(Glibc)
import Glibc
#endif

struct Proofs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one Markdown certificate per claim, and an index, into a folder.",
        discussion: """
        Each certificate gives the claim's id, source (paper, section, number),
        the statement in our words, the method (exact, certified MPFR, exhaustive
        or empirical), the evidence, the verdict and, for errata, the corrected
        statement. The committed Proofs/ folder is written with --quick; the test
        suite regenerates it and fails when a file differs.

        Example:
          exactnn proofs --write Proofs --quick
        """
    )

    @Option(help: "Folder to write into (created if missing).")
    var write: String

    @Flag(help: "Use the smaller sizes of the test suite (the certificates say so).")
    var quick = false

    @Option(help: "Seed for every random choice (recorded in each certificate).")
    var seed: UInt64 = 1

    @Argument(help: "Claim-id prefixes (all claims when none is given).")
    var prefixes: [String] = []

    func run() throws {
        let claims = Catalog.claims(matching: prefixes)
        if claims.isEmpty { throw InputError("no claim id starts with \(prefixes.joined(separator: " or "))") }
        if mkdir(write, 0o755) != 0 && errno != EEXIST { throw InputError("--write: cannot create folder '\(write)'") }
        let context = CheckContext(quick: quick, seed: seed, threads: 2)
        let results = Catalog.run(claims, context: context) { r in
            writeStandardError("\(r.claim.id): \(r.verdictText)\n")
        }
        for r in results {
            try writeAtomically(Certificate.markdown(for: r, quick: quick, seed: seed),
                                to: write + "/" + Certificate.fileName(for: r.claim.id))
        }
        if prefixes.isEmpty { try writeAtomically(Certificate.index(results.map { ($0.claim, $0.verdictText) }), to: write + "/index.md") }
        writeStandardError("wrote \(results.count) certificates to \(write)/\n")
        if results.contains(where: { !$0.matchesExpected }) { throw ExitCode(1) }
    }
}
