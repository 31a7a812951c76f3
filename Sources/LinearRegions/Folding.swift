import ExactArithmetic

/// Montúfar, Pascanu, Cho and Bengio's folding construction (cited for
/// eq. 2.27), built with exact weights.
///
/// Input dimension N₀ = d ∈ {1, 2}, on the box [−1/2, 1/2]^d (the unit cube
/// shifted so that it is one of our boxes). Each folding layer has n units
/// per coordinate, ReLU(t − k/n) for k = 0…n−1, and the next layer reads the
/// sawtooth g(t) = n·h₀ + Σ_{k≥1} (−1)^k 2n·h_k, which maps each of the n
/// intervals [k/n, (k+1)/n] onto [0, 1]. After L − 1 folding layers the cube
/// is cut into n^{d(L−1)} cells, each mapped onto the unit cube; the last
/// hidden layer's N_L hyperplanes in general position inside the unit cube
/// then appear in every cell, giving n^{d(L−1)}·Σ_{j≤d} C(N_L, j) regions.
public enum FoldingConstruction {
    /// The network with `folds` folding layers of width d·n and a last
    /// hidden layer of `last` units; output: the sum of the last units.
    public static func network(dimension d: Int, teeth n: Int, folds: Int, last: Int) throws -> ReLUNetwork {
        precondition((1...2).contains(d) && n >= 1 && folds >= 0 && last >= 1)
        let half = Rational(1, 2)
        // Sawtooth coefficients on one coordinate's n units.
        let saw = (0..<n).map { k in k == 0 ? Rational(n) : Rational(k % 2 == 0 ? 2 * n : -2 * n) }
        var layers: [AffineLayer] = []
        for f in 0..<folds {
            var weight: [[Rational]] = [], bias: [Rational] = []
            for c in 0..<d {
                for k in 0..<n {
                    var row: [Rational]
                    if f == 0 {
                        row = [Rational](repeating: Rational(), count: d)
                        row[c] = Rational(1)
                    } else {
                        row = [Rational](repeating: Rational(), count: d * n)
                        for j in 0..<n { row[c * n + j] = saw[j] }
                    }
                    weight.append(row)
                    // Shift t = x + 1/2 in the first layer; t − k/n.
                    bias.append((f == 0 ? half : Rational()) - Rational(k, n))
                }
            }
            layers.append(try AffineLayer(weight: weight, bias: bias))
        }
        // Last hidden layer: hyperplanes a·t = c in general position with every
        // crossing inside the unit cube (d = 1: points j/(N_L + 1)).
        var weight: [[Rational]] = [], bias: [Rational] = []
        for j in 0..<last {
            let (a, c) = generalHyperplane(j, count: last, dimension: d)
            if folds == 0 {
                weight.append(a)
                bias.append(a.reduce(Rational()) { $0 + $1 * half } - c)
            } else {
                var row = [Rational](repeating: Rational(), count: d * n)
                for coordinate in 0..<d { for k in 0..<n { row[coordinate * n + k] = a[coordinate] * saw[k] } }
                weight.append(row)
                bias.append(-c)
            }
        }
        layers.append(try AffineLayer(weight: weight, bias: bias))
        layers.append(try AffineLayer(weight: [[Rational](repeating: Rational(1), count: last)], bias: [Rational()]))
        return try ReLUNetwork(layers: layers)
    }

    /// Hyperplane j of `count` as (a, c) with a·t = c. d = 1: the point
    /// (j+1)/(count+1). d = 2: the tangent to the circle of radius 1/5 about
    /// (1/2, 1/2) with rational unit normal ((1 − s²), 2s)/(1 + s²),
    /// s = (j+1)/(count+1): normals at distinct angles in (0, π/2), so no two
    /// tangents are parallel, no three meet (a point outside a circle has two
    /// tangents), and crossings lie within r/cos(π/4) < 0.29 of the centre.
    static func generalHyperplane(_ j: Int, count: Int, dimension d: Int) -> (a: [Rational], c: Rational) {
        if d == 1 { return ([Rational(1)], Rational(j + 1, count + 1)) }
        // Rational unit normals on the upper half circle (distinct directions).
        let s = Rational(j + 1, count + 1)
        let denominator = 1 + s * s
        let normal = [(1 - s * s) / denominator, 2 * s / denominator]
        // Tangent line to the circle of radius r about the centre: normal·t = normal·centre + r.
        let r = Rational(1, 5)
        return (normal, (normal[0] + normal[1]) / Rational(2) + r)
    }

    /// The region count the construction should reach on [−1/2, 1/2]^d.
    public static func expectedRegions(dimension d: Int, teeth n: Int, folds: Int, last: Int) -> BigInt {
        BigInt(n).power(d * folds) * CountingBounds.hyperplaneArrangement(hyperplanes: last, dimension: d)
    }
}
