/// Freeze-SGD (paper 000, appendix A, Algorithm 1): weights carry a fixed
/// polarity template; before training each weight is given its template's
/// sign (magnitude kept), and after every optimizer step a weight whose sign
/// disagrees with the template is reset by one of four rules. Biases are
/// free. The OCR of Algorithm 1 reads "for (i, j) where T(i, j) < 0"; the
/// surrounding text ("if any weight has switched polarity") shows the test
/// is on `checker = T · sign(W) < 0`, which is the reading used here.
public struct FreezeSGD: Sendable {
    public enum ResetMode: String, Sendable, CaseIterable {
        /// W = T·ε.
        case posCon
        /// W = T·U[0, ε] (the paper's default).
        case posRand
        /// W = 0.
        case zero
        /// W = −W.
        case flip
    }

    public var template: PolarityTemplate
    public var mode: ResetMode
    public var epsilon: Double

    public init(template: PolarityTemplate, mode: ResetMode = .posRand, epsilon: Double = 0.01) {
        self.template = template
        self.mode = mode
        self.epsilon = epsilon
    }

    /// Resets every weight w with w·s < 0 (s the template sign at that
    /// parameter, 0 for free parameters). `s` is laid out like
    /// `Network.parameters`.
    @inline(__always)
    func enforce<T: TrainerScalar>(_ w: UnsafeMutablePointer<T>, _ s: UnsafePointer<Int8>, _ n: Int, random: inout TrainerRandom) {
        for p in 0..<n {
            let sign = s[p]
            guard sign != 0 else { continue }
            let wp = w[p]
            guard sign > 0 ? wp < 0 : wp > 0 else { continue }
            switch mode {
            case .posCon: w[p] = T(Double(sign) * epsilon)
            case .posRand: w[p] = T(Double(sign) * epsilon * random.uniform())
            case .zero: w[p] = 0
            case .flip: w[p] = -wp
            }
        }
    }
}

/// One sign (+1, −1, or 0 = free) per weight of each layer, row-major like
/// W_k (n_{k+1} × n_k).
///
/// **Edge cases:** `flat(for:)` throws when a layer's sign count does not
/// match the network or a sign is not in {−1, 0, 1}.
public struct PolarityTemplate: Sendable, Equatable {
    public var signs: [[Int8]]

    public init(signs: [[Int8]]) { self.signs = signs }

    /// Each weight's sign ±1 with probability 1/2 (Frozen-Net RAND-Polarity).
    public static func random(sizes: [Int], random: inout TrainerRandom) -> PolarityTemplate {
        PolarityTemplate(signs: (0..<(sizes.count - 1)).map { k in
            (0..<(sizes[k] * sizes[k + 1])).map { _ in random.next() >> 63 == 0 ? 1 : -1 }
        })
    }

    /// The template as one sign per parameter (biases 0).
    func flat<T>(for net: Network<T>) throws -> [Int8] {
        guard signs.count == net.layerCount else {
            throw TrainerError("the polarity template has \(signs.count) layers, the network \(net.layerCount)")
        }
        var out = [Int8](repeating: 0, count: net.parameters.count)
        for k in 0..<net.layerCount {
            guard signs[k].count == net.sizes[k] * net.sizes[k + 1] else {
                throw TrainerError("polarity template layer \(k) has \(signs[k].count) signs, the layer has \(net.sizes[k] * net.sizes[k + 1]) weights")
            }
            guard signs[k].allSatisfy({ (-1...1).contains($0) }) else { throw TrainerError("template signs must be -1, 0 or 1") }
            let w = net.weightOffset(k)
            for p in signs[k].indices { out[w + p] = signs[k][p] }
        }
        return out
    }
}
