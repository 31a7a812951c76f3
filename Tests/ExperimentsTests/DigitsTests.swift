import Testing
import Trainer
@testable import Experiments

@Test func digitsFileShape() throws {
    let t = try Digits.load()
    #expect(t.labels.count == 1797 && t.pixels.count == 1797)
    #expect(t.pixels.allSatisfy { $0.count == 64 })  // 64 pixels + the label = 65 columns
    #expect(Set(t.labels) == Set(0...9))
    #expect(t.pixels.allSatisfy { $0.allSatisfy { (0...16).contains($0) } })
    // The first row of the file, read by eye.
    #expect(Array(t.pixels[0].prefix(6)) == [0, 0, 5, 13, 9, 1] && t.labels[0] == 0)
}

/// Stratified: each class's test share is its rounded 30 %, parts are
/// disjoint and cover every row, one-hot labels, the same seed gives the
/// same split.
@Test func digitsSplit() throws {
    let t = try Digits.load()
    let (train, test) = try Digits.split(t, testFraction: 0.3, seed: 4)
    #expect(train.count + test.count == 1797 && train.inputDimension == 64 && train.outputDimension == 10)
    for c in 0...9 {
        let total = t.labels.filter { $0 == c }.count
        let inTest = (0..<test.count).filter { test.label($0)[c] == 1 }.count
        #expect(inTest == Int((0.3 * Double(total)).rounded()))
    }
    #expect((0..<train.count).allSatisfy { train.label($0).reduce(0, +) == 1 })
    #expect(try Digits.split(t, testFraction: 0.3, seed: 4).train == train)
    #expect(try Digits.split(t, testFraction: 0.3, seed: 5).train != train)
    #expect(try Digits.split(t, testFraction: 0.3, seed: 4, trainingLimit: 50).train.count == 50)
}

@Test func digitsErrors() throws {
    #expect(throws: TrainerError.self) { try Digits.load(path: "/nonexistent/digits.csv.gz") }
    #expect(throws: TrainerError.self) { try Digits.parse("1,2,3\n", name: "x") }
    #expect(throws: TrainerError.self) { try Digits.parse(String(repeating: "17,", count: 64) + "1\n", name: "x") }
    #expect(throws: TrainerError.self) { try Digits.parse(String(repeating: "0,", count: 64) + "10\n", name: "x") }
    #expect(throws: TrainerError.self) { try Digits.parse("", name: "x") }
    let t = try Digits.parse(String(repeating: "0,", count: 64) + "3\n", name: "x")
    #expect(t.labels == [3])
    for f in [0.0, 1.0, -0.5] {
        #expect(throws: TrainerError.self) { try Digits.split(t, testFraction: f, seed: 1) }
    }
}
