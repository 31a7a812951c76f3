import ArgumentParser
import ClaimKit
import ExactArithmetic
import RandomBackprop

/// `exactnn rbp …`: the learning ODEs of paper 003, section 7, for given parameters.
struct Rbp: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Random-backpropagation dynamics (paper 003, §7): exact Q, certified limits, MPFR integration.",
        discussion: """
        Examples:
          exactnn rbp chain --layers 3 --alpha 1 --beta 1 --c 1,2 --init 0.5,0.5,0.5 --digits 50
          exactnn rbp width --n 3 --c 1,-1/2,2 --init 1,0,0,1/2,1/2,1/2
          exactnn rbp autoencoder --n 3 --c 1,-2,1/2 --init 1/3,0,1,1,1/2,-1
          exactnn rbp power --mu 3 --c1 1/2 --init 1/3,2
        Parameters accept integers, fractions (-3/7) and decimals (read exactly).
        """,
        subcommands: [RbpChain.self, RbpWidth.self, RbpAutoencoder.self, RbpPower.self]
    )
}

struct RbpOptions: ParsableArguments {
    @Option(help: "α = E(TI) (exact rational or decimal).") var alpha = "1"
    @Option(help: "β = E(I²) > 0.") var beta = "1"
    @Option(help: "Certified significant digits of roots and limits (1...1000).") var digits = 30
    @Flag(help: "Skip the confirming integration.") var noIntegrate = false

    func validate() throws {
        guard (1...1000).contains(digits) else { throw InputError("--digits must be in 1...1000, got \(digits)") }
    }

    func alphaBeta() throws -> (Rational, Rational) {
        let b = try rational("--beta", beta)
        guard b.signum > 0 else { throw InputError("--beta must be > 0 (β = E(I²); β = 0 means no input and nothing moves), got \(beta)") }
        return (try rational("--alpha", alpha), b)
    }
}

func rational(_ option: String, _ text: String) throws -> Rational {
    do { return try Rational.parse(text) } catch { throw InputError("\(option): \(error)") }
}

func rationalList(_ option: String, _ text: String, count: Int) throws -> [Rational] {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == count else { throw InputError("\(option) needs \(count) comma-separated values, got \(parts.count)") }
    return try parts.map { try rational(option, $0) }
}

/// Tables for a one-variable analysis (the CLI only renders).
func render(_ a: TrajectoryAnalysis, title: String, digits: Int) -> [Table] {
    let f = a.fixedPoints, r = f.reduction, names = a.field.names
    let s = names[r.driver]
    var summary = Table(title: title, columns: ["quantity", "value"])
    summary.append([.text("d\(s)/dt = Q(\(s))"), .exact(r.q.formatted(names: [s]))])
    summary.append([.text("degree of Q"), .integer(max(0, r.degree))])
    summary.append([.text("leading coefficient"), .exact(r.leadingCoefficient.description)])
    for (j, x) in r.parametrization.enumerated() where j != r.driver {
        summary.append([.text("\(names[j]) along the trajectory"), .exact(x.formatted(names: [s]))])
    }
    summary.append([.text("prediction (Theorem 1)"), .text(a.predictionText)])
    var roots = Table(title: "real roots of Q (certified)", columns: ["#", s, "stability"])
    for (i, root) in f.roots.enumerated() {
        roots.append([.integer(i + 1), root.isExact ? .exact(root.exactValue!.description) : .certified(root.certifiedDigits(digits) ?? "?"),
                      .text(f.stability[i].rawValue)])
    }
    var limits = Table(title: "predicted limit of every weight", columns: ["weight", "start", "limit (certified)", "integrated", "digits agreeing"])
    let check = a.integration
    for j in names.indices {
        let limit = f.limit.map { FixedPointAnalysis.certifiedText($0[j], digits: digits) } ?? "—"
        limits.append([.text(names[j]), .exact(a.initial[j].description), .certified(limit),
                       .text(check.map { $0.result.state[j].toString(significantDigits: min(digits, 40)) } ?? "—"),
                       check.map { .integer($0.agreementDigits) } ?? .text("—")])
    }
    if let check {
        limits.notes.append("integration: Taylor series at \(check.bits) bits until |F| < 1e-\(digits + 5): \(check.result.outcome), t = \(check.result.time.toString(significantDigits: 8)), \(check.result.steps) steps, residual \(check.result.residual.toString(significantDigits: 3))")
    }
    return [summary, roots, limits]
}

struct RbpChain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chain", abstract: "The linear chain A[1,…,1] (eq. 23, 36, 44).")
    @Option(help: "Number of layers L (1...10).") var layers: Int
    @Option(help: "Feedback weights c_1,…,c_{L−1} (c_L = 1).") var c = ""
    @Option(help: "Initial weights a_1,…,a_L.") var `init`: String
    @Option(help: "srbp (eq. 44) or rbp (c_i⋯c_{L−1} drives layer i).") var rule = "srbp"
    @OptionGroup var options: RbpOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard (1...10).contains(layers) else { throw InputError("--layers must be in 1...10, got \(layers)") }
        guard let r = FeedbackRule(rawValue: rule), r != .bp else {
            throw InputError("--rule must be srbp or rbp (BP has no polynomial reduction: a_{i+1}² − a_i² is conserved, eq. 54)")
        }
        let (alpha, beta) = try options.alphaBeta()
        let cs = layers == 1 ? [] : try rationalList("--c", c, count: layers - 1)
        let x0 = try rationalList("--init", `init`, count: layers)
        let system = try LinearLearningSystem.chain(layers: layers, alpha: alpha, beta: beta, c: cs, rule: r)
        let reduction = try OneVariableReduction.chain(system, initial: x0)
        let analysis = try TrajectoryAnalysis(field: system.field, reduction: reduction, initial: x0,
                                              digits: options.digits, integrate: !options.noIntegrate)
        try output.emit(render(analysis, title: "A[\(Array(repeating: "1", count: layers + 1).joined(separator: ","))] \(r.rawValue.uppercased()), α = \(alpha), β = \(beta)", digits: options.digits))
    }
}

