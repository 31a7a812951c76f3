import BooleanAnalysis
import ClaimKit
import PropertyBased
import PropertyTesting
import Testing
@testable import Experiments

/// One hidden leaky ReLU unit computes g(w·x + b) with g convex or concave
/// and piecewise linear with one kink, so along the order by w·x its sign
/// changes at most twice: a function with swaps ≥ 3 is never learned at
/// width 1, whatever the training does. A bound derived by hand, checked
/// on the trainer against exact swaps values.
@Test func widthOneNeverLearnsSwapsAboveTwo() async {
    await forAll(count: 12, input: Gen.int(in: 0...0xFFFF)) { v in
        let f = try TruthTable(variables: 4, value: UInt64(v))
        guard try swapsValue(f).value >= 3 else { return }
        #expect(try BooleanFig36Six.successes(f, widths: [1], trials: 2, seed: 7, threads: 1) == [0])
    }
}

/// Constant labels are learned by every network (the output bias alone
/// suffices, and BCE's gradient always pushes it the right way); the
/// counts repeat under the same seed and do not depend on the threads.
@Test func constantFunctionsAlwaysSucceedAndRunsRepeat() throws {
    for value in [UInt64(0), 0xFFFF] {
        let f = try TruthTable(variables: 4, value: value)
        #expect(try BooleanFig36Six.successes(f, widths: [1, 3], trials: 3, seed: 5, threads: 1) == [3, 3])
    }
    let xor = try TruthTable(variables: 2, value: 0b0110)
    let a = try BooleanFig36Six.successes(xor, widths: [1, 2, 4], trials: 4, seed: 11, threads: 1)
    let b = try BooleanFig36Six.successes(xor, widths: [1, 2, 4], trials: 4, seed: 11, threads: 2)
    #expect(a == b)
    #expect(a.allSatisfy { (0...4).contains($0) })
}

/// The tables count exactly: each swaps row's functions and successes are
/// the sums over the rows with that value, and ρ is +1 for a metric that
/// ranks the functions as their success does.
@Test func tablesCountExactly() async {
    await forAll(count: 60, input: Gen.int(in: 1...30), Gen.int(in: 0...Int.max)) { count, seed in
        var g = SeededGenerator(seed: UInt64(seed))
        let trials = 3
        let rows = (0..<count).map { _ in
            let successes = [Int(g.next() % 4), Int(g.next() % 4)]
            return BooleanFig36Six.Row(swaps: Int(g.next() % 5) + 1, degree: 2, totalInfluence: Double(successes.reduce(0, +)), entropy: 1,
                                       successes: successes)
        }
        let tables = BooleanFig36Six.tables(rows, variables: 4, widths: [2, 3], trials: trials)
        for line in tables[0].rows {
            guard case .integer(let s) = line[0], case .integer(let functions) = line[1], case .exact(let first) = line[3] else { Issue.record("row \(line)"); return }
            let group = rows.filter { $0.swaps == s }
            #expect(functions == group.count)
            #expect(first == "\(group.reduce(0) { $0 + $1.successes[0] })/\(group.count * trials)")
        }
        #expect(tables[0].rows.count == Set(rows.map(\.swaps)).count)
        // Influence was set to the success total: a perfect rank correlation.
        if case .measured(let rho) = tables[1].rows[2][1] { #expect(abs(rho - 1) < 1e-12) }
    }
}
