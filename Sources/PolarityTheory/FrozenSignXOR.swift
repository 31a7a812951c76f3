import ExactArithmetic

/// A network that classifies XOR on a domain ({−1,1}² unless stated) under
/// frozen signs, with the margin it reaches: label·F(x) ≥ margin at all four points.
public struct XORWitness: Sendable {
    /// (paper pattern index, unit) for each used unit; unused units are 0.
    public let units: [(Int, ReLUUnit)]
    public let outputBias: Rational
    /// F at the points in Boolean order, evaluated directly from the weights.
    public let values: [Rational]
    public let label: LabelConvention
    public let domain: XORDomain

    init(units: [(Int, ReLUUnit)], outputBias: Rational, label: LabelConvention, domain: XORDomain = .plusMinusOne) {
        self.units = units
        self.outputBias = outputBias
        self.label = label
        self.domain = domain
        values = domain.points.map { p in units.reduce(outputBias) { $0 + $1.1(p.0, p.1) } }
    }

    /// min over points of label·F.
    public var margin: Rational { zip(values, label.labels).map { $1 > 0 ? $0 : -$0 }.min()! }
}

/// Exact representability of XOR under a frozen sign template (beyond
/// paper 000, which only gives the sufficient condition of Lemma D.1).
///
/// The network is F(x) = Σⱼ aⱼ ReLU(wⱼ·x + bⱼ) + c on x ∈ {−1,1}² (or on
/// {0,1}², for the remark on Lemma D.1's domain); the
/// template fixes the signs of wⱼ₁, wⱼ₂ and aⱼ (zero magnitudes allowed);
/// further input dimensions get zero weights, which the template always
/// allows. F represents XOR when label·F > 0 at all four points; scaling
/// every weight and bias by a positive number scales F, so this is the
/// same as label·F ≥ 1, a set of linear constraints once each unit's
/// activation set is fixed — decided by the exact LP.
public enum FrozenSignXOR {
    /// {−1,1}² in Boolean order: (0,0) ↦ (1,1), (0,1) ↦ (1,−1), ….
    public static let points: [(Int, Int)] = XORDomain.plusMinusOne.integerPoints

    /// The LP for units on the given atoms (one unit per atom, atoms of
    /// `domain`); a witness with margin ≥ 1 or `nil` when none exists.
    ///
    /// **Edge cases:** an empty atom list leaves F = c, which never
    /// separates XOR (nil).
    public static func solve(_ atoms: [UnitAtom], _ convention: RepresentabilityConvention,
                             domain: XORDomain = .plusMinusOne) -> XORWitness? {
        let variables = 3 * atoms.count + 1
        let c = variables - 1
        var rows: [LinearConstraint] = []
        for (i, atom) in atoms.enumerated() {
            rows += atom.regionConstraints(offset: 3 * i, variables: variables, hiddenBias: convention.hiddenBias, domain: domain)
        }
        if convention.outputBias == .zero {
            var r = [Rational](repeating: 0, count: variables); r[c] = 1
            rows.append(LinearConstraint(r, .equal, 0))
        }
        let labels = convention.label.labels
        for (p, (x, y)) in domain.integerPoints.enumerated() {
            let l = labels[p]
            var r = [Rational](repeating: 0, count: variables)
            r[c] = Rational(l)
            for (i, atom) in atoms.enumerated() where atom.isActive(p) {
                let s = l * atom.outputSign
                r[3 * i] = Rational(s * x); r[3 * i + 1] = Rational(s * y); r[3 * i + 2] = Rational(s)
            }
            rows.append(LinearConstraint(r, .greaterOrEqual, 1))
        }
        guard case .feasible(let v) = LinearProgram.feasibility(rows, variables: variables) else { return nil }
        let units = atoms.enumerated().map { i, atom in
            (atom.type, ReLUUnit(v[3 * i], v[3 * i + 1], bias: v[3 * i + 2], output: Rational(atom.outputSign)))
        }
        return XORWitness(units: units, outputBias: v[c], label: convention.label, domain: domain)
    }

    /// Decides a template given by its count of units of each type
    /// (`counts[t − 1]` for paper index t) by trying every choice of
    /// distinct atoms per type — no pruning, no structure: the slow,
    /// obviously complete method that the tests compare with
    /// ``XORRepresentability``. Two units on the same atom add nothing that
    /// one cannot (the sum of two points of a convex cone is in the cone),
    /// so a type uses at most as many atoms as it has units.
    ///
    /// **Edge cases:** throws unless `counts` has 8 non-negative entries.
    public static func decideByEnumeration(counts: [Int], _ convention: RepresentabilityConvention,
                                           domain: XORDomain = .plusMinusOne) throws -> XORWitness? {
        try PolarityError.require(counts.count == 8 && counts.allSatisfy { $0 >= 0 }, "counts: need 8 non-negative entries")
        var choices: [[[UnitAtom]]] = []
        for t in 1...8 where counts[t - 1] > 0 {
            let atoms = UnitAtom.atoms(type: t, hiddenBias: convention.hiddenBias, domain: domain)
            choices.append(subsets(of: atoms, size: min(counts[t - 1], atoms.count)))
        }
        var pick = [Int](repeating: 0, count: choices.count)
        while true {
            let atoms = pick.enumerated().flatMap { choices[$0][$1] }
            if let w = solve(atoms, convention, domain: domain) { return w }
            var i = 0
            while i < pick.count && pick[i] == choices[i].count - 1 { pick[i] = 0; i += 1 }
            if i == pick.count { return nil }
            pick[i] += 1
        }
    }

    static func subsets<T>(of items: [T], size k: Int) -> [[T]] {
        if k == 0 { return [[]] }
        if items.count < k { return [] }
        let rest = Array(items.dropFirst())
        return subsets(of: rest, size: k - 1).map { [items[0]] + $0 } + subsets(of: rest, size: k)
    }
}
