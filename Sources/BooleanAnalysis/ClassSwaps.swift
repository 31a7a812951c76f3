import ExactArithmetic

/// The swaps value of one NPN class, as the sweep found it.
public struct ClassSwaps: Sendable {
    public let npnClass: NPNClass
    /// swaps of every function of the class (eq. 3.10).
    public let value: Int
    /// Index of the chamber order (``weightOrders(variables:chamber:)``, chamber) along which `member` has `value` changes.
    public let chamberIndex: Int
    /// A class member with `value` changes along that chamber order.
    public let member: UInt64
    /// representative = transform · member.
    public let transform: NPNTransform

    /// The value with a witness for the representative: the chamber witness
    /// carried back through the transform.
    public func swapsValue() throws -> SwapsValue {
        let chamber = try ChamberCache.shared.orders(npnClass.variables)[chamberIndex]
        let (witness, order) = carried(chamber, through: transform.inverse)
        return SwapsValue(value: value, witness: witness, order: order)
    }
}

/// Chamber witnesses scaled to integers (by the lcm of their denominators):
/// the same strict orders, checked in `Int` arithmetic.
struct IntegerWitnesses {
    let weights: [[Int]]

    init(_ chamber: [WeightOrder]) throws {
        weights = try chamber.map { o in
            let l = o.witness.reduce(BigInt(1)) { BigInt.lcm($0, $1.denominator) }
            return try o.witness.map { w in
                guard let v = (w.numerator * (l / w.denominator)).exactInt, abs(v) < 1 << 40 else {
                    throw BooleanError("chamber witness \(o.witness) does not scale to small integers")
                }
                return v
            }
        }
    }

    /// Checks exactly that the class's witness orders {0,1}ⁿ strictly and
    /// that the representative changes `value` times along that order.
    func verify(_ c: ClassSwaps) -> Bool {
        let n = c.npnClass.variables, size = 1 << n
        let inverse = c.transform.inverse, w = weights[c.chamberIndex]
        var carried = [Int](repeating: 0, count: n)
        for k in 0..<n { carried[inverse.permutation[k]] = inverse.negations[k] ? -w[k] : w[k] }
        let sums = (0..<size).map { x in (0..<n).reduce(0) { $0 + (x >> (n - 1 - $1) & 1) * carried[$1] } }
        let order = (0..<size).sorted { sums[$0] < sums[$1] }
        guard zip(order, order.dropFirst()).allSatisfy({ sums[$0.0] < sums[$0.1] }) else { return false }
        return classChanges(c.npnClass.representative, along: order) == c.value
    }
}
