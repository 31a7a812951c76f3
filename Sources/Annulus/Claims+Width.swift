import ClaimKit
import ExactArithmetic

extension AnnulusClaims {
    /// Runs the component analysis on both classes and checks every ray on the network.
    static func certify(_ net: DecisionNet) -> (components: Int, bounded: Int, raysOK: Bool) {
        var components = 0, bounded = 0, ok = true
        for sign in [1, -1] {
            let c = DecisionComponents(net, sign: sign)
            components += c.components.count
            bounded += c.boundedComponents
            ok = ok && c.rays.allSatisfy { $0?.verify(on: net) ?? true }
        }
        return (components, bounded, ok)
    }

    static let widthN = Claim(
        id: "annulus.width-n-unbounded", source: source("ch. 4 introduction", "width ≤ n cannot enclose a region (cf. Theorem 2.3.2)"),
        statement: "A ReLU network on ℝⁿ whose hidden layers all have width ≤ n, however deep, cannot separate a bounded region from its surroundings: every connected component of {f > 0} and of {f < 0} is unbounded.",
        expected: .holds, method: .exact
    ) { context in
        let perCell = context.quick ? 6 : 30
        var t = Table(title: "Random integer networks (weights in −3…3), hidden widths ≤ n: components of {f > 0} and {f < 0}",
                      columns: ["n", "hidden layers", "networks", "components", "bounded", "rays checked on the network"])
        var g = SeededGenerator(seed: context.seed &+ 0xA22)
        var ok = true, firstBad: String?
        for n in 1...3 {
            for depth in 1...3 {
                var comps = 0, bounded = 0, rays = true
                for i in 0..<perCell {
                    // Half the networks use width exactly n in every layer, the hardest case.
                    let widths = (0..<depth).map { _ in i % 2 == 0 ? n : g.int(1...n) }
                    let net = DecisionNet.random(input: n, hidden: widths, range: 3, using: &g)
                    let r = certify(net)
                    comps += r.components; bounded += r.bounded; rays = rays && r.raysOK
                    if (r.bounded > 0 || !r.raysOK), firstBad == nil { firstBad = net.description }
                }
                ok = ok && bounded == 0 && rays
                t.append([.integer(n), .integer(depth), .integer(perCell), .integer(comps), .integer(bounded), .flag(rays)])
            }
        }
        t.notes = ["Each component is a union of convex pieces Rₛ ∩ {±fₛ > 0} of exact activation regions, joined when two share a point (exact LP); its certificate is a ray p + t·d inside one piece, checked independently by walking the network along the ray with exact breakpoints.",
                   "The dissertation states this with citations [7, 10, 25] and no proof; published proofs show that level sets of width-≤n networks have only unbounded components (Johnson 2019; Beise et al. for decision regions). Its nearest numbered statement, Theorem 2.3.2 (Lu et al.), is about L¹ approximation, not decision sets. The certificates here check instances exactly; they do not prove the theorem. The easy case is visible in them: a first layer of rank < n makes f constant along a line."]
        return .holds(if: ok, "\(9 * perCell) random networks, n = 1…3, 1–3 hidden layers of width ≤ n: no bounded component of either class; every component holds an exactly checked ray",
                      counterexample: firstBad ?? "a ray failed", details: [.table(t)])
    }

