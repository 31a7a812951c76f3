import Foundation
import Testing

/// `exactnn regions` on bad network files: one line naming the problem,
/// exit status 2, nothing on standard output, no trap.
@Suite struct RegionsInputTests {
    /// A safetensors file with one F32 weight [1, n] and bias [1].
    static func safetensors(weights: [Float]) -> Data {
        let n = weights.count
        let header = #"{"0.weight": {"dtype": "F32", "shape": [1, \#(n)], "data_offsets": [0, \#(4 * n)]}, "0.bias": {"dtype": "F32", "shape": [1], "data_offsets": [\#(4 * n), \#(4 * n + 4)]}}"#
        var data = Data()
        var length = UInt64(header.utf8.count).littleEndian
        withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
        data.append(contentsOf: header.utf8)
        for var x in weights + [0] { x = Float(bitPattern: x.bitPattern.littleEndian); withUnsafeBytes(of: &x) { data.append(contentsOf: $0) } }
        return data
    }

    static let wide = #"{"layers": [{"weight": ["# + Array(repeating: "[1]", count: 4097).joined(separator: ",") + #"], "bias": ["# + Array(repeating: "0", count: 4097).joined(separator: ",") + "]}]}"

    static let cases: [(name: String, contents: Data, arguments: [String], fragment: String)] = [
        ("a.json", Data(#"{"layers": [{"weight": [[1, 2]], "bias": [0]"#.utf8), [], "malformed JSON"),
        ("b.json", Data(#"{"layers": [{"weight": [[1, 2]], "bias": [0]}, {"weight": [[1, 2]], "bias": [0]}]}"#.utf8), [], "expects 2 inputs"),
        ("c.json", Data(#"{"layers": [{"weight": [[1, 2]], "bias": [0, 1]}]}"#.utf8), [], "1 weight rows but 2 biases"),
        ("d.json", Data(#"{"layers": [{"weight": [[1, 2]], "bias": [0]}], "activation": "tanh"}"#.utf8), [], "unknown activation 'tanh'"),
        ("e.json", Data(#"{"layers": [{"weight": [["1/0", 2]], "bias": [0]}]}"#.utf8), [], "zero denominator"),
        ("f.json", Data(wide.utf8), [], "above the limit of 4096"),
        ("g.safetensors", safetensors(weights: [1, .nan]), [], "NaN"),
        ("h.safetensors", safetensors(weights: [.infinity, 1]), [], "infinite"),
        ("i.json", Data(#"{"layers": [{"weight": [[1,1,1,1,1,1,1,1,1]], "bias": [0]}]}"#.utf8), [], "input dimension 9"),
        ("j.json", Data(#"{"layers": [{"weight": [[1]], "bias": [0]}]}"#.utf8), ["--svg", "x.svg"], "--svg needs a network with 2 inputs"),
        ("k.json", Data(#"{"layers": [{"weight": [[1]], "bias": [0]}]}"#.utf8), ["--box", "0"], "--box must be a positive"),
        ("l.json", Data(#"[1, 2]"#.utf8), [], "must be a JSON object"),
    ]

    @Test(arguments: cases.indices)
    func badNetworkFile(_ k: Int) throws {
        let c = Self.cases[k]
        let dir = ExactNN.temporaryDirectory()
        try c.contents.write(to: dir.appendingPathComponent(c.name))
        let r = try ExactNN.run(["regions", "--network", c.name] + c.arguments, in: dir)
        #expect(r.status == 2, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r)")
        #expect(r.stderr.contains(c.fragment), "\(r)")
    }

    @Test func missingFile() throws {
        let r = try ExactNN.run(["regions", "--network", "/nonexistent/net.json"])
        #expect(r.status == 2 && r.stderr.contains("cannot open"), "\(r)")
    }

    @Test func safetensorsNetworkIsReadExactly() throws {
        let dir = ExactNN.temporaryDirectory()
        try Self.safetensors(weights: [0.5, -0.25]).write(to: dir.appendingPathComponent("n.safetensors"))
        let r = try ExactNN.run(["regions", "--network", "n.safetensors", "--whole-space", "--regions", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("[[1/2, -1/4]]·x + [0]"), "\(r)")
    }
}
