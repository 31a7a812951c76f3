import ExactArithmetic

/// Neuron, independent-layer and tied-layer balancing for L_p, run in the
/// power domain: the balancer keeps a_e = |w_e|^p and U_i = Λ_i^p, where Λ_i
/// is unit i's cumulative scaling factor (paper 004, eqs. 33–34). Balancing
/// unit i (exponent c, §B.5.3) multiplies U_i by μ = (c·S_OUT/S_IN)^(1/(c+1)),
/// its incoming a_e by μ and its outgoing a_e by μ^(−c) — exactly B(i) of
/// Theorem 26 (μ = λ*^p; for c = 1, μ = √(S_OUT/S_IN)), with one root per
/// step instead of one power per weight. The weights are recovered at the end
/// as w_e = w_e(0)·Λ_to/Λ_from^c.
///
/// Self-loops of BiLU units and edges inside a tied set cost the same before
/// and after scaling, so they are left out of S_IN and S_OUT.
public struct LpBalancer {
    public let p: Rational
    public let precision: Int
    let from: [Int], to: [Int]
    let incoming: [[Int]], outgoing: [[Int]]
    let exponent: [Int]
    let w0: [BigFloat]
    var a: [BigFloat]
    var u: [BigFloat]
    /// Hidden units that can be balanced, and the dead ones skipped (Remark 25).
    public let live: [Int]
    public let dead: [Int]

    /// **Edge cases:** p ≤ 0 throws; precision is clamped to 64…100 000 bits;
    /// a BiPU unit (c ≠ 1) with a self-loop throws (its cost is not separable).
    public init<W>(network: Network<W>, p: Rational, precision: Int, convert: (W) -> BigFloat) throws {
        guard p.signum > 0 else { throw BalanceError("p must be positive, got \(p)") }
        self.p = p
        self.precision = min(max(precision, 64), 100_000)
        from = network.edges.map(\.from)
        to = network.edges.map(\.to)
        incoming = network.incoming
        outgoing = network.outgoing
        exponent = network.activations.map(\.exponent)
        w0 = network.edges.map { BigFloat(convert($0.weight), precision: precision) }
        a = w0.map { AdditiveRegularizer.power($0, p) }
        u = [BigFloat](repeating: BigFloat(1, precision: precision), count: network.unitCount)
        let deadUnits = network.hiddenUnits.filter { i in
            network.incoming[i].allSatisfy { network.edges[$0].weight.signum == 0 }
                || network.outgoing[i].allSatisfy { network.edges[$0].weight.signum == 0 }
        }
        dead = deadUnits
        live = network.hiddenUnits.filter { !deadUnits.contains($0) }
        let exps = exponent, froms = from
        for i in live where exps[i] != 1 && network.incoming[i].contains(where: { froms[$0] == i }) {
            throw BalanceError("BiPU unit \(i) has a self-loop; balancing needs c = 1 there")
        }
    }

    public init(network: Network<Rational>, p: Rational, precision: Int) throws {
        try self.init(network: network, p: p, precision: precision) { BigFloat($0, precision: precision) }
    }

    public init(network: Network<BigFloat>, p: Rational, precision: Int) throws {
        try self.init(network: network, p: p, precision: precision) { $0 }
    }

    /// R = Σ_e |w_e|^p now.
    public var regularizer: BigFloat {
        var s = BigFloat(0, precision: precision)
        for x in a { s += x }
        return s
    }

    /// S_IN and S_OUT of a set of units (edges inside the set excluded).
    func sums(_ units: [Int], inside: (Int) -> Bool) -> (BigFloat, BigFloat) {
        var sIn = BigFloat(0, precision: precision), sOut = BigFloat(0, precision: precision)
        for i in units {
            for e in incoming[i] where !inside(from[e]) { sIn += a[e] }
            for e in outgoing[i] where !inside(to[e]) { sOut += a[e] }
        }
        return (sIn, sOut)
    }

