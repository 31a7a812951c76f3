import ClaimKit
import ExactArithmetic

/// Claims of LinearRegions (paper 002, chapters 2 and 5–6), registered with
/// the catalog. Counts are exact region enumerations (see
/// ``ReLUNetwork/activationRegions(on:threads:)``).
public enum RegionClaims {
    public static let all: [Claim] = [arrangementBound, upperBound, lowerBound, linearization, xorPieces, xorTropical, figure51, sine, tropicalForm, sampling]

    static func source(_ section: String, _ label: String) -> Source { Source(.localLinearity, section: section, label: label) }

    static func count(_ n: ReLUNetwork, _ domain: RegionDomain) throws -> Int { try n.activationRegions(on: domain, threads: 2).regions.count }

    // MARK: eq. 5.15

    static let arrangementBound = Claim(
        id: "regions.eq-5.15",
        source: source("§5.2", "eq. 5.15"),
        statement: "k hyperplanes cut ℝ^n into at most Σ_{i≤n} C(k, i) regions (three lines in the plane: 1 + 3 + 3 = 7), so a one-hidden-layer ReLU network with k units has at most that many activation regions.",
        expected: .holds,
        method: .exact
    ) { context in
        var t = Table(title: "One hidden layer: exact region counts on ℝ^n against Σ_{i≤n} C(k, i)", columns: ["network", "regions", "bound", "attained"])
        var bad: [String] = []
        var general: [Int] = []
        for k in 1...6 {
            // x + i·y + i² = 0: no two parallel, no three concurrent (Vandermonde).
            let lines = try ReLUNetwork([(weight: (1...k).map { [Rational(1), Rational($0)] }, bias: (1...k).map { Rational($0 * $0) }),
                                         (weight: [[Rational](repeating: Rational(1), count: k)], bias: [Rational()])])
            let c = try count(lines, .wholeSpace), bound = CountingBounds.hyperplaneArrangement(hyperplanes: k, dimension: 2)
            general.append(c)
            if BigInt(c) != bound { bad.append("\(k) lines in general position: \(c) ≠ \(bound)") }
            t.append([.text("\(k) lines x + i·y + i² = 0"), .integer(c), .exact(bound.description), .flag(BigInt(c) == bound)])
        }
        let seeds: [UInt64] = context.quick ? Array(1...6) : Array(1...30)
        var randomCounts: [Int] = []
        for (d, k) in [(2, 3), (2, 5), (3, 4)] {
            for seed in seeds {
                let n = try RandomNetworks.make(widths: [d, k, 1], seed: seed &+ context.seed)
                let c = try count(n, .wholeSpace), bound = CountingBounds.hyperplaneArrangement(hyperplanes: k, dimension: d)
                if BigInt(c) > bound { bad.append("\(n.architecture) seed \(seed): \(c) > \(bound)") }
                if d == 2 { randomCounts.append(try count(n, .box(Rational(3)))) }
            }
            t.append([.text("random \(d)-\(k)-1, \(seeds.count) seeds"), .text("≤ bound"), .exact(CountingBounds.hyperplaneArrangement(hyperplanes: k, dimension: d).description), .text("")])
        }
        return Finding.holds(if: bad.isEmpty, "k lines in general position give exactly 1 + k + C(k,2) regions (k ≤ 6; 7 for k = 3); no random one-layer net exceeds Σ C(k,i)",
                             counterexample: bad.joined(separator: "; "), details: [.table(t)],
                             figures: [.list("regions of k general lines, k = 1…6", general),
                                       .list("random 2-3-1 and 2-5-1 regions on [-3,3]^2, seeds \(seeds.first!)…\(seeds.last!) (seed offset \(context.seed))", randomCounts)])
    }

    // MARK: eq. 2.26

