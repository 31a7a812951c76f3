/// How much an `erratum` or `refuted` verdict says about a paper: a wrong
/// theorem and a wrong glyph are both findings, but not the same finding.
/// A `holds` or `remark` claim may carry a `.reading` when its verdict rests
/// on one.
public struct Strength: Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// The mathematics is wrong: the argument or its result fails, not its printing.
        case substantive
        /// One glyph, sign, index or digit; the argument around it is right.
        case typographical
        /// The verdict rests on a reading of ambiguous text that the toolkit had to choose.
        case reading
    }

    public let kind: Kind
    /// What is wrong, or why the glyph is a slip, in a sentence or two.
    public let note: String
    /// Typographical only: an OCR or transcription slip in the source text
    /// is a plausible cause (the printed paper may be right).
    public let transcriptionSlip: Bool
    /// Reading only: the symbols read and the alternative.
    public let reading: Reading?

    public static func substantive(_ note: String) -> Strength {
        Strength(kind: .substantive, note: note, transcriptionSlip: false, reading: nil)
    }

    public static func typographical(_ note: String, transcriptionSlip: Bool) -> Strength {
        Strength(kind: .typographical, note: note, transcriptionSlip: transcriptionSlip, reading: nil)
    }

    public static func reading(_ reading: Reading, _ note: String) -> Strength {
        Strength(kind: .reading, note: note, transcriptionSlip: false, reading: reading)
    }

    /// The kind as one word, with a mark when a transcription slip is plausible.
    public var label: String { kind.rawValue + (transcriptionSlip ? " (transcription slip?)" : "") }

    /// Kind, note and reading in one paragraph.
    public var description: String {
        var s = label + ": " + note
        if let r = reading { s += " " + r.description }
        return s
    }
}

/// A reading of the source text the toolkit had to choose.
public struct Reading: Sendable {
    /// The symbols exactly as the text file prints them, e.g. `\ll`.
    public let printed: String
    /// Line of the paper's text file in `shared/seeds/` (1-based).
    public let line: Int
    /// How the toolkit reads them.
    public let readAs: String
    /// The alternative reading and the verdict it would give.
    public let alternative: String

    public init(printed: String, line: Int, readAs: String, alternative: String) {
        self.printed = printed
        self.line = line
        self.readAs = readAs
        self.alternative = alternative
    }

    public var description: String {
        "Printed `\(printed)` (line \(line) of the text) is read as \(readAs); \(alternative)"
    }
}
