import PropertyTesting
import Testing
import PropertyBased
@testable import ExactArithmetic

private func randomMatrix(_ rng: inout SplitMix64, _ rows: Int, _ cols: Int, num: ClosedRange<Int> = -9...9, maxDen: Int = 9) -> RationalMatrix {
    try! RationalMatrix(rowCount: rows, columnCount: cols, entries: (0..<(rows * cols)).map { _ in rng.rational(num, maxDen: maxDen) })
}

/// Determinant by textbook elimination in rationals (independent of the
/// fraction-free code): product of pivots with the sign of the swaps.
private func naiveDeterminant(_ a: [[Rational]]) -> Rational {
    var m = a, det = Rational(1)
    let n = m.count
    for c in 0..<n {
        guard let p = (c..<n).first(where: { !m[$0][c].isZero }) else { return 0 }
        if p != c { m.swapAt(c, p); det = -det }
        det *= m[c][c]
        for r in (c + 1)..<n where !m[r][c].isZero {
            let f = m[r][c] / m[c][c]
            for k in c..<n { m[r][k] -= f * m[c][k] }
        }
    }
    return det
}

/// Rank by textbook elimination in rationals.
private func naiveRank(_ a: [[Rational]]) -> Int {
    var m = a, rank = 0
    let cols = m.first?.count ?? 0
    for c in 0..<cols where rank < m.count {
        guard let p = (rank..<m.count).first(where: { !m[$0][c].isZero }) else { continue }
        m.swapAt(rank, p)
        for r in (rank + 1)..<m.count where !m[r][c].isZero {
            let f = m[r][c] / m[rank][c]
            for k in c..<cols { m[r][k] -= f * m[rank][k] }
        }
        rank += 1
    }
    return rank
}

@Suite struct MatrixTests {
    @Test func inverseTimesMatrixIsIdentity() async {
        await forAll(count: 60, input: Gen.int(in: 0...Int.max), Gen.int(in: 1...7)) { seed, n in
            var rng = SplitMix64(seed: seed)
            let a = randomMatrix(&rng, n, n)
            let det = try! a.determinant()
            #expect(det == naiveDeterminant(a.rows))
            guard let inv = a.inverse() else { #expect(det == 0); return }
            #expect(try! a * inv == RationalMatrix.identity(n))
            #expect(try! inv * a == RationalMatrix.identity(n))
            #expect(try! inv.determinant() * det == 1)
        }
    }

    @Test func determinantIsMultiplicative() async {
        await forAll(count: 60, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...6)) { seed, n in
            var rng = SplitMix64(seed: seed)
            let a = randomMatrix(&rng, n, n), b = randomMatrix(&rng, n, n)
            #expect(try! (a * b).determinant() == (try! a.determinant()) * (try! b.determinant()))
            #expect(try! a.transposed.determinant() == (try! a.determinant()))
        }
    }

    @Test func solveAgreesWithInverseAndNaiveElimination() async {
        await forAll(count: 60, input: Gen.int(in: 0...Int.max), Gen.int(in: 1...12)) { seed, n in
            var rng = SplitMix64(seed: seed)
            let a = randomMatrix(&rng, n, n)
            let b = (0..<n).map { _ in rng.rational(-9...9, maxDen: 9) }
            guard let inv = a.inverse() else { return }
            let x = try! a.solve(b)
            #expect(x == (try! inv * b))
            #expect(x == naiveSolve(a.rows, b))
            #expect(try! a * x == b)
        }
    }

    /// A 40×40 system exercises many p-adic digits; entries of 2^40 force
    /// the fraction-free fallback. Both must equal textbook elimination.
    @Test func dixonAndFallbackPathsAgree() {
        var rng = SplitMix64(seed: 7)
        let a = randomMatrix(&rng, 40, 40)
        let b = (0..<40).map { _ in rng.rational(-9...9, maxDen: 9) }
        #expect(DixonSolver(a, b) != nil)
        #expect(try! a.solve(b) == naiveSolve(a.rows, b))
        let big = Rational(BigInt(1) << 40)
        let huge = try! RationalMatrix(rows: a.rows.prefix(6).map { Array($0.prefix(6)).map { $0 * big + 1 } })
        #expect(DixonSolver(huge, Array(b.prefix(6))) == nil)
        #expect(try! huge.solve(Array(b.prefix(6))) == naiveSolve(huge.rows, Array(b.prefix(6))))
    }