    static let upperBound = Claim(
        id: "regions.eq-2.26",
        source: source("§2.3.2", "eq. 2.26"),
        statement: "A ReLU network with hidden widths N_1 … N_L has at most ∏_l Σ_{i=0}^{k} C(N_l, i) linear regions, for a constant k ≤ every N_l.",
        expected: .erratum,
        strength: .reading(Reading(printed: "for a constant k smaller than the lowest width layer in the network, i.e. $k \\leq N_l, l = 1, \\dots, L$", line: 549,
                                   readAs: "k must be the input dimension N_0 (with N_0 ≤ every N_l), as in the cited bound; the printed condition lets k be any smaller constant",
                                   alternative: "read as printed (any k ≤ min N_l), k = 1 gives 3 for one hidden layer of two units, but two crossing lines make 4 regions: refuted."),
                           "the statement omits what k is; with k = N_0 it holds on every network checked, with a smaller k it is false."),
        method: .exact
    ) { context in
        var t = Table(title: "Exact region counts on ℝ^{N_0} against eq. 2.26 with k = N_0", columns: ["architecture", "networks", "largest count", "bound (k = N_0)"])
        var bad: [String] = []
        let seeds: [UInt64] = context.quick ? Array(1...4) : Array(1...20)
        for widths in [[2, 2, 2, 1], [2, 3, 3, 1], [2, 4, 3, 1], [1, 3, 3, 3, 1], [3, 3, 3, 1]] {
            let hidden = Array(widths.dropFirst().dropLast())
            let bound = CountingBounds.upperBound(hiddenWidths: hidden, k: widths[0])
            var largest = 0
            for seed in seeds {
                let n = try RandomNetworks.make(widths: widths, seed: seed &+ context.seed, denominator: 4)
                let c = try count(n, .wholeSpace)
                largest = max(largest, c)
                if BigInt(c) > bound { bad.append("\(n.architecture) seed \(seed): \(c) > \(bound)") }
            }
            t.append([.text(widths.map(String.init).joined(separator: "-")), .integer(seeds.count), .integer(largest), .exact(bound.description)])
        }
        // As printed, k = 1 is allowed for hidden width 2 in the plane.
        let crossing = try ReLUNetwork([(weight: [[Rational(1), Rational(0)], [Rational(0), Rational(1)]], bias: [Rational(), Rational()]),
                                        (weight: [[Rational(1), Rational(1)]], bias: [Rational()])])
        let crossingCount = try count(crossing, .wholeSpace)
        let printedBound = CountingBounds.upperBound(hiddenWidths: [2], k: 1)
        let fails = BigInt(crossingCount) > printedBound
        guard bad.isEmpty else { return Finding(.refuted, "eq. 2.26 with k = N_0 exceeded", details: [.table(t)], counterexample: bad.joined(separator: "; ")) }
        guard fails else { return Finding(.holds, "eq. 2.26 held even with k = 1", details: [.table(t)]) }
        return Finding(.erratum, "with k = N_0 the bound holds on every network checked; as printed (any k ≤ min N_l) it fails: 2 crossing lines give \(crossingCount) > \(printedBound) (k = 1)",
                       details: [.table(t)], correction: "k is the input dimension N_0 (assumed ≤ every N_l): ∏_l Σ_{i=0}^{N_0} C(N_l, i).",
                       figures: [.integer("regions of ReLU(x), ReLU(y) on R^2", crossingCount), .exact("eq. 2.26 with N_1 = 2, k = 1", printedBound),
                                 .exact("eq. 2.26 with N_1 = 2, k = 2", CountingBounds.upperBound(hiddenWidths: [2], k: 2))])
    }

    // MARK: eq. 2.27 and Montúfar's construction

