import CGMP
import Cores

/// Errors of the root finder that come from its input.
public enum RootFindingError: Error, CustomStringConvertible, Equatable {
    /// Every real number is a root of the zero polynomial.
    case zeroPolynomial
    /// A requested number of digits outside 0…``RealRoot/maximumDigits``.
    case digitsOutOfRange(Int)

    public var description: String {
        switch self {
        case .zeroPolynomial: return "the zero polynomial vanishes everywhere; its roots cannot be isolated"
        case .digitsOutOfRange(let d): return "digits must be in 0...\(RealRoot.maximumDigits), got \(d)"
        }
    }
}

extension Polynomial {
    /// Every real root, each in its own isolating interval, in increasing order.
    ///
    /// Method (Vincent–Collins–Akritas bisection): work on the square-free
    /// primitive integer polynomial P; map the positive roots into (0, 1)
    /// with a power-of-two root bound, then bisect — the half (0, ½) via
    /// 2ⁿP(x/2), the half (½, 1) by a Taylor shift of that — and count the
    /// roots of each half by Descartes' rule of signs on (x + 1)ⁿP(1/(x + 1)):
    /// no sign change means no root, one means exactly one. Negative roots
    /// are the positive roots of P(−x). Each level of the bisection tree runs
    /// on all cores. Every decision is exact, so the result is certified: no
    /// root is missed and each interval holds exactly one.
    ///
    /// Rational roots are returned exact (``RealRoot/exactValue``) whenever
    /// P's leading coefficient has at most 64 bits (the intervals are then
    /// narrowed below 1/lc², where a rational root p/q, q | lc, is the
    /// simplest rational of its interval); beyond that, when they are met
    /// as bisection points or as simplest rationals, and
    /// ``RealRoot/refined(digits:)`` looks again on each narrower interval.
    ///
    /// Cost: O(n⁴ τ²)-ish in the worst case for degree n and τ-bit
    /// coefficients; for 200 well-separated roots a fraction of a second.
    ///
    /// **Edge cases:** throws ``RootFindingError/zeroPolynomial`` for the
    /// zero polynomial; a non-zero constant has no roots; a repeated root
    /// is returned once.
    public func realRoots() throws -> [RealRoot] {
        guard !isZero else { throw RootFindingError.zeroPolynomial }
        guard degree >= 1 else { return [] }
        var integers = primitiveIntegerForm.integers
        if !IntegerPolynomial.isSquareFreeModularly(integers) {
            integers = squareFreePart.primitiveIntegerForm.integers
        }
        return RootIsolator(integers).isolate()
    }

    /// Every real root refined to `digits` certified significant digits
    /// (see ``RealRoot/refined(digits:)``), the roots refined in parallel.
    public func realRoots(digits: Int) throws -> [RealRoot] {
        guard (0...RealRoot.maximumDigits).contains(digits) else { throw RootFindingError.digitsOutOfRange(digits) }
        let isolated = try realRoots()
        return Cores.map(isolated.count) { i in isolated[i].refinedUnchecked(digits: digits) }
    }
}

/// The VCA bisection tree for one square-free primitive integer polynomial.
struct RootIsolator {
    /// Square-free, primitive, positive leading coefficient.
    let p: [BigInt]

    init(_ p: [BigInt]) { self.p = p }

    /// The roots of `q` in (0, 1) are the roots x = ±2ᵏ(c + y)/2ᵈ of p
    /// (minus sign when `negative`). Invariant: q(0) ≠ 0 and q(1) ≠ 0.
    /// Unchecked `Sendable`: a node's mutable vector is handed to exactly
    /// one worker, which consumes it; no two threads ever hold it at once.
    struct Node: @unchecked Sendable {
        let q: MPZVector
        let c: BigInt
        let depth: Int
        let k: Int
        let negative: Bool
        /// Descartes' count for this interval when already known (capped at 3).
        var variations: Int? = nil

        /// x for y = `y` as a rational.
        func x(_ y: BigInt) -> Rational {
            let v = Rational(c + y).scaled(byPowerOfTwo: k - depth)
            return negative ? -v : v
        }
    }

    enum Outcome {
        case noRoot
        case oneRoot
        case split(Node, Node, midpointIsRoot: Bool)
    }

