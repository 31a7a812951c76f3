import Cores
import ExactArithmetic

/// How the walk decided its candidate orders (``chamberWalk(variables:threads:)``).
public struct ChamberWalkReport: Sendable {
    public let orders: ChamberOrderList
    /// Candidates refuted by a one-line argument (a pair with the same
    /// difference left unswapped, or a difference the chamber signs).
    public let combinatorial: Int
    /// Candidates accepted with an integer witness checked exactly.
    public let witnessed: Int
    /// Candidates refuted by a Gordan certificate checked exactly.
    public let certified: Int
    /// Candidates the floating-point hint left open, decided by the exact LP.
    public let exactLP: Int
}

/// The chamber orders of {0,1}ⁿ, 1 ≤ n ≤ 6 (1, 1, 2, 14, 516, 124 187:
/// OEIS A009997), each with an integer witness, by a breadth-first walk
/// over the regions of the arrangement w·(a − b) = 0 inside the chamber
/// 0 < w₁ < … < wₙ, from w = (1, 2, 4, …).
///
/// Crossing a wall w·u = 0 of a region swaps every adjacent pair (a, a + u)
/// at once, so each distinct difference u of adjacent points proposes one
/// candidate order. A candidate is decided exactly, cheapest first:
/// 1. refuted outright when some pair (b, b + u) is not adjacent (it keeps
///    its side while the swapped pairs change theirs: w·u cannot have both
///    signs) or when u's suffix sums Σ_{k ≥ j} u_k are all ≥ 0 (then
///    w·u = Σ_j (w_j − w_{j−1})·Σ_{k≥j} u_k > 0 throughout the chamber);
/// 2. otherwise a floating-point phase-1 simplex (`GordanHint`) proposes
///    either a w — rounded to integers (scaled by 1, 2, 3, …) and accepted
///    only if it induces the candidate strictly, in integer arithmetic — or
///    a support for a Gordan certificate, accepted only if the exact
///    integer λ > 0 with λᵀU = 0 exists on it (`GordanCertificate`);
/// 3. what the hint cannot settle goes to the exact rational LP.
/// Candidates already found are not decided again. Each level of the walk
/// is decided in parallel and merged in a fixed order, so the list (and
/// every witness) does not depend on `threads`.
///
/// **Edge cases:** n outside 1…6 throws.
public func chamberWalk(variables n: Int, threads: Int = Cores.available) throws -> ChamberWalkReport {
    guard (1...6).contains(n) else { throw BooleanError("the chamber walk takes 1 ≤ n ≤ 6 (here n = \(n))") }
    let size = 1 << n
    let startWitness = (0..<n).map { 1 << $0 }
    var induce = InducedOrder(variables: n)
    let start = induce.order(startWitness[...])!
    var seen: Set<[UInt8]> = [start]
    var points = start, weights = startWitness
    var frontier = [0]
    var tally = (combinatorial: 0, witnessed: 1, certified: 0, exactLP: 0)
    while !frontier.isEmpty {
        let (known, all, level) = (seen, points, frontier)
        let results = Cores.map(level.count, threads: threads) { i in
            ChamberStep(variables: n).neighbours(Array(all[(level[i] * size)..<((level[i] + 1) * size)]), known: known)
        }
        var next: [Int] = []
        for step in results {
            tally.combinatorial += step.combinatorial
            tally.witnessed += step.found.count
            tally.certified += step.certified
            tally.exactLP += step.exactLP
            for (order, w) in step.found where seen.insert(order).inserted {
                next.append(weights.count / n)
                points += order
                weights += w
            }
        }
        frontier = next
    }
    let list = try ChamberOrderList(variables: n, witnesses: weights)
    return ChamberWalkReport(orders: list, combinatorial: tally.combinatorial, witnessed: tally.witnessed,
                             certified: tally.certified, exactLP: tally.exactLP)
}