    static let lowerBound = Claim(
        id: "regions.eq-2.27",
        source: source("§2.3.2", "eq. 2.27"),
        statement: "Networks with N_0 inputs and widths N_i ≥ N_0 reach (∏_{i<L} ⌊N_i/N_0⌋^{N_0})·Σ_{j≤N_0} C(N_L, j) linear regions (a lower bound on the maximum).",
        expected: .holds,
        method: .exact
    ) { context in
        var t = Table(title: "Montúfar's folding construction, exact regions on [-1/2, 1/2]^d", columns: ["N_0", "widths", "regions", "eq. 2.27", "affine pieces"])
        var bad: [String] = []
        var counts: [Int] = []
        let cases: [(d: Int, n: Int, folds: Int, last: Int)] = [(1, 2, 1, 1), (1, 3, 1, 2), (1, 2, 2, 3), (1, 3, 2, 2), (2, 2, 1, 2), (2, 2, 1, 3), (2, 3, 1, 2)]
            + (context.quick ? [] : [(1, 3, 3, 3), (2, 2, 2, 2), (2, 2, 2, 3)])
        for c in cases {
            let n = try FoldingConstruction.network(dimension: c.d, teeth: c.n, folds: c.folds, last: c.last)
            let p = try n.activationRegions(on: .box(Rational(1, 2)), threads: 2)
            let hidden = Array(n.widths.dropFirst().dropLast())
            let bound = CountingBounds.lowerBound(inputDimension: c.d, hiddenWidths: hidden)
            counts.append(p.regions.count)
            if BigInt(p.regions.count) != bound { bad.append("\(n.architecture): \(p.regions.count) ≠ \(bound)") }
            t.append([.integer(c.d), .text(n.architecture), .integer(p.regions.count), .exact(bound.description), .integer(p.affinePieces)])
        }
        return Finding.holds(if: bad.isEmpty, "the exact folding construction reaches eq. 2.27 exactly on [-1/2,1/2]^d for every size checked (\(cases.count) architectures)",
                             counterexample: bad.joined(separator: "; "), details: [.table(t), .text("Each folding layer has n units per input coordinate, ReLU(t − k/n); the next layer reads the sawtooth n·h₀ + Σ (−1)^k 2n·h_k, which maps each of n intervals onto [0, 1]; the last hidden layer's hyperplanes are tangents to a circle inside the unit cube (general position). Counts are activation regions, which §5.2 identifies with linear regions; the distinct affine maps are fewer because the regions where the whole last hidden layer is off share the map 0 (they lie in different cells and are not adjacent, so as connected linear pieces they stay distinct).")],
                             figures: [.list("folding construction regions, cases (d, n, folds, N_L) = \(cases.map { "(\($0.d),\($0.n),\($0.folds),\($0.last))" }.joined(separator: " "))", counts)])
    }

    // MARK: eq. 5.7

    static let linearization = Claim(
        id: "regions.eq-5.7",
        source: source("§5.1", "eq. 5.7"),
        statement: "Near x₀ a network is approximated by v(x₀) + J_v(x₀)·x.",
        expected: .erratum,
        strength: .typographical("the increment x − x₀ is printed as x; with x − x₀ the linearization is exact on x₀'s region for a ReLU network.", transcriptionSlip: false),
        method: .exact
    ) { _ in
        // The XOR network on region 11 (x₁ + x₂ > 0): x₀ = (1, 1), x = (1, 2), both inside.
        let net = ChapterFive.xor
        let x0 = [Rational(1), Rational(1)], x = [Rational(1), Rational(2)]
        let p = try net.activationRegions(on: .wholeSpace, threads: 2)
        guard let region = p.regions.first(where: { $0.pattern == net.pattern(at: x0) }) else { throw NetworkError("no region at x₀") }
        let j = region.map.jacobian[0]
        let v0 = net.evaluate(x0)[0], v = net.evaluate(x)[0]
        let printed = v0 + zip(j, x).reduce(Rational()) { $0 + $1.0 * $1.1 }
        let corrected = v0 + zip(j, zip(x, x0)).reduce(Rational()) { $0 + $1.0 * ($1.1.0 - $1.1.1) }
        let verdict: Verdict = printed == v ? .holds : (corrected == v ? .erratum : .refuted)
        return Finding(verdict, "XOR network, x₀ = (1, 1), x = (1, 2) in the same region: v(x) = \(v), printed v(x₀) + J·x = \(printed), v(x₀) + J·(x − x₀) = \(corrected)",
                       correction: "v(x) ≈ v(x₀) + J_v(x₀)(x − x₀), with equality on x₀'s activation region for a ReLU network.",
                       figures: [.exact("XOR v(1, 2)", v), .exact("printed eq. 5.7 at x0 = (1, 1), x = (1, 2)", printed),
                                 .exact("corrected eq. 5.7 at x0 = (1, 1), x = (1, 2)", corrected)])
    }

