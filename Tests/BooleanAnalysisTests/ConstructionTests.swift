import PropertyTesting
import Testing
import PropertyBased
@testable import BooleanAnalysis
import ExactArithmetic

@Test func lemmaA21InterpolatesExactly() async {
    await forAll(count: 60, input: Gen.int(in: 2...8), Gen.int(in: 0...Int.max)) { k, seed in
        var state = UInt64(seed)
        var xs: [Rational] = [], x = Rational(Int(splitMix64(&state) % 11) - 5)
        for _ in 0..<k { xs.append(x); x += Rational(1 + Int(splitMix64(&state) % 7), 1 + Int(splitMix64(&state) % 3)) }
        let ys = (0..<k).map { _ in Rational(Int(splitMix64(&state) % 21) - 10, 1 + Int(splitMix64(&state) % 4)) }
        let alpha = Rational(Int(splitMix64(&state) % 10), 10)
        let v = try! interpolatingNetwork(points: xs, values: ys, alpha: alpha)
        #expect(v.width == k - 1)
        for (x, y) in zip(xs, ys) { #expect(v(x) == y) }
    }
}

@Test func statedInverseInvertsTheDerivedMatrixNotThePrintedOne() throws {
    for m in 1...8 {
        for alpha in [Rational(0), Rational(1, 3), Rational(-2), Rational(5, 7)] {
            let inv = try LemmaA21Matrix.inverse(size: m, alpha: alpha)
            let product = LemmaA21Matrix.matrix(size: m, alpha: alpha) * inv
            for i in 0..<m { for j in 0..<m { #expect(product.entries[i][j] == Rational(i == j ? 1 : 0)) } }
            if m >= 2 && alpha != 0 {
                let printed = LemmaA21Matrix.matrix(size: m, alpha: alpha, printed: true) * inv
                #expect((0..<m).contains { i in (0..<m).contains { j in printed.entries[i][j] != Rational(i == j ? 1 : 0) } })
            }
        }
    }
    #expect(throws: BooleanError.self) { try LemmaA21Matrix.inverse(size: 3, alpha: 1) }
    #expect(throws: BooleanError.self) { try interpolatingNetwork(points: [0, 1], values: [0, 1], alpha: 1) }
    #expect(throws: BooleanError.self) { try interpolatingNetwork(points: [1, 0], values: [0, 1], alpha: 0) }
}

@Test func widthSNetworksClassifyEveryThreeInputClass() throws {
    for c in try npnClasses(variables: 3) {
        let f = c.representative
        let s = try swapsValue(f)
        let (points, labels) = projection(f, s)
        for alpha in [Rational(0), Rational(1, 10)] {
            let v = try widthSNetwork(points: points, labels: labels, alpha: alpha)
            #expect(v.classifies(points, labels), "class \(c.word) α = \(alpha)")
            #expect(v.width == max(1, s.value))
        }
    }
}

@Test func xorHasNoOneNodeNetworkButThreeChangesFitTwoNodes() throws {
    let xor = try TruthTable(parsing: "0110")
    let s = try swapsValue(xor)
    let (p, l) = projection(xor, s)
    #expect(s.value == 2)
    #expect(narrowNetwork(points: p, labels: l, alpha: Rational(1, 10)) == nil)
    let three = [Rational(0), 1, 2, 3], labels = [true, false, true, false]
    let v = try #require(narrowNetwork(points: three, labels: labels, alpha: Rational(1, 10)))
    #expect(v.width == 2 && v.classifies(three, labels))
}

@Test func zigzagAlternatesAndSolvesParity() throws {
    for (w, l) in [(2, 1), (2, 2), (3, 2), (2, 3)] {
        for alpha in [Rational(0), Rational(1, 10)] {
            let z = try DeepZigzag(width: w, depth: l, alpha: alpha)
            #expect(z.gridSignChanges == z.cellCount)
            for n in 1...z.cellCount where n <= 8 { #expect(z.solvesParity(n)) }
        }
    }
}

@Test func criticalPointsOfSection333() {
    let good = TinyNetworks.lineLoss(a: 2, b: -1)
    #expect(good.loss == 0 && good.gradient.allSatisfy { $0.isZero })
    let stated = TinyNetworks.lineLoss(a: -4, b: 2)
    #expect(stated.gradient == [Rational(-14), Rational(16)])
    let p = TinyNetworks.XorParameters(o: [1, -1], w: [0, -2], b: [-1, Rational(-2, 3)], c: Rational(1, 3))
    let r = TinyNetworks.xorLoss(p)
    #expect(r.loss == Rational(8, 3) && r.gradient.allSatisfy { $0.isZero })
}
