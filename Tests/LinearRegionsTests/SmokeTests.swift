import ExactArithmetic
import Testing
@testable import LinearRegions

@Test func xorNetworkHasThreeBands() throws {
    let net = try ReLUNetwork([(weight: [[1, 1], [1, 1]].map { $0.map { Rational($0) } }, bias: [Rational(1), Rational(0)]),
                               (weight: [[Rational(1), Rational(-2)]], bias: [Rational(-1)])])
    let p = try net.activationRegions(on: .box(Rational(3)))
    #expect(p.regions.count == 3)
}
