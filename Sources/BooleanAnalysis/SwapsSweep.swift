import Cores
import Synchronization

/// Where ``swapsOfAllClasses(variables:threads:progress:)`` is.
public struct SweepProgress: Sendable {
    /// The change count s being swept.
    public let level: Int
    public let classes: Int
    /// Tables with f(0…0) = 0 whose class is known, of `total` = 2^(2ⁿ − 1).
    public let covered: UInt64
    public let total: UInt64
}

/// swaps (eq. 3.10) of every NPN class of n inputs, 1 ≤ n ≤ 5, in order of
/// the representatives, each with a witness verified exactly.
///
/// Every generic order of {0,1}ⁿ is a chamber order (0 < w₁ < … < wₙ,
/// eq. 3.11; 516 of them for n = 5) moved by an input negation/permutation,
/// so a class has swaps ≤ s iff some member changes ≤ s times along some
/// chamber order. Sweep s = 0, 1, 2, …: along each chamber order list the
/// C(2ⁿ − 1, s) tables with f(first point) = 0 and exactly s changes (an XOR
/// of suffix masks per choice of change gaps); a table not yet in the seen
/// bitmap opens a new class of value s, whose whole orbit is then marked
/// (see `SeenBitmap`). Once few tables are left (fewer than 10 times the
/// next level's listing per order), the remaining classes are read off the
/// map and each gets the direct minimum over its images × chamber orders,
/// starting from the level as lower bound (`ChamberChanges`).
///
/// Threads: listing (bitmap reads), walking candidates' orbits and marking
/// them (each bitmap word written by one thread) alternate, all in parallel;
/// new classes are opened in the fixed order (s, chamber order, position in
/// the listing), so the result — values, members and witnesses — does not
/// depend on `threads`.
///
/// Cost for n = 5: 516 · Σ_{s ≤ 7} C(31, s) ≈ 2·10⁹ bitmap reads, 2³¹ marks,
/// then ≈ 1 100 direct minima; 256 MiB of memory.
///
/// **Edge cases:** n outside 1…5 throws; `threads` < 1 counts as 1.
public func swapsOfAllClasses(variables n: Int, threads: Int = 2,
                              progress: (@Sendable (SweepProgress) -> Void)? = nil) throws -> [ClassSwaps] {
    try swapsOfAllClasses(variables: n, threads: threads, tailFactor: 10, progress: progress)
}

/// `tailFactor` chooses when the sweep hands the remaining classes to the
/// direct minimum (``SwapsSweep/finishDirectly(level:)``): once at most
/// tailFactor · C(2ⁿ − 1, s) tables are left before level s ≥ 1. 0 never
/// switches; the values do not depend on it (members and witnesses do).
func swapsOfAllClasses(variables n: Int, threads: Int, tailFactor: UInt64,
                       progress: (@Sendable (SweepProgress) -> Void)?) throws -> [ClassSwaps] {
    guard (1...5).contains(n) else {
        throw BooleanError("swaps of all classes needs 1 ≤ n ≤ 5 (here n = \(n)); single functions: 'exactnn swaps'")
    }
    let chamber = try ChamberCache.shared.orders(n)
    let sweep = SwapsSweep(chamber: chamber, variables: n, threads: max(1, threads), progress: progress)
    for level in 0..<(1 << n) where sweep.covered < sweep.seen.count {
        let left = sweep.seen.count - sweep.covered
        let (budget, overflow) = tailFactor.multipliedReportingOverflow(by: binomial(sweep.gaps, level))
        if level > 0, tailFactor > 0, overflow || left <= budget {
            sweep.finishDirectly(level: level)
        } else {
            sweep.run(level: level)
        }
    }
    precondition(sweep.covered == sweep.seen.count, "the sweep ran out of levels before covering every table")
    let records = sweep.records.sorted { $0.npnClass.word < $1.npnClass.word }
    try verifyWitnesses(records, chamber: chamber, threads: threads)
    return records
}

private func binomial(_ n: Int, _ k: Int) -> UInt64 {
    guard (0...n).contains(k) else { return 0 }
    var r: UInt64 = 1
    for i in 0..<k { r = r * UInt64(n - i) / UInt64(i + 1) }
    return r
}

