import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis

@Test func fourParityIs27030() throws {
    let p = try TruthTable.parity(4)
    #expect(p.decimal == "27030")
    #expect(p.binary == "0110100110010110")
    #expect(try TruthTable(parsing: "27030") == p)
    #expect(try TruthTable(parsing: "01101001 10010110") == p)
    #expect(try TruthTable(parsing: "0x6996") == p)
    #expect(p.hex == "0x6996")
}

@Test func handExamplesOfTheBitOrder() throws {
    // f(00), f(01), f(10), f(11) with x₁ the high bit of the position.
    #expect(try TruthTable.and(2).binary == "0001")
    #expect(try TruthTable.or(2).decimal == "7")
    #expect(try TruthTable.dictator(2, 1).binary == "0011")
    #expect(try TruthTable.dictator(2, 2).binary == "0101")
    #expect(try TruthTable.majority(3).binary == "00010111")
    // Table 3.3 rows: decimal and binary columns agree.
    for (d, b) in [("7140", "0001101111100100"), ("1716", "0000011010110100"), ("278", "0000000100010110"),
                   ("7128", "0001101111011000")] {
        #expect(try TruthTable(parsing: d, variables: 4).binary == b)
        #expect(try TruthTable(parsing: b).decimal == d)
    }
    let t = try TruthTable(parsing: "0001")
    #expect(t[3] && !t[0] && !t[1] && !t[2])
}

@Test func badInputGivesClearErrors() {
    func message(_ text: String, _ n: Int? = nil) -> String {
        do { _ = try TruthTable(parsing: text, variables: n); return "" } catch { return "\(error)" }
    }
    #expect(message("011").contains("not a power of two"))
    #expect(message("01a0").contains("not a truth table"))
    #expect(try! TruthTable(parsing: "0120").decimal == "120")  // digits other than 0/1: a decimal value
    #expect(message("0b0120").contains("only contain the characters 0 and 1"))
    #expect(message("70000", 4).contains("too large for n = 4"))
    #expect(message("5", 25).contains("npn count"))
    #expect(message("").contains("empty"))
    #expect(message("0xzz").contains("hex"))
    #expect(message("1", 0).contains("out of range"))
    #expect(throws: BooleanError.self) { try TruthTable.dictator(3, 4) }
    #expect(throws: BooleanError.self) { try TruthTable.named("xor", variables: 3) }
    #expect(throws: BooleanError.self) { try TruthTable(zeroWithVariables: 21) }
}

@Test func printAndParseRoundTrip() async {
    await forAll(count: 100, input: Gen.int(in: 1...12), Gen.int(in: 0...Int.max)) { n, seed in
        let t = try! TruthTable.random(n, seed: UInt64(seed))
        #expect(try! TruthTable(parsing: t.binary) == t)
        #expect(try! TruthTable(parsing: t.decimal, variables: n) == t)
        #expect(try! TruthTable(parsing: t.hex, variables: n) == t)
        // The value is the binary string read as a number.
        var v = 0 as UInt64
        if n <= 6 { for c in t.binary { v = v << 1 | (c == "1" ? 1 : 0) }; #expect(v == t.word) }
    }
}

@Test func familiesMatchTheirDefinitions() throws {
    for n in 1...7 {
        let maj = try TruthTable.majority(n), th = try TruthTable.threshold(n, atLeast: 2)
        for x in 0..<(1 << n) {
            let ones = (0..<n).filter { x >> $0 & 1 == 1 }.count
            #expect(maj[x] == (2 * ones > n))
            #expect(th[x] == (ones >= 2))
        }
    }
    #expect(try TruthTable.random(5, seed: 7) == TruthTable.random(5, seed: 7))
    #expect(try TruthTable.random(5, seed: 7) != TruthTable.random(5, seed: 8))
}
