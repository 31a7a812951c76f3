import ClaimKit
import Foundation
import Reports

/// A shard's partial result as a self-describing JSON file: the study
/// (command, parameters, seed if any), the tool version, the shard, the
/// item count, whether it is complete, and its rows — every cell a tagged
/// string ("e:1/3" exact, "i:42" integer, "c:0.693" certified, "t:…" text,
/// "f:1" flag), so rationals and big integers pass through exactly and the
/// merged output is rendered from the very cells an unsharded run renders.
struct PartialResult {
    static let formatName = "exactnn partial result 1"

    var command: String
    var parameters: [String: String]
    var shard: Shard
    var items: Int
    var complete: Bool
    var rows: [Int: [Cell]]
    var tool = "exactnn " + ExactNNVersion.string

    init(command: String, parameters: [String: String], shard: Shard, items: Int, complete: Bool, rows: [Int: [Cell]]) {
        self.command = command
        self.parameters = parameters
        self.shard = shard
        self.items = items
        self.complete = complete
        self.rows = rows
    }

    /// Written to a temporary file and renamed, so a kill never leaves a torn file.
    func write(to path: String) throws {
        var text = "{\n\"format\": \(Render.jsonString(Self.formatName)),\n\"tool\": \(Render.jsonString(tool)),\n"
        text += "\"command\": \(Render.jsonString(command)),\n"
        text += "\"parameters\": {" + parameters.keys.sorted().map { "\(Render.jsonString($0)): \(Render.jsonString(parameters[$0]!))" }.joined(separator: ", ") + "},\n"
        text += "\"seed\": " + (parameters["seed"].map(Render.jsonString) ?? "null") + ",\n"
        text += "\"shard\": {\"index\": \(shard.index), \"count\": \(shard.count)},\n\"items\": \(items),\n\"complete\": \(complete),\n\"rows\": ["
        text += rows.keys.sorted().map { j in "\n[\(j), " + rows[j]!.map { Render.jsonString(Self.tag($0)) }.joined(separator: ", ") + "]" }.joined(separator: ",")
        text += "\n]\n}\n"
        try writeAtomically(text, to: path)
    }

    static func read(_ path: String) throws -> PartialResult {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError("cannot read '\(path)'") }
        let bad = InputError("'\(path)' is not an exactnn partial result (from a run with --shard i/k)")
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any], json["format"] as? String == formatName,
              let tool = json["tool"] as? String, let command = json["command"] as? String,
              let parameters = json["parameters"] as? [String: String], let shard = json["shard"] as? [String: Any],
              let index = shard["index"] as? Int, let count = shard["count"] as? Int, count >= 1, (0..<count).contains(index),
              let items = json["items"] as? Int, let complete = json["complete"] as? Bool, let rawRows = json["rows"] as? [[Any]]
        else { throw bad }
        var rows: [Int: [Cell]] = [:]
        for r in rawRows {
            guard let j = r.first as? Int, j % count == index, (0..<items).contains(j), rows[j] == nil else {
                throw InputError("'\(path)': a row's item is missing, repeated or not of shard \(index)/\(count)")
            }
            rows[j] = try r.dropFirst().map { v in
                guard let s = v as? String, let c = untag(s) else { throw bad }
                return c
            }
        }
        var p = PartialResult(command: command, parameters: parameters, shard: Shard(index: index, count: count), items: items, complete: complete, rows: rows)
        p.tool = tool
        return p
    }

    /// Why `other` is not a part of the same study (nil: it is), first difference only.
    func mismatch(_ other: PartialResult, sameShard: Bool = true) -> String? {
        if other.tool != tool { return "made by \(other.tool), this is \(tool)" }
        if other.command != command { return "command '\(other.command)', not '\(command)'" }
        for key in Set(parameters.keys).union(other.parameters.keys).sorted() where parameters[key] != other.parameters[key] {
            return "parameter \(key) = \(other.parameters[key] ?? "(none)"), not \(parameters[key] ?? "(none)")"
        }
        if other.shard.count != shard.count { return "split into \(other.shard.count) shards, not \(shard.count)" }
        if sameShard && other.shard.index != shard.index { return "shard \(other.shard), not \(shard)" }
        if other.items != items { return "\(other.items) items, not \(items)" }
        return nil
    }

    static func tag(_ c: Cell) -> String {
        switch c {
        case .exact(let s): return "e:" + s
        case .integer(let n): return "i:" + String(n)
        case .certified(let s): return "c:" + s
        case .text(let s): return "t:" + s
        case .flag(let b): return b ? "f:1" : "f:0"
        case .measured(let x): return "m:" + String(x)
        }
    }

    static func untag(_ s: String) -> Cell? {
        let body = String(s.dropFirst(2))
        switch s.prefix(2) {
        case "e:": return .exact(body)
        case "i:": return Int(body).map(Cell.integer)
        case "c:": return .certified(body)
        case "t:": return .text(body)
        case "f:": return body == "1" ? .flag(true) : body == "0" ? .flag(false) : nil
        case "m:": return Double(body).map(Cell.measured)
        default: return nil
        }
    }
}