/// State of one sweep: the seen bitmap and the classes found so far.
///
/// Unchecked `Sendable`: parallel tasks read the immutable fields; listing
/// reads the bitmap while no one writes it; marking writes each word from
/// one task only; `records` and `covered` change on the calling thread.
final class SwapsSweep: @unchecked Sendable {
    let variables: Int, gaps: Int, orderCount: Int, threads: Int
    let masks: [UInt64]
    let seen: SeenBitmap
    let swaps: [(Int, Int)]
    let counter: ChamberChanges
    let progress: (@Sendable (SweepProgress) -> Void)?
    var records: [ClassSwaps] = []
    var covered: UInt64 = 0

    init(chamber: [WeightOrder], variables n: Int, threads: Int, progress: (@Sendable (SweepProgress) -> Void)?) {
        variables = n
        gaps = (1 << n) - 1
        orderCount = chamber.count
        self.threads = threads
        masks = suffixMasks(chamber, variables: n)
        seen = SeenBitmap(variables: n)
        swaps = WordOps.heapSwaps(n)
        counter = ChamberChanges(chamber, variables: n)
        self.progress = progress
    }

    /// Level s: the candidates of a batch of chamber orders are listed in
    /// parallel (reading the map), then committed in order (s, chamber
    /// order, position in the listing) — the commit itself parallel too.
    func run(level s: Int) {
        let batch = 32
        var next = 0
        while covered < seen.count && next < orderCount {
            let range = next..<min(next + batch, orderCount)
            let lists = Cores.map(range.count, threads: threads) { k -> [UInt64] in
                self.masks.withUnsafeBufferPointer { m in
                    collectUnseen(level: s, masks: m.baseAddress! + (range.lowerBound + k) * self.gaps, gaps: self.gaps, seen: self.seen)
                }
            }
            for (k, candidates) in lists.enumerated() where covered < seen.count {
                commit(candidates, level: s, order: range.lowerBound + k)
            }
            next = range.upperBound
        }
    }

    /// New classes among one order's candidates, in listing order, a chunk
    /// at a time: the chunk's still-unseen candidates are walked in parallel
    /// (``OrbitWalk``), the first candidate of each class in the chunk opens
    /// it (a table's class is unseen iff the table is), and the new orbits
    /// are marked in parallel (``markOrbits(_:in:parts:)``). The classes
    /// opened, and by which candidate, are those of a one-by-one commit.
    func commit(_ candidates: [UInt64], level s: Int, order o: Int) {
        let chunk = 512 * threads
        var i = 0
        while i < candidates.count && covered < seen.count {
            var unseen: [UInt64] = []
            while i < candidates.count && unseen.count < chunk {
                if !seen.contains(candidates[i]) { unseen.append(candidates[i]) }
                i += 1
            }
            guard !unseen.isEmpty else { break }
            let (n, swaps, tables, parts) = (variables, swaps, unseen, min(threads, 2))
            let walks = Cores.map(tables.count, threads: threads) { k in OrbitWalk(tables[k], variables: n, swaps: swaps, parts: parts) }
            var opened = Set<UInt64>(), fresh: [Int] = []
            for k in walks.indices where opened.insert(walks[k].representative).inserted { fresh.append(k) }
            let marked = markOrbits(fresh.map { walks[$0] }, in: seen, parts: parts)
            for (k, half) in zip(fresh, marked) {
                records.append(ClassSwaps(npnClass: NPNClass(variables: n, word: walks[k].representative, orbitSize: 2 * half),
                                          value: s, chamberIndex: o, member: tables[k], transform: walks[k].transform))
                covered += UInt64(half)
            }
        }
        progress?(SweepProgress(level: s, classes: records.count, covered: covered, total: seen.count))
    }

