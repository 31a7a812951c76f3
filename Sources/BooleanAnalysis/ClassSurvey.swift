import ExactArithmetic

/// One row of the class table: a class with its swaps value and Fourier metrics.
public struct ClassSurveyRow: Sendable {
    public let npnClass: NPNClass
    /// nil when not computed.
    public let swaps: SwapsValue?
    public let degree: Int
    public let totalInfluence: Rational
    public let entropy: FourierEntropy
    /// Whether the dissertation's Table 3.3 lists a member of this class.
    public let inTable33: Bool
}

/// The functions of Table 3.3 (ReLU and leaky-ReLU columns), decimal, n = 4.
public let table33Functions: [UInt64] = [7140, 1716, 5804, 6042, 1641, 5805, 406, 5737, 278, 27030,
                                         2022, 1713, 5786, 1717, 5774, 7905, 6038, 7128]

/// The survey of every NPN class of n inputs (n ≤ 5); swaps (with exact
/// witnesses) from ``swapsOfAllClasses(variables:threads:progress:)`` when
/// `withSwaps`, which reports to `progress` first. `row` is called in class
/// order, for streaming output.
public func classSurvey(variables n: Int, withSwaps: Bool, progress: (@Sendable (SweepProgress) -> Void)? = nil,
                        row: (ClassSurveyRow) throws -> Void) throws {
    let swaps = withSwaps ? try swapsOfAllClasses(variables: n, progress: progress) : nil
    let classes = try swaps?.map(\.npnClass) ?? npnClasses(variables: n)
    let listed: Set<UInt64> = n == 4 ? Set(try table33Functions.map { try exactNPNCanonization(TruthTable(variables: 4, value: $0)).representative.word }) : []
    for (i, c) in classes.enumerated() {
        let f = c.representative
        let w = WalshSpectrum(f)
        try row(ClassSurveyRow(npnClass: c, swaps: try swaps?[i].swapsValue(), degree: w.degree,
                               totalInfluence: w.totalInfluence, entropy: w.entropy, inTable33: listed.contains(c.word)))
    }
}

/// The canonical words of the classes Table 3.3 lists (n = 4).
public func table33Classes() throws -> Set<UInt64> {
    Set(try table33Functions.map { try npnClass(of: TruthTable(variables: 4, value: $0)).word })
}

/// The survey row of one class (n ≤ 6; swaps, with its witness, for n ≤ 5
/// only, nil beyond), computed on its own — the row
/// ``classSurvey(variables:withSwaps:progress:row:)`` gives that class, so
/// rows can be computed on any machine in any order. Degree, influence and
/// entropy are NPN invariants, so they are computed on the representative.
public func classSurveyRow(_ c: NPNClass, inTable33: Bool) throws -> ClassSurveyRow {
    let r = c.representative
    let w = WalshSpectrum(r)
    return ClassSurveyRow(npnClass: c, swaps: c.variables <= 5 || sixInputSwapsAvailable ? try swapsValue(r) : nil, degree: w.degree,
                          totalInfluence: w.totalInfluence, entropy: w.entropy, inTable33: inTable33)
}

/// Whether this build reads the n = 6 chamber orders: asked once per
/// process, not per row (each ask runs a search).
private let sixInputSwapsAvailable = swapsAvailable(variables: 6)

/// The survey row of f's class (see ``classSurveyRow(_:inTable33:)``).
public func classSurveyRow(of f: TruthTable) throws -> ClassSurveyRow {
    let c = try npnClass(of: f)
    var listed = false
    if c.variables == 4 { listed = try table33Classes().contains(c.word) }
    return try classSurveyRow(c, inTable33: listed)
}
