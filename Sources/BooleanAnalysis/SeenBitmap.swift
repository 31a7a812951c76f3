import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One bit per truth table with f(0…0) = 0 (the top bit of the value clear:
/// 2^(2ⁿ − 1) bits, 256 MiB for n = 5), set once the table's NPN class is
/// known. Every class meets this half (output negation), so half suffices.
///
/// Concurrency: one writer (the thread that commits new classes) and any
/// number of readers; words are `Atomic` with relaxed loads and stores, so
/// a reader sees each bit either clear or set, and bits are never cleared.
final class SeenBitmap: @unchecked Sendable {
    let variables: Int
    /// Number of tables in the half, 2^(2ⁿ − 1).
    let count: UInt64
    private let words: UnsafeMutablePointer<Atomic<UInt64>>
    let wordCount: Int
    private let bytes: Int

    /// Anonymous pages (zero-filled) with huge pages requested: the reads
    /// are random over 256 MiB, so TLB misses would dominate.
    init(variables n: Int) {
        variables = n
        count = UInt64(1) << ((1 << n) - 1)
        wordCount = Int(max(1, count >> 6))
        bytes = wordCount * 8
        guard let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), raw != MAP_FAILED else {
            fatalError("cannot map \(bytes) bytes for the seen bitmap")
        }
        _ = madvise(raw, bytes, Int32(MADV_HUGEPAGE))
        words = raw.bindMemory(to: Atomic<UInt64>.self, capacity: wordCount)
        for i in 0..<wordCount { (words + i).initialize(to: Atomic<UInt64>(0)) }
    }

    deinit {
        words.deinitialize(count: wordCount)
        munmap(UnsafeMutableRawPointer(words), bytes)
    }

    /// Word i of the map (bit j: table 64·i + j).
    @inline(__always) func word(_ i: Int) -> UInt64 { words[i].load(ordering: .relaxed) }

    @inline(__always) func contains(_ t: UInt64) -> Bool {
        words[Int(t >> 6)].load(ordering: .relaxed) >> (t & 63) & 1 == 1
    }

    /// Sets the bit of t; 1 when it was clear, else 0. Single writer only.
    /// Branch-free, so the misses of consecutive calls overlap.
    @inline(__always) func insert(_ t: UInt64) -> Int {
        let i = Int(t >> 6)
        let old = words[i].load(ordering: .relaxed)
        words[i].store(old | 1 << (t & 63), ordering: .relaxed)
        return Int(~old >> (t & 63) & 1)
    }
}

/// The NPN orbit of t marked in `seen`, with the class's least table and
/// the transform reaching it (the loop of ``exactNPNCanonization``).
struct MarkedOrbit {
    let representative: UInt64
    /// Orbit size 2·(tables newly marked): complementing is a bijection
    /// between the halves f(0…0) = 0 and 1 of an orbit.
    let orbitSize: Int
    /// representative = transform · t.
    let transform: NPNTransform
}

/// Marks every table of t's NPN class (its half with f(0…0) = 0) in `seen`.
/// Cost: 2ⁿ·n! word moves and as many bitmap writes, listed first and
/// written in a second pass. Caller is the single writer.
func markOrbit(_ t: UInt64, in seen: SeenBitmap, swaps: [(Int, Int)]) -> MarkedOrbit {
    let n = seen.variables
    let top = UInt64((1 << n) - 1)
    var marked = 0
    let least = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (swaps.count + 1) << n) { images in
        var k = 0
        let least = LeastNPNImage(t, variables: n, swaps: swaps) { u, c in
            images[k] = u >> top & 1 == 0 ? u : c
            k += 1
        }
        for i in 0..<k { marked += seen.insert(images[i]) }
        return least
    }
    return MarkedOrbit(representative: least.word, orbitSize: 2 * marked, transform: least.transform())
}
