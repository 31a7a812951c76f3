import Foundation

/// Runs the `exactnn` binary built beside the test bundle (the test target
/// depends on the executable, so `swift build --build-tests` builds both).
enum ExactNN {
    static let binary: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("exactnn").path
    }()

    struct Run: CustomStringConvertible {
        let arguments: [String]
        let status: Int32
        let stdout: String
        let stderr: String
        var description: String { "exactnn \(arguments.joined(separator: " ")) → \(status)\n\(stderr)" }
    }

    /// Runs with `arguments` in `directory` (a fresh temporary folder by
    /// default); a run still going after `timeout` seconds is killed (and
    /// then fails its status check), so a hang cannot stall the suite.
    static func run(_ arguments: [String], in directory: URL? = nil, input: String? = nil, timeout: Double = 600) throws -> Run {
        try runWithEnvironment(arguments, in: directory, input: input, timeout: timeout, environment: [:])
    }

    /// As ``run(_:in:input:timeout:)`` with extra environment variables.
    static func runWithEnvironment(_ arguments: [String], in directory: URL? = nil, input: String? = nil, timeout: Double = 600,
                                   environment: [String: String]) throws -> Run {
        let process = Process()
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? temporaryDirectory()
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let input {
            let pipe = Pipe()
            process.standardInput = pipe
            try process.run()
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { kill(pid, SIGKILL) }
        // Read before waiting: a full pipe would block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(arguments: arguments, status: process.terminationStatus,
                   stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("exactnn-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Splits an example line as a POSIX shell would for these simple cases
    /// (single and double quotes, no escapes or substitutions).
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quote: Character? = nil, inWord = false
        for ch in line {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "'" || ch == "\"" {
                quote = ch; inWord = true
            } else if ch == " " {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(ch); inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// Every example line (`exactnn …`) of every command's help, read from
    /// argument-parser's machine-readable help dump, trailing comments removed.
    static func documentedExamples() throws -> [String] {
        let dump = try run(["--experimental-dump-help"])
        let json = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as! [String: Any]
        var examples: [String] = []
        func walk(_ command: [String: Any]) {
            for line in ((command["discussion"] as? String) ?? "").split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.hasPrefix("exactnn ") else { continue }
                // A run of two or more spaces starts a comment ("exactnn check   check every claim").
                let command = text.components(separatedBy: "  ").first!
                examples.append(command)
            }
            for sub in (command["subcommands"] as? [[String: Any]]) ?? [] { walk(sub) }
        }
        walk(json["command"] as! [String: Any])
        return Array(Set(examples)).sorted()
    }
}