    static let widthNPlusOne = Claim(
        id: "annulus.width-n-plus-one-sufficient", source: source("§4.1, §4.2.1", "one hidden layer of width n + 1 suffices"),
        statement: "One hidden layer of width n + 1 makes a bounded decision set: the cross-polytope and expanded-simplex networks separate the ball of radius r₁ from the shell r₂ ≤ |x| ≤ r₃ exactly when (r₂/r₁)² exceeds their (R/ρ)²; in §4.2.1's setting (n = 2, r₂ = √2·r₁) the square has no room to spare.",
        expected: .holds, method: .exact
    ) { context in
        let top = context.quick ? 3 : 4
        var t = Table(title: "Width n + 1 constructions: {f > 0} and the ball/shell separation at r₁ = 1",
                      columns: ["construction", "n", "components of {f > 0}", "bounded", "(R/ρ)²", "separates at r₂² = 2", "separates at r₂² = n + 1"])
        var ok = true
        for c in AnnulusConstruction.allCases {
            for n in 1...top {
                let net = try c.network(dimension: n)
                let pos = DecisionComponents(net, sign: 1)
                let geo = try geometry(c, n, context)
                guard let q = geo.ratioSquared else { ok = false; continue }
                // Scaled so R = r₂ (the shell starts where the polytope ends), the ball of radius r₁ sits in the open
                // set iff r₁ < r₂·ρ/R, i.e. (r₂/r₁)² > (R/ρ)².
                let at2 = Rational(2) > q, atN1 = Rational(n + 1) > q
                ok = ok && pos.components.count == 1 && pos.boundedComponents == 1
                t.append([.text(c.rawValue), .integer(n), .integer(pos.components.count), .integer(pos.boundedComponents),
                          .exact(q.description), .flag(at2), .flag(atN1)])
            }
        }
        let square = try geometry(.crossPolytope, 2, context).ratioSquared, hexagon = try geometry(.expandedSimplex, 2, context).ratioSquared
        ok = ok && square == 2 && hexagon == Rational(4, 3)
        t.notes = ["At r₂ = √2·r₁ (§4.2.1) the regular square's inscribed circle is the circle itself: the strict separation fails by equality, as the text notes; the regular hexagon has (R/ρ)² = 4/3 < 2."]
        return .holds(if: ok, "both constructions have one bounded component for n = 1…\(top); (R/ρ)² = 2 (square) and 4/3 (hexagon) against r₂²/r₁² = 2 in §4.2.1: hexagon separates, square only touches",
                      counterexample: "a construction failed", details: [.table(t)])
    }

    static let firstLayer = Claim(
        id: "annulus.conclusion-one-wide-layer", source: source("§4.3", "conclusions, first sentence"),
        statement: "Networks can enclose a bounded region in ℝⁿ as long as they have at least one layer of width n + 1.",
        expected: .erratum,
        strength: .reading(Reading(printed: "as long as they have at least one layer of width $n + 1$", line: 1448,
                                   readAs: "sufficiency wherever the wide layer sits",
                                   alternative: "read as 'a first hidden layer of width ≥ n + 1' (what §4.1 builds) it holds, see annulus.width-n-plus-one-sufficient"),
                           "A narrower first layer is a bottleneck no later width repairs: with first-layer width < n the network is constant along the kernel of its first weight matrix."),
        method: .exact
    ) { context in
        let count = context.quick ? 8 : 40
        var g = SeededGenerator(seed: context.seed &+ 0xF1)
        var bounded = 0, comps = 0, raysOK = true
        for i in 0..<count {
            let n = 2 + i % 2
            let net = DecisionNet.random(input: n, hidden: [n - 1, n + 1], range: 3, using: &g)
            let r = certify(net)
            bounded += r.bounded; comps += r.components; raysOK = raysOK && r.raysOK
        }
        // A wide first layer followed by a width-1 layer still encloses: f = ReLU(f_hex) − ½.
        let hex = try AnnulusConstruction.expandedSimplex.network(dimension: 2)
        let wideThenNarrow = try DecisionNet(weights: hex.weights + [[[1]]], biases: hex.biases + [[Rational(-1, 2)]])
        let enclosed = DecisionComponents(wideThenNarrow, sign: 1).boundedComponents
        let ok = bounded == 0 && raysOK && enclosed == 1
        return Finding(ok ? .erratum : .refuted,
                       "\(count) random n-(n−1)-(n+1)-1 networks (n = 2, 3) have a layer of width n + 1 but \(comps) components, none bounded (rays checked); the 2-3-1-1 network ReLU(f_hex) − ½ encloses one region",
                       counterexample: ok ? nil : "a bounded component behind a narrow first layer",
                       correction: ok ? "a layer of width n + 1 encloses a region only behind a first hidden layer of rank n: with a first layer of width < n the network is constant along a line, whatever comes after; one hidden layer of width n + 1 suffices" : nil)
    }

