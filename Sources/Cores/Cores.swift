import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Embarrassingly parallel loops on the machine's cores.
///
/// Every index runs exactly once and results come back in index order, so a
/// caller's output never depends on the thread count or on scheduling.
/// Workers take the next unclaimed index (dynamic scheduling), which keeps
/// both cores busy when iterations differ in cost.
public enum Cores {
    /// Online processors (at least 1).
    public static var available: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `body(i)` for every i in `0..<count`, on up to `threads` workers.
    ///
    /// The values are created on worker threads and handed back to the
    /// caller, never shared, so `T` need not be `Sendable`.
    /// **Edge cases:** `count ≤ 0` returns `[]`; `threads ≤ 1` runs inline.
    public static func map<T>(_ count: Int, threads: Int = Cores.available,
                              _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let out = Slots(base: buffer.baseAddress!)
            forEach(count, threads: threads) { i in (out.base + i).initialize(to: body(i)) }
            initialized = count
        }
    }

    /// As ``map(_:threads:_:)`` for a throwing body: every index runs; the
    /// error of the smallest failing index is rethrown, so which error a
    /// caller sees does not depend on scheduling.
    public static func map<T>(_ count: Int, threads: Int = Cores.available,
                              _ body: @Sendable (Int) throws -> T) throws -> [T] {
        try map(count, threads: threads) { i in Result { try body(i) } }.map { try $0.get() }
    }

    /// `body(i)` for every i in `0..<count`, on up to `threads` workers.
    public static func forEach(_ count: Int, threads: Int = Cores.available, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let workers = min(max(1, threads), count)
        guard workers > 1 else { for i in 0..<count { body(i) }; return }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < count else { return }
                body(i)
            }
        }
    }
}

/// Result slots written by distinct indices only: no two threads touch the
/// same element, which is what makes the unchecked conformance sound.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
