import ArgumentParser
import ClaimKit
import ExactArithmetic
import PolarityTheory
import Reports

/// `exactnn polarity …`: paper 000's XOR bounds (Lemma D.2, Theorem D.3),
/// their brute-force checks, and exact representability under frozen signs.
struct Polarity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Frozen weight signs and XOR: the D.2/D.3 bounds exactly, enumeration, exact representability.",
        subcommands: [PolarityBound.self, PolarityTable.self, PolarityCensus.self, PolarityRepresent.self]
    )
}

extension RepresentabilityConvention.Bias: ExpressibleByArgument {}
extension LabelConvention: ExpressibleByArgument {}

struct ConventionOptions: ParsableArguments {
    @Option(help: "Hidden biases: free or zero (zero as in Lemma D.1's table).")
    var hiddenBias: RepresentabilityConvention.Bias = .free
    @Option(help: "Output bias: free or zero (zero = sigmoid read at 1/2).")
    var outputBias: RepresentabilityConvention.Bias = .free
    @Option(help: "Positive class: xor (x₁ ≠ x₂) or xnor.")
    var label: LabelConvention = .xor

    var convention: RepresentabilityConvention { RepresentabilityConvention(hiddenBias: hiddenBias, outputBias: outputBias, label: label) }
}

/// Runs a library call, turning its one-line errors into InputError.
func library<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as PolarityError { throw InputError(e.message) }
}

func exactText(_ q: Rational, full: Bool) -> String {
    let s = q.description
    if full || s.count <= 2000 { return s }
    return "(\(q.numerator.description.count)-digit / \(q.denominator.description.count)-digit fraction; --full-fraction prints it)"
}

struct PolarityBound: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bound",
        abstract: "Q, Lemma D.2 and Theorem D.3 as exact fractions and decimals; the smallest n above a level.",
        discussion: """
        Ω(n) = 1 − Σ_{k≤2} Q(k,4,4,n)/8ⁿ (Lemma D.2) and, with --dim d,
        Ω(n,d) = 1 − Σ_{k≤2} Q(k,2^d,2^d,n)/2^((d+1)n) (Theorem D.3). The
        corrected D.3 (the probability of its sufficient condition) equals
        Ω(n) for every d. n ≤ 10000, d ≤ 64.

        Example:
          exactnn polarity bound --units 15 --dim 5 --digits 40
        """
    )
    @Option(help: "Number of hidden units n (1...10000).") var units: Int
    @Option(help: "Input dimension d (2...64) for Theorem D.3.") var dim: Int?
    @Option(help: "Decimal digits after the point (0...10000).") var digits = 40
    @Option(help: "Level for the smallest n whose bound exceeds it, e.g. 0.99 or 99/100.") var level = "0.99"
    @Flag(help: "Print fractions of any length (default: up to 2000 characters).") var fullFraction = false
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...ProbabilityBounds.maxUnits).contains(units) else { throw ValidationError("--units must be in 1...\(ProbabilityBounds.maxUnits), got \(units)") }
        if let dim, !(2...ProbabilityBounds.maxDimension).contains(dim) { throw ValidationError("--dim must be in 2...\(ProbabilityBounds.maxDimension), got \(dim)") }
        guard (0...10_000).contains(digits) else { throw ValidationError("--digits must be in 0...10000, got \(digits)") }
    }

    func run() throws {
        let lvl: Rational
        do { lvl = try Rational.parse(level) } catch { throw InputError("--level: \(error)") }
        let d = dim ?? 2
        let half = BigInt(1) << d
        var t = Table(title: "n = \(units)" + (dim.map { ", d = \($0)" } ?? ""), columns: ["quantity", "exact", "decimal (\(digits) digits)"])
        func row(_ name: String, _ q: Rational) { t.append([.text(name), .exact(exactText(q, full: fullFraction)), .certified(q.decimal(digits: digits).text)]) }
        for k in 0...2 {
            let q = try library { try CountingHelperQ.recursive(k, half, half, units) }
            t.append([.text("Q(\(k), \(half), \(half), \(units))"), .exact(exactText(Rational(q), full: fullFraction)), .text("")])
        }
        row("Lemma D.2 Ω(n)", try library { try ProbabilityBounds.lemmaD2(units: units) })
        if let dim {
            row("Theorem D.3 Ω(n, \(dim))", try library { try ProbabilityBounds.theoremD3(units: units, dimension: dim) })
            row("corrected D.3 (= D.2 for every d)", try library { try ProbabilityBounds.lemmaD2(units: units) })
        }
        let nD2 = try library { try ProbabilityBounds.smallestUnits(exceeding: lvl) }
        t.append([.text("smallest n with D.2 > \(lvl)"), .text(nD2.map(String.init) ?? "none ≤ 10000"), .text("")])
        if let dim {
            let nD3 = try library { try ProbabilityBounds.smallestUnits(exceeding: lvl, dimension: dim) }
            t.append([.text("smallest n with D.3 (d = \(dim)) > \(lvl)"), .text(nD3.map(String.init) ?? "none ≤ 10000"), .text("")])
        }
        try output.emit([t])
    }
}

