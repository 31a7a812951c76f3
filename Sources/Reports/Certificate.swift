import ClaimKit
import Catalog

/// Markdown certificates for `Proofs/`: one file per claim plus an index.
/// The text is a pure function of the claim and its finding (no timings,
/// no dates), so a test can regenerate it and compare with the committed file.
public enum Certificate {
    /// File name of a claim's certificate.
    public static func fileName(for id: String) -> String { id + ".md" }

    public static func markdown(for result: ClaimResult, quick: Bool, seed: UInt64) -> String {
        let c = result.claim
        var out = "# `\(c.id)`\n\n"
        out += "| | |\n|---|---|\n"
        out += "| source | \(c.source.paper.map { "paper \($0.rawValue) — \($0.title)" } ?? "ExactNN self-check") |\n"
        out += "| where | \(c.source.section), \(c.source.label) |\n"
        out += "| method | \(c.method.rawValue) |\n"
        if let companion = Catalog.companion(of: c.id) {
            out += "| empirical companion | \(companion.description.replacingAll("|", with: "\\|")) |\n"
        }
        out += "| verdict | **\(result.verdictText)** |\n"
        out += "| recorded verdict | \(c.expected.rawValue)\(result.matchesExpected ? "" : " — **differs: regression**") |\n"
        if let s = c.strength {
            func esc(_ text: String) -> String { text.replacingAll("|", with: "\\|") }
            out += "| strength | **\(s.label)** — \(esc(s.note)) |\n"
            if let r = s.reading {
                let file = c.source.paper.map { "paper \($0.rawValue)'s text" } ?? "the text"
                out += "| reading | printed `\(esc(r.printed))` (\(file), line \(r.line)) read as \(esc(r.readAs)); \(esc(r.alternative)) |\n"
            }
        }
        out += "| sizes | \(quick ? "quick (`exactnn check \(c.id)` runs the full sizes)" : "full") |\n"
        out += "| seed | \(seed) |\n\n"
        out += "## Statement\n\n\(c.statement)\n\n"
        out += "## Result\n\n"
        if let f = result.finding {
            out += f.summary + "\n\n"
            if let ce = f.counterexample { out += "**Counterexample.** \(ce)\n\n" }
            if let corr = f.correction { out += "**Corrected statement.** \(corr)\n\n" }
            if !f.figures.isEmpty {
                var t = Table(columns: ["figure", "value"])
                for k in f.figures { t.append([.text(k.name), k.value]) }
                out += "**Key figures** (recomputed independently by `Tests/Oracles/`):\n\n" + Render.markdown(t) + "\n"
            }
            if !f.details.isEmpty { out += "## Evidence\n\n" }
            for block in f.details {
                switch block {
                case .text(let s): out += s + "\n\n"
                case .table(let t): out += Render.markdown(t) + "\n"
                }
            }
        } else {
            out += "The check failed to run: \(result.error ?? "unknown error")\n\n"
        }
        out += "---\nWritten by `exactnn proofs --write Proofs\(quick ? " --quick" : "")`.\n"
        return out
    }

    /// The index: every claim grouped by paper, with the verdict reached and
    /// the recorded strength of each finding.
    /// It depends only on ids, sources and verdicts, so a test can rebuild it
    /// from the catalog without running anything.
    public static func index(_ entries: [(claim: Claim, verdict: String)]) -> String {
        var out = "# Certificates\n\nOne file per claim, written by `exactnn proofs --write Proofs --quick`; "
        out += "the test suite regenerates them and fails when a committed file differs. "
        out += "See `README.md` here for the completeness audit.\n\n"
        let groups: [(String, [(claim: Claim, verdict: String)])] =
            [("ExactNN self-checks", entries.filter { $0.claim.source.paper == nil })] +
            Paper.allCases.map { p in ("Paper \(p.rawValue): \(p.title)", entries.filter { $0.claim.source.paper == p }) }
        for (title, rs) in groups where !rs.isEmpty {
            var t = Table(columns: ["claim", "where", "verdict", "strength", "statement"])
            for r in rs {
                t.append([.text("[`\(r.claim.id)`](\(fileName(for: r.claim.id)))"),
                          .text("\(r.claim.source.section), \(r.claim.source.label)"),
                          .text(r.verdict), .text(r.claim.strength?.label ?? ""), .text(r.claim.statement)])
            }
            out += "## \(title)\n\n" + Render.markdown(t) + "\n"
        }
        var pairs = Table(columns: ["claim", "empirical companion (`exactnn train <id>`) or why none"])
        for e in entries {
            if let companion = Catalog.companion(of: e.claim.id) { pairs.append([.text("`\(e.claim.id)`"), .text(companion.description)]) }
        }
        out += "## Theorems and experiments side by side\n\n"
        out += "Each theorem-level claim beside the trainer experiment that probes it, or why none does "
        out += "(`exactnn check --list` shows the same pairing).\n\n" + Render.markdown(pairs) + "\n"
        return out
    }
}
