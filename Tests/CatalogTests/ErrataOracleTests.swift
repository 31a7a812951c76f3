import Testing
#if canImport(Glibc)
import Glibc
#endif
import ClaimKit
import ExactArithmetic
import Catalog
@testable import PolarityTheory
@testable import BooleanAnalysis

/// The figures behind the re-read errata (issue 16), held against
/// `Tests/Oracles/errata.py`: brute force, explicit witnesses and the
/// papers' formulas in Python's `fractions`, sharing no code with ExactNN.
/// Regenerate with `python3 Tests/Oracles/errata.py > Tests/Oracles/errata.txt`.
private let oracle: [String: String] = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)  // CatalogTests/ErrataOracleTests.swift
    guard let f = fopen(parts.joined(separator: "/") + "/Oracles/errata.txt", "r") else { return [:] }
    defer { fclose(f) }
    var table: [String: String] = [:]
    var buffer = [CChar](repeating: 0, count: 1 << 20)   // the longest line (64 values of D.3) is ~80 kB
    while fgets(&buffer, Int32(buffer.count), f) != nil {
        let line = String(cString: buffer).split(separator: "\n").first.map(String.init) ?? ""
        guard let space = line.firstIndex(of: " ") else { continue }
        table[String(line[..<space])] = String(line[line.index(after: space)...])
    }
    return table
}()

