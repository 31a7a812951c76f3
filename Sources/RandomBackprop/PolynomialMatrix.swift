import ExactArithmetic

/// A matrix whose entries are polynomials over ℚ — the matrices A_i, C_i,
/// Σ of section 7.7 written over the ring of the weights.
///
/// **Edge cases:** shapes that do not fit are a programming error (precondition);
/// callers validate user-supplied shapes first.
struct PolynomialMatrix {
    let rows: Int, cols: Int
    var entries: [[MultiPolynomial]]

    init(rows: Int, cols: Int, entries: [[MultiPolynomial]]) {
        precondition(entries.count == rows && entries.allSatisfy { $0.count == cols })
        self.rows = rows
        self.cols = cols
        self.entries = entries
    }

    init(_ m: [[Rational]], variableCount n: Int) {
        self.init(rows: m.count, cols: m.first?.count ?? 0,
                  entries: m.map { $0.map { MultiPolynomial(constant: $0, variableCount: n) } })
    }

    static func identity(_ k: Int, variableCount n: Int) -> PolynomialMatrix {
        PolynomialMatrix((0..<k).map { i in (0..<k).map { Rational($0 == i ? 1 : 0) } }, variableCount: n)
    }

    var transposed: PolynomialMatrix {
        PolynomialMatrix(rows: cols, cols: rows, entries: (0..<cols).map { j in (0..<rows).map { entries[$0][j] } })
    }

    static func * (a: PolynomialMatrix, b: PolynomialMatrix) -> PolynomialMatrix {
        precondition(a.cols == b.rows)
        let n = a.entries.first?.first?.variableCount ?? b.entries.first?.first?.variableCount ?? 0
        var out = [[MultiPolynomial]]()
        for i in 0..<a.rows {
            var row = [MultiPolynomial]()
            for j in 0..<b.cols {
                var s = MultiPolynomial(variableCount: n)
                for k in 0..<a.cols where !a.entries[i][k].isZero && !b.entries[k][j].isZero {
                    s = s + a.entries[i][k] * b.entries[k][j]
                }
                row.append(s)
            }
            out.append(row)
        }
        return PolynomialMatrix(rows: a.rows, cols: b.cols, entries: out)
    }

    static func - (a: PolynomialMatrix, b: PolynomialMatrix) -> PolynomialMatrix {
        precondition(a.rows == b.rows && a.cols == b.cols)
        return PolynomialMatrix(rows: a.rows, cols: a.cols,
                                entries: zip(a.entries, b.entries).map { zip($0, $1).map { $0 - $1 } })
    }
    static func + (a: PolynomialMatrix, b: PolynomialMatrix) -> PolynomialMatrix {
        precondition(a.rows == b.rows && a.cols == b.cols)
        return PolynomialMatrix(rows: a.rows, cols: a.cols,
                                entries: zip(a.entries, b.entries).map { zip($0, $1).map { $0 + $1 } })
    }
}