    // MARK: eq. 5.14

    static let xorPieces = Claim(
        id: "regions.eq-5.14",
        source: source("§5.2", "eq. 5.10–5.14"),
        statement: "The XOR network v(x) = [1, −2]·ReLU([[1,1],[1,1]]x + [1, 0]) − 1 is −x₁ − x₂ + 1 on pattern 11, x₁ + x₂ + 1 on 10, −1 on 00; pattern 01 is empty; three regions (bands).",
        expected: .erratum,
        strength: .typographical("rows 11 and 10 drop the output bias c = −1 that row 00 includes (read with c = 0 instead, rows 11 and 10 would be right and row 00 wrong: the rows disagree either way); the regions, patterns and the empty 01 are right.", transcriptionSlip: false),
        method: .exact
    ) { _ in
        let net = ChapterFive.xor
        let p = try net.activationRegions(on: .wholeSpace, threads: 2)
        var t = Table(title: "Eq. 5.14: printed pieces against the exact map of each pattern", columns: ["pattern", "printed", "exact", "feasible", "agree"])
        var wrong: [String] = []
        for row in ChapterFive.printedXORPieces {
            let exact = net.patternMap(row.pattern).map.rows[0]
            let feasible = net.interiorPoint(ofPattern: row.pattern) != nil
            let agree = exact.a == row.jacobian && exact.b == row.offset
            if feasible && !agree { wrong.append(row.pattern.map { $0 ? "1" : "0" }.joined()) }
            t.append([.text(row.pattern.map { $0 ? "1" : "0" }.joined()), .exact(AffineMap(rows: [AffineFunction(row.jacobian, row.offset)]).description),
                      .exact(AffineMap(rows: [exact]).description), .flag(feasible), .flag(agree)])
        }
        let maps = p.regions.map { $0.map.description }
        return Finding(.erratum, "3 regions (patterns 00, 10, 11; 01 empty) as printed, but the printed maps of 11 and 10 are off by the output bias: exact −x₁ − x₂ and x₁ + x₂",
                       details: [.table(t)], correction: "v = −x₁ − x₂ on x₁ + x₂ ≥ 0 (11), x₁ + x₂ on −1 ≤ x₁ + x₂ ≤ 0 (10), −1 on x₁ + x₂ ≤ −1 (00); 01 is infeasible.",
                       figures: [.integer("regions of the XOR network on R^2", p.regions.count), .list("XOR maps by pattern 00, 10, 11", maps),
                                 .list("eq. 5.14 rows whose printed map is wrong", wrong)])
    }

    // MARK: eq. 5.21–5.22

