import ClaimKit
import ExactArithmetic

/// A member of the class S_n of paper 001 (§1): a ±1 label for each Hamming
/// weight 0…n, so f(x) = values[|x|] for x ∈ {0,1}^n.
///
/// The paper writes members as f_A = sign(Σ_{i∈A} 1_{|x|=i} − 0.5); the set
/// A ⊆ {0,…,n} of weights labelled +1 is ``positiveWeights``. Note that A may
/// contain the weight 0 although Lemmas 1–2 write A ⊂ [n] = {1,…,n}: S_n has
/// 2^(n+1) members, not 2^n.
///
/// **Edge cases:** n must be in `SymmetricFunction.supportedN` (1…1024);
/// labels other than ±1 or a label count ≠ n + 1 throw ``SymmetricError``.
public struct SymmetricFunction: Hashable, Sendable, CustomStringConvertible {
    public static let supportedN = 1...1024

    public let n: Int
    /// values[k] = f at Hamming weight k, each +1 or −1.
    public let values: [Int]

    public init(n: Int, values: [Int]) throws {
        try Self.checkN(n)
        guard values.count == n + 1 else {
            throw SymmetricError("a member of S_\(n) needs \(n + 1) labels (weights 0…\(n)), got \(values.count)")
        }
        guard values.allSatisfy({ $0 == 1 || $0 == -1 }) else { throw SymmetricError("labels must be +1 or -1") }
        self.n = n
        self.values = values
    }

    /// f_A: +1 on the weights in A, −1 elsewhere.
    public init(n: Int, positiveWeights a: Set<Int>) throws {
        try Self.checkN(n)
        guard a.allSatisfy({ (0...n).contains($0) }) else {
            throw SymmetricError("A must be a subset of {0,…,\(n)}, got \(a.sorted())")
        }
        try self.init(n: n, values: (0...n).map { a.contains($0) ? 1 : -1 })
    }

    /// The member with index `bits` in {0, …, 2^(n+1) − 1}: weight k is in A
    /// exactly when bit k of `bits` is set. Enumerates S_n for n ≤ 62.
    public init(n: Int, index bits: UInt64) throws {
        guard (1...62).contains(n) else { throw SymmetricError("enumeration by index needs n in 1...62, got \(n)") }
        guard n == 62 || bits < (UInt64(1) << UInt64(n + 1)) else {
            throw SymmetricError("index must be below 2^\(n + 1), got \(bits)")
        }
        try self.init(n: n, values: (0...n).map { (bits >> UInt64($0)) & 1 == 1 ? 1 : -1 })
    }

    /// The inverse of ``init(n:index:)``: Σ_{k∈A} 2^k, for any n.
    public var index: BigInt { positiveWeights.reduce(BigInt(0)) { $0 + (BigInt(1) << $1) } }

    /// The set A of weights labelled +1, ascending.
    public var positiveWeights: [Int] { (0...n).filter { values[$0] == 1 } }

    /// f(x) for a point of the cube.
    public func callAsFunction(_ x: [Bool]) -> Int { values[x.lazy.filter { $0 }.count] }

    /// The parity π(x) = (−1)^|x|.
    public static func parity(n: Int) throws -> SymmetricFunction {
        try SymmetricFunction(n: n, values: (0...n).map { $0 % 2 == 0 ? 1 : -1 })
    }

    /// Majority in the ±1 convention of DESIGN.md (Boolean 1 ↦ −1): −1 when
    /// |x| > n/2, +1 otherwise (a tie at |x| = n/2 counts as Boolean 0).
    public static func majority(n: Int) throws -> SymmetricFunction {
        try SymmetricFunction(n: n, values: (0...n).map { 2 * $0 > n ? -1 : 1 })
    }

    /// A uniformly random member, reproducible from `seed`.
    public static func random(n: Int, seed: UInt64) throws -> SymmetricFunction {
        var g = SeededGenerator(seed: seed)
        return try SymmetricFunction(n: n, values: (0...n).map { _ in g.next() & 1 == 0 ? 1 : -1 })
    }

    /// Labels by weight as a string of + and −.
    public var description: String { String(values.map { $0 == 1 ? "+" : "-" }) }

    static func checkN(_ n: Int) throws {
        guard supportedN.contains(n) else {
            throw SymmetricError("n must be in \(supportedN.lowerBound)...\(supportedN.upperBound), got \(n)")
        }
    }
}
