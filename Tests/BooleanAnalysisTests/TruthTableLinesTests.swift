import Testing
import PropertyTesting
import PropertyBased
@testable import BooleanAnalysis

/// The batch line reader: numbering, comments, blank lines, errors.
@Suite struct TruthTableLinesTests {
    @Test func commentsAndBlankLinesAreSkippedButCounted() throws {
        let lines = ["# my functions", "27030", "", "   ", "0001  # AND₂", "0x6996\r", "  01101001 10010110  "]
        let entries = Array(TruthTableLines(lines: lines))
        #expect(entries.map(\.line) == [2, 5, 6, 7])
        #expect(entries.map(\.text) == ["27030", "0001", "0x6996", "01101001 10010110"])
        let tables = try entries.map { try $0.table.get() }
        #expect(tables == [try .parity(4), try .and(2), try .parity(4), try .parity(4)])
    }

    @Test func aBadLineNamesItsNumberAndReadingGoesOn() {
        let entries = Array(TruthTableLines(variables: 4, lines: ["7140", "hello", "0x1ffff", "1716"]))
        #expect(entries.map(\.line) == [1, 2, 3, 4])
        guard case .failure(let e2) = entries[1].table, case .failure(let e3) = entries[2].table else {
            Issue.record("lines 2 and 3 should fail"); return
        }
        #expect(e2.message.hasPrefix("line 2: 'hello' is not a truth table"))
        #expect(e3.message.hasPrefix("line 3: value '0x1ffff' is too large for n = 4"))
        #expect((try? entries[3].table.get())?.decimal == "1716")
    }

    @Test func variablesReadDecimalsAsNInputTables() throws {
        // 5 = 0b101 needs 3 bits: the least n is 2 (4 entries) unless n is given.
        let t = try Array(TruthTableLines(variables: 5, lines: ["5"]))[0].table.get()
        #expect(t.variables == 5 && t.decimal == "5")
        let u = try Array(TruthTableLines(lines: ["5"]))[0].table.get()
        #expect(u.variables == 2 && u.binary == "0101")
    }

    @Test func emptyInputHasNoEntries() {
        #expect(Array(TruthTableLines(lines: [])).isEmpty)
        #expect(Array(TruthTableLines(lines: ["", "#", "  # x"])).isEmpty)
    }

    /// Any table written in any of the three notations, with a comment and
    /// padding, reads back as itself on its own line number.
    @Test func everyNotationRoundTrips() async {
        await forAll(count: 200, input: Gen.int(in: 1...6), Gen.uint64()) { n, v in
            let f = try TruthTable(variables: n, value: v & TruthTable.mask(n))
            let lines = ["# header", " \(f.binary) # binary", "\(f.decimal)", "\(f.hex)\t"]
            let entries = Array(TruthTableLines(variables: n, lines: lines))
            #expect(entries.map(\.line) == [2, 3, 4])
            for e in entries { #expect(try e.table.get() == f) }
        }
    }
}
