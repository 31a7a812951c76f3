import ArgumentParser
import ClaimKit
import ExactArithmetic
import Foundation
import NeuralBalance

/// `exactnn balance`: stochastic, cyclic or tied balancing of a BiLU network.
struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Balance a BiLU network for L_p to convergence (paper 004, Theorems 34 and 45).",
        discussion: """
        Builds a seeded random layered network (--layers, biases included
        unless --no-bias) or reads one from JSON (--network), balances it with
        the chosen schedule at --precision bits until no unit moves, and
        compares with a second schedule (which must reach the same weights).
        With --schedule tied and --no-bias it also prints the layer
        multipliers against the closed form of Theorem 45 (corrected and as
        printed). Hidden units with all-zero in- or out-weights are dead
        (Remark 25): they are reported and skipped.

        --trace adds one row per sweep of the chosen schedule: the largest
        balance deficit max_i |D_i|, D_i = Σ_{IN(i)}|w|^p − Σ_{OUT(i)}|w|^p
        (eq. 14 is D_i = 0; per tied layer for --schedule tied), the
        regularizer R = Σ|w|^p, and the sweep's decrease ΔR = R_before − R_after,
        which Theorem 26 makes ≥ 0. Row 0 is the starting network; the last
        row's R is "R after".

        Examples:
          exactnn balance --layers 4,16,16,2 --p 2 --seed 7
          exactnn balance --layers 4,8,8,2 --p 1 --seed 3 --trace --format json
          exactnn balance --layers 4,16,16,2 --p 2 --seed 7 --schedule tied --no-bias
          exactnn balance --network net.json --p 1/2
        """
    )

    enum Kind: String, ExpressibleByArgument { case random, cyclic, tied }

    @Option(help: "Layer widths, input first, e.g. 4,16,16,2.")
    var layers: String?

    @Option(help: "Read the network from this JSON file instead (see NetworkDescription).")
    var network: String?

    @Option(help: "Exponent p > 0 of the L_p regularizer (exact: 2, 1/2, 1.5).")
    var p: String = "2"

    @Option(help: "Seed for the network and the random schedule.")
    var seed: UInt64 = 7

    @Option(help: "Schedule: random, cyclic or tied (layers).")
    var schedule: Kind = .random

    @Option(help: "MPFR precision in bits (64...4096).")
    var precision: Int = 256

    @Flag(help: "Build the layered network without biases.")
    var noBias = false

    @Flag(help: "Add a table with one row per sweep: max_i |D_i| with D_i = Σ_IN(i) |w|^p − Σ_OUT(i) |w|^p, R = Σ|w|^p and ΔR (e.g. --trace --format json).")
    var trace = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (64...4096).contains(precision) else { throw ValidationError("--precision must be in 64...4096, got \(precision)") }
        guard (layers == nil) != (network == nil) else { throw ValidationError("give exactly one of --layers and --network") }
    }

    func run() throws {
        let exponent: Rational
        do { exponent = try Rational.parse(p) } catch { throw InputError("--p: \(error)") }
        guard exponent.signum > 0 else { throw InputError("--p must be positive, got \(exponent)") }
        let (net, widths) = try buildNetwork()
        let hiddenLayers = widths.map { Architectures.hiddenLayers(widths: $0) }
        let (chosen, reference): (Schedule, Schedule)
        switch schedule {
        case .random: (chosen, reference) = (.random(seed: seed), .cyclic)
        case .cyclic: (chosen, reference) = (.cyclic, .random(seed: seed))
        case .tied:
            guard let layers = hiddenLayers else { throw InputError("--schedule tied needs --layers") }
            (chosen, reference) = (.tiedLayers(layers), .tiedLayersRandom(layers, seed: seed))
        }
        var a = try wrap { try LpBalancer(network: net, p: exponent, precision: precision) }
        var b = try wrap { try LpBalancer(network: net, p: exponent, precision: precision) }
        let run = a.run(chosen, trace: trace), other = b.run(reference)
        var t = Table(title: "L_\(exponent) balancing at \(precision) bits (\(net.edges.count) weights, \(net.hiddenCount) hidden units)",
                      columns: ["quantity", "value"])
        t.append(["schedule", .text(run.schedule)])
        t.append(["R before", .certified(run.initialRegularizer.toString(significantDigits: 40))])
        t.append(["R after", .certified(run.finalRegularizer.toString(significantDigits: 40))])
        t.append(["sweeps / steps", .text("\(run.sweeps) / \(run.steps)")])
        t.append(["converged", .flag(run.converged)])
        t.append(["R monotone", .flag(run.monotone)])
        t.append([.text("digits agreeing with \(other.schedule)"), .text(digitsText(agreementDigits(run.weights, other.weights)))])
        t.append(["dead units skipped (Remark 25)", .text(run.dead.isEmpty ? "none" : "\(run.dead)")])
        var tables = [t]
        if schedule == .tied, let w = widths {
            if noBias {
                let sums = try TiedLayerClosedForm.layerSums(net, widths: w, p: exponent, precision: precision)
                let realised = TiedLayerClosedForm.realised(run.multipliers, widths: w)
                let corrected = TiedLayerClosedForm.corrected(sums, p: exponent)
                let printed = TiedLayerClosedForm.printed(sums)
                var c = Table(title: "Theorem 45: layer multipliers M_l", columns: ["layer", "iteration", "closed form (corrected)", "eq. 50 as printed"])
                for l in realised.indices {
                    c.append([.integer(l + 1), .certified(realised[l].toString(significantDigits: 20)),
                              .certified(corrected[l].toString(significantDigits: 20)),
                              .certified(exponent == 2 ? printed[l].toString(significantDigits: 20) : "— (p = 2 only)")])
                }
                c.notes = ["Corrected: M_l = (G/S_l)^(1/p), G = (Π S_l)^(1/N), S_l = Σ_{A_l}|w|^p; printed eq. 50 is the square of the p = 2 value.",
                           "Iteration vs corrected: \(digitsText(agreementDigits(corrected, realised))) digits agree."]
                tables.append(c)
            } else {
                tables[0].notes.append("The closed form of Theorem 45 needs a network without biases (--no-bias).")
            }
        }
        if trace { tables.append(traceTable(run, exponent: exponent)) }
        tables[0].notes.append("seed \(seed); certified = MPFR value at \(precision) bits, digits shown rounded to nearest.")
        try output.emit(tables)
    }

    private func traceTable(_ run: BalanceRun, exponent: Rational) -> Table {
        let unit = schedule == .tied ? "layer" : "unit"
        var t = Table(title: "Trace of the \(run.schedule) schedule, L_\(exponent), one row per sweep",
                      columns: ["sweep", "max |D| over \(unit)s", "R", "ΔR"])
        for r in run.trace {
            t.append([.integer(r.sweep), .certified(r.largestDeficit.toString(significantDigits: 20)),
                      .certified(r.regularizer.toString(significantDigits: 40)),
                      .certified(r.decrease.map { $0.toString(significantDigits: 20) } ?? "—")])
        }
        t.notes = ["D = Σ_IN |w|^p − c·Σ_OUT |w|^p per \(unit) (c = 1 for BiLU; eq. 14 is D = 0), self-loops and edges inside a tied layer left out; units balancing cannot move (dead, Remark 25) left out.",
                   "ΔR = R before the sweep − R after it (≥ 0 by Theorem 26); near convergence D and ΔR sit at the rounding level, about 2^−\(precision)·R."]
        return t
    }

    private func digitsText(_ d: Double) -> String { d >= 10_000 ? "all" : String(Int(d.rounded(.down))) }

    private func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as BalanceError { throw InputError(e.description) }
    }

    private func buildNetwork() throws -> (Network<Rational>, [Int]?) {
        if let layers {
            let parts = layers.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !layers.isEmpty, parts.allSatisfy({ $0 != nil }) else { throw InputError("--layers must be comma-separated widths like 4,16,16,2, got '\(layers)'") }
            let widths = parts.map { $0! }
            guard widths.count >= 2, widths.allSatisfy({ (1...10_000).contains($0) }) else {
                throw InputError("--layers needs at least two widths, each in 1...10000, got '\(layers)'")
            }
            let weights = zip(widths, widths.dropFirst()).reduce(0) { $0 + ($1.0 + (noBias ? 0 : 1)) * $1.1 }
            guard weights <= Self.maximumWeights else {
                throw InputError("--layers \(layers) has \(weights) weights; balancing at MPFR precision is limited to \(Self.maximumWeights) (about a minute)")
            }
            return (try wrap { try Architectures.layered(widths: widths, bias: !noBias, seed: seed) }, widths)
        }
        let path = network!
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError("--network: cannot read '\(path)'") }
        let description: NetworkDescription
        do { description = try JSONDecoder().decode(NetworkDescription.self, from: data) } catch {
            throw InputError("--network: '\(path)' is not a network description (\(error.localizedDescription))")
        }
        let net = try wrap { try description.network() }
        guard net.edges.count <= Self.maximumWeights else {
            throw InputError("--network: '\(path)' has \(net.edges.count) weights; balancing at MPFR precision is limited to \(Self.maximumWeights)")
        }
        return (net, nil)
    }

    /// Largest network balanced: both schedules run, each sweep touches every weight.
    static let maximumWeights = 100_000
}
