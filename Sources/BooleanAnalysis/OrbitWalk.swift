import Cores

/// One candidate's NPN orbit, walked without touching the seen bitmap: the
/// class's least table, the transform reaching it, and every image in the
/// half f(0…0) = 0 (with repeats when the stabilizer is not trivial), split
/// by the marking worker that owns its bitmap word (``markOrbits``), so the
/// orbit can be marked later without a branch per image.
struct OrbitWalk {
    let representative: UInt64
    let transform: NPNTransform
    /// Images owned by worker 0 first (`images[..<split]`), then worker 1's.
    let images: [UInt64]
    let split: Int

    /// `parts` is 1 or 2 (the marking workers).
    init(_ t: UInt64, variables n: Int, swaps: [(Int, Int)], parts: Int) {
        let top = UInt64((1 << n) - 1)
        let owner: UInt64 = parts > 1 ? 1 : 0
        let total = (swaps.count + 1) << n
        var lo = 0, hi = total - 1
        var least: LeastNPNImage? = nil
        images = [UInt64](unsafeUninitializedCapacity: total) { buffer, count in
            // Each image is written at both ends and only one end advances:
            // branch-free, and slots outside [lo, hi] are final.
            least = LeastNPNImage(t, variables: n, swaps: swaps) { u, c in
                let image = u >> top & 1 == 0 ? u : c
                let b = Int(image >> ownerShift & owner)
                buffer[lo] = image
                buffer[hi] = image
                lo += 1 - b
                hi -= b
            }
            count = total
        }
        split = lo
        representative = least!.word
        transform = least!.transform()
    }
}

/// Tables t and t′ with equal t >> ownerShift share a block of 2¹² bitmap
/// words; blocks alternate between the two marking workers.
let ownerShift: UInt64 = 18

/// Marks the orbits of new classes in `seen` on up to two workers: worker p
/// writes only the words of its blocks, so every word has one writer and no
/// atomic read-modify-write is needed (the misses of consecutive plain
/// writes overlap). Returns, per orbit, the number of bits newly set — the
/// orbit's half size, as the orbits of distinct classes are disjoint.
func markOrbits(_ walks: [OrbitWalk], in seen: SeenBitmap, parts: Int) -> [Int] {
    let counts = Cores.map(parts, threads: parts) { p -> [Int] in
        walks.map { w in
            w.images.withUnsafeBufferPointer { images in
                var marked = 0
                for u in p == 0 ? images[..<w.split] : images[w.split...] { marked += seen.insert(u) }
                return marked
            }
        }
    }
    return walks.indices.map { i in counts.reduce(0) { $0 + $1[i] } }
}
