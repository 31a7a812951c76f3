import ArgumentParser
import BooleanAnalysis
import ClaimKit

/// `exactnn fourier <table>`: exact spectrum, degree, influences, entropy.
struct Fourier: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Walsh–Fourier metrics of one Boolean function (n ≤ 20): exact spectrum, degree, influences, entropy.",
        discussion: """
        f̂(S) = 2⁻ⁿ Σₓ f(x) χ_S(x) with Boolean 0 ↦ +1, 1 ↦ −1 (eq. 3.5 normalized);
        I(f) = Σ |S| f̂(S)² (eq. 3.6); E(f) = Σ f̂(S)² log₂(1/f̂(S)²) (eq. 3.7), printed
        exactly as (A + Σ B_p·log2(p))/4ⁿ and to --digits certified digits.

        Examples:
          exactnn fourier 27030
          exactnn fourier 0x17 --vars 3 --spectrum
          exactnn fourier --family random:7 --vars 12 --digits 40
          exactnn fourier --input functions.txt --vars 4
        """
    )
    @Argument(help: "Truth table: binary, decimal or 0x hex (or use --family).") var table: String?
    @Option(help: "Number of inputs n (1…20).") var vars: Int?
    @Option(help: "A named family instead of a table: parity, majority, and, or, threshold:K, dictator:K, random:SEED.") var family: String?
    @Option(help: "Certified significant digits of the entropy.") var digits: Int = 30
    @Flag(help: "Also list every nonzero coefficient f̂(S).") var spectrum = false
    @OptionGroup var batch: BatchOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard [table != nil, family != nil, batch.input != nil].filter({ $0 }).count == 1 else {
            throw ValidationError("give either a truth table, --family or --input FILE")
        }
        if batch.input != nil && spectrum { throw ValidationError("--spectrum is for one table, not --input") }
        guard (1...10_000).contains(digits) else { throw ValidationError("--digits must be in 1...10000, got \(digits)") }
        if family != nil && vars == nil { throw ValidationError("--family needs --vars N") }
    }

    func run() throws {
        if batch.input != nil {
            let columns = ["n", "degree", "total influence", "influences I_1…I_n", "entropy exact", "entropy (\(digits) digits)"]
            return try BatchRun(columns: columns, options: batch, output: output, variables: vars).run { f in
                let w = WalshSpectrum(f)
                let influences = try (1...f.variables).map { try w.influence($0).description }.joined(separator: " ")
                return [.integer(f.variables), .integer(w.degree), .exact(w.totalInfluence.description), .exact(influences),
                        .exact(w.entropy.description), .certified(try w.entropy.decimal(digits: digits))]
            }
        }
        let f = try family.map { name in try boolean { try TruthTable.named(name, variables: vars!) } } ?? parseTable(table!, vars)
        let w = WalshSpectrum(f)
        var t = Table(title: "Fourier metrics, n = \(f.variables)", columns: ["quantity", "value"])
        if f.variables <= 6 { t.append([.text("f (decimal)"), .exact(f.decimal)]) }
        t.append([.text("degree"), .integer(w.degree)])
        t.append([.text("total influence I(f)"), .exact(w.totalInfluence.description)])
        for k in 1...f.variables { t.append([.text("I_\(k)(f)"), .exact(try w.influence(k).description)]) }
        t.append([.text("entropy E(f), exact"), .exact(w.entropy.description)])
        t.append([.text("entropy E(f), \(digits) digits"), .certified(try boolean { try w.entropy.decimal(digits: digits) })])
        var tables = [t]
        if spectrum {
            var s = Table(title: "Nonzero coefficients", columns: ["S", "f̂(S)"])
            for set in 0..<f.size where w.unnormalized[set] != 0 {
                let members = (1...f.variables).filter { set >> (f.variables - $0) & 1 == 1 }.map { "x\($0)" }
                s.append([.text("{" + members.joined(separator: ",") + "}"), .exact(w.coefficient(set).description)])
            }
            tables.append(s)
        }
        try output.emit(tables)
    }
}
