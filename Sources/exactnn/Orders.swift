import ArgumentParser
import BooleanAnalysis
import Cores
import Dispatch
import ExactArithmetic
import ClaimKit

/// `exactnn orders --vars N`: the chamber orders of {0,1}ⁿ and of the whole space.
struct Orders: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Orders of {0,1}ⁿ induced by generic weights (n ≤ 6): the chamber 0 < w₁ < … < wₙ and the whole space.",
        discussion: """
        The chamber orders come from the exact walk (n ≤ 5) or, for n = 6, from
        the shipped Data/chamber-orders/orders-6.bin.gz (SHA-256 checked, every
        witness re-verified on loading). The whole space has 2ⁿ·n! times as
        many orders (input negations and permutations act freely on them).
        --regenerate runs the walk (n = 6: a few minutes on two cores at most)
        and compares its checksum with the shipped one; --write replaces the
        shipped file.

        Examples:
          exactnn orders --vars 5
          exactnn orders --vars 6
          exactnn orders --vars 6 --regenerate --write
        """
    )
    @Option(help: "Number of inputs n (1…6).") var vars: Int
    @Flag(help: "Recompute the chamber orders by the certified walk instead of loading the shipped file (n = 6).") var regenerate = false
    @Flag(help: "With --regenerate and --vars 6: write Data/chamber-orders/orders-6.bin.gz and its checksum.") var write = false
    @Option(help: "Threads for --regenerate.") var threads: Int = Cores.available
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...6).contains(vars) else { throw InputError("--vars must be in 1…6 for orders (here \(vars))") }
        guard !write || (regenerate && vars == 6) else { throw InputError("--write needs --regenerate and --vars 6") }
        guard threads >= 1 else { throw InputError("--threads must be ≥ 1") }
    }

    func run() throws {
        var t = Table(title: "orders of {0,1}^\(vars) induced by generic weights", columns: ["quantity", "value"])
        let list: ChamberOrderList
        if regenerate || vars < 6 {
            let start = DispatchTime.now().uptimeNanoseconds
            let report = try boolean { try chamberWalk(variables: vars, threads: threads) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            list = report.orders
            t.append([.text("source"), .text("region walk: \(report.witnessed) witnesses checked in integers, \(report.combinatorial) candidates refuted combinatorially, \(report.certified) by exact Gordan certificates, \(report.exactLP) by exact LP; \(String(format: "%.1f", seconds)) s on \(threads) thread\(threads > 1 ? "s" : "")")])
            if vars == 6 {
                let sum = try boolean { try ChamberOrderData.checksum(list) }
                let shipped = ChamberOrderData.recordedChecksum(variables: 6)
                t.append([.text("SHA-256 of the payload"), .text(sum + (shipped == nil ? " (nothing shipped)" : shipped == sum ? " (equals the shipped file's)" : " (differs from the shipped \(shipped!))"))])
                if write {
                    try boolean { try ChamberOrderData.write(list) }
                    t.append([.text("written"), .text(ChamberOrderData.dataPath(variables: 6))])
                }
            }
        } else {
            list = try boolean { try ChamberOrderData.load(variables: vars) }
            t.append([.text("source"), .text("\(ChamberOrderData.dataPath(variables: vars)) (SHA-256 \(ChamberOrderData.recordedChecksum(variables: vars) ?? "?") checked, every witness re-verified)")])
        }
        let group = BigInt(1 << vars) * (1...vars).reduce(BigInt(1)) { $0 * BigInt($1) }
        t.append([.text("chamber orders (0 < w₁ < … < wₙ)"), .exact("\(list.count)")])
        t.append([.text("whole-space orders (2ⁿ·n!·chamber)"), .exact("\(group * BigInt(list.count))")])
        let largest = (0..<list.count).map { list.witness($0).last! }.max() ?? 0
        t.append([.text("largest witness weight"), .integer(largest)])
        try output.emit([t])
    }
}
