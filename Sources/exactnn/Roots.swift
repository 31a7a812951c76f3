import ArgumentParser
import ClaimKit
import ExactArithmetic

struct Roots: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Certified real roots of a polynomial with rational coefficients.",
        discussion: """
        Isolates every real root in its own interval with exact rational
        ends (one root per interval, none missed), then narrows each interval
        until the printed digits are the same for every point in it. Roots
        that are rational are found exactly. Coefficients may be integers,
        fractions (3/2) or decimals (0.25, read exactly).

        Examples:
          exactnn roots "x^3 - 2*x - 5" --digits 60
          exactnn roots "(7x - 1)(x^2 - 2)" --format json
        """
    )

    /// Isolation costs about degree⁴ bit operations; beyond this it runs for hours.
    static let maximumDegree = 2000

    @Argument(help: "The polynomial in one variable letter, e.g. \"x^3 - 2*x - 5\".")
    var polynomial: String

    @Option(help: "Certified significant decimal digits per root, 0...\(RealRoot.maximumDigits) (0 = intervals only).")
    var digits: Int = 30

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (0...RealRoot.maximumDigits).contains(digits) else {
            throw ValidationError("--digits must be in 0...\(RealRoot.maximumDigits), got \(digits)")
        }
    }

    func run() throws {
        let p: Polynomial
        do { p = try Polynomial(parsing: polynomial) } catch let error as PolynomialParseError {
            throw InputError(error.description)
        }
        guard !p.isZero else { throw InputError("the polynomial '\(polynomial)' is zero: every real number is a root") }
        guard p.degree <= Self.maximumDegree else {
            throw InputError("degree \(p.degree) is above \(Self.maximumDegree), the largest this command isolates (the cost grows like degree⁴)")
        }
        let roots = try p.realRoots(digits: digits)
        var table = Table(title: "Real roots of \(p)", columns: ["#", "lower", "upper", "digits", "exact"])
        for (i, r) in roots.enumerated() {
            table.append([.integer(i + 1), .exact(r.lower.description), .exact(r.upper.description),
                          .certified(digits == 0 ? "" : r.certifiedDigits(digits) ?? ""), .flag(r.isExact)])
        }
        table.notes = [p.degree == 0 ? "a non-zero constant has no roots"
                                     : "degree \(p.degree), \(roots.count) distinct real root\(roots.count == 1 ? "" : "s")"]
        if !roots.isEmpty {
            table.notes.append("each [lower, upper] holds exactly one root"
                + (digits > 0 ? "; 'digits' are its first \(digits) significant digits, the same at every point of the interval" : ""))
        }
        try output.emit([table])
    }
}
