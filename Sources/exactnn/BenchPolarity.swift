import ArgumentParser
import ExactArithmetic
import PolarityTheory
import Reports

struct BenchPolarity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "polarity",
        abstract: "D.2 and D.3 at n = 10000, d = 64; the exact-probability table to n = 64 (hidden and output biases free).",
        discussion: "Baselines: benchmarks/polarity_baselines.py (Python fractions, sympy) evaluates the same D.3 formula."
    )

    @OptionGroup var bench: BenchOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        var b = Benchmark(title: "exactnn bench polarity")
        try b.measure("Lemma D.2 and Theorem D.3, n = 10000, d = 64", runs: bench.runs) {
            let d2 = try ProbabilityBounds.lemmaD2(units: 10_000)
            let d3 = try ProbabilityBounds.theoremD3(units: 10_000, dimension: 64)
            return "D.3 denominator \(d3.denominator.bitWidth) bits, D.2 \(d2.denominator.bitWidth) bits"
        }
        try b.measure("Theorem D.3, n = 10000, d = 2 (small numbers)", runs: bench.runs) {
            "\(try ProbabilityBounds.theoremD3(units: 10_000, dimension: 2).denominator.bitWidth) bits"
        }
        try b.measure("smallest n with D.3 (d = 5) > 99/100", runs: bench.runs) {
            "n = \(try ProbabilityBounds.smallestUnits(exceeding: Rational(99, 100), dimension: 5) ?? 0)"
        }
        try b.measure("exact P(n), n = 1…64, biases free (LP structure + counting)", runs: bench.runs) {
            let s = XORRepresentability(RepresentabilityConvention(hiddenBias: .free, outputBias: .free))
            let p = try ExactProbability.table(s, maxUnits: 64)
            return "\(s.linearPrograms) LPs, \(s.minimal.count) minimal profiles, P(64) ≈ \(p[63].decimal(digits: 6).text)"
        }
        try output.emit([b.table])
    }
}