struct PolarityTable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "D.2, D.3, enumeration where feasible, and the exact probability P(n) under up to four bias conventions.",
        discussion: """
        P(n) is the exact probability that n units with Bernoulli(1/2) weight
        signs can represent XOR on {−1,1}² (other dimensions get zero
        weights), for hidden/output biases free or zero. Enumeration of all
        (2^(d+1))ⁿ templates is shown where (d+1)·n ≤ 20. Each convention
        decides representability by exact LPs over unit sets of up to four
        units once, whatever n; --conventions computes only the ones named
        (hidden:output, each free or zero), which saves most of the time.

        Examples:
          exactnn polarity table --max-units 64 --dim 5
          exactnn polarity table --max-units 24 --conventions free:free,zero:zero
          exactnn polarity table --max-units 30 --conventions none
          exactnn polarity table --max-units 64 --shard 0/2 --out part0.json
        """
    )
    @Option(help: "Largest n (1...512).") var maxUnits = 64
    @Option(help: "Input dimension d (2...64) for Theorem D.3.") var dim = 5
    @Option(help: "Decimal digits after the point (1...60).") var digits = 6
    @Option(help: "Positive class: xor or xnor.") var label: LabelConvention = .xor
    @Option(help: ArgumentHelp("Bias conventions for P(n): 'all', 'none' (bounds only), or a comma-separated list of hidden:output, each free or zero, e.g. free:free,zero:free.",
                               valueName: "list"))
    var conventions = "all"
    @OptionGroup var sharding: ShardOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try chosenConventions()
        guard (1...ExactProbability.maxUnits).contains(maxUnits) else {
            throw ValidationError("--max-units must be in 1...\(ExactProbability.maxUnits), got \(maxUnits); 'exactnn polarity bound --units N' gives D.2/D.3 up to 10000")
        }
        guard (2...ProbabilityBounds.maxDimension).contains(dim) else { throw ValidationError("--dim must be in 2...\(ProbabilityBounds.maxDimension), got \(dim)") }
        guard (1...60).contains(digits) else { throw ValidationError("--digits must be in 1...60, got \(digits)") }
    }

    func run() throws {
        let study = PolarityTableStudy(maxUnits: maxUnits, dim: dim, digits: digits, label: label, conventions: try chosenConventions())
        try study.run(sharding, output: output) {
            let items = try study.items()
            try study.render(try (0..<items.count).map(items.row), to: output)
        }
    }

    /// The conventions named by --conventions, in the order given (all four,
    /// free:free first, for 'all').
    func chosenConventions() throws -> [RepresentabilityConvention] {
        let allFour: [(RepresentabilityConvention.Bias, RepresentabilityConvention.Bias)] = [(.free, .free), (.zero, .free), (.free, .zero), (.zero, .zero)]
        let text = conventions.filter { !$0.isWhitespace }
        if text == "none" { return [] }
        let pairs = try text == "all" ? allFour : text.split(separator: ",", omittingEmptySubsequences: false).map { item in
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let h = RepresentabilityConvention.Bias(rawValue: parts[0]), let o = RepresentabilityConvention.Bias(rawValue: parts[1]) else {
                throw ValidationError("--conventions: '\(item)' is not hidden:output with free or zero (e.g. free:zero); or give 'all' or 'none'")
            }
            return (h, o)
        }
        var seen = Set<String>()
        for (h, o) in pairs where !seen.insert("\(h):\(o)").inserted {
            throw ValidationError("--conventions: \(h.rawValue):\(o.rawValue) is listed twice")
        }
        return pairs.map { RepresentabilityConvention(hiddenBias: $0.0, outputBias: $0.1, label: label) }
    }
}

