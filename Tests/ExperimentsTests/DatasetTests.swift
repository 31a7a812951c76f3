import PropertyTesting
import Testing
import PropertyBased
import Trainer
@testable import Experiments

/// 27030 = 0110100110010110 is 4-parity: label of point p is popcount(p) mod 2,
/// and point p's coordinate i is −1 exactly when bit (n − i) of p is 1.
@Test func parityFromDecimal() throws {
    for spec in ["boolean:27030", "boolean:0110100110010110", "boolean:0x6996", "boolean:0b0110100110010110", "boolean:27030:4"] {
        let d = try Datasets.parse(spec, seed: 1)
        #expect(d.count == 16 && d.inputDimension == 4)
        for p in 0..<16 {
            #expect(d.label(p) == [Double(p.nonzeroBitCount % 2)], "\(spec) point \(p)")
            #expect(d.input(p) == (1...4).map { (p >> (4 - $0)) & 1 == 1 ? -1 : 1 })
            // ±1 parity: the product of coordinates is −1 exactly on odd points.
            #expect((d.input(p).reduce(1, *) < 0) == (d.label(p)[0] == 1))
        }
    }
}

/// Numbers and binary strings agree for every 3-input function.
@Test func decimalMatchesBinary() async throws {
    await forAll(count: 100, input: Gen.int(in: 0...255)) { v in
        let binary = String(v, radix: 2)
        let padded = String(repeating: "0", count: 8 - binary.count) + binary
        let a = try! Datasets.truthTable(padded), b = try! Datasets.truthTable(String(v), inputs: 3)
        let c = try! Datasets.truthTable("0x" + String(v, radix: 16), inputs: 3)
        #expect(a == b && b == c)
        #expect(a.count == 8)
    }
    #expect(try Datasets.truthTable("255").count == 8)
    #expect(try Datasets.truthTable("255", inputs: 4) == Array(repeating: false, count: 8) + Array(repeating: true, count: 8))
    #expect(try Datasets.truthTable("10") == [true, false])  // a binary string, not ten
    #expect(try Datasets.truthTable("10", inputs: 3) == [false, false, false, false, true, false, true, false])
}

@Test func malformedSpecs() {
    for spec in ["boolean:", "boolean", "boolean:12a", "boolean:0x", "boolean:0xg1", "boolean:-3", "boolean:0b012",
                 "boolean:255:2", "boolean:1:0", "boolean:1:17", "boolean:99999999999999999999999",
                 "xor5d:0", "xor5d:abc", "xor5d", "xor5d:10:-1", "parity:4", ""] {
        #expect(throws: TrainerError.self, "\(spec)") { try Datasets.parse(spec, seed: 1) }
    }
}

/// XOR-5D: five coordinates, balanced labels; with σ = 0 the first two
/// coordinates are exactly the corners and the label is their XOR;
/// the same seed gives the same data.
@Test func xor5d() throws {
    let d = try Datasets.parse("xor5d:400:0", seed: 3)
    #expect(d.count == 400 && d.inputDimension == 5)
    #expect(d.labels.reduce(0, +) == 200)
    for i in 0..<d.count {
        let x = d.input(i)
        #expect(abs(x[0]) == 1 && abs(x[1]) == 1)
        #expect(d.label(i)[0] == (x[0] != x[1] ? 1 : 0))
    }
    let noise = (0..<d.count).flatMap { Array(d.input($0)[2...]) }
    let mean = noise.reduce(0, +) / Double(noise.count)
    #expect(abs(mean - 1) < 0.1)
    #expect(try Datasets.parse("xor5d:50", seed: 9) == Datasets.parse("xor5d:50", seed: 9))
    #expect(try Datasets.parse("xor5d:50", seed: 9) != Datasets.parse("xor5d:50", seed: 10))
}

/// `digits[:N]`: the stratified training split (1797 rows, 70 %), one-hot
/// over ten outputs, optionally its first N rows; bad counts are one line.
@Test func digitsSpec() throws {
    let all = try Datasets.parse("digits", seed: 3)
    #expect(all.count == 1797 - (0...9).map { c in Int((0.3 * Double(try! Digits.load().labels.filter { $0 == c }.count)).rounded()) }.reduce(0, +))
    #expect(all.inputDimension == 64 && all.outputDimension == 10)
    let few = try Datasets.parse("digits:100", seed: 3)
    #expect(few.count == 100 && few.input(0) == all.input(0))
    for bad in ["digits:0", "digits:x", "digits:5:6"] {
        #expect(throws: TrainerError.self) { try Datasets.parse(bad, seed: 1) }
    }
}