private func value(_ key: String) throws -> String { try #require(oracle[key], "Tests/Oracles/errata.txt has no \(key)") }
private func rationals(_ key: String) throws -> [Rational] { try value(key).split(separator: ",").map { try #require(Rational(String($0))) } }
private func verdict(_ id: String) throws -> Verdict {
    try #require(Catalog.all.first { $0.id == id }).check(CheckContext(quick: true)).verdict
}

@Test func lemma21HoldsWhereItsAssumptionHolds() throws {
    for (k, d) in [(2, 1), (3, 1), (3, 2), (4, 1), (4, 2), (4, 3)] {
        let s = try CapacityLinearStudy(inputs: k, maxMagnitude: d)
        #expect(String(s.functions) == (try value("lemma21.linear.k\(k).d\(d).functions")))
        #expect(String(s.patterns) == (try value("lemma21.linear.k\(k).d\(d).patterns")))
        #expect(s.gains == (try rationals("lemma21.linear.k\(k).d\(d).gains")))
    }
    #expect(try verdict("polarity.lemma-2.1") == .holds)
}

@Test func lemma21AssumptionFailsForXOR() throws {
    for d in [1, 2] {
        let s = try CapacityXORStudy(maxMagnitude: d)
        #expect(String(s.correct) == (try value("lemma21.xor.d\(d).correct")))
        #expect(String(s.correctFunctions) == (try value("lemma21.xor.d\(d).functions")))
        #expect(String(s.representableTemplates) == (try value("lemma21.xor.d\(d).keepingAny")))
        #expect(String(s.templatesHoldingAll) == (try value("lemma21.xor.d\(d).keepingAll")))
        #expect(String(s.bestKept) == (try value("lemma21.xor.d\(d).bestKept")))
        #expect([s.bestGain] == (try rationals("lemma21.xor.d\(d).bestGain")))
        #expect(String(s.templatesThatLose) == (try value("lemma21.xor.d\(d).lose")))
    }
    #expect(try verdict("polarity.lemma-2.1.xor") == .remark)
}

@Test func lemmaD1OnZeroOneIsARemarkWithTwoWorkingTriples() throws {
    for c in LemmaD1Construction.table {
        let name = c.subset.map(String.init).joined()
        #expect(XORDomain.zeroOne.points.map { c.output($0.0, $0.1) } == (try rationals("d1.table.\(name).zeroOne")))
        #expect(XORDomain.plusMinusOne.points.map { c.output($0.0, $0.1) } == (try rationals("d1.table.\(name).plusMinus")))
    }
    let convention = RepresentabilityConvention(hiddenBias: .zero, outputBias: .free)
    let working = try PolarityClaims.triples.filter { try FrozenSignXOR.decideByEnumeration(counts: PolarityClaims.counts($0), convention, domain: .zeroOne) != nil }
    #expect(working.map { $0.map(String.init).joined() }.joined(separator: ",") == (try value("d1.zeroOne.working")))
    #expect(try verdict("polarity.lemma-D1.01") == .remark)
}

@Test func compatibilityRuleAndSetBDisagree() throws {
    let b = (1...8).filter { UnitPattern(paperIndex: $0)!.isXORCompatible }
    #expect(b.map(String.init).joined(separator: ",") == (try value("compat.minusRule")))
    #expect((try value("compat.rule")) == "1,4,6,7")
    #expect(try verdict("polarity.compatibility-rule") == .erratum)
}

/// The oracle certifies D.2, D.3 (d = 64) ≤ P(n) for n ≤ 64 under each bias
/// convention of the paper's setting from exactly checked witnesses alone;
/// ExactNN's exact P(n) must lie above that certified lower bound, and its
/// bounds must equal the oracle's.
@Test func boundsHoldWithBiases() throws {
    #expect(try (1...64).map { try ProbabilityBounds.lemmaD2(units: $0) } == rationals("bounds.D2"))
    #expect(try (1...64).map { try ProbabilityBounds.theoremD3(units: $0, dimension: 64) } == rationals("bounds.D3.64"))
    for name in ["zero:free", "free:free", "free:zero"] { #expect((try value("p.\(name).boundsBelowLower")) == "True", "\(name)") }
    #expect((try value("bounds.D3.monotoneInD")) == "True")
    // The cheapest structure in a debug build: zero hidden biases, free output bias.
    let s = XORRepresentability(RepresentabilityConvention(hiddenBias: .zero, outputBias: .free))
    for set in try value("p.zero:free.verified").split(separator: ",") {
        #expect(try s.isRepresentable(counts: PolarityClaims.counts(set.map { Int(String($0))! })), "\(set)")
    }
    let p = try ExactProbability.table(s, maxUnits: 64)
    for (n, lower) in try rationals("p.zero:free.lower").enumerated() { #expect(p[n] >= lower, "n = \(n + 1)") }
    #expect(try verdict("polarity.exact-probability") == .holds)
}

/// With every bias zero no template of three units represents XOR: the slow,
/// structure-free search over all 120 type multisets, against D.2(3).
@Test func zeroBiasFailureBelongsToTheTable() throws {
    let zero = RepresentabilityConvention(hiddenBias: .zero, outputBias: .zero)
    var representable = 0
    for a in 1...8 { for b in a...8 { for c in b...8 where try FrozenSignXOR.decideByEnumeration(counts: PolarityClaims.counts([a, b, c]), zero) != nil {
        representable += 1
    } } }
    #expect(representable == 0)
    #expect(try ProbabilityBounds.lemmaD2(units: 3) == rationals("bounds.D2.3")[0])
    #expect(try verdict("polarity.lemma-D1.pm1") == .erratum)
}

@Test func criticalPointsOfEq317() throws {
    for (a, b) in [(2, -1), (-4, 2), (0, 0)] {
        let r = TinyNetworks.lineLoss(a: Rational(a), b: Rational(b))
        #expect(r.gradient == (try rationals("eq317.gradient.\(a).\(b)")), "(\(a), \(b))")
        #expect([r.loss] == (try rationals("eq317.loss.\(a).\(b)")))
    }
    #expect((try value("eq317.criticalWithANonPositive")) == "(0;0)")
    #expect((try value("eq317.branchZero")) == "2,1")
    #expect(try verdict("boolean.eq-3.17-critical-points") == .refuted)
}

@Test func chamberCaseListCounts() throws {
    let counts = (1...5).map(ChamberCaseList.caseCount)
    #expect(String(counts.reduce(1) { $0 * $1.all }) == (try value("chamber.cases")))
    #expect(String(counts.dropFirst().reduce(1) { $0 * $1.all }) == (try value("chamber.casesWithoutW1")))
    #expect(String(counts.reduce(1) { $0 * $1.tieFree }) == (try value("chamber.tieFree")))
    let u: [Rational] = [1, 4, 6, 8, 30], v: [Rational] = [1, 4, 6, Rational(19, 2), 30]
    #expect((ChamberCaseList.caseIndices(u) == ChamberCaseList.caseIndices(v) ? "True" : "False") == (try value("chamber.sameCase")))
    #expect((ChamberCaseList.order(u).order != ChamberCaseList.order(v).order ? "True" : "False") == (try value("chamber.ordersDiffer")))
    #expect(try verdict("boolean.chamber-case-count") == .refuted)
}