    static let shapes231 = Claim(
        id: "annulus.shapes-2-3-1", source: source("§4.1.1", "bounded regions of a 2-3-1 network (Fig. 4.3)"),
        statement: "The bounded decision regions a 2-3-1 ReLU network can form are convex quadrilaterals or hexagons.",
        expected: .erratum,
        strength: .reading(Reading(printed: "Its decision boundary can form regions in the form of a convex quadrilateral or a hexagon", line: 1223,
                                   readAs: "every bounded component of {f > 0} or {f < 0}, for every weight choice",
                                   alternative: "read for weights in general position (the zero set of f meets no crossing of two ReLU lines) it holds: no other shape in the survey"),
                           "Pentagons occur on a measure-zero set of weights, when the decision boundary passes through the crossing of two ReLU lines."),
        method: .exhaustive
    ) { context in
        let ranges = context.quick ? [1, 2, 3] : [1, 2, 3, 4]
        let per = context.quick ? 1000 : 6000
        let survey = try context.memo.value("annulus.shape-survey") { try ShapeSurvey.run(ranges: ranges, perRange: per, seed: context.seed) }
        // A fixed witness (found by the survey with weights in −2…2): f = 2 − 2ReLU(2x+y−2) − ReLU(x−2y+1) − 2ReLU(y−x).
        let witness = try DecisionNet(weights: [[[2, 1], [1, -2], [-1, 1]], [[-2, -1, -2]]], biases: [[-2, 1, 0], [2]])
        let shapes = try PlanarShapes.boundedComponents(of: witness)
        guard shapes.count == 1 else { return Finding(.refuted, "the witness lost its bounded component", counterexample: witness.description) }
        let pent = shapes[0]
        let onTwoLines = pent.hull.filter { PlanarShapes.linesThrough($0, of: witness) >= 2 }
        var t = Table(title: "Bounded components of random 2-3-1 networks (integer weights in −r…r, every other net with f concave)",
                      columns: ["shape", "components"])
        for (k, v) in survey.shapes.sorted(by: { $0.key < $1.key }) { t.append([.text(k), .integer(v)]) }
        t.notes = ["\(survey.networks) networks, \(survey.withBoundedComponent) with a bounded component; \(survey.otherShapes) shapes other than convex quadrilaterals and hexagons, \(survey.otherShapesThroughACrossing) of them with a corner on a crossing of two ReLU lines; shapes from exact polygons (corners solve two rows exactly; convex iff the hull's area equals the pieces' total area).",
                   "Why 4 or 6 generically: on each activation region f is affine, so the boundary is straight there and turns only on ReLU lines. A closed curve crosses a line an even number of times and a convex one at most twice, so a generic boundary has 2 × (lines crossed) corners: 4 or 6 (crossing one line gives a 2-gon, impossible). A corner placed exactly on a crossing of two lines does two crossings at once, which makes 5 (or fewer) corners possible."]
        if !context.quick {
            let unit = try ShapeSurvey.unitWeightConcave()
            t.notes.append("Exhaustive, all 19 683 networks f = 1 − ΣReLU(ℓᵢ) with line weights and biases in {−1, 0, 1}: "
                + unit.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                + " — no pentagon in this unit-weight family; the smallest pentagon found (the witness) has weights in −2…2.")
        }
        let otherShapes = survey.shapes.keys.filter { !["convex quadrilateral", "convex hexagon", "convex pentagon"].contains($0) }
        let ok = pent.convex && pent.corners == 5 && !onTwoLines.isEmpty && otherShapes.isEmpty
            && survey.otherShapes == survey.otherShapesThroughACrossing
        let hullText = "[" + pent.hull.map { "(" + $0.map(\.description).joined(separator: ", ") + ")" }.joined(separator: ", ") + "]"
        return Finding(ok ? .erratum : .refuted,
                       "\(survey.networks) random nets: shapes \(survey.shapes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")); the witness 2-3-1 net has a convex pentagon \(hullText), its corner \(onTwoLines.map { "(" + $0.map(\.description).joined(separator: ", ") + ")" }.joined(separator: ", ")) on two ReLU lines",
                       details: [.table(t)],
                       counterexample: ok ? nil : "shapes other than quadrilaterals, pentagons or hexagons: \(otherShapes)",
                       correction: ok ? "for weights in general position the bounded regions are convex quadrilaterals or hexagons; when the boundary passes through a crossing of two ReLU lines a convex pentagon occurs, e.g. f = 2 − 2ReLU(2x+y−2) − ReLU(x−2y+1) − 2ReLU(y−x) with {f > 0} the pentagon \(hullText)" : nil,
                       figures: [.list("pentagon corners (x, y), witness net", pent.hull.map { "(" + $0.map(\.description).joined(separator: ", ") + ")" }),
                                 .integer("pentagon corners, witness net", pent.corners)])
    }
}
