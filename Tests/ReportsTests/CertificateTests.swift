import Testing
#if canImport(Glibc)
import Glibc
#endif
import ClaimKit
import Catalog
@testable import Reports

/// The folder of committed certificates, found from this file's path.
private let proofsFolder: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Tests/ReportsTests/CertificateTests.swift
    return parts.joined(separator: "/") + "/Proofs"
}()

private func read(_ path: String) -> String? {
    guard let f = fopen(path, "r") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n == 0 { break }
        bytes += buffer[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Each claim, run in quick mode, reaches its recorded verdict and produces
/// exactly the committed certificate (regenerate with
/// `exactnn proofs --write Proofs --quick`).
@Test(arguments: Catalog.all.map(\.id))
func certificateMatchesCommittedFile(id: String) {
    let claim = Catalog.all.first { $0.id == id }!
    let result = Catalog.run([claim], context: CheckContext(quick: true, seed: 1))[0]
    #expect(result.matchesExpected, "\(id): \(result.verdictText) — \(result.finding?.summary ?? result.error ?? "")")
    let fresh = Certificate.markdown(for: result, quick: true, seed: 1)
    let committed = read(proofsFolder + "/" + Certificate.fileName(for: id))
    #expect(committed == fresh, "Proofs/\(id).md is stale: run `exactnn proofs --write Proofs --quick`")
}

@Test func certificateNamesVerdictAndCounterexample() {
    let claim = Claim(id: "demo.claim", source: Source(.polarity, section: "App. D", label: "Lemma D.2"),
                      statement: "A statement.", expected: .refuted, method: .exact) { _ in
        Finding(.refuted, "fails at n = 3", counterexample: "n = 3")
    }
    let result = Catalog.run([claim], context: CheckContext(quick: true))[0]
    let md = Certificate.markdown(for: result, quick: true, seed: 1)
    #expect(md.contains("| verdict | **refuted** |"))
    #expect(md.contains("**Counterexample.** n = 3"))
    #expect(!md.contains("regression"))
}

@Test func certificateAndSummaryShowTheStrengthAndTheReading() {
    let reading = Reading(printed: "a | b", line: 12, readAs: "a ≥ b", alternative: "as printed the verdict would be erratum.")
    let claim = Claim(id: "demo.reading", source: Source(.polarity, section: "App. E", label: "eq. 3"), statement: "A statement.",
                      expected: .holds, strength: .reading(reading, "one glyph."), method: .exact) { _ in Finding(.holds, "fine") }
    let result = Catalog.run([claim], context: CheckContext(quick: true))[0]
    let md = Certificate.markdown(for: result, quick: true, seed: 1)
    #expect(md.contains("| strength | **reading** — one glyph. |"))
    #expect(md.contains("| reading | printed `a \\| b` (paper 000's text, line 12) read as a ≥ b; as printed the verdict would be erratum. |"))
    let t = CheckReport.summary([result])
    #expect(t.columns.contains("strength"))
    #expect(t.rows[0][t.columns.firstIndex(of: "strength")!].description == "reading")
    #expect(t.notes.contains { $0.hasPrefix("demo.reading — reading: one glyph.") })
    #expect(Certificate.index([(claim, "holds")]).contains("| holds | reading | A statement. |"))
}

/// The committed index lists every claim with its recorded verdict.
@Test func indexMatchesCatalog() {
    let fresh = Certificate.index(Catalog.all.map { ($0, $0.expected.rawValue) })
    #expect(read(proofsFolder + "/index.md") == fresh, "Proofs/index.md is stale: run `exactnn proofs --write Proofs --quick`")
}
