import ArgumentParser
import ExactArithmetic
import RandomBackprop
import Reports

/// `exactnn bench rbp`: the Taylor integrator on A[1,1,1,1] (the trajectories of
/// benchmarks/rbp_baselines.py, compared there with mpmath.odefun) and the certified
/// roots of Q for the chain with L = 8 (degree 255).
struct BenchRbp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rbp",
        abstract: "A[1,1,1,1] integrated to t = 40 at 256 bits (30 confirmed digits); Q of the L = 8 chain: isolation + 100 digits."
    )

    @OptionGroup var bench: BenchOptions
    @OptionGroup var output: OutputOptions

    /// (α, β, c1, c2, a(0)) — the same list as benchmarks/rbp_baselines.py.
    static let trajectories: [(String, String, String, String, [String])] = [
        ("1", "1", "1", "2", ["1/2", "1/2", "1/2"]),
        ("1", "1", "-1", "1/2", ["1", "-1/2", "1/4"]),
        ("2", "3", "1/3", "-2", ["-1/2", "1", "1"]),
    ]

    func run() throws {
        var b = Benchmark(title: "exactnn bench rbp")
        for (k, t) in Self.trajectories.enumerated() {
            let q = { (s: String) in try! Rational.parse(s) }
            let system = try LinearLearningSystem.chain(layers: 3, alpha: q(t.0), beta: q(t.1), c: [q(t.2), q(t.3)])
            let x0 = t.4.map(q)
            let analysis = try FixedPointAnalysis(try OneVariableReduction.chain(system, initial: x0), digits: 40)
            let integrator = TaylorIntegrator(field: system.field, precision: 256, toleranceDigits: 40)
            b.measure("A[1,1,1,1] trajectory \(k + 1) to t = 40, 256 bits", runs: bench.runs) {
                let r = integrator.integrate(from: x0, to: 40)
                let digits = zip(r.state, analysis.limit ?? []).map { IntegrationCheck.agreement($0, $1, bits: 256) }.min() ?? 0
                return "\(r.steps) steps, agrees with certified limit to \(digits) digits"
            }
        }
        let c: [Rational] = [1, 2, -1, Rational(1, 2), 3, -2, Rational(3, 2)]
        let system = try LinearLearningSystem.chain(layers: 8, alpha: 1, beta: 1, c: c)
        let x0: [Rational] = [Rational(1, 2), 1, -1, Rational(1, 3), 1, Rational(-1, 2), 1, 2]
        var reduction = try OneVariableReduction.chain(system, initial: x0)
        b.measure("Q of A[1,…,1], L = 8: exact reduction to degree 255", runs: bench.runs) {
            reduction = try! OneVariableReduction.chain(system, initial: x0)
            return "degree \(reduction.degree), lead \(reduction.leadingCoefficient)"
        }
        b.measure("Q of A[1,…,1], L = 8 (degree 255): isolate real roots, refine to 100 digits, stability, limits", runs: bench.runs) {
            let analysis = try! FixedPointAnalysis(reduction, digits: 100)
            return "degree \(analysis.q.degree), \(analysis.roots.count) real roots, 100 digits certified: \(analysis.roots.allSatisfy { $0.isExact || $0.certifiedDigits(100) != nil })"
        }
        try output.emit([b.table])
    }
}