struct PolarityCensus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "census",
        abstract: "Enumerate all (2^(d+1))ⁿ sign templates and count the events Q, D.2 and D.3 count.",
        discussion: """
        Limited to (d+1)·n ≤ 24 and d ≤ 5; 'exactnn polarity bound' evaluates
        the formulas for any n ≤ 10000, d ≤ 64.

        Example:
          exactnn polarity census --units 4 --dim 3
        """
    )
    @Option(help: "Number of hidden units n.") var units: Int
    @Option(help: "Input dimension d (2...5).") var dim = 2
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard units >= 1 else { throw ValidationError("--units must be ≥ 1, got \(units)") }
        guard dim >= 2 else { throw ValidationError("--dim must be ≥ 2, got \(dim)") }
    }

    func run() throws {
        let c = try library { try PatternCensus(units: units, dimension: dim) }
        let half = BigInt(1) << dim
        var t = Table(title: "All \(c.templates) templates, n = \(units), d = \(dim)", columns: ["event", "enumerated", "formula", "equal"])
        for k in 0...min(units, 4) {
            let q = try library { try CountingHelperQ.recursive(k, half, half, units) }
            t.append([.text("exactly \(k) distinct compatible patterns"), .integer(c.exactlyDistinct[k]), .exact("Q = \(q)"), .flag(q == BigInt(c.exactlyDistinct[k]))])
        }
        let d3 = try library { try ProbabilityBounds.theoremD3(units: units, dimension: dim) }
        let d2 = try library { try ProbabilityBounds.lemmaD2(units: units) }
        let counted = Rational(BigInt(c.threeFullPatterns), BigInt(c.templates))
        let sufficient = Rational(BigInt(c.threeRelevantClasses), BigInt(c.templates))
        t.append([.text("≥ 3 distinct compatible full patterns (D.3's event)"), .integer(c.threeFullPatterns), .exact("D.3 = \(d3)"), .flag(d3 == counted)])
        t.append([.text("≥ 3 distinct compatible 2-D patterns (Lemma D.1's condition)"), .integer(c.threeRelevantClasses), .exact("D.2 = \(d2)"), .flag(d2 == sufficient)])
        try output.emit([t])
    }
}

struct PolarityRepresent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "represent",
        abstract: "Decide exactly whether a frozen sign template can represent XOR; print witness weights.",
        discussion: """
        A template lists hidden units separated by spaces or commas. A unit is
        its input signs, ':', its output sign — '+-:+' means w₁ ≥ 0, w₂ ≤ 0,
        output ≥ 0 (zero magnitudes are allowed); signs beyond the second
        input are accepted and get weight 0 — or the paper's pattern number
        1…8 (Lemma D.1's table: 1 = ++:+, 2 = ++:-, 3 = +-:+, …, 8 = --:-).
        The network F(x) = Σ a·ReLU(w₁x₁ + w₂x₂ + b) + c must satisfy
        label·F ≥ 1 on {−1,1}² (any positive margin scales to 1).

        Examples:
          exactnn polarity represent --template '+-:+ -+:+'
          exactnn polarity represent --template '2 3 5' --hidden-bias zero --output-bias zero
        """
    )
    @Option(help: "The sign template, e.g. '+-:+ -+:+ ++:-' or '2 3 5'.") var template: String
    @OptionGroup var conventionOptions: ConventionOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let units = try library { try SignTemplate.parse(template) }
        let convention = conventionOptions.convention
        let counts = SignTemplate.typeCounts(units)
        let structure = XORRepresentability(convention)
        guard let w = try library({ try structure.witness(counts: counts) }) else {
            var t = Table(title: "\(units.count) units, \(convention)", columns: ["representable", "type counts (1…8)", "minimal representable profiles"])
            t.append([.flag(false), .text(counts.map(String.init).joined(separator: " ")),
                      .text(structure.minimal.map { $0.profile.map(String.init).joined() }.joined(separator: " "))])
            try output.emit([t])
            return
        }
        var t = Table(title: "Witness (\(convention)); units not listed get weight 0", columns: ["unit", "pattern", "w₁", "w₂", "b", "output weight"])
        // Assign each witness unit to the first unused template unit of its type.
        var used = Set<Int>()
        for (type, u) in w.units {
            let j = units.indices.first { !used.contains($0) && units[$0].relevantPart.paperIndex == type }!
            used.insert(j)
            t.append([.integer(j + 1), .text(units[j].description), .exact(u.w1.description), .exact(u.w2.description), .exact(u.bias.description), .exact(u.output.description)])
        }
        var f = Table(title: "F on {−1,1}² (exact)", columns: ["x", "F(x)", "label"])
        for (p, (v, l)) in zip(FrozenSignXOR.points, zip(w.values, convention.label.labels)) {
            f.append([.text("(\(p.0), \(p.1))"), .exact(v.description), .integer(l)])
        }
        f.notes = ["output bias c = \(w.outputBias); margin min label·F = \(w.margin)"]
        try output.emit([t, f])
    }
}
