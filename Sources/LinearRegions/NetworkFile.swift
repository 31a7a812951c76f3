import ExactArithmetic
#if canImport(Glibc)
import Glibc
#endif

/// Reading networks from files: the JSON format below or safetensors
/// (see ``ReLUNetwork/init(safetensors:)``), told apart by their first bytes.
///
/// JSON: `{"layers": [{"weight": [[…], …], "bias": […]}, …],
/// "activation": "relu" | "leaky_relu", "slope": "1/100"}` in PyTorch
/// `nn.Linear` layout (weight rows are output units). Entries are JSON
/// numbers or strings (`"3/4"`, `"-2"`, `"0.125"`, `"1e-3"`), all read
/// exactly: a JSON number's decimal text is read as written, never through a
/// `Double`. `activation` defaults to `relu`; `slope` (leaky ReLU only)
/// defaults to 1/100, PyTorch's default.
public enum NetworkLimits {
    public static let maximumLayers = 64
    public static let maximumWidth = 4096
    public static let maximumParameters = 4_000_000
    public static let maximumFileBytes = 256 << 20
}

extension ReLUNetwork {
    /// Reads a network file (JSON or safetensors). Every failure is a
    /// ``NetworkError`` whose description is one line naming the problem.
    public init(contentsOfFile path: String) throws {
        try self.init(fileBytes: try readFileBytes(path))
    }

    /// Reads JSON or safetensors bytes, deciding by the safetensors header:
    /// an 8-byte little-endian length followed by `{`.
    public init(fileBytes bytes: [UInt8]) throws {
        if bytes.count >= 9, bytes[8] == UInt8(ascii: "{"), Safetensors.headerLength(bytes).map({ 8 + $0 <= bytes.count }) == true {
            try self.init(safetensors: bytes)
        } else {
            try self.init(json: bytes)
        }
    }

    /// Reads the JSON network format described in ``NetworkLimits``.
    public init(json bytes: [UInt8]) throws {
        let root = try ExactJSON.parse(bytes)
        guard case .object = root else { throw NetworkError("the network file must be a JSON object with a \"layers\" array") }
        guard case .array(let layerValues)? = root["layers"] else { throw NetworkError("the network file has no \"layers\" array") }
        guard layerValues.count <= NetworkLimits.maximumLayers else {
            throw NetworkError("\(layerValues.count) layers is above the limit of \(NetworkLimits.maximumLayers)")
        }
        var layers: [AffineLayer] = []
        var parameters = 0
        for (l, value) in layerValues.enumerated() {
            guard case .array(let rows)? = value["weight"] else { throw NetworkError("layer \(l) has no \"weight\" matrix") }
            guard case .array(let biasValues)? = value["bias"] else { throw NetworkError("layer \(l) has no \"bias\" vector") }
            guard rows.count <= NetworkLimits.maximumWidth else {
                throw NetworkError("layer \(l) has \(rows.count) units, above the limit of \(NetworkLimits.maximumWidth)")
            }
            let weight: [[Rational]] = try rows.enumerated().map { i, row in
                guard case .array(let entries) = row else { throw NetworkError("layer \(l) weight row \(i) is not an array") }
                guard entries.count <= NetworkLimits.maximumWidth else {
                    throw NetworkError("layer \(l) has \(entries.count) inputs, above the limit of \(NetworkLimits.maximumWidth)")
                }
                parameters += entries.count
                guard parameters <= NetworkLimits.maximumParameters else {
                    throw NetworkError("more than \(NetworkLimits.maximumParameters) parameters")
                }
                return try entries.enumerated().map { j, e in try exactEntry(e, "layer \(l) weight[\(i)][\(j)]") }
            }
            let bias = try biasValues.enumerated().map { i, e in try exactEntry(e, "layer \(l) bias[\(i)]") }
            do { layers.append(try AffineLayer(weight: weight, bias: bias)) } catch let e as NetworkError {
                throw NetworkError("layer \(l): \(e.description)")
            }
        }
        try self.init(layers: layers, activation: try Self.activation(name: root["activation"], slope: root["slope"]))
    }

    /// `relu` (default) or `leaky_relu` with an exact slope (default 1/100).
    static func activation(name: ExactJSON?, slope: ExactJSON?) throws -> Activation {
        switch name {
        case nil, .string("relu")?:
            return .relu
        case .string("leaky_relu")?, .string("leaky-relu")?, .string("leakyrelu")?:
            return .leakyReLU(slope: try slope.map { try exactEntry($0, "slope") } ?? Rational(1, 100))
        case .string(let other)?:
            throw NetworkError("unknown activation '\(other)' (expected relu or leaky_relu)")
        default:
            throw NetworkError("\"activation\" must be a string: relu or leaky_relu")
        }
    }
}

/// A weight written as a JSON number or a string, read exactly.
func exactEntry(_ value: ExactJSON, _ what: String) throws -> Rational {
    let text: String
    switch value {
    case .number(let t), .string(let t): text = t
    default: throw NetworkError("\(what) is not a number or a numeric string")
    }
    guard text.utf8.count <= 1000 else { throw NetworkError("\(what) has more than 1000 characters") }
    do { return try Rational.parse(text) } catch let e as RationalParseError {
        throw NetworkError("\(what): \(e.description)")
    }
}

/// The whole file, refusing anything above ``NetworkLimits/maximumFileBytes``.
func readFileBytes(_ path: String) throws -> [UInt8] {
    guard let f = fopen(path, "rb") else { throw NetworkError("cannot open the network file '\(path)'") }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, f) }
        if n == 0 { break }
        bytes += chunk[0..<n]
        guard bytes.count <= NetworkLimits.maximumFileBytes else {
            throw NetworkError("'\(path)' is larger than \(NetworkLimits.maximumFileBytes >> 20) MiB")
        }
    }
    if ferror(f) != 0 { throw NetworkError("cannot read the network file '\(path)'") }
    return bytes
}
