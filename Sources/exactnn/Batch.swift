import ArgumentParser
import BooleanAnalysis
import ClaimKit
import Reports
#if canImport(Glibc)
import Glibc
#endif

/// `--input FILE` and `--skip-bad`, shared by the commands that take one
/// truth table (npn canon, fourier, swaps, table boolean).
struct BatchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read truth tables from FILE, one per line ('-' = standard input; '#' starts a comment); rows stream as CSV or, with --format json, JSON lines.",
                               valueName: "file"))
    var input: String?

    @Flag(help: "With --input: report bad lines on standard error and go on (default: stop at the first, exit 2).")
    var skipBad = false

    func validate() throws {
        if skipBad && input == nil { throw ValidationError("--skip-bad needs --input FILE") }
    }
}

/// Lines of a file or of standard input, read with `getline` (any length).
final class LineSource {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: UnsafeMutablePointer<CChar>? = nil
    private var capacity = 0

    init(path: String) throws {
        // Standard input through a descriptor of its own: Swift 6 rejects the C global `stdin`.
        guard let f = path == "-" ? fdopen(dup(STDIN_FILENO), "r") : fopen(path, "r") else {
            throw InputError("--input: cannot read '\(path)'")
        }
        file = f
    }

    deinit {
        free(buffer)
        fclose(file)
    }

    func next() -> String? {
        let n = getline(&buffer, &capacity, file)
        guard n >= 0, let buffer else { return nil }
        var bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: n)[...]
        if bytes.last == 10 { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// One row per input line, streamed: CSV (header first) or JSON lines, each
/// row flushed as soon as it is computed, so a long list can be watched or
/// piped. `row` computes the cells of one table; a bad line (unreadable, or
/// refused by `row` with a one-line error) stops the run with that line's
/// number — or, with `--skip-bad`, is reported on standard error and skipped.
struct BatchRun {
    let columns: [String]
    let options: BatchOptions
    let output: OutputOptions
    let variables: Int?

    func run(_ row: (TruthTable) throws -> [Cell]) throws {
        guard output.format == .csv || output.format == .json || output.format == .text else {
            throw InputError("--input streams CSV (default) or JSON lines (--format json), not \(output.format.rawValue)")
        }
        let json = output.format == .json
        let source = try LineSource(path: options.input!)
        let temp = output.out.map { $0 + ".partial-\(getpid())" }
        guard let file = temp.map({ fopen($0, "w") }) ?? standardOutputStream() else { throw InputError("--out: cannot write '\(output.out!)'") }
        var finished = false
        defer {
            fclose(file)
            if !finished, let temp { unlink(temp) }
        }
        let tty = isatty(STDERR_FILENO) != 0
        var lastProgress = 0.0, rows = 0, skipped = 0, headerWritten = false
        let lines = TruthTableLines(variables: variables, nextLine: source.next)
        for entry in lines {
            do {
                let table = try entry.table.get()
                let cells: [Cell]
                do {
                    cells = try boolean { try row(table) }
                } catch let e as InputError {
                    throw BooleanError("line \(entry.line): \(e.message)")
                }
                if !json && !headerWritten { fputs(csvLine(["line", "input"] + columns), file); headerWritten = true }
                let all: [Cell] = [.integer(entry.line), .text(entry.text)] + cells
                fputs(json ? jsonLine(all) : csvLine(all.map(\.description)), file)
                fflush(file)
                rows += 1
            } catch let e as BooleanError {
                guard options.skipBad else { throw InputError(e.message) }
                writeStandardError((tty ? "\r\u{1B}[K" : "") + "exactnn: skipped \(e.message)\n")
                skipped += 1
            }
            if tty, Benchmark.now() - lastProgress > 0.25 {
                lastProgress = Benchmark.now()
                writeStandardError("\rline \(entry.line): \(rows) rows\(skipped > 0 ? ", \(skipped) skipped" : "")\u{1B}[K")
            }
        }
        if tty { writeStandardError("\r\u{1B}[K") }
        if !json && !headerWritten { fputs(csvLine(["line", "input"] + columns), file) }
        if let temp, let out = output.out {
            fflush(file)
            guard rename(temp, out) == 0 else { throw InputError("--out: cannot write '\(out)'") }
        }
        finished = true
    }

    private func csvLine(_ fields: [String]) -> String {
        fields.map { s in
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : s
        }.joined(separator: ",") + "\n"
    }

    private func jsonLine(_ cells: [Cell]) -> String {
        "{" + zip(["line", "input"] + columns, cells).map { "\(Render.jsonString($0)): \(Render.jsonValue($1))" }.joined(separator: ", ") + "}\n"
    }
}
