import ClaimKit
import Catalog

/// Tables summarising a catalog run.
public enum CheckReport {
    /// One row per result; the notes give the recorded strength of each finding in full.
    public static func summary(_ results: [ClaimResult]) -> Table {
        var t = Table(title: "ExactNN claims", columns: ["id", "verdict", "expected", "ok", "strength", "seconds", "evidence"])
        for r in results {
            t.append([.text(r.claim.id), .text(r.verdictText), .text(r.claim.expected.rawValue),
                      .text(r.matchesExpected ? "✓" : "✗ REGRESSION"), .text(r.claim.strength?.kind.rawValue ?? ""),
                      .measured((r.seconds * 100).rounded() / 100),
                      .text(r.finding?.summary ?? (r.error ?? ""))])
        }
        let bad = results.filter { !$0.matchesExpected }.count
        t.notes = ["\(results.count) claims, \(results.count - bad) as recorded, \(bad) differing."]
            + results.compactMap { r in r.claim.strength.map { "\(r.claim.id) — \($0.description)" } }
        return t
    }

    /// Every key figure of the run, one row each (`exactnn check --figures`):
    /// what `Tests/Oracles/` recomputes independently.
    public static func figures(_ results: [ClaimResult]) -> Table {
        var t = Table(title: "Key figures", columns: ["id", "figure", "value"])
        for r in results {
            for f in r.finding?.figures ?? [] { t.append([.text(r.claim.id), .text(f.name), f.value]) }
        }
        return t
    }
}
