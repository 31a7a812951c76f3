import ArgumentParser
import Reports
import ClaimKit
#if canImport(Glibc)
import Glibc
#endif

/// Bad input from the user: printed as one line, exit status 2. It is
/// argument-parser's `ValidationError`, so the same path serves errors thrown
/// from `validate()` (which the parser wraps) and from `run()`.
typealias InputError = ValidationError

func writeStandardError(_ s: String) {
    fputs(s, stderr)
}

/// Options every command that prints results shares.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json, csv or markdown.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Write the output to this file (atomically) instead of standard output.")
    var out: String?

    func emit(_ tables: [Table]) throws {
        try emit(Render.tables(tables, as: format))
    }

    func emit(_ text: String) throws {
        guard let out else { print(text, terminator: text.hasSuffix("\n") ? "" : "\n"); return }
        try writeAtomically(text, to: out)
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Writes to a temporary file beside `path`, then renames, so a failed run
/// never leaves a partial output file.
func writeAtomically(_ text: String, to path: String) throws {
    let temp = path + ".partial-\(getpid())"
    guard let f = fopen(temp, "w") else { throw InputError("--out: cannot write '\(path)'") }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
    fclose(f)
    guard written == bytes.count, rename(temp, path) == 0 else {
        unlink(temp)
        throw InputError("--out: cannot write '\(path)'")
    }
}
