import ExactArithmetic

/// A hidden unit of a frozen sign type (paper index 1…8: signs of w₁, w₂
/// and the output weight) together with its activation set on the four
/// points of a domain, {−1,1}² unless stated (bit i set when point i, in Boolean order, has
/// w·x + b ≥ 0). On a fixed activation set the unit's values are linear in
/// (w₁, w₂, b), and since ReLU is positively homogeneous the output
/// magnitude folds into (w₁, w₂, b): a unit contributes s·(w·x + b) on its
/// active points, s = ±1 its output sign.
public struct UnitAtom: Hashable, Sendable, CustomStringConvertible {
    /// Paper index 1…8.
    public let type: Int
    public let active: UInt8

    public var pattern: UnitPattern { UnitPattern(paperIndex: type)! }
    public var inputSigns: (Int, Int) { (pattern.inputNegative(0) ? -1 : 1, pattern.inputNegative(1) ? -1 : 1) }
    public var outputSign: Int { pattern.outputNegative ? -1 : 1 }
    public func isActive(_ point: Int) -> Bool { active >> UInt8(point) & 1 == 1 }

    public var description: String {
        "#\(type) on {" + (0..<4).filter(isActive).map { "p\($0)" }.joined(separator: ",") + "}"
    }

    /// The atoms of one sign type: the non-empty sets S for which some
    /// admissible (w₁, w₂, b) is > 0 on S and ≤ 0 off S (decided by the
    /// exact LP). Every admissible unit lies in the closed region of the
    /// atom of its strictly active set, so these atoms cover all units; an
    /// empty set contributes nothing and is left out.
    ///
    /// **Edge cases:** `type` outside 1…8 gives no atoms.
    public static func atoms(type: Int, hiddenBias: RepresentabilityConvention.Bias, domain: XORDomain = .plusMinusOne) -> [UnitAtom] {
        guard (1...8).contains(type) else { return [] }
        return (1..<16).map { UnitAtom(type: type, active: UInt8($0)) }.filter { atom in
            var rows = atom.regionConstraints(offset: 0, variables: 3, hiddenBias: hiddenBias, domain: domain)
            for p in 0..<4 where atom.isActive(p) {
                let (x, y) = domain.integerPoints[p]
                rows.append(LinearConstraint([Rational(x), Rational(y), 1], .greaterThan, 0))
            }
            if case .feasible = LinearProgram.feasibility(rows, variables: 3) { return true }
            return false
        }
    }

    /// Sign constraints, bias constraint and the closed activation region
    /// for this atom's (w₁, w₂, b) at variables offset…offset+2.
    func regionConstraints(offset: Int, variables: Int, hiddenBias: RepresentabilityConvention.Bias,
                           domain: XORDomain = .plusMinusOne) -> [LinearConstraint] {
        func row(_ w1: Int, _ w2: Int, _ b: Int) -> [Rational] {
            var r = [Rational](repeating: 0, count: variables)
            r[offset] = Rational(w1); r[offset + 1] = Rational(w2); r[offset + 2] = Rational(b)
            return r
        }
        let (s1, s2) = inputSigns
        var rows = [LinearConstraint(row(s1, 0, 0), .greaterOrEqual, 0),
                    LinearConstraint(row(0, s2, 0), .greaterOrEqual, 0)]
        if hiddenBias == .zero { rows.append(LinearConstraint(row(0, 0, 1), .equal, 0)) }
        for (p, (x, y)) in domain.integerPoints.enumerated() {
            rows.append(LinearConstraint(row(x, y, 1), isActive(p) ? .greaterOrEqual : .lessOrEqual, 0))
        }
        return rows
    }
}
