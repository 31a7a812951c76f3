import ExactArithmetic

/// safetensors: an 8-byte little-endian header length n, n bytes of JSON
/// header `{"name": {"dtype": "F32", "shape": [r, c], "data_offsets": [b, e]}, …}`
/// (offsets relative to the end of the header), then raw little-endian data.
enum Safetensors {
    static func headerLength(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 8 else { return nil }
        var n: UInt64 = 0
        for i in (0..<8).reversed() { n = n << 8 | UInt64(bytes[i]) }
        return n <= UInt64(NetworkLimits.maximumFileBytes) ? Int(n) : nil
    }

    /// The tensor's values, each float converted exactly (every finite
    /// binary float is a dyadic rational).
    static func values(_ bytes: ArraySlice<UInt8>, dtype: String, name: String) throws -> [Rational] {
        let size: Int
        switch dtype {
        case "F16": size = 2
        case "F32": size = 4
        case "F64": size = 8
        default: throw NetworkError("tensor '\(name)' has dtype \(dtype); only F16, F32 and F64 are read")
        }
        guard bytes.count % size == 0 else { throw NetworkError("tensor '\(name)' has \(bytes.count) bytes, not a multiple of \(size)") }
        let base = bytes.startIndex
        return try (0..<bytes.count / size).map { k in
            var bits: UInt64 = 0
            for i in (0..<size).reversed() { bits = bits << 8 | UInt64(bytes[base + k * size + i]) }
            let value: Double
            switch size {
            case 2: value = Double(halfValue(UInt16(bits)))
            case 4: value = Double(Float(bitPattern: UInt32(bits)))
            default: value = Double(bitPattern: bits)
            }
            guard let q = Rational(exactly: value) else {
                throw NetworkError("tensor '\(name)' entry \(k) is \(value.isNaN ? "NaN" : "infinite"); weights must be finite")
            }
            return q
        }
    }

    /// IEEE binary16 to Double, exactly (no Float16 dependency).
    static func halfValue(_ h: UInt16) -> Double {
        let sign: Double = h & 0x8000 != 0 ? -1 : 1
        let exponent = Int(h >> 10 & 0x1F), fraction = Double(h & 0x3FF)
        switch exponent {
        case 0: return sign * fraction * 0x1p-24
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1 + fraction / 1024) * Double(sign: .plus, exponent: exponent - 15, significand: 1)
        }
    }
}

extension ReLUNetwork {
    /// Reads a safetensors file. Layers are the tensor pairs `K.weight`
    /// (2-D, rows = output units) and `K.bias` (1-D) for each key K, in the
    /// natural order of K: compared by the integers in K, in order (so `0`,
    /// `2`, `10` or `fc1`, `fc2`, or `net.0`, `net.2` from an
    /// `nn.Sequential`), ties by text. `__metadata__` may give
    /// `"activation": "leaky_relu"` and `"slope"`; the default is ReLU.
    ///
    /// **Edge cases:** a NaN or infinite entry, a dtype other than
    /// F16/F32/F64, a weight without its bias, offsets outside the file or a
    /// size that disagrees with the shape throw ``NetworkError``.
    public init(safetensors bytes: [UInt8]) throws {
        guard let n = Safetensors.headerLength(bytes), 8 + n <= bytes.count else {
            throw NetworkError("safetensors header length runs past the end of the file")
        }
        let header = try ExactJSON.parse(Array(bytes[8..<8 + n]))
        guard case .object(let entries) = header else { throw NetworkError("safetensors header is not a JSON object") }
        let data = bytes[(8 + n)...]
        var tensors: [String: (shape: [Int], values: [Rational])] = [:]
        var metadata: ExactJSON?
        var parameters = 0
        for (name, info) in entries {
            if name == "__metadata__" { metadata = info; continue }
            guard case .string(let dtype)? = info["dtype"], case .array(let shapeValues)? = info["shape"],
                  case .array(let offsetValues)? = info["data_offsets"], offsetValues.count == 2 else {
                throw NetworkError("safetensors tensor '\(name)' lacks dtype, shape or data_offsets")
            }
            let shape = try shapeValues.map { v -> Int in
                guard case .number(let t) = v, let k = Int(t), k >= 0, k <= NetworkLimits.maximumWidth else {
                    throw NetworkError("tensor '\(name)' has a bad or oversized shape (limit \(NetworkLimits.maximumWidth) per axis)")
                }
                return k
            }
            let offsets = try offsetValues.map { v -> Int in
                guard case .number(let t) = v, let k = Int(t), k >= 0, k <= data.count else {
                    throw NetworkError("tensor '\(name)' has data offsets outside the file")
                }
                return k
            }
            guard offsets[0] <= offsets[1] else { throw NetworkError("tensor '\(name)' has data offsets in the wrong order") }
            guard name.hasSuffix(".weight") || name.hasSuffix(".bias") else { continue }
            // Checked product: a shape of many axes must not overflow.
            let count = shape.reduce(1) { p, k in min(p.multipliedReportingOverflow(by: k).partialValue, NetworkLimits.maximumParameters + 1) }
            parameters += count
            guard shape.count <= 2 else { throw NetworkError("tensor '\(name)' has \(shape.count) axes; layers have 2-D weights and 1-D biases") }
            guard parameters <= NetworkLimits.maximumParameters else {
                throw NetworkError("more than \(NetworkLimits.maximumParameters) parameters")
            }
            let values = try Safetensors.values(data[(data.startIndex + offsets[0])..<(data.startIndex + offsets[1])], dtype: dtype, name: name)
            guard values.count == count else {
                throw NetworkError("tensor '\(name)' has \(values.count) values but shape \(shape)")
            }
            tensors[name] = (shape, values)
        }
        let keys = Set(tensors.keys.map { $0.hasSuffix(".weight") ? String($0.dropLast(7)) : String($0.dropLast(5)) })
        guard !keys.isEmpty else { throw NetworkError("safetensors file has no '.weight' tensors") }
        guard keys.count <= NetworkLimits.maximumLayers else {
            throw NetworkError("\(keys.count) layers is above the limit of \(NetworkLimits.maximumLayers)")
        }
        let layers = try keys.sorted(by: Self.naturalOrder).map { key -> AffineLayer in
            guard let w = tensors[key + ".weight"], w.shape.count == 2 else { throw NetworkError("layer '\(key)' has no 2-D '\(key).weight' tensor") }
            guard let b = tensors[key + ".bias"], b.shape.count == 1 else { throw NetworkError("layer '\(key)' has no 1-D '\(key).bias' tensor") }
            let (rows, columns) = (w.shape[0], w.shape[1])
            guard rows > 0, columns > 0 else { throw NetworkError("layer '\(key)' has an empty weight matrix") }
            let weight = (0..<rows).map { i in Array(w.values[(i * columns)..<((i + 1) * columns)]) }
            do { return try AffineLayer(weight: weight, bias: b.values) } catch let e as NetworkError {
                throw NetworkError("layer '\(key)': \(e.description)")
            }
        }
        try self.init(layers: layers, activation: try Self.activation(name: metadata?["activation"], slope: metadata?["slope"]))
    }

    /// Compares keys by the integers they contain, then by text.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        func numbers(_ s: String) -> [Int] {
            s.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        }
        let (x, y) = (numbers(a), numbers(b))
        return x != y ? x.lexicographicallyPrecedes(y) : a < b
    }
}