    static let xorTropical = Claim(
        id: "regions.eq-5.22",
        source: source("§5.4", "eq. 5.21–5.22"),
        statement: "The XOR network of eq. 5.21 equals the tropical rational function max{−1, −1 + x₁ + x₂} − max{0, 2x₁ + 2x₂}.",
        expected: .erratum,
        strength: .typographical("the first tropical polynomial's second term has constant −1 where the network gives 0 (max{−1, x₁ + x₂}); the tropical line below also writes −2 for the second polynomial's constant, which the first line has as 0.", transcriptionSlip: false),
        method: .exact
    ) { _ in
        let net = ChapterFive.xor
        guard let form = try net.tropicalForm().first else { throw NetworkError("no output") }
        let printed = ChapterFive.printedXORTropical
        let p = try net.activationRegions(on: .box(Rational(2)), threads: 2)
        var formAgrees = true, printedAgrees = true
        for r in p.regions {
            for x in [r.interiorPoint] + (r.vertices ?? []) {
                let v = net.evaluate(x)[0]
                if form.value(at: x) != v { formAgrees = false }
                if printed.value(at: x) != v { printedAgrees = false }
            }
        }
        let origin = [Rational(), Rational()]
        let describe = { (f: TropicalPolynomial) in "max{" + f.terms.map(\.linearText).joined(separator: ", ") + "}" }
        let text = describe(form.numerator) + " − " + describe(form.denominator)
        guard formAgrees else { return Finding(.refuted, "the computed tropical form disagrees with the network", counterexample: text) }
        return Finding(printedAgrees ? .holds : .erratum,
                       "the network is \(text); the printed form gives \(printed.value(at: origin)) at x = 0 where the network is \(net.evaluate(origin)[0])",
                       details: [.text("F and G were built by the layer recursion ReLU(P − Q) = max(P, Q) − Q with W = W⁺ − W⁻ and pruned to terms that are the strict maximum somewhere (exact LP); F − G equals the network at every region's interior point and vertices on [-2, 2]².")],
                       correction: "f(x) = max{−1, x₁ + x₂} − max{0, 2x₁ + 2x₂} = (−1 ⊕ x₁ ⊗ x₂) ⊘ (0 ⊕ x₁^{⊙2} ⊗ x₂^{⊙2}).",
                       figures: [.exact("printed eq. 5.22 at x = (0, 0)", printed.value(at: origin)), .exact("XOR network at x = (0, 0)", net.evaluate(origin)[0]),
                                 .list("tropical numerator terms (a1, a2, c)", form.numerator.terms.map { "(\($0.a[0]), \($0.a[1]), \($0.b))" }),
                                 .list("tropical denominator terms (a1, a2, c)", form.denominator.terms.map { "(\($0.a[0]), \($0.a[1]), \($0.b))" })])
    }

    // MARK: Fig. 5.1

    static let figure51 = Claim(
        id: "regions.fig-5.1",
        source: source("§5.2", "Fig. 5.1"),
        statement: "For the 3-3-3-3 network of Fig. 5.1 and the pattern (101, 010), the network is [[42,0,120],[20,0,27],[336,21,0]]·x + [695,376,562] on the pattern's region of validity.",
        expected: .erratum,
        strength: .substantive("the printed product is not the map of this pattern (nor of any of the 64 patterns), and the pattern itself is infeasible: layer 2's units 1 and 3 have non-negative weights and positive biases, so they are active at every input; the region of validity also uses the unmasked first layer. The caption's \"numbers chosen arbitrarily\" covers the weights, not the products the figure derives from them with \"=\"."),
        method: .exact
    ) { _ in
        let net = ChapterFive.figure51
        let (map, _) = net.patternMap(ChapterFive.figure51Pattern)
        let feasible = net.interiorPoint(ofPattern: ChapterFive.figure51Pattern) != nil
        var anyPattern = false
        for mask in 0..<64 {
            let pattern = (0..<6).map { mask >> (5 - $0) & 1 == 1 }
            let m = net.patternMap(pattern).map
            if m.jacobian == ChapterFive.figure51PrintedJacobian && m.offset == ChapterFive.figure51PrintedOffset { anyPattern = true }
        }
        let regions = try net.activationRegions(on: .box(Rational(10)), threads: 2)
        let printedMatches = map.jacobian == ChapterFive.figure51PrintedJacobian && map.offset == ChapterFive.figure51PrintedOffset
        let patterns = regions.regions.map { $0.patternText(widths: [3, 3]) }
        let verdict: Verdict = printedMatches && feasible ? .holds : .erratum
        return Finding(verdict, "the pattern's map is \(map.description), not the printed one; the pattern is \(feasible ? "feasible" : "infeasible (no input has it)"); on [-10,10]³ the network has \(regions.regions.count) regions, all with layer 2 = 111",
                       details: [.table(Table(title: "Fig. 5.1 regions on [-10, 10]³", columns: ["pattern", "map"], rows: regions.regions.map { [.text($0.patternText(widths: [3, 3])), .exact($0.map.description)] }))],
                       correction: "the pattern (101, 010) selects \(map.description), but no input realises it; every input activates layer 2's units 1 and 3.",
                       figures: [.list("Fig. 5.1 Jacobian of pattern (101, 010)", map.jacobian.map { "[" + $0.map(\.description).joined(separator: ", ") + "]" }),
                                 .list("Fig. 5.1 offset of pattern (101, 010)", map.offset), .flag("Fig. 5.1 pattern (101, 010) feasible", feasible),
                                 .flag("Fig. 5.1 printed map is some pattern's map", anyPattern), .list("Fig. 5.1 region patterns on [-10,10]^3", patterns)])
    }

