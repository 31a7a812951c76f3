import ClaimKit
import ExactArithmetic

/// Tables 4.2 and 4.3 of §4.2.1 as printed (lines 1380–1418 of the text):
/// successes out of 100 trained 2-3-1 networks per hyperparameter cell, and
/// the per-factor averages.
public enum Table42 {
    public struct Cell: Sendable, Hashable {
        public let mse: Bool
        /// Leak of the leaky ReLU as printed ("0", "0.01", "0.1").
        public let leak: String
        public let batch: Int
        public let normalize: Bool
    }

    /// The 36 printed rows (loss, leak, batch, normalize) → successes.
    public static let printed: [(Cell, Int)] = {
        let rows: [(String, String, Int, Bool, Int)] = [
            ("MSE", "0", 1000, false, 29), ("MSE", "0", 1000, true, 37), ("MSE", "0.1", 1000, true, 37), ("MSE", "0", 100, false, 38),
            ("BCE", "0", 1000, false, 42), ("MSE", "0.01", 1000, true, 42), ("MSE", "0", 10, false, 45), ("MSE", "0.1", 1000, false, 47),
            ("BCE", "0", 10, false, 47), ("BCE", "0", 100, false, 48), ("MSE", "0.01", 1000, false, 50), ("MSE", "0", 100, true, 52),
            ("BCE", "0.01", 1000, false, 53), ("BCE", "0", 1000, true, 56), ("MSE", "0.1", 100, false, 57), ("MSE", "0.1", 100, true, 58),
            ("BCE", "0.1", 1000, false, 59), ("BCE", "0.01", 1000, true, 61), ("BCE", "0", 100, true, 61), ("MSE", "0", 10, true, 62),
            ("BCE", "0.1", 1000, true, 63), ("MSE", "0.01", 100, true, 64), ("MSE", "0.01", 100, false, 64), ("BCE", "0", 10, true, 69),
            ("BCE", "0.1", 100, true, 73), ("BCE", "0.01", 100, false, 74), ("BCE", "0.1", 100, false, 74), ("BCE", "0.01", 100, true, 82),
            ("BCE", "0.01", 10, false, 83), ("MSE", "0.1", 10, false, 84), ("BCE", "0.1", 10, false, 84), ("MSE", "0.01", 10, false, 85),
            ("MSE", "0.01", 10, true, 88), ("BCE", "0.1", 10, true, 90), ("BCE", "0.01", 10, true, 91), ("MSE", "0.1", 10, true, 94),
        ]
        return rows.map { (Cell(mse: $0.0 == "MSE", leak: $0.1, batch: $0.2, normalize: $0.3), $0.4) }
    }()

    /// Table 4.3 as printed: factor, level → average successes.
    public static let printedAverages: [(factor: String, level: String, value: Int)] = [
        ("loss", "MSE", 57), ("loss", "BCE", 67), ("normalize", "True", 66), ("normalize", "False", 59),
        ("leak", "0", 49), ("leak", "0.01", 70), ("leak", "0.1", 68), ("batch", "10", 77), ("batch", "100", 62), ("batch", "1000", 48),
    ]

    static func level(_ c: Cell, _ factor: String) -> String {
        switch factor {
        case "loss": return c.mse ? "MSE" : "BCE"
        case "normalize": return c.normalize ? "True" : "False"
        case "leak": return c.leak
        default: return String(c.batch)
        }
    }

    /// Exact mean successes over the cells with `factor` at `level`.
    public static func average(_ rows: [(Cell, Int)], factor: String, level: String) -> Rational {
        let xs = rows.filter { Self.level($0.0, factor) == level }.map(\.1)
        return Rational(xs.reduce(0, +), max(xs.count, 1))
    }
}

extension AnnulusClaims {
    static let table43 = Claim(
        id: "annulus.table-4.3", source: source("§4.2.1", "Table 4.3 against Table 4.2"),
        statement: "Each entry of Table 4.3 is the average success count, over the other hyperparameters, of the Table 4.2 cells with that loss, normalisation, leak or batch size.",
        expected: .holds, method: .exact
    ) { _ in
        var t = Table(title: "Table 4.3 recomputed from the 36 printed cells of Table 4.2", columns: ["factor", "level", "cells", "exact mean", "rounded", "printed", "agree"])
        var ok = Set(Table42.printed.map(\.0)).count == 36
        for p in Table42.printedAverages {
            let mean = Table42.average(Table42.printed, factor: p.factor, level: p.level)
            let rounded = (mean + Rational(1, 2)).floor
            let cells = Table42.printed.filter { Table42.level($0.0, p.factor) == p.level }.count
            ok = ok && rounded == BigInt(p.value)
            t.append([.text(p.factor), .text(p.level), .integer(cells), .exact(mean.description), .exact(rounded.description), .integer(p.value), .flag(rounded == BigInt(p.value))])
        }
        return .holds(if: ok, "all 10 averages of Table 4.3 are the rounded means of the 36 distinct cells of Table 4.2 (18 per loss or normalisation, 12 per leak or batch size)",
                      counterexample: "an average disagrees", details: [.table(t)],
                      figures: Table42.printedAverages.map { KeyFigure.exact("mean successes, \($0.factor) = \($0.level)", Table42.average(Table42.printed, factor: $0.factor, level: $0.level)) })
    }
}
