import Cores

/// One candidate's NPN orbit, walked without touching the seen bitmap: the
/// class's least table, the transform reaching it, and every image in the
/// half f(0…0) = 0 (with repeats when the stabilizer is not trivial), so the
/// orbit can be marked later by whichever thread owns each bitmap word.
struct OrbitWalk {
    let representative: UInt64
    let transform: NPNTransform
    let images: [UInt64]

    init(_ t: UInt64, variables n: Int, swaps: [(Int, Int)]) {
        let top = UInt64((1 << n) - 1)
        var k = 0
        var least: LeastNPNImage? = nil
        images = [UInt64](unsafeUninitializedCapacity: (swaps.count + 1) << n) { buffer, count in
            least = LeastNPNImage(t, variables: n, swaps: swaps) { u, c in
                buffer[k] = u >> top & 1 == 0 ? u : c
                k += 1
            }
            count = k
        }
        representative = least!.word
        transform = try! least!.transform()
    }
}

/// Marks the orbits of new classes in `seen` on `threads` workers: worker p
/// writes only the words whose block (2¹² words) number is p mod threads, so
/// every word has one writer and no atomic read-modify-write is needed (the
/// misses of consecutive plain writes overlap). Returns, per orbit, the
/// number of bits newly set — the orbit's half size, as the orbits of
/// distinct classes are disjoint.
func markOrbits(_ walks: [OrbitWalk], in seen: SeenBitmap, threads: Int) -> [Int] {
    let parts = max(1, threads)
    let counts = Cores.map(parts, threads: parts) { p -> [Int] in
        walks.map { w in
            var marked = 0
            for u in w.images where Int(u >> 18) % parts == p { marked += seen.insert(u) }
            return marked
        }
    }
    return walks.indices.map { i in counts.reduce(0) { $0 + $1[i] } }
}
