/// The symmetries of XOR on {−1,1}² that carry frozen-sign networks to
/// frozen-sign networks (beyond paper 000; used to solve one LP per orbit):
///
/// * σ swaps x₁ and x₂ — both labelings are symmetric in the inputs;
/// * τ negates x₁ together with every output weight and the output bias —
///   x₁ ↦ −x₁ flips every label and F ↦ −F flips it back, so
///   F′(x₁, x₂) = −F(−x₁, x₂) represents the labeling exactly when F does.
///
/// They generate the 8 symmetries of the square. Each keeps hidden biases
/// (so the zero rule), maps a zero output bias to zero, and maps an atom
/// (type, activation set) to an atom: the type's sign bits and the points
/// are permuted, and the closed activation regions with them. So a set of
/// atoms is feasible for ``FrozenSignXOR/solve(_:_:)`` exactly when each
/// of its images is.
enum XORSymmetry {
    /// σ on an atom: w₁ and w₂ trade signs; point (x, y) takes the role of (y, x).
    static func swapInputs(_ a: UnitAtom) -> UnitAtom {
        let c = a.type - 1
        let type = (c & 4 != 0 ? 2 : 0) + (c & 2 != 0 ? 4 : 0) + (c & 1) + 1
        return UnitAtom(type: type, active: permute(a.active, [0, 2, 1, 3]))
    }

    /// τ on an atom: w₁ and the output weight change sign; point (x, y) takes
    /// the role of (−x, y).
    static func negateFirstInput(_ a: UnitAtom) -> UnitAtom {
        UnitAtom(type: ((a.type - 1) ^ 5) + 1, active: permute(a.active, [2, 3, 0, 1]))
    }

    /// New bit p is old bit source[p] (points in Boolean order).
    private static func permute(_ bits: UInt8, _ source: [Int]) -> UInt8 {
        (0..<4).reduce(UInt8(0)) { $0 | ((bits >> UInt8(source[$1])) & 1) << UInt8($1) }
    }

    /// The group's 8 actions as permutations of indices into `atoms`, the
    /// identity first; only the identity when some image is not in `atoms`
    /// (which the atoms of ``UnitAtom/atoms(type:hiddenBias:)`` never allow,
    /// but a partial list could).
    static func permutations(of atoms: [UnitAtom]) -> [[Int]] {
        let index = Dictionary(uniqueKeysWithValues: atoms.enumerated().map { ($1, $0) })
        let identity = Array(atoms.indices)
        var generators: [[Int]] = []
        for g in [swapInputs, negateFirstInput] {
            let images = atoms.compactMap { index[g($0)] }
            guard images.count == atoms.count else { return [identity] }
            generators.append(images)
        }
        // Close under composition (breadth first from the identity).
        var group = [identity], seen: Set<[Int]> = [identity]
        var head = 0
        while head < group.count {
            let p = group[head]; head += 1
            for g in generators {
                let q = p.map { g[$0] }
                if seen.insert(q).inserted { group.append(q) }
            }
        }
        return group
    }

    /// The lexicographically least sorted image of a set of atom indices.
    static func canonical(_ set: [Int], _ group: [[Int]]) -> [Int] {
        var best = set.sorted()
        for p in group.dropFirst() {
            let image = set.map { p[$0] }.sorted()
            if image.lexicographicallyPrecedes(best) { best = image }
        }
        return best
    }
}
