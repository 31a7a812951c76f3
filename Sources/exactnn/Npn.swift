import ArgumentParser
import BooleanAnalysis
import ClaimKit

/// `exactnn npn count|classes|canon`.
struct Npn: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "NPN classes of Boolean functions: counts, enumeration, canonical forms.",
        discussion: """
        Truth tables: 2ⁿ binary digits with f(0…0) first and x₁ the most significant
        bit of the position, or the decimal / 0x hex value of that string
        (27030 is 4-parity, as in the dissertation's Table 3.3).

        Examples:
          exactnn npn count --vars 12
          exactnn npn classes --vars 4 --format csv
          exactnn npn canon 7140 --vars 4
          exactnn npn canon --input functions.txt --format json
        """,
        subcommands: [NpnCount.self, NpnClasses.self, NpnCanon.self]
    )
}

struct NpnCount: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Exact class counts for the NPN, NP and P groups (Burnside over signed cycle types)."
    )
    @Option(help: "Number of inputs n (1…\(BurnsideCount.maxVariables)).") var vars: Int
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...BurnsideCount.maxVariables).contains(vars) else {
            throw ValidationError("--vars must be in 1...\(BurnsideCount.maxVariables) (the count has about 2^n bits), got \(vars)")
        }
    }

    func run() throws {
        var t = Table(title: "Classes of \(vars)-input Boolean functions", columns: ["group", "classes"])
        for g in BurnsideCount.Group.allCases {
            t.append([.text(g.rawValue.uppercased()), .exact(try BurnsideCount.classes(variables: vars, group: g).description)])
        }
        t.notes = ["exact integers, Burnside's lemma over the conjugacy classes of the hyperoctahedral group"]
        try output.emit([t])
    }
}

struct NpnClasses: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classes",
        abstract: "Every NPN class (n ≤ 5): least table in decimal and binary, exact orbit size."
    )
    @Option(help: "Number of inputs n (1…5).") var vars: Int
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...5).contains(vars) else { throw ValidationError("--vars must be in 1...5 for enumeration, got \(vars); use 'exactnn npn count --vars \(vars)'") }
    }

    func run() throws {
        let classes = try npnClasses(variables: vars)
        var t = Table(title: "NPN classes, n = \(vars)", columns: ["decimal", "binary", "orbit size"])
        for c in classes { t.append([.exact(String(c.word)), .text(c.representative.binary), .integer(c.orbitSize)]) }
        t.notes = ["\(classes.count) classes; orbit sizes sum to \(classes.reduce(0) { $0 + $1.orbitSize }) = 2^\(1 << vars)"]
        try output.emit([t])
    }
}

struct NpnCanon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canon",
        abstract: "The least table of f's NPN class and a transform reaching it (n ≤ 6)."
    )
    @Argument(help: "Truth table: binary, decimal or 0x hex (or use --input).") var table: String?
    @Option(help: "Number of inputs n, when a number should be read as an n-input table.") var vars: Int?
    @OptionGroup var batch: BatchOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (table == nil) != (batch.input == nil) else { throw ValidationError("give either a truth table or --input FILE") }
    }

    func run() throws {
        if batch.input != nil {
            return try BatchRun(columns: ["n", "decimal", "canonical decimal", "canonical binary", "transform"], options: batch, output: output, variables: vars).run { f in
                let (canonical, transform) = try exactNPNCanonization(f)
                return [.integer(f.variables), .exact(f.decimal), .exact(canonical.decimal), .text(canonical.binary), .text(transform.description)]
            }
        }
        let f = try parseTable(table!, vars)
        let (canonical, transform) = try boolean { try exactNPNCanonization(f) }
        var t = Table(title: "NPN canonical form", columns: ["", "decimal", "binary"])
        t.append([.text("f"), .exact(f.decimal), .text(f.binary)])
        t.append([.text("canonical"), .exact(canonical.decimal), .text(canonical.binary)])
        t.notes = ["transform (canonical = T·f, g(x) = o ⊕ f(x′)): \(transform)"]
        try output.emit([t])
    }
}

/// Parses a truth table argument; library errors become `InputError`.
func parseTable(_ text: String, _ vars: Int?) throws -> TruthTable {
    try boolean { try TruthTable(parsing: text, variables: vars) }
}

/// Runs a BooleanAnalysis call, turning its ``BooleanError`` into a one-line `InputError`.
func boolean<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as BooleanError { throw InputError(e.message) }
}
