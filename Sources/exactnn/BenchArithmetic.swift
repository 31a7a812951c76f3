import ArgumentParser
import ExactArithmetic
import Reports

struct BenchArithmetic: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arithmetic",
        abstract: "H(20000) exactly, 200 roots of ∏(x − k/7) to 50 digits, a 60×60 rational solve."
    )

    @OptionGroup var bench: BenchOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        var b = Benchmark(title: "exactnn bench arithmetic")
        b.measure("H(20000) as a reduced fraction", runs: bench.runs) {
            let h = Harmonic.number(20000)
            return "\(h.numerator.description.count)/\(h.denominator.description.count) digits"
        }
        try b.measure("∏(x − k/7), k = 1…200: expand, isolate, 50 digits", runs: bench.runs) {
            let p = Polynomial(roots: (1...200).map { Rational($0, 7) })
            let roots = try p.realRoots(digits: 50)
            let exact = roots.filter(\.isExact).count
            return "\(roots.count) real roots, \(exact) exact, \(roots.count - exact) by 50 certified digits"
        }
        try output.emit([b.table])
    }
}
