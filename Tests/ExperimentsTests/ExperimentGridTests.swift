import ClaimKit
import Testing
@testable import Experiments

/// A grid experiment's cells are independent: computed in reverse order on
/// one thread, each row equals the row computed in order on two, and the
/// report of the rows is the unsharded run's — what sharding relies on.
@Test(arguments: ExperimentCatalog.all.filter(\.hasGrid).map(\.name))
func gridCellsDependOnTheCellAlone(_ name: String) throws {
    let e = try ExperimentCatalog.named(name)
    let options = ExperimentOptions(trials: 1, seed: 5, threads: 2, quick: true)
    let grid = try #require(try e.grid(options))
    #expect(grid.count > 0)
    let forward = try (0..<grid.count).map { try grid.row($0, 2) }
    let backward = try (0..<grid.count).reversed().map { try grid.row($0, 1) }
    #expect(forward == Array(backward.reversed()))
    let whole = try e.run(options)
    let merged = try grid.report(forward)
    #expect(merged.tables == whole.tables && merged.summary == whole.summary && merged.settingsTable == whole.settingsTable)
}

/// The grid experiments are the long sweeps; the others have none.
@Test func gridExperiments() {
    let names = Set(ExperimentCatalog.all.filter(\.hasGrid).map(\.name))
    #expect(names.isSuperset(of: ["boolean.fig-3.5", "polarity.fig-4a", "regions.table-5.1", "annulus.fig-4.8"]))
    #expect(!names.contains("balance.theorem-31"))
}
