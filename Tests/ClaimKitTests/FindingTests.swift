import Testing
import ClaimKit

@Test func holdsIfPicksTheVerdictAndKeepsTheCounterexample() {
    let good = Finding.holds(if: true, "fine", counterexample: "never")
    #expect(good.verdict == .holds)
    #expect(good.counterexample == nil)
    let bad = Finding.holds(if: false, "broken", counterexample: "n = 3")
    #expect(bad.verdict == .refuted)
    #expect(bad.counterexample == "n = 3")
}

@Test func remarkIfConfirmsOrRefutesTheRemark() {
    #expect(Finding.remark(if: true, "seen", counterexample: "never").verdict == .remark)
    let bad = Finding.remark(if: false, "not seen", counterexample: "the witness fails")
    #expect(bad.verdict == .refuted)
    #expect(bad.counterexample == "the witness fails")
}

@Test func strengthLabelsAndReadings() {
    #expect(Strength.typographical("a digit", transcriptionSlip: true).label == "typographical (transcription slip?)")
    #expect(Strength.typographical("a sign", transcriptionSlip: false).label == "typographical")
    #expect(Strength.substantive("wrong").description == "substantive: wrong")
    let r = Reading(printed: "\\ll", line: 295, readAs: "≫", alternative: "as printed: erratum.")
    let s = Strength.reading(r, "one glyph.")
    #expect(s.kind == .reading && !s.transcriptionSlip)
    #expect(s.description == "reading: one glyph. Printed `\\ll` (line 295 of the text) is read as ≫; as printed: erratum.")
}

@Test func sourcesPrintPaperSectionAndLabel() {
    #expect(Source(.polarity, section: "App. D", label: "Lemma D.2").description == "paper 000, App. D, Lemma D.2")
    #expect(Source(nil, section: "x", label: "Machin").description == "ExactNN self-check: Machin")
}

@Test func cellFormattingIsShortAndStable() {
    #expect(Cell.measured(3).description == "3")
    #expect(Cell.measured(0.123456789).description == "0.12345")
    #expect(Cell.measured(1234.56789).description == "1234.56")
    #expect(Cell.exact("-3/7").description == "-3/7")
}
