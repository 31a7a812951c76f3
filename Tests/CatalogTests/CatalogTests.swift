import Testing
import ClaimKit
@testable import Catalog

@Test func claimIDsAreUniqueAndWellFormed() {
    #expect(Catalog.duplicateIDs.isEmpty)
    for claim in Catalog.all {
        #expect(claim.id.split(separator: ".").count >= 2, "\(claim.id)")
        #expect(!claim.statement.isEmpty)
    }
}

@Test func prefixSelection() {
    #expect(Catalog.claims(matching: ["arithmetic."]).allSatisfy { $0.id.hasPrefix("arithmetic.") })
    #expect(Catalog.claims(matching: []).count == Catalog.all.count)
    #expect(Catalog.claims(matching: ["no-such-area."]).isEmpty)
}

/// Every erratum and refutation says how strong it is; a reading names its
/// line and the alternative; remarks are no findings against a paper.
@Test func everyFindingRecordsItsStrength() {
    for claim in Catalog.all {
        switch claim.expected {
        case .erratum, .refuted: #expect(claim.strength != nil, "\(claim.id) needs a strength")
        case .holds, .remark, .empirical: #expect(claim.strength == nil || claim.strength?.kind == .reading, "\(claim.id)")
        }
        if let s = claim.strength {
            #expect((s.kind == .reading) == (s.reading != nil), "\(claim.id)")
            #expect(!s.transcriptionSlip || s.kind == .typographical, "\(claim.id)")
            if let r = s.reading { #expect(r.line > 0 && !r.printed.isEmpty && !r.alternative.isEmpty, "\(claim.id)") }
        }
    }
}

/// The referee's classification of issue 16, pinned: verdict and strength of
/// each re-read finding (a change here is a change of judgement, not of code).
@Test func rereadFindingsKeepTheirClassification() {
    let expected: [String: (Verdict, Strength.Kind?)] = [
        "polarity.lemma-2.1": (.holds, .reading), "polarity.lemma-2.1.xor": (.remark, nil),
        "polarity.lemma-D1.pm1": (.erratum, .substantive), "polarity.lemma-D1.01": (.remark, nil),
        "polarity.compatibility-rule": (.erratum, .typographical), "polarity.theorem-D3": (.erratum, .substantive),
        "polarity.exact-probability": (.holds, .reading), "polarity.fifteen-units": (.erratum, .substantive),
        "boolean.entropy-max-or": (.refuted, .substantive), "boolean.theorem-3.3.2": (.erratum, .substantive),
        "boolean.lemma-A.2.1-matrix": (.erratum, .typographical), "boolean.eq-3.17-critical-points": (.refuted, .substantive),
        "boolean.chamber-case-count": (.refuted, .substantive), "boolean.table-3.4": (.erratum, .typographical),
        "rbp.eq-50": (.erratum, .typographical), "rbp.eq-25": (.erratum, .typographical),
        "balance.theorem-45": (.erratum, .substantive), "balance.theorem-44": (.erratum, .typographical),
        "balance.remark-38": (.refuted, .substantive),
    ]
    for (id, (verdict, kind)) in expected {
        let claim = Catalog.all.first { $0.id == id }
        #expect(claim?.expected == verdict, "\(id)")
        #expect(claim?.strength?.kind == kind, "\(id)")
    }
}

/// Issue 15: every theorem-level claim names its empirical companion or why
/// none exists; every named experiment is registered, and the table names
/// no claim that is gone or is itself an experiment.
@Test func everyTheoremHasAnEmpiricalCompanion() {
    let experiments = Set(Catalog.all.filter { $0.method == .empirical }.map(\.id))
    for claim in Catalog.all where claim.method != .empirical {
        let companion = Catalog.companion(of: claim.id)
        #expect(companion != nil, "\(claim.id) names no empirical companion")
        if let id = companion?.experimentID { #expect(experiments.contains(id), "\(claim.id): \(id) is not a registered experiment") }
    }
    let ids = Set(Catalog.all.map(\.id))
    for id in Catalog.companions.keys {
        #expect(ids.contains(id) && !experiments.contains(id), "\(id) in the companion table is not a theorem-level claim")
    }
}
