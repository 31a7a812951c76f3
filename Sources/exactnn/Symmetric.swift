import ArgumentParser
import ClaimKit
import ExactArithmetic
import SymmetricNets

/// `exactnn symmetric …`: the representations and margins of paper 001.
struct Symmetric: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Symmetric functions S_n: Lemma 1/2 representations, margins of the initial embedding.",
        subcommands: [SymmetricCheck.self, SymmetricMargin.self]
    )
}

struct SymmetricCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Certify Lemma 1 (sigmoid, MPFR intervals) and Lemma 2 (ReLU, exact) for all 2^(n+1) members of S_n.",
        discussion: """
        Per-weight argument: Lemma 2 holds for every A ⊆ {0,…,n} because the
        matrix Γ_i(k) is exactly the identity; Lemma 1 because Δ_k(k) = D(0)
        exceeds ½ and Σ_{i≠k} Δ_i(k) stays below ½, both certified.

        Example:
          exactnn symmetric check --n 24
        """
    )

    @Option(help: "Input dimension n (1...1024).")
    var n: Int = 24

    @Option(help: "MPFR precision in bits for Lemma 1 (64...4096).")
    var precision: Int = 128

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard SymmetricFunction.supportedN.contains(n) else { throw ValidationError("--n must be in 1...1024, got \(n)") }
        guard (64...4096).contains(precision) else { throw ValidationError("--precision must be in 64...4096, got \(precision)") }
    }

    func run() throws {
        let l2 = try ReLURepresentation.perWeightCertificate(n: n)
        let l1 = try SigmoidRepresentation.perWeightCertificate(n: n, precision: precision)
        var t = Table(title: "S_\(n): \(l2.labelings) members (A ⊆ {0,…,\(n)})", columns: ["statement", "quantity", "value", "holds"])
        t.append(["Lemma 2 (ReLU)", "Γ_i(k) = [i = k] for i, k ≤ n", .flag(l2.identity), .flag(l2.identity)])
        t.append(["Lemma 2 (ReLU)", "output at every weight", .exact("±1/2"), .flag(l2.identity)])
        t.append(["Lemma 2 (ReLU)", "neurons zero on all inputs (shifts)", .text("\(l2.idleShifts)"), .flag(true)])
        t.append(["Lemma 1 (sigmoid)", "min on-weight sum D(0) > 1/2", .certified(l1.d0.certifiedDigits(15) ?? l1.d0.description), .flag(l1.onWeightAboveHalf)])
        t.append(["Lemma 1 (sigmoid)", .text("max off-weight sum < 1/2 (at k = \(l1.worstOffWeight))"), .certified(l1.worstOffSum.certifiedDigits(15) ?? l1.worstOffSum.description), .flag(l1.offWeightBelowHalf)])
        t.append(["Lemma 1 proof", "D(0) > 0.84", .certified(l1.d0.certifiedDigits(6) ?? "?"), .flag(l1.d0Above084)])
        t.append(["Lemma 1 proof", "2e^(−5/2)/(1−e^(−5)) < 0.17", .certified(l1.tailBound.certifiedDigits(15) ?? "?"), .flag(l1.tailBelow017)])
        t.append(["Lemma 1 proof", "tail bound > max off-weight sum", .certified(l1.worstOffSum.certifiedDigits(15) ?? "?"), .flag(l1.tailDominates)])
        t.append(["telescoping", "sup of off-weight sums = 1 − D(0)", .certified(l1.telescopedBound.certifiedDigits(15) ?? "?"), .flag(l1.telescopedConsistent)])
        t.notes = ["Certified values: MPFR intervals at \(precision) bits; digits shown are correct for the whole interval."]
        try output.emit([t])
    }
}

struct SymmetricMargin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "margin",
        abstract: "Exact margins of the initial embedding V for every member of S_n (Lemma 3).",
        discussion: """
        For each n′ ≤ n: the smallest margin (squared, exact) that the explicit
        weights of Lemma 2 reach, and the smallest optimal hard margin (an exact
        QP, KKT verified over ℚ), over all 2^(n′+1) members, with √n′·γ.

        Example:
          exactnn symmetric margin --n 12
        """
    )

    @Option(help: "Largest input dimension n (1...16).")
    var n: Int = 12

    @Option(help: "Worker threads (results do not depend on it).")
    var threads: Int = 2

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...16).contains(n) else { throw ValidationError("--n must be in 1...16, got \(n)") }
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be in 1...64, got \(threads)") }
    }

    func run() throws {
        var t = Table(title: "Lemma 3: smallest margins over S_n (lifted embedding)",
                      columns: ["n", "members", "explicit γ²", "√n·γ explicit", "optimal γ²", "√n·γ optimal", "argmin (labels by weight)"])
        var methods: [String: Int] = [:]
        for m in 1...n {
            let s = try MarginSurvey.run(n: m, threads: threads)
            methods.merge(s.methods, uniquingKeysWith: +)
            t.append([.integer(m), .integer(s.labelings), .exact(s.explicitMinSquared.description), .certified(s.scaled(s.explicitMinSquared)),
                      .exact(s.optimalMinSquared.description), .certified(s.scaled(s.optimalMinSquared)), .text(s.optimalArgmin.description)])
        }
        t.notes = ["√n·γ is rounded from an MPFR square root of the exact n·γ².",
                   "QPs (one per pair ±f), each KKT-verified over ℚ: " + methods.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")]
        try output.emit([t])
    }
}
