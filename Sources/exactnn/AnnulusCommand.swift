import ArgumentParser
import Annulus

/// `exactnn annulus --dim N`: chapter 4's two constructions, exactly.
struct AnnulusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annulus",
        abstract: "Circle vs annulus (dissertation ch. 4): exact radius ratios, facet counts and Table 4.1.",
        discussion: """
        For input dimension n, the regular cross-polytope and the uniform expanded
        n-simplex are the decision sets of one-hidden-layer ReLU networks of width
        n + 1. Prints their squared circumradius/inradius ratios as exact rationals
        (eq. 4.5 and 4.12), their facet counts, and — for n ≤ 5 — the same numbers
        recomputed from the networks' exact activation regions. Table 4.1 follows,
        restored by computation.

        Examples:
          exactnn annulus --dim 2
          exactnn annulus --dim 7 --format json
        """
    )

    @Option(help: "Input dimension n (1...\(AnnulusReport.maximumDimension)).") var dim: Int
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...AnnulusReport.maximumDimension).contains(dim) else {
            throw ValidationError("--dim must be in 1...\(AnnulusReport.maximumDimension), got \(dim)")
        }
    }

    func run() throws {
        do { try output.emit(try AnnulusReport.tables(dimension: dim)) } catch let error as AnnulusError {
            throw InputError(error.description)
        }
    }
}
