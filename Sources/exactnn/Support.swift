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

/// Writes straight to file descriptor 2 (unbuffered, as stderr is); Swift 6
/// rejects the C global `stderr` as shared mutable state.
func writeStandardError(_ s: String) {
    var bytes = Array(s.utf8)[...]
    while !bytes.isEmpty {
        let n = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        guard n > 0 else { return }
        bytes = bytes.dropFirst(n)
    }
}

/// A C stream of its own on standard output (a duplicate descriptor), for
/// commands that stream rows with `fputs`; close it with `fclose` when done.
func standardOutputStream() -> UnsafeMutablePointer<FILE>? {
    fdopen(dup(STDOUT_FILENO), "w")
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
