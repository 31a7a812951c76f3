import BooleanAnalysis
import ClaimKit
import ExactArithmetic
import PolarityTheory
import Reports

/// `exactnn swaps --all --vars N` as a study: one item per NPN class (in
/// order of the representatives), row = (class, orbit size, swaps). Shards
/// compute each class's value by the per-function minimum; the unsharded
/// run takes the rows from the sweep. Both are exact, so the rows agree.
struct SwapsAllStudy: ShardableStudy {
    static let command = "swaps --all"
    let variables: Int
    var parameters: [String: String] { ["vars": String(variables)] }

    func items() throws -> StudyItems {
        let classes = try boolean { try npnClasses(variables: variables) }
        return StudyItems(count: classes.count) { j in
            let c = classes[j]
            return [.exact(String(c.word)), .integer(c.orbitSize), .integer(try boolean { try swapsValue(c.representative) }.value)]
        }
    }

    /// All rows at once from the sweep over every class.
    func sweepRows(progress: (@Sendable (SweepProgress) -> Void)?) throws -> [[Cell]] {
        try boolean { try swapsOfAllClasses(variables: variables, progress: progress) }.map {
            [.exact(String($0.npnClass.word)), .integer($0.npnClass.orbitSize), .integer($0.value)]
        }
    }

    /// The distribution (classes and functions per value; sums of orbit
    /// sizes in 64-bit integers, ≤ 2³² here) and the least class of the
    /// maximum, whose witness is recomputed from its representative.
    func render(_ rows: [[Cell]], to output: OutputOptions) throws {
        let classes = rows.map { r -> (word: UInt64, orbit: Int, value: Int) in
            guard case .exact(let w) = r[0], let word = UInt64(w), case .integer(let o) = r[1], case .integer(let v) = r[2] else {
                preconditionFailure("swaps --all row of another shape: \(r)")
            }
            return (word, o, v)
        }
        let n = variables
        var byValue: [Int: (classes: Int, functions: Int)] = [:]
        for c in classes { byValue[c.value, default: (0, 0)].classes += 1; byValue[c.value, default: (0, 0)].functions += c.orbit }
        var d = Table(title: "swaps over all NPN classes, n = \(n)", columns: ["swaps", "classes", "functions"])
        for v in byValue.keys.sorted() { d.append([.integer(v), .integer(byValue[v]!.classes), .integer(byValue[v]!.functions)]) }
        d.append([.text("total"), .integer(classes.count), .integer(byValue.values.reduce(0) { $0 + $1.functions })])
        let top = byValue.keys.max()!
        let extremal = classes.filter { $0.value == top }
        let f = try TruthTable(variables: n, value: extremal[0].word)
        let s = try boolean { try swapsValue(f) }
        var m = Table(title: "maximum swaps, n = \(n)", columns: ["quantity", "value"])
        m.append([.text("maximum"), .integer(top)])
        m.append([.text("classes attaining it"), .text(extremal.prefix(20).map { String($0.word) }.joined(separator: " ") + (extremal.count > 20 ? " …" : ""))])
        m.append([.text("least such class (decimal)"), .exact(f.decimal)])
        m.append([.text("witness w"), .exact("(" + s.witness.map(\.description).joined(separator: ", ") + ")")])
        m.append([.text("f along the order"), .text(String(s.order.map { f[$0] ? "1" : "0" }))])
        m.notes = ["exact: every witness verified (strict order, change count); functions = sum of orbit sizes"]
        try output.emit([d, m])
    }
}

/// `exactnn table boolean --vars N` as a study: one item per NPN class,
/// row = the table's cells.
struct ClassTableStudy: ShardableStudy {
    static let command = "table boolean"
    let variables: Int
    let digits: Int
    var parameters: [String: String] { ["vars": String(variables), "digits": String(digits)] }

    static let columns = ["decimal", "binary", "orbit size", "swaps", "degree", "total influence", "entropy", "in Table 3.3"]

    static func cells(_ r: ClassSurveyRow, digits: Int) throws -> [Cell] {
        [.exact(String(r.npnClass.word)), .text(r.npnClass.representative.binary), .integer(r.npnClass.orbitSize),
         r.swaps.map { .integer($0.value) } ?? .text("n/a"), .integer(r.degree), .exact(r.totalInfluence.description),
         .certified(try r.entropy.decimal(digits: digits)), .flag(r.inTable33)]
    }

    func items() throws -> StudyItems {
        let classes = try boolean { try npnClasses(variables: variables) }
        let listed = variables == 4 ? try boolean { try table33Classes() } : []
        let digits = digits
        return StudyItems(count: classes.count) { j in
            try boolean { try Self.cells(try classSurveyRow(classes[j], inTable33: listed.contains(classes[j].word)), digits: digits) }
        }
    }

