import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

struct ExactNN: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exactnn",
        abstract: "Exact and certified checks of five neural-network theory papers.",
        discussion: """
        Areas (claim-id prefixes):
          polarity.   frozen weight signs and XOR (Lemma 2.1, Lemmas D.1–D.3)
          symmetric.  symmetric functions S_n, Lemmas 1–4, modified perceptron
          boolean.    NPN classes, swaps value, Fourier degree/entropy/influence
          rbp.        random backpropagation: the polynomial Q, certified roots
          balance.    synaptic balancing, λ*, ΔR, the unique balanced state
          regions.    exact activation regions of ReLU networks, counting bounds, tropical form

        Examples:
          exactnn check                     check every claim's recorded verdict
          exactnn check polarity. --format markdown
          exactnn roots "x^3 - 2*x - 5" --digits 60
        """,
        version: ExactNNVersion.string,
        subcommands: [
            Check.self,
            Proofs.self,
            Roots.self,
            Npn.self,
            Fourier.self,
            Swaps.self,
            Orders.self,
            TableCommand.self,
            Polarity.self,
            Symmetric.self,
            AnnulusCommand.self,
            Balance.self,
            Rbp.self,
            Regions.self,
            Train.self,
            Merge.self,
            Slurm.self,
            Bench.self,
        ]
    )
}

enum ExactNNVersion {
    static let string = "0.1.0"
}

@main
enum Main {
    static func main() {
        do {
            var command = try ExactNN.parseAsRoot()
            try command.run()
        } catch let error as InputError {
            writeStandardError("exactnn: \(error.description)\n")
            exit(2)
        } catch {
            let code = ExactNN.exitCode(for: error)
            if code == .validationFailure {
                // Argument-parser usage errors: one line, exit status 2.
                let message = ExactNN.message(for: error)
                writeStandardError("exactnn: \(message) (see 'exactnn --help')\n")
                exit(2)
            }
            ExactNN.exit(withError: error)
        }
    }
}
