import ArgumentParser

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Benchmarks: median/min/max over repeated runs.")
    func run() throws { throw InputError("bench: not yet available") }
}