    /// Every class still unseen has swaps ≥ `level`: collect them from the
    /// map (in table order, marking orbits), then minimize over images ×
    /// chamber orders per class, in parallel — few classes are left, and
    /// most stop at the bound.
    func finishDirectly(level: Int) {
        var classes: [(word: UInt64, orbitSize: Int)] = []
        for i in 0..<seen.wordCount {
            var free = ~seen.word(i)
            while free != 0 && covered < seen.count {
                let t = UInt64(i) << 6 | UInt64(free.trailingZeroBitCount)
                free &= free - 1
                guard t < seen.count, !seen.contains(t) else { continue }
                let orbit = markOrbit(t, in: seen, swaps: swaps)
                classes.append((orbit.representative, orbit.orbitSize))
                covered += UInt64(orbit.orbitSize / 2)
            }
        }
        let (n, counter, swaps, left) = (variables, counter, swaps, classes)
        let found = Cores.map(left.count, threads: threads) { i in
            let m = counter.minimum(left[i].word, lowerBound: level, swaps: swaps)
            return ClassSwaps(npnClass: NPNClass(variables: n, word: left[i].word, orbitSize: left[i].orbitSize),
                              value: m.value, chamberIndex: m.order, member: m.image, transform: m.transform.inverse)
        }
        records += found
        progress?(SweepProgress(level: found.map(\.value).max() ?? level, classes: records.count, covered: covered, total: seen.count))
    }
}

/// Per chamber order and gap c (between positions c and c + 1), the table
/// bits of the points after the gap: a table with changes at gaps S and
/// f(first) = 0 is the XOR of its gaps' masks.
func suffixMasks(_ chamber: [WeightOrder], variables n: Int) -> [UInt64] {
    let size = 1 << n
    var masks = [UInt64](repeating: 0, count: chamber.count * (size - 1))
    for (o, c) in chamber.enumerated() {
        var acc: UInt64 = 0
        for i in stride(from: size - 1, to: 0, by: -1) {
            acc |= 1 << UInt64(size - 1 - c.order[i])   // point x is table bit size − 1 − x
            masks[o * (size - 1) + i - 1] = acc
        }
    }
    return masks
}

/// The tables with exactly `level` changes along one order (its `masks`),
/// in lexicographic order of the change gaps, that `seen` does not hold.
func collectUnseen(level: Int, masks: UnsafePointer<UInt64>, gaps: Int, seen: SeenBitmap) -> [UInt64] {
    var walker = ChangeWalker(masks: masks, gaps: gaps, seen: seen)
    if level == 0 {
        if !seen.contains(0) { walker.found.append(0) }
    } else {
        walker.walk(level, from: 0, acc: 0)
    }
    return walker.found
}

private struct ChangeWalker {
    let masks: UnsafePointer<UInt64>
    let gaps: Int
    let seen: SeenBitmap
    var found: [UInt64] = []

    mutating func walk(_ k: Int, from start: Int, acc: UInt64) {
        if k == 1 {
            for c in start..<gaps {
                let t = acc ^ masks[c]
                if !seen.contains(t) { found.append(t) }
            }
            return
        }
        guard start <= gaps - k else { return }
        for c in start...(gaps - k) { walk(k - 1, from: c + 1, acc: acc ^ masks[c]) }
    }
}

/// Every witness checked in integer arithmetic; throws on the first failure.
private func verifyWitnesses(_ records: [ClassSwaps], chamber: [WeightOrder], threads: Int) throws {
    let integer = try IntegerWitnesses(chamber)
    let chunks = max(1, threads) * 8
    let failed = Atomic<Int>(-1)
    Cores.forEach(chunks, threads: threads) { c in
        for i in stride(from: c, to: records.count, by: chunks) where !integer.verify(records[i]) {
            failed.store(i, ordering: .relaxed)
        }
    }
    let i = failed.load(ordering: .relaxed)
    if i >= 0 { throw BooleanError("internal: witness of class \(records[i].npnClass.word) does not verify") }
}

/// The distribution of swaps: per value, the number of classes and of functions.
public func swapsDistribution(_ classes: [ClassSwaps]) -> [(value: Int, classes: Int, functions: Int)] {
    var byValue: [Int: (Int, Int)] = [:]
    for c in classes { byValue[c.value, default: (0, 0)].0 += 1; byValue[c.value, default: (0, 0)].1 += c.npnClass.orbitSize }
    return byValue.keys.sorted().map { (value: $0, classes: byValue[$0]!.0, functions: byValue[$0]!.1) }
}
