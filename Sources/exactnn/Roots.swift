import ArgumentParser

struct Roots: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Certified real roots of a polynomial with rational coefficients.")
    func run() throws { throw InputError("roots: not yet available") }
}
