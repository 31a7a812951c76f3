/// Reads frozen sign templates written on the command line.
///
/// A template lists its hidden units separated by spaces or commas. A unit
/// is either its input signs, a colon and its output sign — `+-:+` is
/// w₁ > 0, w₂ < 0, output > 0; `+-+-:-` has d = 4 — or the paper's pattern
/// number 1…8 from the table in the proof of Lemma D.1 (`3` = `+-:+`).
/// Dimensions beyond the second are accepted and play no part (their
/// weights may be zero).
public enum SignTemplate {
    /// **Edge cases:** throws on an empty template, a unit with fewer than 2
    /// input signs, a character other than + and −, or a number outside 1…8.
    public static func parse(_ text: String) throws -> [UnitPattern] {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        try PolarityError.require(!tokens.isEmpty, "template: no units given (example: '+-:+ -+:+ ++:-')")
        return try tokens.map(parseUnit)
    }

    static func parseUnit(_ token: String) throws -> UnitPattern {
        if let index = Int(token) {
            guard let p = UnitPattern(paperIndex: index) else { throw PolarityError("template: pattern number \(index) is outside 1...8") }
            return p
        }
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 1 else {
            throw PolarityError("template: cannot read unit '\(token)'; write input signs, ':', output sign, e.g. '+-:+'")
        }
        func negative(_ c: Character) throws -> Bool {
            switch c {
            case "+": return false
            case "-", "−": return true
            default: throw PolarityError("template: '\(c)' in unit '\(token)' is not a sign (use + or -)")
            }
        }
        let inputs = try parts[0].map(negative)
        try PolarityError.require(inputs.count >= 2, "template: unit '\(token)' needs at least 2 input signs")
        try PolarityError.require(inputs.count <= 64, "template: unit '\(token)' has more than 64 input signs")
        return UnitPattern(inputNegative: inputs, outputNegative: try negative(parts[1].first!))
    }

    /// Units of each paper type 1…8 (entry t − 1), irrelevant signs dropped.
    public static func typeCounts(_ units: [UnitPattern]) -> [Int] {
        var c = [Int](repeating: 0, count: 8)
        for u in units { c[u.relevantPart.paperIndex - 1] += 1 }
        return c
    }
}