    // MARK: Fig. 5.4 and eq. 5.16

    static let sine = Claim(
        id: "regions.fig-5.4",
        source: source("§5.3", "Fig. 5.4 and eq. 5.16"),
        statement: "Interpolating sine at uniformly spaced points of [−π, π] with 1, 3 or 9 lines gives increasingly reasonable approximations, against the baseline MSE(sin − 0) = 1/2 of eq. 5.16.",
        expected: .holds,
        method: .certified
    ) { _ in
        let mse = [1, 3, 9].map { SineInterpolants.meanSquaredError(lines: $0) }
        let digits = 20
        // k = 1: the knots are ±π where sine is exactly 0, so the interpolant is 0 and the MSE is exactly 1/2.
        let texts = ["1/2"] + mse.dropFirst().map { $0.certifiedDigits(digits) ?? "?" }
        let closed = SineInterpolants.threeLineClosedForm()
        // The enclosures overlap the closed forms (1/2 and 3/4 − 27/(4π²)) and certainly decrease.
        let consistent = mse[0].contains(Rational(1, 2)) && !(mse[1] - closed).isPositive && !(mse[1] - closed).isNegative
        let decreasing = (mse[1] - mse[0]).isNegative && (mse[2] - mse[1]).isNegative
        var t = Table(title: "MSE of the k-line interpolant of sine on [−π, π] (certified, \(digits) digits)", columns: ["lines", "MSE", "note"])
        t.append([.integer(1), .exact(texts[0]), .text("the zero function: sin(±π) = 0, so this is eq. 5.16's baseline itself")])
        t.append([.integer(3), .certified(texts[1]), .text("closed form 3/4 − 27/(4π²)")])
        t.append([.integer(9), .certified(texts[2]), .text("")])
        return Finding.holds(if: consistent && decreasing, "MSE 1/2, 3/4 − 27/(4π²) ≈ \(texts[1].prefix(8)), ≈ \(texts[2].prefix(8)) for 1, 3, 9 lines: decreasing; the 1-line interpolant is the zero function, so it only ties the baseline",
                             counterexample: consistent ? "the MSE does not decrease" : "the enclosures disagree with the closed forms",
                             details: [.table(t), .text("Eq. 5.16's (1/2π)∫ sin² = 1/2 is the 1-line row. By the text's own criterion (a network at or above the baseline has made no progress) the 1-line approximation of Fig. 5.4 is no approximation at all.")],
                             figures: zip([1, 3, 9], texts).map { KeyFigure("MSE of the \($0)-line sine interpolant on [-pi, pi]", $0 == 1 ? .exact($1) : .certified($1)) })
    }

    // MARK: eq. 5.24