struct RbpWidth: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "width", abstract: "The expansive A[1,N,1] (eq. 57).")
    @Option(help: "Hidden width N (1...12).") var n: Int
    @Option(help: "Feedback weights c_1,…,c_N.") var c: String
    @Option(help: "Initial weights a_1,…,a_N, b_1,…,b_N.") var `init`: String
    @OptionGroup var options: RbpOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard (1...12).contains(n) else { throw InputError("--n must be in 1...12, got \(n)") }
        let (alpha, beta) = try options.alphaBeta()
        let cs = try rationalList("--c", c, count: n)
        guard cs.contains(where: { !$0.isZero }) else { throw InputError("--c: all c_i = 0 is the trivial case (the first layer never moves)") }
        let x0 = try rationalList("--init", `init`, count: 2 * n)
        let system = try LinearLearningSystem.width(n: n, alpha: alpha, beta: beta, c: cs)
        let reduction = try OneVariableReduction.width(system, initial: x0)
        let analysis = try TrajectoryAnalysis(field: system.field, reduction: reduction, initial: x0,
                                              digits: options.digits, integrate: !options.noIntegrate)
        try output.emit(render(analysis, title: "A[1,\(n),1] RBP, α = \(alpha), β = \(beta)", digits: options.digits))
    }
}

struct RbpPower: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "power", abstract: "A[1,1,1] with the power non-linearity and f′ (eq. 114).")
    @Option(help: "Integer power μ (1...32).") var mu: Int
    @Option(help: "Feedback weight c_1 (≠ 0).") var c1 = "1"
    @Option(help: "Initial weights a_1, a_2.") var `init`: String
    @OptionGroup var options: RbpOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard (1...32).contains(mu) else { throw InputError("--mu must be an integer in 1...32, got \(mu)") }
        let (alpha, beta) = try options.alphaBeta()
        let c = try rational("--c1", c1)
        guard !c.isZero else { throw InputError("--c1 = 0 is the trivial case: a_1 never moves") }
        let x0 = try rationalList("--init", `init`, count: 2)
        let system = try PowerLearningSystem(mu: mu, rule: .withDerivative, alpha: alpha, beta: beta, c1: c)
        let reduction = try OneVariableReduction.power(system, initial: x0)
        let analysis = try TrajectoryAnalysis(field: system.field, reduction: reduction, initial: x0,
                                              digits: options.digits, integrate: !options.noIntegrate)
        try output.emit(render(analysis, title: "power μ = \(mu) with f′, α = \(alpha), β = \(beta), c1 = \(c)", digits: options.digits))
    }
}

struct RbpAutoencoder: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "autoencoder", abstract: "The normalised autoencoder A[N,1,N] (Theorem 6, eq. 68).")
    @Option(help: "Width N (1...12).") var n: Int
    @Option(help: "Feedback row C = c_1,…,c_N (not all 0).") var c: String
    @Option(help: "Initial A (N values) then B (N values).") var `init`: String
    @Option(help: "Certified significant digits (1...1000).") var digits = 30
    @Flag(help: "Skip the confirming integration.") var noIntegrate = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard (1...12).contains(n) else { throw InputError("--n must be in 1...12, got \(n)") }
        guard (1...1000).contains(digits) else { throw InputError("--digits must be in 1...1000, got \(digits)") }
        let cs = try rationalList("--c", c, count: n)
        guard cs.contains(where: { !$0.isZero }) else { throw InputError("--c: C = 0 is the trivial case (A never moves)") }
        let x0 = try rationalList("--init", `init`, count: 2 * n)
        let prediction = try AutoencoderPrediction(c: cs, a0: Array(x0.prefix(n)), b0: Array(x0.suffix(n)), digits: digits)
        let system = try LinearLearningSystem.autoencoder(n: n, c: cs)
        let check = noIntegrate ? nil : IntegrationCheck(field: system.field, from: x0, limit: prediction.limit, digits: digits)
        var summary = Table(title: "A[\(n),1,\(n)] autoencoder, Σ = Id (Theorem 6)", columns: ["quantity", "value"])
        summary.append([.text("K = CB(0) − ½‖A(0)‖² (eq. 66)"), .exact(prediction.k.description)])
        summary.append([.text("cubic (eq. 77)"), .exact(prediction.cubic.description(variable: "f"))])
        summary.append([.text("positive root f"), .certified(prediction.f.certifiedDigits(digits) ?? "?")])
        var limits = Table(title: "predicted limit: A → fC, B → Cᵗ/(f‖C‖²)", columns: ["weight", "start", "limit (certified)", "integrated", "digits agreeing"])
        for (j, name) in system.field.names.enumerated() {
            let l = prediction.limit[j]
            limits.append([.text(name), .exact(x0[j].description),
                           .certified(FixedPointAnalysis.certifiedText(l, digits: digits)),
                           .text(check.map { $0.result.state[j].toString(significantDigits: min(digits, 40)) } ?? "—"),
                           check.map { .integer($0.agreementDigits) } ?? .text("—")])
        }
        if let check {
            limits.notes.append("integration: Taylor series at \(check.bits) bits: \(check.result.outcome), t = \(check.result.time.toString(significantDigits: 8)), \(check.result.steps) steps")
        }
        try output.emit([summary, limits])
    }
}
