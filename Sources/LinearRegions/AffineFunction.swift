import ExactArithmetic

/// x ↦ a·x + b on ℝ^d with exact rational data: a unit's pre-activation on
/// a region, or one face of a region (the region lies where it is > 0).
public struct AffineFunction: Sendable, Hashable {
    public var a: [Rational]
    public var b: Rational

    public init(_ a: [Rational], _ b: Rational) {
        self.a = a
        self.b = b
    }

    /// The zero function on ℝ^d (a unit switched off by ReLU).
    public static func zero(_ d: Int) -> AffineFunction { AffineFunction([Rational](repeating: Rational(), count: d), Rational()) }

    /// x_j on ℝ^d.
    public static func coordinate(_ j: Int, _ d: Int) -> AffineFunction {
        var f = zero(d)
        f.a[j] = Rational(1)
        return f
    }

    /// Constant in x (a dead or saturated unit): its hyperplane cuts nothing.
    public var isConstant: Bool { a.allSatisfy(\.isZero) }
    public var isZero: Bool { b.isZero && isConstant }

    public func value(at x: [Rational]) -> Rational {
        var s = b
        for (c, v) in zip(a, x) where !c.isZero { s += c * v }
        return s
    }

    /// `2x₁ − x₂ + 1/2`, `−1`, `0`: for prose and summaries.
    public var linearText: String {
        let subscripts = ["₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        var s = ""
        for (j, c) in a.enumerated() where !c.isZero {
            let magnitude = c.magnitude == Rational(1) ? "" : c.magnitude.description
            s += (s.isEmpty ? (c.signum < 0 ? "−" : "") : (c.signum < 0 ? " − " : " + ")) + magnitude + "x" + (j < 9 ? subscripts[j] : "_\(j + 1)")
        }
        if !b.isZero || s.isEmpty {
            s += s.isEmpty ? (b.signum < 0 ? "−" + b.magnitude.description : b.description) : (b.signum < 0 ? " − " : " + ") + b.magnitude.description
        }
        return s
    }

    public static prefix func - (f: AffineFunction) -> AffineFunction { AffineFunction(f.a.map { -$0 }, -f.b) }

    public func scaled(by k: Rational) -> AffineFunction {
        k == Rational(1) ? self : AffineFunction(a.map { $0 * k }, b * k)
    }

    /// Σ_k w_k·f_k + c: a layer applied to the previous layer's functions.
    /// Zero weights and zero functions (switched-off units) are skipped.
    public static func combination(_ w: [Rational], _ f: [AffineFunction], plus c: Rational, dimension d: Int) -> AffineFunction {
        var out = AffineFunction([Rational](repeating: Rational(), count: d), c)
        for (wk, fk) in zip(w, f) where !wk.isZero && !fk.isZero {
            for j in 0..<d where !fk.a[j].isZero { out.a[j] += wk * fk.a[j] }
            if !fk.b.isZero { out.b += wk * fk.b }
        }
        return out
    }
}

/// The exact affine map x ↦ J·x + c of a network on one region: J is the
/// constant Jacobian and c the offset (the J_i and y_i of eq. 5.25).
public struct AffineMap: Sendable, Hashable {
    /// One row per output: output k is rows[k].a·x + rows[k].b.
    public let rows: [AffineFunction]

    public init(rows: [AffineFunction]) { self.rows = rows }

    public var jacobian: [[Rational]] { rows.map(\.a) }
    public var offset: [Rational] { rows.map(\.b) }

    public func apply(_ x: [Rational]) -> [Rational] { rows.map { $0.value(at: x) } }

    /// `[[1, -1]]·x + [0]` style, exact entries.
    public var description: String {
        "[" + rows.map { "[" + $0.a.map(\.description).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]·x + ["
            + rows.map(\.b.description).joined(separator: ", ") + "]"
    }
}