    func isolate() -> [RealRoot] {
        let work = MPZVector(p)
        var roots: [RealRoot] = []
        // p is square-free, so x divides it at most once.
        if work.sign(0) == 0 {
            roots.append(RealRoot(exact: 0))
            work.divideByX()
        }
        if work.degree == 1 {
            let b = work.bigInts
            roots.append(RealRoot(exact: Rational(-b[0], b[1])))
        }
        var level: [Node] = []
        if work.degree >= 2 {
            for negative in [false, true] {
                let q = work.copy()
                if negative { q.negateArgument() }
                guard q.signVariations > 0 else { continue }  // no root on this side
                let k = Self.rootBoundExponent(q)
                // q(y) ← q(2ᵏy), scaled to integers: the roots move into (0, 1).
                for i in 0..<q.count {
                    let shift = k >= 0 ? k * i : -k * (q.degree - i)
                    if shift > 0 { __gmpz_mul_2exp(q.z + i, q.z + i, mp_bitcnt_t(shift)) }
                }
                q.removeCommonPowerOfTwo()
                level.append(Node(q: q, c: 0, depth: 0, k: k, negative: negative))
            }
        }
        var leaves: [Node] = []
        while !level.isEmpty {
            let current = level
            let outcomes = Cores.map(current.count) { i in Self.process(current[i]) }
            level = []
            for (node, outcome) in zip(current, outcomes) {
                switch outcome {
                case .noRoot: break
                case .oneRoot: leaves.append(node)
                case let .split(left, right, midpointIsRoot):
                    if midpointIsRoot { roots.append(RealRoot(exact: right.x(0))) }
                    level += [left, right]
                }
            }
        }
        // A leaf may end at an exact root found as a bisection point; its
        // interval is then pulled off that end so that closed intervals are disjoint.
        let exactRoots = Set(roots.map { $0.lower })
        let lcBits = p.last!.bitWidth
        let found = leaves
        roots += Cores.map(found.count) { i in
            let node = found[i]
            let scale = Rational(1).scaled(byPowerOfTwo: node.k - node.depth)
            let local = LocalPolynomial(q: node.q, offset: node.x(0), scale: node.negative ? -scale : scale, p: p)
            let root = RealRoot(bracketing: local, avoiding: exactRoots)
            // A rational root has a denominator q dividing lc, and is the simplest
            // rational of any interval narrower than 1/q²: when that is cheap, make
            // sure every rational root comes out exact.
            return lcBits <= 64 ? root.refined(bits: 2 * lcBits + 1) : root
        }
        return roots.sorted { $0.lower < $1.lower }
    }

    /// One bisection step with Descartes' test. Consumes the node's vector.
    ///
    /// When the count v is exactly 2, the left half's count v_L is computed
    /// here and the right half's inferred without a Taylor shift: counts are
    /// subadditive under bisection (v ≥ v_L + v_R, Eigenwillig 2008, §2.2),
    /// so v_R ≤ 2 − v_L, and when that bound is ≤ 1 the parity of v_R — which
    /// is the parity of the number of roots in the half, read off the signs
    /// at its two ends — decides it.
    static func process(_ node: Node) -> Outcome {
        let q = node.q
        let v = node.variations ?? q.descartesVariationsOnUnitInterval(limit: 3)
        switch v {
        case 0: return .noRoot
        case 1: return .oneRoot
        default: break
        }
        let left = q
        left.halveArgument()  // left(y) = 2ⁿ q(y/2): the half (0, ½)
        let right = left.copy()
        right.taylorShiftByOne()  // right(y) = left(y + 1): the half (½, 1)
        let midpointIsRoot = right.sign(0) == 0
        if midpointIsRoot {
            right.divideByX()
            left.divideByXMinusOne()
        }
        left.removeCommonPowerOfTwo()
        right.removeCommonPowerOfTwo()
        let c2 = node.c.shifted(by: 1)
        var l = Node(q: left, c: c2, depth: node.depth + 1, k: node.k, negative: node.negative)
        var r = Node(q: right, c: c2 + 1, depth: node.depth + 1, k: node.k, negative: node.negative)
        if v == 2 && !midpointIsRoot {
            let vL = left.descartesVariationsOnUnitInterval(limit: 3)
            l.variations = vL
            if 2 - vL <= 1 {
                let oddRoots = right.sign(0) != right.valueAtOne.signum
                r.variations = 2 - vL == 1 && oddRoots ? 1 : 0
            }
        }
        return .split(l, r, midpointIsRoot: midpointIsRoot)
    }

    /// k with every root of q below 2ᵏ in absolute value, from Fujiwara's
    /// bound |z| ≤ 2·maxᵢ |a_{n−i}/a_n|^{1/i}, read off bit lengths, plus one
    /// bit of slack so that 2ᵏ itself is never a root.
    static func rootBoundExponent(_ q: MPZVector) -> Int {
        let n = q.degree
        let leadBits = Int(__gmpz_sizeinbase(q.z + n, 2))
        var best = Int.min
        for i in 1...n where q.sign(n - i) != 0 {
            // log2 |a_{n−i}/a_n| < bits(a_{n−i}) − bits(a_n) + 1
            let e = Int(__gmpz_sizeinbase(q.z + n - i, 2)) - leadBits + 1
            let ceilDiv = e >= 0 ? (e + i - 1) / i : -((-e) / i)
            best = Swift.max(best, ceilDiv)
        }
        return best + 2
    }
}
