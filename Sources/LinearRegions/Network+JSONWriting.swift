extension ReLUNetwork {
    /// The network in its JSON file format, entries as exact strings
    /// (`"-3/8"`), so reading it back gives the same network.
    public var jsonText: String {
        func vector(_ v: [some CustomStringConvertible]) -> String { "[" + v.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        let layerTexts = layers.map { layer in
            "    {\"weight\": [" + layer.weight.map(vector).joined(separator: ", ") + "], \"bias\": " + vector(layer.bias) + "}"
        }
        var head = "{\n  \"activation\": "
        switch activation {
        case .relu: head += "\"relu\",\n"
        case .leakyReLU(let s): head += "\"leaky_relu\", \"slope\": \"\(s)\",\n"
        }
        return head + "  \"layers\": [\n" + layerTexts.joined(separator: ",\n") + "\n  ]\n}\n"
    }
}
