import ClaimKit
import ExactArithmetic

/// A fixed unit whose balancing figures the oracle (Tests/Oracles/area_balance.py)
/// recomputes from eq. 9, 10, 12 and 13 alone: the random networks of the
/// claims come from ExactNN's generator, this one is written out.
extension BalanceClaims {
    /// A[2,1,2] with a bias: hidden unit 3 has incoming weights 1 (bias), −2, 3
    /// and outgoing weights 4, −1/2; the outputs' biases are 1 and −1.
    static func witness(precision: Int) throws -> Network<BigFloat> {
        let edges: [(from: Int, to: Int, weight: Rational)] = [(0, 3, 1), (1, 3, -2), (2, 3, 3), (3, 4, 4), (3, 5, Rational(-1, 2)), (0, 4, 1), (0, 5, -1)]
        return try Network(inputCount: 2, hiddenCount: 1, outputCount: 2, edges: edges, hiddenActivation: [.relu])
            .map { BigFloat($0, precision: precision) }
    }

    static let witnessUnit = 3
    static let witnessName = "in=[1,-2,3],out=[4,-1/2]"
    static let witnessExponents: [Rational] = [Rational(1, 2), 1, 2, 3]

    /// λ* of eq. 10 (certified root) for L_p, p ∈ `witnessExponents`, and for g = w² + |w|/2.
    static func witnessLambdas() throws -> [KeyFigure] {
        let net = try witness(precision: 160)
        var out: [KeyFigure] = []
        for p in witnessExponents {
            let root = try NeuronBalancing.certifiedRoot(net, unit: witnessUnit, try .lp(p), precision: 160)
            out.append(KeyFigure("lambda_star(\(witnessName),p=\(p))", .certified(root.certifiedDigits(25) ?? "?")))
        }
        let mixed = try AdditiveRegularizer([(1, 2), (Rational(1, 2), 1)])
        let root = try NeuronBalancing.certifiedRoot(net, unit: witnessUnit, mixed, precision: 160)
        out.append(KeyFigure("lambda_star(\(witnessName),g=w^2+|w|/2)", .certified(root.certifiedDigits(25) ?? "?")))
        return out
    }

    /// Eq. 13's predicted decrease and the realised one, for L_p, p ∈ `witnessExponents`.
    static func witnessDecreases() throws -> [KeyFigure] {
        var out: [KeyFigure] = []
        for p in witnessExponents {
            var net = try witness(precision: 200)
            let predicted = try NeuronBalancing.predictedDecrease(net, unit: witnessUnit, p: p)
            let before = net.regularizer(try .lp(p))
            try NeuronBalancing.balance(&net, unit: witnessUnit, p: p)
            let actual = before - net.regularizer(try .lp(p))
            out += [KeyFigure("delta_R_eq13(\(witnessName),p=\(p))", .certified(predicted.toString(significantDigits: 30))),
                    KeyFigure("delta_R_actual(\(witnessName),p=\(p))", .certified(actual.toString(significantDigits: 30)))]
        }
        return out
    }

    /// Theorem 22 vs Remark 24 for g = w² + |w|/2: the roots of eq. 9 and eq. 10.
    static func witnessBalanceVersusMinimum() throws -> [KeyFigure] {
        let net = try witness(precision: 160)
        let mixed = try AdditiveRegularizer([(1, 2), (Rational(1, 2), 1)])
        let r9 = try NeuronBalancing.certifiedRoot(net, unit: witnessUnit, mixed, precision: 160, equation: .balance)
        let r10 = try NeuronBalancing.certifiedRoot(net, unit: witnessUnit, mixed, precision: 160)
        return [KeyFigure("lambda_eq9(\(witnessName),g=w^2+|w|/2)", .certified(r9.certifiedDigits(25) ?? "?")),
                KeyFigure("lambda_eq10(\(witnessName),g=w^2+|w|/2)", .certified(r10.certifiedDigits(25) ?? "?"))]
    }
}

extension BalanceClaims {
    /// Bias-free A[2,2,2,1] for Theorem 45: A₁ = [[1, 2], [3, −1]], A₂ = [[1/2, −1], [2, 1]],
    /// A₃ = [3, −2] (row j lists the weights into unit j of the next layer).
    static let tiedWidths = [2, 2, 2, 1]
    static let tiedName = "A1=[[1,2],[3,-1]],A2=[[1/2,-1],[2,1]],A3=[3,-2]"

    static func tiedWitness() throws -> Network<Rational> {
        let layers: [[[Rational]]] = [[[1, 2], [3, -1]], [[Rational(1, 2), -1], [2, 1]], [[3, -2]]]
        var start = [1]
        for w in tiedWidths { start.append(start.last! + w) }
        var edges: [(from: Int, to: Int, weight: Rational)] = []
        for (l, a) in layers.enumerated() {
            for (j, row) in a.enumerated() { for (i, w) in row.enumerated() { edges.append((start[l] + i, start[l + 1] + j, w)) } }
        }
        return try Network(inputCount: 2, hiddenCount: 4, outputCount: 1, edges: edges, hiddenActivation: [Activation](repeating: .relu, count: 4))
    }

    /// M_l reached by tied layer balancing (p = 2) and eq. 50 as printed, 20 digits each.
    static func tiedFigures() throws -> [KeyFigure] {
        let net = try tiedWitness()
        var b = try LpBalancer(network: net, p: 2, precision: 256)
        let r = b.run(.tiedLayers(Architectures.hiddenLayers(widths: tiedWidths)))
        let realised = TiedLayerClosedForm.realised(r.multipliers, widths: tiedWidths)
        let printed = TiedLayerClosedForm.printed(try TiedLayerClosedForm.layerSums(net, widths: tiedWidths, p: 2, precision: 256))
        return realised.indices.flatMap { l in
            [KeyFigure("M_realised(\(tiedName),p=2,l=\(l + 1))", .certified(realised[l].toString(significantDigits: 20))),
             KeyFigure("M_printed_eq50(\(tiedName),l=\(l + 1))", .certified(printed[l].toString(significantDigits: 20)))]
        }
    }
}
