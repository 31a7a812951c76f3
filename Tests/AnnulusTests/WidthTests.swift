import Testing
import ExactArithmetic
import ClaimKit
import PropertyTesting
import PropertyBased
@testable import Annulus

/// Width ≤ n: every component of {f > 0} and {f < 0} holds a ray, and every ray checks out on the network.
@Test func narrowNetworksHaveNoBoundedComponent() async {
    await forAll(count: 40, input: Gen.uint64(in: 0...UInt64.max)) { seed in
        var g = SeededGenerator(seed: seed)
        let n = g.int(1...3)
        let depth = g.int(1...2)
        let widths = (0..<depth).map { _ in g.int(1...n) }
        let net = DecisionNet.random(input: n, hidden: widths, range: 3, using: &g)
        for sign in [1, -1] {
            let c = DecisionComponents(net, sign: sign)
            #expect(c.boundedComponents == 0, "\(net)")
            for ray in c.rays { #expect(ray?.verify(on: net) == true, "\(net)") }
        }
    }
}

@Test(arguments: 1...4)
func widthNPlusOneConstructionsAreBounded(n: Int) throws {
    for c in AnnulusConstruction.allCases {
        let net = try c.network(dimension: n)
        let pos = DecisionComponents(net, sign: 1)
        #expect(pos.components.count == 1 && pos.boundedComponents == 1)
        // The outside is one unbounded component (two half-lines for n = 1).
        let neg = DecisionComponents(net, sign: -1)
        #expect(neg.components.count == (n == 1 ? 2 : 1) && neg.boundedComponents == 0)
        #expect(neg.rays.allSatisfy { $0!.verify(on: net) })
    }
}

@Test func aRayThatLeavesTheSetFails() throws {
    let net = try AnnulusConstruction.crossPolytope.network(dimension: 2)
    #expect(!SignRay(point: [0, 0], direction: [1, 0], sign: 1).verify(on: net))
    #expect(SignRay(point: [2, 0], direction: [1, 0], sign: -1).verify(on: net))
    // f(1/2, 0) = 1/2 > 0 but the ray crosses zero at x = 1.
    #expect(!SignRay(point: [Rational(1, 2), 0], direction: [1, 1], sign: 1).verify(on: net))
    // One unit, f = 1 − ReLU(x): {f > 0} = (−∞, 1) holds the ray towards −∞.
    let one = try DecisionNet(weights: [[[1]], [[-1]]], biases: [[0], [1]])
    #expect(SignRay(point: [0], direction: [-1], sign: 1).verify(on: one))
    #expect(one.evaluate([Rational(3)]) == -2)
}

@Test func regionCountsOfSmallArrangements() throws {
    // k lines in general position cut the plane into 1 + k + C(k, 2) regions.
    let three = try DecisionNet(weights: [[[1, 0], [0, 1], [1, 1]], [[1, 1, 1]]], biases: [[0, 0, -1], [0]])
    #expect(ActivationRegions.enumerate(three).count == 7)
    // Three concurrent lines: 6 regions; a dead unit (zero row): 4.
    let concurrent = try DecisionNet(weights: [[[1, 0], [0, 1], [1, 1]], [[1, 1, 1]]], biases: [[0, 0, 0], [0]])
    #expect(ActivationRegions.enumerate(concurrent).count == 6)
    let dead = try DecisionNet(weights: [[[1, 0], [0, 1], [0, 0]], [[1, 1, 1]]], biases: [[0, 0, 0], [0]])
    #expect(ActivationRegions.enumerate(dead).count == 4)
}
