import ClaimKit

/// The empirical companion of a theorem-level claim: the trainer
/// experiment that probes the same statement on networks that learn, or
/// why none can. Exact and empirical evidence side by side (issue 15).
public enum Companion: Sendable, Equatable {
    /// The experiment id (`exactnn train <id>`) and what it shows of the claim.
    case experiment(String, String)
    /// No experiment probes the claim; the reason.
    case none(String)

    public var experimentID: String? {
        if case .experiment(let id, _) = self { return id }
        return nil
    }

    /// One cell: "polarity.fig-4a: …" or "none: …".
    public var description: String {
        switch self {
        case .experiment(let id, let note): return "\(id): \(note)"
        case .none(let why): return "none: \(why)"
        }
    }
}

extension Catalog {
    /// The companion of every non-empirical claim (tests hold this table
    /// complete and its experiment ids registered).
    public static func companion(of id: String) -> Companion? { companions[id] }

    private static let selfCheck = Companion.none("a self-check of the exact layer; there is nothing to train")
    private static let chains = "the trainer's steps on random linear chains end at the fixed point this reduction certifies"

    static let companions: [String: Companion] = [
        "arithmetic.wolstenholme": selfCheck,
        "arithmetic.machin-pi": selfCheck,
        "arithmetic.root-isolation": selfCheck,

        "polarity.lemma-2.1": .experiment("polarity.fig-1", "frozen sufficient templates against fluid nets: the speed-up eq. 3 predicts"),
        "polarity.lemma-2.1.xor": .experiment("polarity.fig-1", "the XOR-5D setting in which the assumption fails"),
        "polarity.lemma-D1.pm1": .experiment("polarity.fig-4a", "the n = 3 row: how often 3 frozen random units learn XOR"),
        "polarity.lemma-D1.01": .none("{0,1}² is a domain the paper's experiments do not use"),
        "polarity.compatibility-rule": .experiment("polarity.fig-1", "the Sufficient-Polarity template is built from B read with the minus sign, and trains"),
        "polarity.lemma-D2": .experiment("polarity.fig-4a", "measured success per n beside D.2"),
        "polarity.theorem-D3": .experiment("polarity.fig-4a", "measured success per n beside D.3 and its correction"),
        "polarity.exact-probability": .experiment("polarity.fig-4a", "measured success per n beside the exact P(n)"),
        "polarity.fifteen-units": .experiment("polarity.fig-4a", "where measured success passes 99 %"),

        "symmetric.lemma-1": .none("an explicit sigmoid construction, decided by exact evaluation; training plays no part"),
        "symmetric.lemma-2": .none("an explicit ReLU construction, decided by exact evaluation; training plays no part"),
        "symmetric.lemma-3": .experiment("symmetric.fig-2", "training the top layer alone is the perceptron on the embedding whose margin the lemma bounds"),
        "symmetric.theorem-2": .experiment("symmetric.fig-4", "the margin β of the modified perceptron against β = 0"),
        "symmetric.lemma-4": .experiment("symmetric.fig-3", "both layers trained at the theory's step size n⁻⁶ and larger ones"),
        "symmetric.theorem-1-embedding": .experiment("symmetric.fig-5", "symmetric against random initialization on parity"),

        "boolean.npn-class-counts": .none("a count of function classes"),
        "boolean.theorem-3.3.1": .none("an invariance of a combinatorial quantity; the training grid reports per class because of it"),
        "boolean.table-3.1": .experiment("boolean.fig-3.5", "success per class beside its swaps value"),
        "boolean.parity-swaps": .experiment("boolean.fig-3.5", "4-parity (27030) among the hardest classes to train"),
        "boolean.a5-invariance": .none("an invariance of exact spectral quantities"),
        "boolean.entropy-max-or": .experiment("boolean.fig-3.5", "success per class beside its Fourier entropy"),
        "boolean.influence-max-parity": .experiment("boolean.fig-3.5", "success per class beside its total influence"),
        "boolean.theorem-3.3.2": .experiment("boolean.fig-3.5", "the smallest trainable single-layer width per class against swaps"),
        "boolean.lemma-A.2.1-matrix": .none("a matrix identity"),
        "boolean.theorem-3.3.3": .experiment("boolean.fig-3.5", "success against width and depth"),
        "boolean.theorem-3.3.4": .experiment("boolean.fig-3.7", "success on 10-parity per width and depth, beside the line n ≤ wˡ the theorem draws"),
        "boolean.eq-3.17-critical-points": .none("the critical points of a two-parameter loss, found exactly; gradient descent would only visit them"),
        "boolean.table-3.2": .none("the table's frequencies over 1 000 gradient-descent runs are not reproduced; its losses are exact"),
        "boolean.chamber-case-count": .none("a count of orders of the cube"),
        "boolean.chamber-orders-6": .none("a count of orders of the 6-cube, each with a checked witness"),
        "boolean.swaps-threshold-6": .none("swaps ≤ 1 against an exact separability LP; the trainer's view of separability is boolean.fig-3.5's single-node success"),
        "boolean.swaps-symmetric-6": .none("swaps values by two exhaustive routes"),
        "boolean.swaps-restriction-6": .none("swaps values of the same function at two input counts"),
        "boolean.fig-3.2": .none("an exhaustive search over 4-input functions"),
        "boolean.table-3.4": .experiment("boolean.table-3.5", "the exhaustive pruning of trained width-w networks on parity, reported as the table's p, r/C(w, p)"),
        "boolean.sign-cases-3.3.3": .none("a count of feasible sign patterns, by exact LP"),
        "boolean.theorem-2.1.1": .none("a statement about which weights exist, decided by exact LP; training would only find some of them"),
        "boolean.theorem-2.1.3": .none("a statement about which predicates are needed, decided by exact LP"),
        "boolean.theorem-2.1.2": .none("an infeasibility certificate; no training can find what does not exist"),

        "regions.eq-5.15": .experiment("regions.section-6.2", "trained 2-3-1 nets: three lines, at most 7 regions, counted exactly on [−1, 1]²"),
        "regions.eq-2.26": .none("an upper bound held against exact counts of random networks; the dissertation trains no network for it"),
        "regions.eq-2.27": .none("an explicit construction (Montúfar's folding), counted exactly; training plays no part"),
        "regions.eq-5.7": .none("a formula for the linearization, decided by exact evaluation"),
        "regions.eq-5.14": .none("a worked example with fixed weights"),
        "regions.eq-5.22": .none("a worked example with fixed weights"),
        "regions.fig-5.1": .none("an illustration with weights chosen by hand"),
        "regions.fig-5.4": .experiment("regions.table-5.1", "trained sine networks: their final MSE against the zero function's ½ and the interpolants' values, with their exact region counts"),
        "regions.eq-5.24": .none("an identity between representations of fixed networks"),
        "regions.sampling-6.2": .experiment("regions.section-6.2", "the same sampling rule against the exact partitions of trained 2-3-1 and 2-8-8-8-1 circle networks"),

        "rbp.theorem-1": .experiment("rbp.sgd-tracks-ode", chains),
        "rbp.theorem-2": .experiment("rbp.sgd-tracks-ode", "A[1,1,1] under RBP: " + chains),
        "rbp.theorem-2-parabola": .experiment("rbp.sgd-tracks-ode", "A[1,1,1] under RBP: the attracting side of the parabola is where the runs end"),
        "rbp.theorem-3": .experiment("rbp.sgd-tracks-ode", "A[1,1,1,1]: " + chains),
        "rbp.theorem-4": .experiment("rbp.sgd-tracks-ode", "SRBP chains: " + chains),
        "rbp.eq-50": .experiment("rbp.sgd-tracks-ode", "the limits the runs reach rest on the corrected leading coefficients"),
        "rbp.theorem-5": .none("the trainer's chain experiment covers A[1,…,1] only; A[1,N,1] is decided exactly"),
        "rbp.theorem-6": .none("the trainer's chain experiment covers A[1,…,1] only; the autoencoder A[N,1,N] is decided exactly"),
        "rbp.theorem-12": .none("power non-linearities are not among the trainer's activations"),
        "rbp.eq-113": .none("power non-linearities are not among the trainer's activations"),
        "rbp.eq-119": .none("power non-linearities are not among the trainer's activations"),
        "rbp.conserved-quantities": .experiment("rbp.sgd-tracks-ode", "the full-batch gap to the ODE halves with η, so the couplings drift only at first order"),
        "rbp.eq-25": .none("an identity of the error along the flow"),
        "rbp.rbp-equals-srbp": .experiment("rbp.table-1", "the RBP and SRBP columns on the 8×8 digits"),
        "rbp.eq-83-85": .none("an identity of the general linear case"),
        "rbp.theorems-7-10": .none("its evidence is already numerical (high-precision integration of the ODE); the trainer's chain experiment covers A[1,…,1] only"),
        "rbp.facts-1-4": .experiment("rbp.table-1", "the variants with and without f′ and the top layer alone"),

        "balance.prop-13": .none("function invariance under scaling, decided exactly"),
        "balance.theorem-26": .experiment("balance.table-2", "full balancing before training, on the 8×8 digits"),
        "balance.delta-r": .experiment("balance.table-2", "partial balancing every epoch lowers R by this amount per unit"),
        "balance.theorem-34": .experiment("balance.table-2", "balancing to convergence before training"),
        "balance.theorem-42": .none("function invariance for homogeneous units, decided exactly"),
        "balance.theorem-45": .none("tied layer balancing is not among the trainer's hooks; the multipliers are exact"),
        "balance.gradient-flow": .experiment("balance.theorem-31", "on E alone the L2 deficit stays near its start"),
        "balance.theorem-44": .none("a construction of one network, decided exactly"),
        "balance.theorem-22": .experiment("balance.theorem-31", "gradient descent on E + R with L2 and L1 regularizers ends balanced"),
        "balance.prop-18": .none("an order-independence of exact balancing steps"),
        "balance.prop-37": .none("a structural statement about multipliers"),
        "balance.remark-38": .none("the dimension of a manifold"),
        "balance.remark-41": .experiment("balance.table-2", "partial (L2 / L1) balancing every epoch"),

        "annulus.eq-4.5-cross-polytope": .experiment("annulus.table-4.2", "trained 2-3-1 nets reach the quadrilateral only up to skew: at r₂ = √2·r₁ the square has no slack"),
        "annulus.eq-4.12-expanded-simplex": .experiment("annulus.table-4.2", "the hexagon's (R/ρ)² = 4/3 leaves room at r₂ = √2·r₁; how often training finds a fitting shape"),
        "annulus.eq-4.6": .none("a distance in an exact polytope"),
        "annulus.table-4.1": .none("a table of exact radii"),
        "annulus.eq-4.13": .none("an exact limit of radius ratios"),
        "annulus.eq-4.17": .none("an exact asymptotic of volume ratios"),
        "annulus.width-n-unbounded": .none("no training makes a width-≤n network enclose a region; the exact certificates cover every weight the trainer could reach"),
        "annulus.width-n-plus-one-sufficient": .experiment("annulus.fig-4.8", "width-(n + 1) networks trained on ball vs shell for n = 2…8"),
        "annulus.conclusion-one-wide-layer": .none("a statement about architectures, decided exactly by ray certificates"),
        "annulus.shapes-2-3-1": .experiment("annulus.table-4.2", "the shapes trained 2-3-1 networks draw lie in the same family"),
        "annulus.section-4.1.1-thresholds": .none("exact thresholds of two regular polygons"),
        "annulus.table-4.3": .experiment("annulus.table-4.2", "the measured per-factor averages beside the printed ones"),
    ]
}
