/// Batch input: one truth table per line, as a researcher's own list of
/// functions is usually kept (a file, or a pipe from another tool).
///
/// A line holds one table in any notation ``TruthTable/init(parsing:variables:)``
/// reads (binary, decimal, 0x hex). `#` starts a comment that runs to the end
/// of the line; blank and comment-only lines are skipped but still counted,
/// so the line numbers in errors are the ones an editor shows. A trailing
/// `\r` (a file written on Windows) is dropped.
///
/// **Edge cases:** a bad line yields its ``BooleanError`` (prefixed with the
/// line number) and reading goes on, so a caller decides whether to stop
/// (the CLI's default) or report and skip (`--skip-bad`).
public struct TruthTableLines: Sequence, IteratorProtocol {
    /// One non-blank line: its 1-based number and the table or the error.
    public struct Entry {
        public let line: Int
        public let text: String
        public let table: Result<TruthTable, BooleanError>
    }

    private let nextLine: () -> String?
    private let variables: Int?
    private var number = 0

    /// `nextLine` returns the lines in order (without their `\n`), nil at the end.
    public init(variables: Int? = nil, nextLine: @escaping () -> String?) {
        self.variables = variables
        self.nextLine = nextLine
    }

    /// Reads from an array (tests, small lists).
    public init(variables: Int? = nil, lines: [String]) {
        var i = 0
        self.init(variables: variables) {
            defer { i += 1 }
            return i < lines.count ? lines[i] : nil
        }
    }

    public mutating func next() -> Entry? {
        while let raw = nextLine() {
            number += 1
            guard let text = Self.content(of: raw) else { continue }
            let table: Result<TruthTable, BooleanError>
            do {
                table = .success(try TruthTable(parsing: text, variables: variables))
            } catch let e as BooleanError {
                table = .failure(BooleanError("line \(number): \(e.message)"))
            } catch {
                table = .failure(BooleanError("line \(number): \(error)"))
            }
            return Entry(line: number, text: text, table: table)
        }
        return nil
    }

    /// The table text of a line: comment removed, surrounding whitespace
    /// trimmed; nil when nothing is left.
    public static func content(of line: String) -> String? {
        var text = Substring(line)
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        while let c = text.first, c.isWhitespace { text = text.dropFirst() }
        while let c = text.last, c.isWhitespace { text = text.dropLast() }
        return text.isEmpty ? nil : String(text)
    }
}
