import Testing
import Foundation
import ExactArithmetic
@testable import NeuralBalance

@Test func exploreTmp() throws {
    let widths = [4, 16, 16, 2]
    let net = try Architectures.layered(widths: widths, seed: 7)
    for sched in [Schedule.random(seed: 1), .random(seed: 2), .cyclic, .tiedLayers(Architectures.hiddenLayers(widths: widths))] {
        let t0 = Date()
        var b = try LpBalancer(network: net, p: 2, precision: 256)
        let r = b.run(sched)
        print(sched, r.sweeps, r.converged, r.initialRegularizer.toString(significantDigits: 10), r.finalRegularizer.toString(significantDigits: 30), r.monotone, r.smallestStepDecrease.toString(significantDigits: 3), Date().timeIntervalSince(t0))
    }
    let nb = try Architectures.layered(widths: widths, bias: false, seed: 7)
    var b = try LpBalancer(network: nb, p: 2, precision: 256)
    let r = b.run(.tiedLayers(Architectures.hiddenLayers(widths: widths)))
    let s = try TiedLayerClosedForm.layerSums(nb, widths: widths, p: 2, precision: 256)
    print(TiedLayerClosedForm.realised(r.multipliers, widths: widths).map { $0.toString(significantDigits: 20) })
    print(TiedLayerClosedForm.corrected(s, p: 2).map { $0.toString(significantDigits: 20) })
    print(TiedLayerClosedForm.printed(s).map { $0.toString(significantDigits: 20) })
    return;  let big = try Architectures.layered(widths: [40, 70, 70, 50, 10], seed: 3)
    print("edges", big.edges.count)
    let t0 = Date()
    var bb = try LpBalancer(network: big, p: 2, precision: 256)
    let rb = bb.run(.random(seed: 5))
    print(rb.sweeps, rb.converged, Date().timeIntervalSince(t0))
}