    /// n < 5: one table in any --format; n = 5: the CSV the streaming run writes.
    func render(_ rows: [[Cell]], to output: OutputOptions) throws {
        if variables == 5 { return try output.emit(Self.csvHeader + rows.map(Self.csvLine).joined()) }
        try output.emit([table(rows)])
    }

    func table(_ rows: [[Cell]]) -> Table {
        Table(title: "NPN classes, n = \(variables)", columns: Self.columns, rows: rows,
              notes: ["exact: orbit sizes, swaps (eq. 3.10), degree, influence (eq. 3.6); entropy (eq. 3.7) to \(digits) certified digits"])
    }

    static var csvHeader: String { columns.joined(separator: ",") + "\n" }
    static func csvLine(_ cells: [Cell]) -> String { cells.map { "\($0)" }.joined(separator: ",") + "\n" }
}

/// `exactnn polarity table` as a study: one item per n = 1…max-units, row
/// = D.2, D.3, the enumeration where feasible and P(n) per convention.
/// Each shard builds the conventions' structures (the exact LPs, once per
/// convention) and the exact P(n) list, then its rows.
struct PolarityTableStudy: ShardableStudy {
    static let command = "polarity table"
    let maxUnits: Int, dim: Int, digits: Int
    let label: LabelConvention
    /// (hidden, output) bias conventions, in the order given.
    let conventions: [RepresentabilityConvention]

    var parameters: [String: String] {
        ["max-units": String(maxUnits), "dim": String(dim), "digits": String(digits), "label": label.rawValue,
         "conventions": conventions.map { "\($0.hiddenBias.rawValue):\($0.outputBias.rawValue)" }.joined(separator: ",")]
    }

    /// Rebuilt from a partial file's parameters.
    init(parameters p: [String: String]) throws {
        guard let m = p["max-units"].flatMap(Int.init), (1...ExactProbability.maxUnits).contains(m),
              let d = p["dim"].flatMap(Int.init), (2...ProbabilityBounds.maxDimension).contains(d),
              let g = p["digits"].flatMap(Int.init), (1...60).contains(g), let list = p["conventions"],
              let label = p["label"].flatMap(LabelConvention.init(rawValue:)) else {
            throw InputError("partial results of 'polarity table' with parameters \(p) are not a study this version merges")
        }
        let conventions = try list.split(separator: ",").map { item in
            let parts = item.split(separator: ":").map(String.init)
            guard parts.count == 2, let h = RepresentabilityConvention.Bias(rawValue: parts[0]), let o = RepresentabilityConvention.Bias(rawValue: parts[1]) else {
                throw InputError("partial results of 'polarity table': bad convention '\(item)'")
            }
            return RepresentabilityConvention(hiddenBias: h, outputBias: o, label: label)
        }
        self.init(maxUnits: m, dim: d, digits: g, label: label, conventions: conventions)
    }

    init(maxUnits: Int, dim: Int, digits: Int, label: LabelConvention, conventions: [RepresentabilityConvention]) {
        self.maxUnits = maxUnits
        self.dim = dim
        self.digits = digits
        self.label = label
        self.conventions = conventions
    }

    func items() throws -> StudyItems {
        let exact = try conventions.map { c in try library { try ExactProbability.table(XORRepresentability(c), maxUnits: maxUnits) } }
        let (dim, digits) = (dim, digits)
        return StudyItems(count: maxUnits) { j in
            let n = j + 1
            let d2 = try library { try ProbabilityBounds.lemmaD2(units: n) }
            let d3 = try library { try ProbabilityBounds.theoremD3(units: n, dimension: dim) }
            var enumerated = "—"
            if dim <= 5 && (dim + 1) * n <= 20 {
                let c = try library { try PatternCensus(units: n, dimension: dim) }
                enumerated = Rational(BigInt(c.threeFullPatterns), BigInt(c.templates)).decimal(digits: digits).text
            }
            return [.integer(n), .certified(d2.decimal(digits: digits).text), .certified(d3.decimal(digits: digits).text), .certified(enumerated)]
                + exact.map { .certified($0[n - 1].decimal(digits: digits).text) }
        }
    }

    func render(_ rows: [[Cell]], to output: OutputOptions) throws {
        var t = Table(title: "Probability that random frozen signs can represent \(label.rawValue) (d = \(dim))",
                      columns: ["n", "D.2", "D.3 (d = \(dim))", "D.3 enumerated"] + conventions.map { "P(n) hidden \($0.hiddenBias.rawValue), output \($0.outputBias.rawValue)" },
                      rows: rows)
        t.notes = ["Decimals are the exact rationals rounded to \(digits) digits; P(n) does not depend on d."]
        try output.emit([t])
    }
}