    static let tropicalForm = Claim(
        id: "regions.eq-5.24",
        source: source("§5.4–5.5", "eq. 5.23–5.25"),
        statement: "A ReLU network with rational weights is a difference F − G of tropical polynomials (max of affine terms), and equals a piecewise-affine function J_i x + y_i on polytopes.",
        expected: .holds,
        method: .exact
    ) { context in
        var t = Table(title: "F − G against the network on every region (interior point and vertices, exact)", columns: ["network", "seed", "regions on [-2,2]^d", "terms of F", "terms of G", "agrees"])
        var bad: [String] = []
        var regionCounts: [Int] = []
        let seeds: [UInt64] = context.quick ? [1, 2] : [1, 2, 3, 4, 5]
        for widths in [[2, 3, 1], [2, 3, 2, 1], [1, 3, 3, 1]] {
            for seed in seeds {
                let net = try RandomNetworks.make(widths: widths, seed: seed &+ context.seed, denominator: 4)
                guard let form = try net.tropicalForm().first else { continue }
                let p = try net.activationRegions(on: .box(Rational(2)), threads: 2)
                var agrees = true
                for r in p.regions {
                    for x in [r.interiorPoint] + (r.vertices ?? []) where form.value(at: x) != r.map.apply(x)[0] || r.map.apply(x) != net.evaluate(x) {
                        agrees = false
                    }
                }
                if !agrees { bad.append("\(net.architecture) seed \(seed)") }
                regionCounts.append(p.regions.count)
                t.append([.text(net.architecture), .integer(Int(seed)), .integer(p.regions.count), .integer(form.numerator.terms.count), .integer(form.denominator.terms.count), .flag(agrees)])
            }
        }
        return Finding.holds(if: bad.isEmpty, "F − G (layer recursion, pruned by exact LP) equals the network and each region's exact map J·x + y at every region's interior point and vertices (\(regionCounts.count) random networks)",
                             counterexample: bad.joined(separator: "; "), details: [.table(t)],
                             figures: [.list("regions on [-2,2]^d of random 2-3-1, 2-3-2-1, 1-3-3-1 (denominator 4, seeds \(seeds.map(String.init).joined(separator: ",")), offset \(context.seed))", regionCounts)])
    }

    // MARK: §6.2 sampling

    static let sampling = Claim(
        id: "regions.sampling-6.2",
        source: source("§6.2", "grid sampling with a coefficient tolerance"),
        statement: "Sampling a p × p grid and joining neighbours whose linear coefficients agree within a tolerance recovers the polytope structure; thin regions can slip between grid points.",
        expected: .remark,
        method: .exact
    ) { context in
        let net = try RandomNetworks.make(widths: [2, 16, 16, 1], seed: 1)
        let p = try net.activationRegions(on: .box(Rational(3)), threads: 2)
        var t = Table(title: "Grid sampling of a random 2-16-16-1 network on [-3,3]² against its exact regions", columns: ["grid", "exact regions", "hit by a sample", "missed", "tolerance-rule groups", "smallest missed area"])
        var hits: [Int] = []
        for side in context.quick ? [10, 30] : [10, 30, 100] {
            let s = p.sampled(count: side * side, grid: true, seed: 1)
            hits.append(s.regionsHit)
            t.append([.text("\(side) × \(side)"), .integer(p.regions.count), .integer(s.regionsHit), .integer(s.missed.count),
                      .integer(s.toleranceRegions ?? 0), .exact(s.missed.first.flatMap { p.regions[$0].measure }?.description ?? "")])
        }
        let missesSome = hits.allSatisfy { $0 < p.regions.count }
        return Finding.remark(if: missesSome, "the exact partition has \(p.regions.count) regions; grids of \(t.rows.map { $0[0].description }.joined(separator: ", ")) points hit \(hits.map(String.init).joined(separator: ", ")) of them",
                              counterexample: "a grid hit every region", details: [.table(t), .text("Grid points are cell centres of the p × p grid; a sample hits a region when its exact pattern is the region's and it lies strictly inside. The tolerance rule (1e-6 on the float Jacobian and offset, neighbours left and the three above) can also join distinct regions whose maps coincide, or split none, so its group count is a different number from the hit count.")],
                              figures: [.integer("regions of random 2-16-16-1 (seed 1) on [-3,3]^2", p.regions.count),
                                        .list("regions hit by p×p cell-centre grids, p = \(context.quick ? "10, 30" : "10, 30, 100")", hits)])
    }
}
