import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis
import ExactArithmetic

func weight(_ w: [Rational], _ x: Int) -> Rational {
    let n = w.count
    return (0..<n).reduce(Rational(0)) { $0 + (x >> (n - 1 - $1) & 1 == 1 ? w[$1] : 0) }
}

/// The witness sorts the points strictly into the stated order.
func witnessInducesOrder(_ w: [Rational], _ order: [Int]) -> Bool {
    zip(order, order.dropFirst()).allSatisfy { weight(w, $0.0) < weight(w, $0.1) }
}

@Test func regionCountsOfTheWholeSpaceAndTheChamber() throws {
    #expect(try weightOrders(variables: 1, chamber: false).count == 2)
    #expect(try weightOrders(variables: 2, chamber: false).count == 8)
    #expect(try weightOrders(variables: 3, chamber: false).count == 96)
    for n in 1...3 {
        // The group of order 2ⁿ·n! acts freely on regions: whole = chamber · 2ⁿ · n!.
        let whole = try weightOrders(variables: n, chamber: false).count
        let chamber = try weightOrders(variables: n, chamber: true)
        #expect(whole == chamber.count * (1 << n) * (1...n).reduce(1, *))
        for o in chamber { #expect(witnessInducesOrder(o.witness, o.order)) }
    }
    #expect(try weightOrders(variables: 4, chamber: true).count == 14)
    #expect(throws: BooleanError.self) { try weightOrders(variables: 5, chamber: false) }
    #expect(throws: BooleanError.self) { try swapsValue(TruthTable.parity(7)) }
    #expect(try swapsValue(TruthTable.parity(6)).value == 6)   // n = 6 runs on the shipped chamber orders
}

@Test func swapsMatchesTheMinimumOverAllRegionsForNUpTo3() throws {
    for n in 1...3 {
        let regions = try weightOrders(variables: n, chamber: false)
        for v in 0..<(UInt64(1) << (1 << n)) {
            let f = try TruthTable(variables: n, value: v)
            let brute = regions.map { classChanges(f, along: $0.order) }.min()!
            let s = try swapsValue(f)
            #expect(s.value == brute)
            #expect(witnessInducesOrder(s.witness, s.order))
            #expect(classChanges(f, along: s.order) == s.value)
        }
    }
}

@Test func randomWeightsNeverBeatTheSwapsValue() async {
    await forAll(count: 40, input: Gen.int(in: 0...Int.max)) { seed in
        var state = UInt64(seed)
        let n = 4
        let f = try! TruthTable.random(n, seed: splitMix64(&state))
        let s = try! swapsValue(f)
        #expect(witnessInducesOrder(s.witness, s.order))
        #expect(classChanges(f, along: s.order) == s.value)
        for _ in 0..<50 {
            let w = (0..<n).map { _ in Rational(Int(splitMix64(&state) % 2001) - 1000, 1 + Int(splitMix64(&state) % 97)) }
            let order = (0..<(1 << n)).sorted { weight(w, $0) < weight(w, $1) }
            guard witnessInducesOrder(w, order) else { continue }   // ties: not generic
            #expect(classChanges(f, along: order) >= s.value)
        }
    }
}

@Test func paritySwapsIsN() throws {
    for n in 1...4 { #expect(try swapsValue(.parity(n)).value == n) }
}

@Test func fiveInputChamberHas516Orders() throws {
    let orders = try weightOrders(variables: 5, chamber: true)
    #expect(orders.count == 516)
    #expect(Set(orders.map(\.order)).count == 516)
    for o in orders { #expect(witnessInducesOrder(o.witness, o.order)) }
}
