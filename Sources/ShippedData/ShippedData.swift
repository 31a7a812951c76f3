#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data files the repository ships under `Data/` (chamber orders, the
/// 8×8 digits): where they are, and their gzip-compressed bytes.
public enum ShippedData {
    /// `$EXACTNN_DATA/<name>` when the variable is set, otherwise
    /// `Data/<name>` in the repository this source file belongs to (debug
    /// and release builds and a fresh clone alike).
    public static func folder(_ name: String) -> String {
        if let root = getenv("EXACTNN_DATA") { return String(cString: root) + "/" + name }
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Sources/ShippedData/ShippedData.swift
        return parts.joined(separator: "/") + "/Data/" + name
    }

    /// Why a file could not be read; callers word the missing case for
    /// their data (what to set or regenerate).
    public struct ReadFailure: Error {
        public let missing: Bool
        public let message: String
    }

    /// `path` in single quotes for `/bin/sh`.
    public static func shellQuoted(_ path: String) -> String {
        "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// The uncompressed bytes of a gzip file, through `gzip -dc`.
    ///
    /// **Edge cases:** a missing file throws with `missing` set; a file gzip
    /// cannot read, or gzip not running, throws with the path.
    public static func gunzip(_ path: String) throws(ReadFailure) -> [UInt8] {
        guard access(path, R_OK) == 0 else { throw ReadFailure(missing: true, message: "'\(path)' not found") }
        guard let pipe = popen("gzip -dc \(shellQuoted(path)) 2>/dev/null", "r") else {
            throw ReadFailure(missing: false, message: "cannot run gzip to read '\(path)'")
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let k = fread(&buffer, 1, buffer.count, pipe)
            if k <= 0 { break }
            bytes += buffer[0..<k]
        }
        guard pclose(pipe) == 0 else { throw ReadFailure(missing: false, message: "'\(path)' is not a readable gzip file") }
        return bytes
    }
}
