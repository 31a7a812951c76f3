#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ShippedData

/// The shipped chamber orders of n = 6 (`Data/chamber-orders/`, see its
/// README): 124 187 integer witnesses, gzip-compressed, with the SHA-256 of
/// the uncompressed payload beside them. Orders are not stored — each
/// witness induces its order, which loading recomputes and checks (strict
/// chamber weights, no ties; distinct orders), so a corrupted or truncated
/// file is caught even before the checksum is.
///
/// Payload: one header line `exactnn-chamber-orders n=6 count=124187
/// bytes=w1,w2-w1,...` then per order n bytes w₁, w₂ − w₁, …, wₙ − wₙ₋₁
/// (each 1…255).
public enum ChamberOrderData {
    /// `$EXACTNN_DATA/chamber-orders` when the variable is set, otherwise
    /// `Data/chamber-orders` in the repository this source file belongs to
    /// (debug and release builds and a fresh clone alike).
    public static var directory: String { ShippedData.folder("chamber-orders") }

    public static func dataPath(variables n: Int, directory: String = directory) -> String { "\(directory)/orders-\(n).bin.gz" }
    public static func checksumPath(variables n: Int, directory: String = directory) -> String { "\(directory)/orders-\(n).sha256" }

    /// The payload of a list (header and difference bytes).
    ///
    /// **Edge cases:** a difference outside 1…255 throws (the format has one byte per weight).
    public static func payload(_ list: ChamberOrderList) throws -> [UInt8] {
        let n = list.variables
        var bytes = Array("exactnn-chamber-orders n=\(n) count=\(list.count) bytes=w1,w2-w1,...\n".utf8)
        bytes.reserveCapacity(bytes.count + list.weights.count)
        for i in 0..<list.count {
            var previous = 0
            for k in 0..<n {
                let d = list.weights[i * n + k] - previous
                guard (1...255).contains(d) else { throw BooleanError("witness \(i + 1) has a weight step \(d) outside 1…255: the one-byte format cannot hold it") }
                bytes.append(UInt8(d))
                previous = list.weights[i * n + k]
            }
        }
        return bytes
    }

    /// The list a payload holds, every witness re-checked.
    public static func list(fromPayload bytes: [UInt8], name: String) throws -> ChamberOrderList {
        guard let newline = bytes.firstIndex(of: 10) else { throw BooleanError("\(name): no header line") }
        let fields = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        func value(_ key: String) -> Int? { fields.first { $0.hasPrefix(key + "=") }.flatMap { Int($0.dropFirst(key.count + 1)) } }
        guard fields.first == "exactnn-chamber-orders", let n = value("n"), let count = value("count"), (1...8).contains(n),
              bytes.count - newline - 1 == n * count else {
            throw BooleanError("\(name): not an exactnn chamber-order file, or its length disagrees with its header")
        }
        var weights = [Int](repeating: 0, count: n * count)
        var p = newline + 1
        for i in 0..<count {
            var w = 0
            for k in 0..<n { w += Int(bytes[p]); weights[i * n + k] = w; p += 1 }
        }
        let list = try ChamberOrderList(variables: n, witnesses: weights)
        let size = 1 << n
        var distinct = Set<ArraySlice<UInt8>>()
        for i in 0..<count where !distinct.insert(list.points[(i * size)..<((i + 1) * size)]).inserted {
            throw BooleanError("\(name): witness \(i + 1) repeats an order")
        }
        return list
    }

    /// Loads and checks the shipped list of n inputs: checksum, then every witness.
    ///
    /// **Edge cases:** a missing or unreadable file, a checksum mismatch or a bad witness throw with the path.
    public static func load(variables n: Int, directory: String = directory) throws -> ChamberOrderList {
        let path = dataPath(variables: n, directory: directory), sumPath = checksumPath(variables: n, directory: directory)
        let bytes = try gunzip(path)
        guard let recorded = try? readText(sumPath).split(separator: " ").first.map(String.init) else {
            throw BooleanError("no checksum at '\(sumPath)' (regenerate: 'exactnn orders --vars \(n) --regenerate --write')")
        }
        let actual = SHA256.hex(bytes)
        guard actual == recorded else {
            throw BooleanError("'\(path)' has SHA-256 \(actual) of its payload, '\(sumPath)' records \(recorded): regenerate with 'exactnn orders --vars \(n) --regenerate --write'")
        }
        return try list(fromPayload: bytes, name: path)
    }

    /// Writes the list (gzip -9n, so the same list gives the same bytes) and its checksum.
    public static func write(_ list: ChamberOrderList, directory: String = directory) throws {
        let bytes = try payload(list)
        mkdir(directory, 0o755)
        let path = dataPath(variables: list.variables, directory: directory)
        guard let pipe = popen("gzip -9n > \(ShippedData.shellQuoted(path))", "w") else { throw BooleanError("cannot run gzip to write '\(path)'") }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, pipe) }
        guard pclose(pipe) == 0, written == bytes.count else { throw BooleanError("writing '\(path)' through gzip failed") }
        let sumPath = checksumPath(variables: list.variables, directory: directory)
        guard let file = fopen(sumPath, "w") else { throw BooleanError("cannot write '\(sumPath)'") }
        fputs("\(SHA256.hex(bytes))  orders-\(list.variables).bin (the payload of orders-\(list.variables).bin.gz)\n", file)
        fclose(file)
    }

    /// SHA-256 of a list's payload (what the checksum file records).
    public static func checksum(_ list: ChamberOrderList) throws -> String { SHA256.hex(try payload(list)) }

    /// The recorded checksum of the shipped file, if any.
    public static func recordedChecksum(variables n: Int, directory: String = directory) -> String? {
        (try? readText(checksumPath(variables: n, directory: directory)))?.split(separator: " ").first.map(String.init)
    }

    private static func gunzip(_ path: String) throws -> [UInt8] {
        do { return try ShippedData.gunzip(path) } catch {
            throw BooleanError(error.missing
                ? "chamber orders not found at '\(path)' (set EXACTNN_DATA to the folder holding chamber-orders/, or regenerate: 'exactnn orders --vars 6 --regenerate --write')"
                : error.message)
        }
    }

    private static func readText(_ path: String) throws -> String {
        guard let file = fopen(path, "r") else { throw BooleanError("cannot read '\(path)'") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let k = fread(&buffer, 1, buffer.count, file)
            if k <= 0 { break }
            bytes += buffer[0..<k]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
