import ClaimKit
import ExactArithmetic

/// Claims that close gaps of the completeness audit (Proofs/README.md).
extension SymmetricClaims {
    static let audit: [Claim] = [embeddingSize]

    /// Proof of Theorem 1 (§4): the initial embedding has n + 1 points, in n + 4 dimensions with the bias.
    static let embeddingSize = Claim(
        id: "symmetric.theorem-1-embedding", source: source("§4", "proof of Theorem 1: |V⁽⁰⁾| = n + 1"),
        statement: "Under the §3.1 initialization the 2ⁿ inputs map to exactly n + 1 distinct hidden vectors (one per Hamming weight), in n + 3 hidden coordinates plus the bias neuron.",
        expected: .holds, method: .exhaustive
    ) { context in
        let top = context.quick ? 12 : 20
        var sizes: [Int] = [], ok = true
        for n in 1...top {
            let image = try SymmetricEmbedding(n: n).imageOfTheCube()
            sizes.append(image.count)
            ok = ok && image.count == n + 1 && image.allSatisfy { $0.count == n + 3 }
        }
        let summary = "all 2ⁿ inputs enumerated for n = 1…\(top): |V⁽⁰⁾| = \(sizes.map(String.init).joined(separator: ", ")) (n + 1 each), vectors of n + 3 hidden coordinates (n + 4 with the bias neuron)"
        return .holds(if: ok, summary, counterexample: summary, figures: [.list("image_sizes(n=1…\(top))", sizes)])
    }
}
