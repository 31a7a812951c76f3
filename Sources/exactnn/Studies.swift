import BooleanAnalysis
import ClaimKit
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
