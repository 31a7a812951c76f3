/// The outcome of checking a claim against computation.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// Verified exactly or to certified precision over the stated range.
    case holds
    /// False: the evidence carries the smallest counterexample found.
    case refuted
    /// False as printed, true in the corrected form the evidence states.
    case erratum
    /// An empirical statement, reported as measured figures.
    case empirical
    /// An observation beyond the paper's statements (a domain or setting the
    /// paper does not use, an assumption that fails in its own example),
    /// confirmed by computation: no verdict on the paper. A check whose
    /// computation contradicts its remark returns `refuted`.
    case remark
}

/// How the evidence was obtained — printed beside every verdict so a reader
/// knows what kind of number they are looking at.
public enum Method: String, Codable, Sendable {
    case exact = "exact rational arithmetic"
    case certified = "certified MPFR interval arithmetic"
    case exhaustive = "exhaustive enumeration"
    /// Numerical evidence at high precision, not a validated enclosure.
    case integration = "high-precision MPFR integration (not a validated enclosure)"
    case empirical = "float trainer, measured over trials"
}

/// Options every check receives. `quick` selects the smaller sizes used in
/// tests and committed certificates; checks say which sizes they used.
public struct CheckContext: Sendable {
    public var quick: Bool
    public var seed: UInt64
    public var threads: Int
    /// Results shared by the claims of this run (see ``Memo``); copies of a
    /// context share it.
    public let memo: Memo

    public init(quick: Bool = false, seed: UInt64 = 1, threads: Int = 2, memo: Memo = Memo()) {
        self.quick = quick
        self.seed = seed
        self.threads = threads
        self.memo = memo
    }
}

/// What a check found: the verdict it reached plus the evidence.
public struct Finding: Sendable {
    public var verdict: Verdict
    /// One line for the summary table.
    public var summary: String
    /// Longer evidence: prose paragraphs and tables, in order.
    public var details: [Block]
    /// For `refuted`: the smallest counterexample, in words.
    public var counterexample: String?
    /// For `erratum`: the corrected statement.
    public var correction: String?
    /// Values an independent oracle recomputes (see ``KeyFigure``).
    public var figures: [KeyFigure]

    public init(_ verdict: Verdict, _ summary: String, details: [Block] = [],
                counterexample: String? = nil, correction: String? = nil, figures: [KeyFigure] = []) {
        self.verdict = verdict
        self.summary = summary
        self.details = details
        self.counterexample = counterexample
        self.correction = correction
        self.figures = figures
    }

    /// `holds` when `condition` is true, otherwise `refuted` with the given counterexample.
    public static func holds(if condition: Bool, _ summary: String, counterexample: @autoclosure () -> String,
                             details: [Block] = [], figures: [KeyFigure] = []) -> Finding {
        condition ? Finding(.holds, summary, details: details, figures: figures)
                  : Finding(.refuted, summary, details: details, counterexample: counterexample(), figures: figures)
    }

    /// The same finding with key figures added.
    public func with(figures more: [KeyFigure]) -> Finding {
        var f = self
        f.figures += more
        return f
    }

    /// `remark` when the computation confirms the remark, otherwise `refuted`.
    public static func remark(if condition: Bool, _ summary: String, counterexample: @autoclosure () -> String,
                              details: [Block] = [], figures: [KeyFigure] = []) -> Finding {
        condition ? Finding(.remark, summary, details: details, figures: figures)
                  : Finding(.refuted, summary, details: details, counterexample: counterexample(), figures: figures)
    }
}

/// A piece of evidence.
public enum Block: Sendable {
    case text(String)
    case table(Table)
}

/// One checkable statement of a paper (or an ExactNN self-check).
public struct Claim: Sendable {
    /// Stable id, `<area>.<kind>-<number>`, e.g. `polarity.lemma-D2`.
    public let id: String
    public let source: Source
    /// The statement, in our own words.
    public let statement: String
    /// The verdict this claim is known to reach; a run that differs is a regression.
    public let expected: Verdict
    /// How strong the recorded finding is: required for `erratum` and
    /// `refuted`; a `holds` or `remark` claim may record the `.reading` it rests on.
    public let strength: Strength?
    public let method: Method
    public let check: @Sendable (CheckContext) throws -> Finding

    public init(id: String, source: Source, statement: String, expected: Verdict, strength: Strength? = nil, method: Method,
                check: @escaping @Sendable (CheckContext) throws -> Finding) {
        self.id = id
        self.source = source
        self.statement = statement
        self.expected = expected
        self.strength = strength
        self.method = method
        self.check = check
    }
}
