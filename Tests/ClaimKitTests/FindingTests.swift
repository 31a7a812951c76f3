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