    /// Balances one live hidden unit; returns (|μ − 1|, ΔR predicted by eq. 13
    /// in its power-domain form S_IN + S_OUT − (μS_IN + μ^(−c)S_OUT)).
    /// With `fraction` γ the unit is only partly balanced, by μ*^γ (Remark
    /// 41): R(log μ) is convex with its minimum at log μ*, so any γ ∈ (0, 1]
    /// lowers R.
    ///
    /// **Edge cases:** γ outside (0, 1] is clamped into it.
    @discardableResult
    public mutating func balance(unit i: Int, fraction: Rational = 1) -> (change: BigFloat, decrease: BigFloat) {
        let (sIn, sOut) = sums([i]) { $0 == i }
        let c = exponent[i]
        if sIn.isZero || sOut.isZero { return (BigFloat(0, precision: precision), BigFloat(0, precision: precision)) }
        let ratio = sOut.divided(by: sIn).multiplied(by: BigFloat(c, precision: precision))
        var mu = c == 1 ? ratio.squareRoot() : ratio.power(BigFloat(Rational(1, c + 1), precision: precision))
        if fraction.signum > 0 && fraction < 1 { mu = mu.power(BigFloat(fraction, precision: precision)) }
        let muC = mu.power(c)
        let decrease = (sIn + sOut) - (mu * sIn + sOut / muC)
        apply(units: [i], mu: mu, muC: muC)
        return ((mu - BigFloat(1, precision: precision)).magnitude, decrease)
    }

    /// |μ − 1| that balancing unit i would apply now (0 for dead units).
    public func imbalance(unit i: Int) -> BigFloat {
        let (sIn, sOut) = sums([i]) { $0 == i }
        let c = exponent[i]
        if sIn.isZero || sOut.isZero { return BigFloat(0, precision: precision) }
        let ratio = sOut.divided(by: sIn).multiplied(by: BigFloat(c, precision: precision))
        let mu = c == 1 ? ratio.squareRoot() : ratio.power(BigFloat(Rational(1, c + 1), precision: precision))
        return (mu - BigFloat(1, precision: precision)).magnitude
    }

    /// |μ − 1| that tied balancing of the set would apply now.
    public func tiedImbalance(units: [Int]) -> BigFloat {
        let set = Set(units)
        let (sIn, sOut) = sums(units.filter { !dead.contains($0) }) { set.contains($0) }
        if sIn.isZero || sOut.isZero { return BigFloat(0, precision: precision) }
        return (sOut.divided(by: sIn).squareRoot() - BigFloat(1, precision: precision)).magnitude
    }

    /// Tied balancing of a set of BiLU units: one μ = √(S_OUT(I)/S_IN(I)) for all.
    @discardableResult
    public mutating func balanceTied(units: [Int]) -> (change: BigFloat, decrease: BigFloat) {
        let set = Set(units)
        let members = units.filter { !dead.contains($0) }
        let (sIn, sOut) = sums(members) { set.contains($0) }
        if sIn.isZero || sOut.isZero { return (BigFloat(0, precision: precision), BigFloat(0, precision: precision)) }
        let mu = sOut.divided(by: sIn).squareRoot()
        let decrease = (sIn + sOut) - (mu * sIn + sOut / mu)
        apply(units: members, mu: mu, muC: mu)
        return ((mu - BigFloat(1, precision: precision)).magnitude, decrease)
    }

    private mutating func apply(units: [Int], mu: BigFloat, muC: BigFloat) {
        let inverse = BigFloat(1, precision: precision).divided(by: muC)
        for i in units {
            u[i] *= mu
            for e in incoming[i] { a[e] *= mu }
            for e in outgoing[i] { a[e] *= inverse }
        }
    }

    /// Λ_i = U_i^(1/p) for every unit (1 for visible units).
    public var multipliers: [BigFloat] {
        u.map { p == 1 ? $0 : (p == 2 ? $0.squareRoot() : $0.power(BigFloat(Rational(1) / p, precision: precision))) }
    }

    /// The current weights w_e = w_e(0)·Λ_to / Λ_from^c.
    public var weights: [BigFloat] {
        let lambda = multipliers
        return w0.indices.map { e in
            let f = from[e]
            let c = exponent[f]
            let down = c == 1 ? lambda[f] : lambda[f].power(c)
            return w0[e] * lambda[to[e]] / down
        }
    }
}