    @Test func rankOfProductsOfThinFactors() async {
        await forAll(count: 60, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: seed)
            let r = rng.int(0...4), rows = rng.int(1...7), cols = rng.int(1...7)
            let a = try! randomMatrix(&rng, rows, r, num: -3...3, maxDen: 2) * randomMatrix(&rng, r, cols, num: -3...3, maxDen: 2)
            #expect(a.rank <= r)
            #expect(a.rank == naiveRank(a.rows))
            #expect(a.transposed.rank == a.rank)
        }
    }

    @Test func generalSystemsDescribeTheSolutionSet() async {
        await forAll(count: 80, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: seed)
            let r = rng.int(0...4), rows = rng.int(1...6), cols = rng.int(1...6)
            let a = try! randomMatrix(&rng, rows, r, num: -3...3, maxDen: 2) * randomMatrix(&rng, r, cols, num: -3...3, maxDen: 2)
            // Half the time b is in the column space by construction.
            let consistent = rng.int(0...1) == 0
            let b = consistent ? try! a * (0..<cols).map { _ in rng.rational(-5...5, maxDen: 3) }
                               : (0..<rows).map { _ in rng.rational(-5...5, maxDen: 3) }
            let augmentedRank = naiveRank(zip(a.rows, b).map { $0 + [$1] })
            switch try! a.solutions(b) {
            case .inconsistent:
                #expect(!consistent)
                #expect(augmentedRank > a.rank)
            case .consistent(let x, let nullSpace):
                #expect(augmentedRank == a.rank)
                #expect(try! a * x == b)
                #expect(nullSpace.count == cols - a.rank)
                for v in nullSpace { #expect(try! a * v == [Rational](repeating: 0, count: rows)) }
                #expect(naiveRank(nullSpace) == nullSpace.count)
            }
        }
    }

    @Test func singularAndMalformedInput() throws {
        let s = try RationalMatrix(rows: [[1, 2], [2, 4]])
        #expect(try s.determinant() == 0)
        #expect(s.inverse() == nil)
        #expect(s.rank == 1)
        #expect(throws: MatrixError.self) { try s.solve([1, 1]) }
        #expect(throws: MatrixError.self) { try s.solve([1, 2]) }
        #expect(try s.solutions([1, 2]) == .consistent(particular: [1, 0], nullSpace: [[-2, 1]]))
        #expect(try s.solutions([1, 1]) == .inconsistent)
        #expect(throws: MatrixError.self) { try RationalMatrix(rows: [[1, 2], [3]]) }
        #expect(throws: MatrixError.self) { try RationalMatrix(rowCount: 2, columnCount: 2, entries: [1]) }
        #expect(throws: MatrixError.self) { try RationalMatrix(rowCount: -1, columnCount: 0, entries: []) }
        let r = try RationalMatrix(rows: [[1, 2, 3]])
        #expect(throws: MatrixError.self) { try r * r }
        #expect(throws: MatrixError.self) { try r.determinant() }
        #expect(throws: MatrixError.self) { try s.solve([1]) }
        #expect(r.inverse() == nil)
        let empty = RationalMatrix.identity(0)
        #expect(try empty.determinant() == 1)
        #expect(empty.rank == 0)
        #expect(empty.inverse() == empty)
        #expect(try empty.solve([]) == [])
        #expect(try RationalMatrix(rows: [[Rational(1, 2), Rational(-3, 7)], [0, 5]]).description == "[[1/2, -3/7], [0, 5]]")
    }
}
