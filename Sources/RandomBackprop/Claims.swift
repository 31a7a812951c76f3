import ClaimKit

/// Claims of RandomBackprop (paper 003, section 7), registered with the catalog.
///
/// Readings of garbled OCR used throughout (re-derived from the learning rules):
/// eq. 22 β = E(I²); eq. 27 P = α/β; eq. 31 a1³ + (2c1·a2(0) − a1(0)²)a1 − 2c1α/β = 0;
/// Theorem 1's r_1 < … < r_k (k ≤ n); Theorem 6's limit P = CᵗC/‖C‖²; Theorem 8's target
/// C1Σ_TIΣ_II⁻¹; eq. 113 β = E(I^{2μ}); Theorem 12's μ ≥ 1 and a1(0), a2(0) > 0.
public enum RandomBackpropClaims {
    static func source(_ section: String, _ label: String) -> Source { Source(.randomBackprop, section: section, label: label) }

    public static let all: [Claim] = [
        Claim(id: "rbp.theorem-1", source: source("§7.1", "Theorem 1"),
              statement: "For dx/dt = Q(x) with deg Q > 1, x(0) between consecutive real roots moves to the root on the side where Q points, and escapes to ±∞ in finite time beyond the extreme roots when Q points outward; every start converges iff deg Q is odd and its leading coefficient negative.",
              expected: .holds, method: .certified, check: GeneralClaims.theorem1),
        Claim(id: "rbp.theorem-2", source: source("§7.2", "Theorem 2, eq. 23–31"),
              statement: "A[1,1,1] under RBP reduces along the parabola a2 = a1²/(2c1) + C to a cubic ODE for a1 (leading coefficient −β/2, fixed points from eq. 31); every trajectory converges to a global minimum α = βP.",
              expected: .holds, method: .exact, check: ChainClaims.theorem2),
        Claim(id: "rbp.theorem-2-parabola", source: source("§7.2", "Theorem 2, eq. 28, 32–33"),
              statement: "A fixed point of eq. 23 attracts when c1a2 + a1² > 0 and repels inside the parabola c1a2 + a1² < 0: along every trajectory Q′(a1) = −β(c1a2 + a1²); the double root lies on the parabola at a1 = −(c1α/β)^{1/3}.",
              expected: .holds, method: .exact, check: ChainClaims.parabola),
        Claim(id: "rbp.theorem-3", source: source("§7.3", "Theorem 3, eq. 36–42"),
              statement: "A[1,1,1,1] reduces to a degree-7 polynomial ODE in a1 whose leading coefficient is −βc2²/(16c1²); trajectories converge to a root with α = βP.",
              expected: .holds, method: .exact, check: ChainClaims.theorem3),
        Claim(id: "rbp.theorem-4", source: source("§7.4", "Theorem 4, eq. 44–51"),
              statement: "The SRBP chain A[1,…,1] with L layers reduces to a polynomial ODE in a1 of degree 2^L − 1 with negative leading coefficient; a_i is an even polynomial of degree 2^(i−1) in a1; trajectories converge.",
              expected: .holds, method: .exact, check: ChainClaims.theorem4),
        Claim(id: "rbp.eq-50", source: source("§7.4", "eq. 50"),
              statement: "The leading coefficient of a_i as a polynomial in a1 is the product printed in eq. 50.",
              expected: .erratum,
              strength: .typographical("the product's explicit last factor is off by one, (c₃/2c₂)^{2^{i−1}} for (c₂/2c₁)^{2^{i−2}}; its first factors set the right pattern, and the paper uses eq. 50 only for the sign of the leading coefficient, which both give (only the first factor has an odd power). Index and exponent shift together, so not a transcription slip.",
                                       transcriptionSlip: false),
              method: .exact, check: ChainClaims.equation50),
        Claim(id: "rbp.theorem-5", source: source("§7.5", "Theorem 5, eq. 57–63"),
              statement: "A[1,N,1] under RBP reduces to a cubic ODE in a1 with leading coefficient K = −(β/2)Σc_i²/c1² (eq. 63); b_i is quadratic and a_i affine in a1; trajectories converge.",
              expected: .holds, method: .exact, check: WidthClaims.theorem5),
        Claim(id: "rbp.theorem-6", source: source("§7.6", "Theorem 6, Lemma 1, eq. 66–79"),
              statement: "The normalised autoencoder A[N,1,N] converges to A = fC with f the positive root of 1 − (½‖C‖²f² + K)f = 0, B = Cᵗ/(f‖C‖²), P = CᵗC/‖C‖².",
              expected: .holds, method: .exact, check: WidthClaims.theorem6),
        Claim(id: "rbp.theorem-12", source: source("§7.9", "Theorem 12, eq. 114–118"),
              statement: "With f′ included, the power non-linearity system converges from positive starts to a positive root of α − β(t²/(2c1μ) + K)t^μ = 0; for integer μ, Q has odd degree 2μ + 1 and leading coefficient −β/2.",
              expected: .holds, method: .exact, check: PowerClaims.theorem12),
        Claim(id: "rbp.eq-113", source: source("§7.9", "eq. 113"),
              statement: "Without f′ the power-unit system has no fixed point except in trivial cases: the critical curves a2a1^μ = α/β and a2a1^μ = γ/δ never meet unless α/β = γ/δ (γ ≠ 0).",
              expected: .holds, method: .exact, check: PowerClaims.equation113),
        Claim(id: "rbp.eq-119", source: source("§7.9", "eq. 119"),
              statement: "Under gradient descent with the power unit the critical points are those of eq. 116, a2 = α/(βa1^μ), apart from the trivial set a1 = 0.",
              expected: .holds, method: .exact, check: PowerClaims.equation119),
        Claim(id: "rbp.conserved-quantities", source: source("§7.2–7.9", "eq. 30, 39–40, 48, 54, 59–61, 66, 92, 115"),
              statement: "The couplings the paper integrates are conserved exactly: their time derivative along the learning ODE is the zero polynomial.",
              expected: .holds, method: .exact, check: GeneralClaims.conserved),
        Claim(id: "rbp.eq-25", source: source("§7.2", "eq. 24–26"),
              statement: "For A[1,1,1], dP/dt = (a1² + c1a2)(α − βP) (eq. 24), the error ½E(T − PI)² equals ½E(T²) + (α − βP)³/(2β) − α²/(2β) (eq. 25), and dE/dP = βP − α (eq. 26).",
              expected: .erratum,
              strength: .typographical("a cube for a square in eq. 25's last expression; its middle expression ½E(T²) + ½P²β − Pα is right and eq. 26 follows from it. A superscript 2 read as 3 is a plausible transcription slip.",
                                       transcriptionSlip: true),
              method: .exact, check: IdentityClaims.equation25),
        Claim(id: "rbp.rbp-equals-srbp", source: source("§3, §7.7", "RBP vs SRBP (§3; after eq. 87)"),
              statement: "RBP with feedback C_1, …, C_{L−1} is SRBP with B_i = C_i ⋯ C_{L−1}; so the two coincide for one hidden layer, and for linear nets of equal widths every SRBP choice is an RBP one.",
              expected: .holds, method: .exact, check: IdentityClaims.rbpEqualsSRBP),
        Claim(id: "rbp.eq-83-85", source: source("§7.7", "eq. 83 and 85"),
              statement: "The layer couplings of the general linear case: under SRBP with equal widths dA_{i+1}/dt = C_{i+1}C_i⁻¹(dA_i/dt)A_iᵗ (eq. 83); under gradient descent A_{i+1}ᵗ dA_{i+1}/dt = (dA_i/dt)A_iᵗ (eq. 85).",
              expected: .holds, method: .exact, check: IdentityClaims.couplings),
        Claim(id: "rbp.theorems-7-10", source: source("§7.8", "Theorems 7–10, eq. 88–112"),
              statement: "Three-layer linear RBP has bounded long-term solutions and C1A2A1 → C1Σ_TIΣ_II⁻¹; A[2,2,2] with Σ = C = Id converges (checked numerically by MPFR integration at 128 bits).",
              expected: .empirical, method: .integration, check: GeneralClaims.theorems7to10),
    ]
}
