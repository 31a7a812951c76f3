/// A JSON value whose numbers keep their decimal text, so `0.1` is read as
/// 1/10 exactly rather than through a `Double`.
///
/// A small reader of RFC 8259 JSON for network files (Foundation's parser
/// turns numbers into doubles before we can see them).
/// **Edge cases:** nesting deeper than ``maximumDepth`` and trailing text are
/// errors; duplicate object keys keep the first; `\u` escapes outside the
/// BMP pairs are accepted as written.
public indirect enum ExactJSON: Sendable, Equatable {
    case object([(key: String, value: ExactJSON)])
    case array([ExactJSON])
    case string(String)
    /// The number's text exactly as written.
    case number(String)
    case bool(Bool)
    case null

    public static let maximumDepth = 64

    public static func == (a: ExactJSON, b: ExactJSON) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(x), .array(y)): return x == y
        case let (.string(x), .string(y)), let (.number(x), .number(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    /// The member named `key` of an object.
    public subscript(key: String) -> ExactJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Parses UTF-8 bytes; throws ``NetworkError`` with the byte offset.
    public static func parse(_ bytes: [UInt8]) throws -> ExactJSON {
        var reader = Reader(bytes: bytes)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.at == bytes.count else { throw reader.fail("unexpected text after the JSON value") }
        return value
    }
}

private struct Reader {
    let bytes: [UInt8]
    var at = 0

    func fail(_ what: String) -> NetworkError { NetworkError("malformed JSON at byte \(at): \(what)") }

    mutating func skipSpace() {
        while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
    }

    mutating func expect(_ literal: String) throws {
        for b in literal.utf8 {
            guard at < bytes.count, bytes[at] == b else { throw fail("expected '\(literal)'") }
            at += 1
        }
    }

    mutating func value(depth: Int) throws -> ExactJSON {
        guard depth < ExactJSON.maximumDepth else { throw fail("nested deeper than \(ExactJSON.maximumDepth) levels") }
        guard at < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[at] {
        case UInt8(ascii: "{"):
            at += 1
            var members: [(key: String, value: ExactJSON)] = []
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return .object(members) }
            while true {
                skipSpace()
                guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                let key = try string()
                skipSpace()
                try expect(":")
                skipSpace()
                let v = try value(depth: depth + 1)
                if !members.contains(where: { $0.key == key }) { members.append((key, v)) }
                skipSpace()
                guard at < bytes.count else { throw fail("unterminated object") }
                if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                if bytes[at] == UInt8(ascii: "}") { at += 1; return .object(members) }
                throw fail("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            at += 1
            var items: [ExactJSON] = []
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard at < bytes.count else { throw fail("unterminated array") }
                if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                if bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func number() throws -> String {
        let start = at
        func digits() -> Int {
            let s = at
            while at < bytes.count, (0x30...0x39).contains(bytes[at]) { at += 1 }
            return at - s
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard digits() > 0 else { throw fail("expected a value") }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            guard digits() > 0 else { throw fail("expected digits after '.'") }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            guard digits() > 0 else { throw fail("expected exponent digits") }
        }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    mutating func string() throws -> String {
        at += 1  // opening quote
        var out: [UInt8] = []
        while true {
            guard at < bytes.count else { throw fail("unterminated string") }
            let b = bytes[at]
            at += 1
            switch b {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { throw fail("unterminated escape") }
                let e = bytes[at]
                at += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard at + 4 <= bytes.count,
                          let code = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16) else {
                        throw fail("bad \\u escape")
                    }
                    at += 4
                    out += Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                default: throw fail("bad escape")
                }
            case 0..<0x20: throw fail("control character in a string")
            default: out.append(b)
            }
        }
    }
}