/// One region's neighbours across its walls, each decided exactly.
struct ChamberStep {
    let variables: Int
    var found: [([UInt8], [Int])] = []
    var combinatorial = 0, certified = 0, exactLP = 0
    private var induce: InducedOrder

    init(variables n: Int) {
        variables = n
        induce = InducedOrder(variables: n)
    }

    private func coordinate(_ x: UInt8, _ k: Int) -> Int { Int(x) >> (variables - 1 - k) & 1 }

    consuming func neighbours(_ order: [UInt8], known: Set<[UInt8]>) -> ChamberStep {
        let n = variables, size = 1 << n
        var tried = Set<Int>()
        for i in 0..<(size - 1) {
            let v = order[i + 1] ^ order[i], up = order[i + 1] & v   // support of u and where u = +1
            guard tried.insert(Int(v) << n | Int(up)).inserted else { continue }
            var adjacent = 0
            for j in 0..<(size - 1) where order[j] ^ order[j + 1] == v && order[j + 1] & v == up { adjacent += 1 }
            var suffix = 0, chamberSigned = true
            for k in stride(from: n - 1, through: 0, by: -1) {
                if coordinate(v, k) == 1 { suffix += coordinate(up, k) == 1 ? 1 : -1 }
                if suffix < 0 { chamberSigned = false }
            }
            if adjacent < 1 << (n - v.nonzeroBitCount) || chamberSigned { combinatorial += 1; continue }
            var candidate = order, j = 0
            while j < size - 1 {
                if candidate[j] ^ candidate[j + 1] == v && candidate[j + 1] & v == up { candidate.swapAt(j, j + 1); j += 2 } else { j += 1 }
            }
            guard !known.contains(candidate) else { continue }
            if let w = decide(candidate) { found.append((candidate, w)) }
        }
        return self
    }

    /// The rows of the candidate's cone: distinct differences of adjacent points, then the chamber.
    private func rows(_ order: [UInt8]) -> [[Int]] {
        let n = variables
        var seen = Set<[Int]>(), rows: [[Int]] = []
        for i in 0..<(order.count - 1) {
            let u = (0..<n).map { coordinate(order[i + 1], $0) - coordinate(order[i], $0) }
            if seen.insert(u).inserted { rows.append(u) }
        }
        for k in 0..<n {
            var c = [Int](repeating: 0, count: n)
            c[k] = 1
            if k > 0 { c[k - 1] = -1 }
            rows.append(c)
        }
        return rows
    }

    /// An integer witness of the candidate, or nil when it is no region.
    private mutating func decide(_ candidate: [UInt8]) -> [Int]? {
        let n = variables
        let u = rows(candidate)
        switch GordanHint(rows: u, variables: n) {
        case .alternative(let support):
            if GordanCertificate.find(rows: u, support: support, variables: n) != nil { certified += 1; return nil }
        case .solution(let w):
            for scale in [1.0, 2, 3, 4, 5, 6, 8, 12, 16, 32, 64] {
                let integer = w.map { Int(($0 * scale).rounded()) }
                if induce.order(integer[...]) == candidate { return reduced(integer) }
            }
        case .unknown: break
        }
        exactLP += 1
        let constraints = u.map { LinearConstraint($0.map { Rational($0) }, .greaterThan, 0) }
        guard case .feasible(let w) = LinearProgram.feasibility(constraints, variables: n) else { return nil }
        let denominators = w.reduce(BigInt(1)) { l, q in l / BigInt.gcd(l, q.denominator) * q.denominator }
        let integer = w.map { q in (q.numerator * (denominators / q.denominator)).exactInt! }
        precondition(induce.order(integer[...]) == candidate, "the exact LP's witness does not induce its order")
        return reduced(integer)
    }

    private func reduced(_ w: [Int]) -> [Int] {
        let g = w.reduce(0, GordanCertificate.gcd)
        return g > 1 ? w.map { $0 / g } : w
    }
}
