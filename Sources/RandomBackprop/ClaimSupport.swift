import ClaimKit
import ExactArithmetic

/// Shared steps of the section-7 claims: reduce, certify the limit, integrate.
enum ClaimSupport {
    /// Digits every integration confirmation must reach (issue 5: ≥ 30 at 256 bits).
    static let confirmedDigits = 30

    /// The certified analysis of a reduction and its confirmation by integrating the full field.
    /// `nil` when the predicted limit is a degenerate (multiple) root: the approach is then
    /// algebraic in t and no fixed-length integration reaches 30 digits.
    static func confirm(_ field: PolynomialVectorField, _ reduction: OneVariableReduction,
                        x0: [Rational]) throws -> (FixedPointAnalysis, IntegrationCheck)? {
        let analysis = try FixedPointAnalysis(reduction, digits: confirmedDigits)
        if case .converges(let i) = analysis.prediction, analysis.stability[i] == .degenerate { return nil }
        let check = IntegrationCheck(field: field, from: x0, limit: analysis.limit, digits: confirmedDigits, bits: 256)
        return (analysis, check)
    }

    /// Confirms one trajectory by integration: appends its row to `table`
    /// and records `failure` when fewer than `confirmedDigits` agree.
    /// Degenerate limits are skipped (see `confirm`).
    static func confirm(_ field: PolynomialVectorField, _ reduction: OneVariableReduction, x0: [Rational], label: String,
                        into table: inout Table, failure: String, failures: inout [String]) throws {
        guard let (a, check) = try confirm(field, reduction, x0: x0) else { return }
        table.append(row(label, a, check))
        if check.agreementDigits < confirmedDigits { failures.append(failure) }
    }

    /// One row of an integration table.
    static func row(_ label: String, _ a: FixedPointAnalysis, _ c: IntegrationCheck) -> [Cell] {
        [.text(label), .integer(a.q.degree), .exact(a.q.leadingCoefficient.description), .integer(a.roots.count),
         .text(c.result.outcome == .converged ? "converged" : "\(c.result.outcome)"),
         .measured(c.result.time.doubleValue), .integer(c.agreementDigits)]
    }

    static let integrationColumns = ["instance", "deg Q", "lead Q", "real roots", "integration", "t reached", "digits agreeing"]

    /// Q's coefficients (lowest degree first) of a fixed instance whose parameters are in `name`,
    /// as a key figure the oracle (Tests/Oracles/area_rbp.py) re-derives from the paper's equations.
    static func coefficients(_ name: String, _ r: OneVariableReduction) -> KeyFigure { .list(name, r.coefficients) }

    static func format(_ x: [Rational]) -> String { "(" + x.map(\.description).joined(separator: ", ") + ")" }
}
