import ClaimKit

/// Output formats every command accepts (`--format`).
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, csv, markdown
}

/// Renders tables in any output format.
public enum Render {
    public static func tables(_ tables: [Table], as format: OutputFormat) -> String {
        switch format {
        case .text: return tables.map(text).joined(separator: "\n")
        case .markdown: return tables.map(markdown).joined(separator: "\n")
        case .csv:
            if tables.count == 1 { return csv(tables[0]) }
            return tables.map { "# \($0.title)\n" + csv($0) }.joined(separator: "\n")
        case .json:
            if tables.count == 1 { return json(tables[0]) + "\n" }
            return "[\n" + tables.map(json).joined(separator: ",\n") + "\n]\n"
        }
    }

    public static func table(_ table: Table, as format: OutputFormat) -> String { tables([table], as: format) }

    // MARK: text

    static func isNumeric(_ cell: Cell) -> Bool {
        switch cell {
        case .integer, .exact, .certified, .measured: return true
        case .text, .flag: return false
        }
    }

    public static func text(_ t: Table) -> String {
        let cells = t.rows.map { $0.map(\.description) }
        var widths = t.columns.map(\.count)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ values: [String], numeric: [Bool]) -> String {
            values.enumerated().map { i, v in
                let pad = String(repeating: " ", count: widths[i] - v.count)
                return numeric[i] ? pad + v : v + pad
            }.joined(separator: "  ").trailingSpacesRemoved
        }
        var out = ""
        if !t.title.isEmpty { out += t.title + "\n" }
        let numericColumns = t.columns.indices.map { i in !t.rows.isEmpty && t.rows.allSatisfy { isNumeric($0[i]) } }
        out += line(t.columns, numeric: numericColumns) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, numeric: numericColumns) + "\n" }
        for note in t.notes { out += note + "\n" }
        return out
    }

    // MARK: markdown

    public static func markdown(_ t: Table) -> String {
        func esc(_ s: String) -> String { s.replacingAll("|", with: "\\|") }
        var out = ""
        if !t.title.isEmpty { out += "**\(t.title)**\n\n" }
        out += "| " + t.columns.map(esc).joined(separator: " | ") + " |\n"
        out += "|" + t.columns.indices.map { i in
            (!t.rows.isEmpty && t.rows.allSatisfy { isNumeric($0[i]) }) ? "---:" : "---"
        }.joined(separator: "|") + "|\n"
        for row in t.rows { out += "| " + row.map { esc($0.description) }.joined(separator: " | ") + " |\n" }
        if !t.notes.isEmpty { out += "\n" + t.notes.joined(separator: "\n\n") + "\n" }
        return out
    }

    // MARK: csv (RFC 4180)

    public static func csv(_ t: Table) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        var out = t.columns.map(field).joined(separator: ",") + "\n"
        for row in t.rows { out += row.map { field($0.description) }.joined(separator: ",") + "\n" }
        return out
    }

    // MARK: json

    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// Exact values stay strings (JSON numbers are doubles); integers that
    /// fit and measurements are numbers; flags are booleans.
    public static func jsonValue(_ c: Cell) -> String {
        switch c {
        case .text(let s), .exact(let s), .certified(let s): return jsonString(s)
        case .integer(let n): return String(n)
        case .measured(let x): return x.isFinite ? String(x) : "null"
        case .flag(let b): return b ? "true" : "false"
        }
    }

    public static func json(_ t: Table) -> String {
        var out = "{\n  \"title\": \(jsonString(t.title)),\n  \"columns\": [" + t.columns.map(jsonString).joined(separator: ", ") + "],\n"
        out += "  \"rows\": [\n"
        out += t.rows.map { row in
            "    {" + zip(t.columns, row).map { "\(jsonString($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
        }.joined(separator: ",\n")
        out += (t.rows.isEmpty ? "" : "\n") + "  ],\n  \"notes\": [" + t.notes.map(jsonString).joined(separator: ", ") + "]\n}"
        return out
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
