import ArgumentParser
import BooleanAnalysis
import ClaimKit

/// `exactnn swaps <table>`: swaps(f) with a rational witness.
struct Swaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The swaps value of eq. 3.10 (n ≤ 5) with a rational weight vector attaining it.",
        discussion: """
        swaps(f) is the least number of class changes along {0,1}ⁿ sorted by w·x
        over generic w. The witness w is exact; the order it induces is printed
        with f's values along it.

        Examples:
          exactnn swaps 27030
          exactnn swaps 1785 --vars 4
          exactnn swaps --family random:3 --vars 5
        """
    )
    @Argument(help: "Truth table: binary, decimal or 0x hex (or use --family).") var table: String?
    @Option(help: "Number of inputs n (1…5).") var vars: Int?
    @Option(help: "A named family instead of a table (see 'exactnn fourier --help').") var family: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (table == nil) != (family == nil) else { throw ValidationError("give either a truth table or --family") }
        if family != nil && vars == nil { throw ValidationError("--family needs --vars N") }
    }

    func run() throws {
        let f = try family.map { name in try boolean { try TruthTable.named(name, variables: vars!) } } ?? parseTable(table!, vars)
        guard f.variables <= 5 else {
            throw InputError("swaps needs n ≤ 5 (here n = \(f.variables)); Fourier metrics work up to n = 20: 'exactnn fourier'")
        }
        let s = try boolean { try swapsValue(f) }
        var t = Table(title: "swaps(f), n = \(f.variables)", columns: ["quantity", "value"])
        t.append([.text("f (decimal)"), .exact(f.decimal)])
        t.append([.text("swaps(f)"), .integer(s.value)])
        t.append([.text("witness w"), .exact("(" + s.witness.map(\.description).joined(separator: ", ") + ")")])
        t.append([.text("order by w·x"), .text(s.order.map { String($0, radix: 2).leftPadded(f.variables) }.joined(separator: " "))])
        t.append([.text("f along the order"), .text(String(s.order.map { f[$0] ? "1" : "0" }))])
        try output.emit([t])
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
