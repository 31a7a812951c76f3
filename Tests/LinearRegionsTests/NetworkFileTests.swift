import ExactArithmetic
import Testing
@testable import LinearRegions

@Suite struct NetworkFileTests {
    func read(_ text: String) throws -> ReLUNetwork { try ReLUNetwork(fileBytes: Array(text.utf8)) }

    @Test func jsonEntriesAreReadExactly() throws {
        let n = try read(#"{"layers": [{"weight": [[0.1, "3/4"], [1e-3, "-2"]], "bias": ["0.125", -7]}, {"weight": [[1, 2.5E2]], "bias": [0]}]}"#)
        #expect(n.layers[0].weight == [[q(1, 10), q(3, 4)], [q(1, 1000), q(-2)]])
        #expect(n.layers[0].bias == [q(1, 8), q(-7)])
        #expect(n.layers[1].weight == [[q(1), q(250)]])
        #expect(n.activation == .relu)
        #expect(n.architecture == "2-2-1")
    }

    @Test func leakyActivationAndItsDefaultSlope() throws {
        let layer = #"[{"weight": [[1]], "bias": [0]}]"#
        #expect(try read(#"{"activation": "leaky_relu", "slope": "1/5", "layers": \#(layer)}"#).activation == .leakyReLU(slope: q(1, 5)))
        #expect(try read(#"{"activation": "leaky_relu", "layers": \#(layer)}"#).activation == .leakyReLU(slope: q(1, 100)))
    }

    @Test func jsonTextRoundTrips() throws {
        let n = try RandomNetworks.make(widths: [3, 4, 2], seed: 5, activation: .leakyReLU(slope: q(1, 3)))
        #expect(try read(n.jsonText) == n)
    }

    @Test(arguments: [
        (#"{"layers": []}"#, "no layers"),
        (#"{"layers": [{"weight": [[1, 2], [3]], "bias": [0, 0]}]}"#, "different lengths"),
        (#"{"layers": [{"weight": [[1, true]], "bias": [0]}]}"#, "not a number"),
        (#"{"layers": [{"weight": [[1]], "bias": [0]}], "activation": 3}"#, "must be a string"),
        (#"{"layers": [{"weight": [[1]], "bias": [0]}]} x"#, "unexpected text"),
        (#"{"layers": [{"weight": [[01.]], "bias": [0]}]}"#, "malformed JSON"),
        (String(repeating: "[", count: 100), "nested deeper"),
    ])
    func badJSON(_ text: String, _ fragment: String) {
        #expect { try read(text) } throws: { ($0 as? NetworkError)?.description.contains(fragment) == true }
    }

    /// Builds a safetensors file from (name, dtype, shape, little-endian bytes).
    static func safetensors(_ tensors: [(String, String, [Int], [UInt8])], metadata: String? = nil) -> [UInt8] {
        var entries: [String] = [], data: [UInt8] = []
        if let metadata { entries.append(#""__metadata__": \#(metadata)"#) }
        for (name, dtype, shape, bytes) in tensors {
            entries.append(#""\#(name)": {"dtype": "\#(dtype)", "shape": \#(shape), "data_offsets": [\#(data.count), \#(data.count + bytes.count)]}"#)
            data += bytes
        }
        let header = Array(("{" + entries.joined(separator: ", ") + "}").utf8)
        return (0..<8).map { UInt8(truncatingIfNeeded: header.count >> (8 * $0)) } + header + data
    }

    static func f32(_ xs: [Float]) -> [UInt8] { xs.flatMap { x in (0..<4).map { UInt8(truncatingIfNeeded: x.bitPattern >> (8 * $0)) } } }
    static func f64(_ xs: [Double]) -> [UInt8] { xs.flatMap { x in (0..<8).map { UInt8(truncatingIfNeeded: x.bitPattern >> (8 * $0)) } } }

    @Test func safetensorsFloatsBecomeExactRationalsInNaturalLayerOrder() throws {
        // Layers keyed 2 and 10: natural order puts 2 first (text order would not).
        let bytes = Self.safetensors([
            ("net.10.weight", "F64", [1, 2], Self.f64([0.5, -3])), ("net.10.bias", "F64", [1], Self.f64([0.1])),
            ("net.2.weight", "F32", [2, 1], Self.f32([0.1, 2])), ("net.2.bias", "F32", [2], Self.f32([0, -1])),
        ], metadata: #"{"activation": "leaky_relu", "slope": "0.01"}"#)
        let n = try ReLUNetwork(fileBytes: bytes)
        #expect(n.architecture == "1-2-1")
        // 0.1 as a float32 is 13421773 / 2^27 exactly; as a float64, 3602879701896397 / 2^55.
        #expect(n.layers[0].weight[0][0] == Rational(BigInt(13421773), BigInt(1) << 27))
        #expect(n.layers[1].bias[0] == Rational(BigInt(3602879701896397), BigInt(1) << 55))
        #expect(n.layers[1].weight == [[q(1, 2), q(-3)]])
        #expect(n.activation == .leakyReLU(slope: q(1, 100)))
    }

    @Test func safetensorsHalfPrecision() throws {
        // binary16: 0x3C00 = 1, 0xC000 = −2, 0x3555 = 1365/4096.
        let half: [UInt8] = [0x00, 0x3C, 0x00, 0xC0, 0x55, 0x35]
        let bytes = Self.safetensors([("0.weight", "F16", [1, 2], Array(half[0..<4])), ("0.bias", "F16", [1], Array(half[4..<6]))])
        let n = try ReLUNetwork(fileBytes: bytes)
        #expect(n.layers[0].weight == [[q(1), q(-2)]])
        #expect(n.layers[0].bias == [q(1365, 4096)])
    }

    @Test(arguments: [
        ([("0.weight", "F32", [1, 1], f32([.nan])), ("0.bias", "F32", [1], f32([0]))], "NaN"),
        ([("0.weight", "F64", [1, 1], f64([-.infinity])), ("0.bias", "F64", [1], f64([0]))], "infinite"),
        ([("0.weight", "I32", [1, 1], [0, 0, 0, 0]), ("0.bias", "F32", [1], f32([0]))], "dtype I32"),
        ([("0.weight", "F32", [1, 2], f32([1])), ("0.bias", "F32", [1], f32([0]))], "shape"),
        ([("0.weight", "F32", [1, 1], f32([1]))], "no 1-D '0.bias'"),
        ([("0.weight", "F32", [1, 1, 1], f32([1])), ("0.bias", "F32", [1], f32([0]))], "3 axes"),
    ] as [([(String, String, [Int], [UInt8])], String)])
    func badSafetensors(_ tensors: [(String, String, [Int], [UInt8])], _ fragment: String) {
        #expect { try ReLUNetwork(fileBytes: Self.safetensors(tensors)) } throws: { ($0 as? NetworkError)?.description.contains(fragment) == true }
    }

    @Test func truncatedSafetensorsDataIsAnError() {
        var bytes = Self.safetensors([("0.weight", "F32", [1, 1], Self.f32([1])), ("0.bias", "F32", [1], Self.f32([0]))])
        bytes.removeLast(3)
        #expect(throws: NetworkError.self) { try ReLUNetwork(fileBytes: bytes) }
    }
}
