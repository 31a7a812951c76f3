import ExactArithmetic

/// Lemma 2 of paper 001 (§2.2): the ReLU representation of S_n.
///
/// Γ_i(x) = ReLU(|x| − i + 1) − 2·ReLU(|x| − i) + ReLU(|x| − i − 1) and
/// f_A(x) = sign(−1/2 + Σ_{i∈A} Γ_i(x)). The hidden layer has one neuron
/// ReLU(|x| − c) per shift c ∈ {−1, …, n + 1} (n + 3 neurons, the network of
/// §3.1 with b_i = 2 − i); every value here is an exact integer or rational.
public enum ReLURepresentation {
    /// The hidden neurons' shifts c, neuron j computing ReLU(|x| − c_j).
    public static func shifts(n: Int) -> [Int] { Array(-1...(n + 1)) }

    @inlinable static func relu(_ t: Int) -> Int { t > 0 ? t : 0 }

    /// Γ_i at Hamming weight k, exactly.
    public static func gamma(_ i: Int, atWeight k: Int) -> Int {
        relu(k - i + 1) - 2 * relu(k - i) + relu(k - i - 1)
    }

    /// The output-neuron weights M (one per shift) of Lemma 2 for f, with
    /// output bias −1/2: M collects +1, −2, +1 from Γ_i for each i ∈ A.
    public static func outputWeights(for f: SymmetricFunction) -> [Int] {
        var m = [Int](repeating: 0, count: f.n + 3)
        for i in f.positiveWeights {
            // shift c sits at index c + 1
            m[i] += 1; m[i + 1] -= 2; m[i + 2] += 1
        }
        return m
    }

    /// The network output −1/2 + Σ_j M_j ReLU(k − c_j) at weight k, exactly.
    public static func output(weights m: [Int], atWeight k: Int) -> Rational {
        var s = 0
        for (j, c) in (-1...(m.count - 2)).enumerated() { s += m[j] * relu(k - c) }
        return Rational(2 * s - 1, 2)
    }

    /// The per-weight certificate behind Lemma 2 for every A at once: the
    /// (n+1)×(n+1) matrix G[i][k] = Γ_i(k), each entry evaluated from the
    /// hidden neurons, equals the identity. Then for every A ⊆ {0,…,n},
    /// −1/2 + Σ_{i∈A} Γ_i(k) = −1/2 + [k ∈ A] = f_A(k)/2, so the sign identity
    /// holds for all 2^(n+1) members with output margin exactly 1/2.
    ///
    /// Cost: (n+1)² exact evaluations. **Edge cases:** n outside 1…1024 throws.
    public static func perWeightCertificate(n: Int) throws -> Lemma2Certificate {
        try SymmetricFunction.checkN(n)
        var offDiagonal: (i: Int, k: Int, value: Int)?
        for i in 0...n {
            // Γ_i through the three neurons it uses (shifts i − 1, i, i + 1).
            for k in 0...n {
                let g = relu(k - (i - 1)) - 2 * relu(k - i) + relu(k - (i + 1))
                if g != (i == k ? 1 : 0), offDiagonal == nil { offDiagonal = (i, k, g) }
            }
        }
        // Neurons that vanish on every weight 0…n are not needed on X.
        let idle = shifts(n: n).filter { c in (0...n).allSatisfy { relu($0 - c) == 0 } }
        return Lemma2Certificate(n: n, identity: offDiagonal == nil, firstFailure: offDiagonal,
                                 labelings: BigInt(1) << (n + 1), idleShifts: idle)
    }

    /// Brute force: for every A ⊆ {0,…,n} and weight k, the network output of
    /// Lemma 2 has the sign of f_A(k). Returns the first failing (A bits, k).
    /// **Edge cases:** n must be in 1…20 (2^(n+1) networks).
    public static func bruteForce(n: Int) throws -> (bits: UInt64, weight: Int)? {
        guard (1...20).contains(n) else { throw SymmetricError("brute force needs n in 1...20, got \(n)") }
        for bits in 0..<(UInt64(1) << UInt64(n + 1)) {
            let f = try SymmetricFunction(n: n, index: bits)
            let m = outputWeights(for: f)
            for k in 0...n where output(weights: m, atWeight: k).signum != f.values[k] { return (bits, k) }
        }
        return nil
    }
}

/// What ``ReLURepresentation/perWeightCertificate(n:)`` proved.
public struct Lemma2Certificate: Sendable {
    public let n: Int
    /// Γ_i(k) = [i = k] for all i, k ∈ {0,…,n}.
    public let identity: Bool
    public let firstFailure: (i: Int, k: Int, value: Int)?
    /// 2^(n+1): the members of S_n covered.
    public let labelings: BigInt
    /// Shifts whose neuron is zero on every input (c = n and c = n + 1, since
    /// ReLU(k − c) = 0 for all k ≤ n iff c ≥ n): the n + 3 neurons of the
    /// lemma include two that never fire on {0,1}^n.
    public let idleShifts: [Int]
}
