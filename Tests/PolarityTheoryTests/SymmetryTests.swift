import PropertyTesting
import Testing
import PropertyBased
import ExactArithmetic
@testable import PolarityTheory

private func allAtoms(_ c: RepresentabilityConvention) -> [UnitAtom] {
    (1...8).flatMap { UnitAtom.atoms(type: $0, hiddenBias: c.hiddenBias) }
}

@Test func symmetriesFormTheGroupOfTheSquare() {
    for bias in RepresentabilityConvention.Bias.allCases {
        let atoms = UnitAtom.atoms(type: 1, hiddenBias: bias) + (2...8).flatMap { UnitAtom.atoms(type: $0, hiddenBias: bias) }
        let group = XORSymmetry.permutations(of: atoms)
        #expect(group.count == 8 && Set(group).count == 8 && group[0] == Array(atoms.indices))
        for p in group { #expect(Set(p).count == atoms.count) }
    }
    // σ and τ by hand: σ(#3 on {p1}) = #5 on {p2}; τ(#1 on {p0}) = #6 on {p2} (w₁ and output flip: +++ ↦ -+-).
    #expect(XORSymmetry.swapInputs(UnitAtom(type: 3, active: 0b0010)) == UnitAtom(type: 5, active: 0b0100))
    #expect(XORSymmetry.negateFirstInput(UnitAtom(type: 1, active: 0b0001)) == UnitAtom(type: 6, active: 0b0100))
    // A partial atom list has no complete images: only the identity is used.
    #expect(XORSymmetry.permutations(of: [UnitAtom(type: 3, active: 0b0010)]).count == 1)
}

/// The LP's answer is the same on every image of a random atom set (the
/// invariance the orbit reduction relies on), and a feasible set always
/// passes the label-cover pre-check.
@Test func feasibilityIsInvariantAndCoverIsNecessary() async {
    await forAll(count: 40, input: Gen.int(in: 0...7), Gen.int(in: 1...4), Gen.int(in: 0...1_000_000)) { c, size, seed in
        let convention = RepresentabilityConvention.all[c]
        let atoms = allAtoms(convention)
        var g = UInt64(seed) &* 0x9E3779B97F4A7C15 | 1
        var set: Set<Int> = []
        while set.count < size { g = g &* 6364136223846793005 &+ 1442695040888963407; set.insert(Int(g >> 33) % atoms.count) }
        let chosen = Array(set)
        let answer = FrozenSignXOR.solve(chosen.map { atoms[$0] }, convention) != nil
        for p in XORSymmetry.permutations(of: atoms) {
            #expect((FrozenSignXOR.solve(chosen.map { atoms[p[$0]] }, convention) != nil) == answer)
        }
        if answer { #expect(XORRepresentability.coversLabels(chosen.map { atoms[$0] }, convention)) }
    }
}

/// The orbit-reduced structure against brute force (every choice of atoms
/// per type, one LP each, no symmetry): all two-unit templates under all
/// eight conventions, and random three-unit templates with free hidden biases.
@Test func reducedStructureMatchesEnumeration() async throws {
    for convention in RepresentabilityConvention.all {
        let s = XORRepresentability(convention, maxAtoms: 2)
        for a in 1...8 { for b in a...8 {
            let k = counts([a, b])
            #expect(try s.isRepresentable(counts: k) == (try FrozenSignXOR.decideByEnumeration(counts: k, convention) != nil), "\(convention): \(a), \(b)")
        } }
    }
    for output in RepresentabilityConvention.Bias.allCases {
        let s = XORRepresentability(RepresentabilityConvention(hiddenBias: .free, outputBias: output), maxAtoms: 3)
        await forAll(count: 10, input: Gen.int(in: 1...8), Gen.int(in: 1...8), Gen.int(in: 1...8)) { a, b, c in
            let k = counts([a, b, c])
            #expect(try! s.isRepresentable(counts: k) == (try! FrozenSignXOR.decideByEnumeration(counts: k, s.convention) != nil), "\(s.convention): \(a), \(b), \(c)")
        }
    }
}
