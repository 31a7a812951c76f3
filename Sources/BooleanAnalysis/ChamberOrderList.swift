import ExactArithmetic

/// The chamber orders of {0,1}ⁿ — the strict orders that generic w with
/// 0 < w₁ < … < wₙ induce (eq. 3.11) — in compact form: per order its 2ⁿ
/// points (positions, x₁ the most significant bit) and an integer witness
/// w that induces it, checked in integer arithmetic when the list is made.
///
/// **Edge cases:** 1 ≤ n ≤ 8 (points are bytes); an empty list is allowed.
public struct ChamberOrderList: Sendable {
    public let variables: Int
    /// Order i is `points[i·2ⁿ ..< (i + 1)·2ⁿ]`.
    let points: [UInt8]
    /// Witness of order i is `weights[i·n ..< (i + 1)·n]`.
    let weights: [Int]

    public var count: Int { weights.count / variables }

    /// The i-th order, smallest w·x first.
    public func order(_ i: Int) -> [Int] {
        let size = 1 << variables
        return points[(i * size)..<((i + 1) * size)].map(Int.init)
    }

    /// The i-th integer witness.
    public func witness(_ i: Int) -> [Int] { Array(weights[(i * variables)..<((i + 1) * variables)]) }

    /// The i-th order with its witness as rationals.
    public func weightOrder(_ i: Int) -> WeightOrder {
        WeightOrder(order: order(i), witness: witness(i).map { Rational($0) })
    }

    /// From witnesses alone (n per order): each must lie strictly inside
    /// the chamber and induce a tie-free order, which is stored.
    ///
    /// **Edge cases:** throws naming the first witness that fails.
    public init(variables n: Int, witnesses: [Int]) throws {
        guard (1...8).contains(n), witnesses.count % n == 0 else {
            throw BooleanError("a chamber order list needs 1 ≤ n ≤ 8 and n weights per order (n = \(n), \(witnesses.count) weights)")
        }
        var points: [UInt8] = []
        points.reserveCapacity(witnesses.count / n << n)
        var scratch = InducedOrder(variables: n)
        for i in 0..<(witnesses.count / n) {
            guard let order = scratch.order(witnesses[(i * n)..<((i + 1) * n)]) else {
                throw BooleanError("chamber witness \(i + 1) (\(witnesses[(i * n)..<((i + 1) * n)].map(String.init).joined(separator: ", "))) is not strictly increasing and positive, or ties two points")
            }
            points += order
        }
        self.variables = n
        self.points = points
        self.weights = witnesses
    }
}

/// The order an integer weight vector induces on {0,1}ⁿ, exactly: w·x for
/// every point by one addition each, then a counting sort by value (values
/// are small) that also detects ties; a comparison sort when they are not.
struct InducedOrder {
    let variables: Int
    private var sums: [Int]
    private var slots: [Int16] = []

    init(variables n: Int) {
        variables = n
        sums = [Int](repeating: 0, count: 1 << n)
    }

    /// The points sorted by w·x, or nil unless 0 < w₁ < … < wₙ and no two sums tie.
    mutating func order(_ w: ArraySlice<Int>) -> [UInt8]? {
        let n = variables, size = 1 << n, base = w.startIndex
        guard w.count == n, w[base] > 0 else { return nil }
        for k in 1..<n where w[base + k] <= w[base + k - 1] { return nil }
        for x in 1..<size {
            let low = x & -x
            let sum = sums[x ^ low].addingReportingOverflow(w[base + n - 1 - low.trailingZeroBitCount])
            guard !sum.overflow else { return nil }
            sums[x] = sum.partialValue
        }
        let total = sums[size - 1]
        guard total < 1 << 16 else {
            let order = (0..<size).sorted { sums[$0] < sums[$1] }
            for i in 1..<size where sums[order[i]] == sums[order[i - 1]] { return nil }
            return order.map { UInt8($0) }
        }
        if slots.count <= total { slots = [Int16](repeating: -1, count: total + 1) }
        var tie = false
        for x in 0..<size {
            if slots[sums[x]] >= 0 { tie = true }
            slots[sums[x]] = Int16(x)
        }
        var order: [UInt8] = []
        order.reserveCapacity(size)
        for s in 0...total where slots[s] >= 0 {
            order.append(UInt8(slots[s]))
            slots[s] = -1
        }
        return tie ? nil : order
    }
}
