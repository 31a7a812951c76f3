import ArgumentParser
import ExactArithmetic
import NeuralBalance
import Reports
import SymmetricNets

struct BenchSymBal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "symmetric-balance",
        abstract: "Lemma 2 for all 2^65 labelings (n = 64), Lemma 1 certified at n = 64, S_12 margins, stochastic balancing of a 10 054-weight network to 40 digits."
    )

    @OptionGroup var bench: BenchOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        var b = Benchmark(title: "exactnn bench symmetric-balance")
        try b.measure("Lemma 2, n = 64, every A ⊆ {0,…,64} (per-weight proof)", runs: bench.runs) {
            let c = try ReLURepresentation.perWeightCertificate(n: 64)
            return "Γ = identity: \(c.identity), \(c.labelings) labelings"
        }
        try b.measure("Lemma 1, n = 64, certified at 128 bits", runs: bench.runs) {
            let c = try SigmoidRepresentation.perWeightCertificate(n: 64)
            return "holds: \(c.holds), max off-weight sum \(c.worstOffSum.certifiedDigits(6) ?? "?")"
        }
        try b.measure("Lemma 3, exact optimal margins of all 8192 members of S_12", runs: max(1, bench.runs / 5)) {
            let s = try MarginSurvey.run(n: 12, threads: 2)
            return "min γ² = \(s.optimalMinSquared)"
        }
        let widths = [30, 64, 64, 52, 10]
        let net = try Architectures.layered(widths: widths, seed: 7)
        try b.measure("stochastic L2 balancing, layers \(widths) (\(net.edges.count) weights), to 2^−150 (45 digits) at 256 bits", runs: max(1, bench.runs / 5)) {
            var balancer = try LpBalancer(network: net, p: 2, precision: 256)
            let r = balancer.run(.random(seed: 7), toleranceBits: 150)
            return "\(r.sweeps) sweeps, converged \(r.converged), R = \(r.finalRegularizer.toString(significantDigits: 12))"
        }
        try output.emit([b.table])
    }
}
