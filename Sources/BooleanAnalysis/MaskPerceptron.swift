import ExactArithmetic

/// Minsky and Papert's perceptrons over masks (dissertation §2.1.2,
/// Theorems 2.1.1 and 2.1.3): the predicates are ψ_S(x) = 1 when every bit
/// of the mask S is on in x (ψ_∅ = 1, the bias), and F(x) = 1 exactly when
/// Σ_S w_S ψ_S(x) ≥ 0. Points and masks are both R-bit integers (a point
/// is its truth-table position), so S ⊆ x is `S & x == S`.
public enum MaskPerceptron {
    /// Largest R: 2^R masks and 2^R constraints per LP.
    public static let maximumBits = 6

    /// Weights w_S (one per entry of `masks`) with F = f, decided by exact
    /// LP; `nil` when no weights exist. With `tiedBy`, masks in one class
    /// share one weight (the form Theorem 2.1.1 promises for a G-invariant f).
    ///
    /// **Edge cases:** R outside 1…``maximumBits``, a mask with bits beyond R
    /// or a class naming a mask not in `masks` throws; no masks at all
    /// represent exactly the constant-1 function (the empty sum is 0 ≥ 0).
    public static func weights(for f: TruthTable, masks: [Int], tiedBy classes: [[Int]]? = nil) throws -> [Rational]? {
        let r = f.variables
        guard (1...maximumBits).contains(r) else { throw BooleanError("mask perceptrons take 1 ≤ R ≤ \(maximumBits) bits, got R = \(r)") }
        guard masks.allSatisfy({ $0 >= 0 && $0 < 1 << r }) else { throw BooleanError("a mask has bits beyond R = \(r)") }
        let groups: [[Int]]
        if let classes {
            let known = Set(masks)
            guard classes.joined().allSatisfy(known.contains) else { throw BooleanError("a tied class names a mask outside the list") }
            groups = classes
        } else {
            groups = masks.map { [$0] }
        }
        let rows = (0..<(1 << r)).map { x in
            let coefficients = groups.map { group in Rational(group.count { $0 & x == $0 }) }
            return LinearConstraint(coefficients, f[x] ? .greaterOrEqual : .lessThan, 0)
        }
        guard case .feasible(let v) = LinearProgram.feasibility(rows, variables: groups.count) else { return nil }
        guard classes != nil else { return v }
        var byMask: [Int: Rational] = [:]
        for (group, w) in zip(groups, v) { for s in group { byMask[s] = w } }
        return masks.map { byMask[$0] ?? Rational() }
    }

    /// Whether the weights (one per mask) compute f, checked exactly.
    public static func computes(_ f: TruthTable, masks: [Int], weights: [Rational]) -> Bool {
        (0..<(1 << f.variables)).allSatisfy { x in
            var sum = Rational()
            for (s, w) in zip(masks, weights) where s & x == s { sum += w }
            return (sum.signum >= 0) == f[x]
        }
    }

    /// Masks of at most `order` bits, in increasing numeric order.
    public static func masks(bits r: Int, order: Int) -> [Int] {
        (0..<(1 << r)).filter { $0.nonzeroBitCount <= order }
    }
}

/// A group of permutations of the R bit positions, acting on points and
/// masks alike (Theorem 2.1.1's G).
public struct BitPermutationGroup: Sendable {
    public let bits: Int
    /// Every element as the image of each bit position.
    public let elements: [[Int]]
    public let name: String

    /// Translations with wraparound: x ↦ x shifted cyclically.
    public static func cyclic(bits r: Int) -> BitPermutationGroup {
        BitPermutationGroup(bits: r, elements: (0..<r).map { k in (0..<r).map { ($0 + k) % r } }, name: "cyclic shifts")
    }

    /// Every permutation of the bits (invariant functions are the symmetric ones).
    public static func symmetric(bits r: Int) -> BitPermutationGroup {
        func permutations(_ items: [Int]) -> [[Int]] {
            items.count <= 1 ? [items] : items.indices.flatMap { i in
                var rest = items
                let head = rest.remove(at: i)
                return permutations(rest).map { [head] + $0 }
            }
        }
        return BitPermutationGroup(bits: r, elements: permutations(Array(0..<r)), name: "all permutations")
    }

    public func apply(_ element: [Int], to x: Int) -> Int {
        var y = 0
        for k in 0..<bits where x >> k & 1 == 1 { y |= 1 << element[k] }
        return y
    }

    /// The orbits of the given R-bit integers, each sorted, ordered by their least member.
    public func orbits(of items: [Int]) -> [[Int]] {
        var seen = Set<Int>(), result: [[Int]] = []
        for x in items where !seen.contains(x) {
            let orbit = Set(elements.map { apply($0, to: x) })
            seen.formUnion(orbit)
            result.append(orbit.sorted())
        }
        return result
    }
}
