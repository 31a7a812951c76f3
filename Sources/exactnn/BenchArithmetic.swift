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
        Self.measureLinearAlgebra(&b, runs: bench.runs)
        try output.emit([b.table])
    }
}

// MARK: - Linear algebra and LP workloads (seeded, so every run is the same)

extension BenchArithmetic {
    static func measureLinearAlgebra(_ b: inout Benchmark, runs: Int) {
        var rng = BenchRandom(seed: 1)
        let n = 60
        let a = try! RationalMatrix(rowCount: n, columnCount: n, entries: (0..<(n * n)).map { _ in rng.smallRational() })
        let rhs = (0..<n).map { _ in rng.smallRational() }
        b.measure("60×60 solve, entries p/q with |p| ≤ 9, 1 ≤ q ≤ 9", runs: runs) {
            guard let x = try? a.solve(rhs) else { return "singular" }
            let digits = x.map { $0.denominator.description.count }.max() ?? 0
            return "x exact, denominators up to \(digits) digits"
        }
        let systems = (0..<1000).map { _ in rng.strictSystem(variables: 5, constraints: 32) }
        b.measure("1000 strict LPs, 5 variables, 32 constraints each", runs: runs) {
            var feasible = 0
            for s in systems {
                if case .feasible = LinearProgram.feasibility(s, variables: 5) { feasible += 1 }
            }
            return "\(feasible) feasible, \(1000 - feasible) infeasible"
        }
    }
}

/// SplitMix64, for reproducible benchmark inputs.
struct BenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    mutating func smallRational() -> Rational { Rational(next(19) - 9, next(9) + 1) }

    /// Homogeneous strict rows a·w > 0 with a in {−1, 0, 1}⁵, oriented to
    /// agree with a hidden w (so feasible); every other system also gets
    /// the negated sum of two of its rows, which makes it infeasible — the
    /// shape of the order-of-the-cube LPs.
    mutating func strictSystem(variables n: Int, constraints m: Int) -> [LinearConstraint] {
        let w = (0..<n).map { _ in next(11) - 5 }
        var rows: [[Int]] = []
        while rows.count < m {
            let a = (0..<n).map { _ in next(3) - 1 }
            let dot = zip(a, w).reduce(0) { $0 + $1.0 * $1.1 }
            if dot != 0 { rows.append(dot > 0 ? a : a.map { -$0 }) }
        }
        if next(2) == 0 {
            let i = next(m), j = next(m)
            rows[m - 1] = zip(rows[i], rows[j]).map { -($0 + $1) }
        }
        return rows.map { LinearConstraint($0.map { Rational($0) }, .greaterThan, 0) }
    }
}
