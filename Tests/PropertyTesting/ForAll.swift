import Foundation
import PropertyBased
import Synchronization
import Testing

/// Reproducible property tests: `forAll` runs a property over generated
/// inputs like `propertyCheck`, but every run of the suite draws the same
/// inputs, so CI is deterministic and a failure replays exactly.
///
/// * Inputs: iteration i of a check uses a xoshiro256** stream seeded from
///   (base seed, i); the base seed is a hash of the check's source location,
///   or `EXACTNN_PROPERTY_SEED` when set (`random` draws a fresh one and
///   reports it, to explore new inputs locally).
/// * A failing iteration stops the check; its issue carries the input and
///   the line that replays exactly that iteration:
///   `EXACTNN_PROPERTY_SEED=<base> EXACTNN_PROPERTY_ITERATION=<i> swift test --filter <test>`.
/// * Generators are the library's (`Gen.int`, `.map`, `zip`, …); the
///   failing input is printed as a domain value (a table, a polynomial, a
///   network), not as a raw seed, where the test's generator builds one.
public func forAll<Value>(
    count: Int = 100,
    input: Generator<Value, some Sequence>,
    perform body: (Value) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    let environment = ProcessInfo.processInfo.environment
    let base: UInt64
    switch environment["EXACTNN_PROPERTY_SEED"] {
    case "random"?: base = UInt64.random(in: 0...UInt64.max)
    case let text?: base = UInt64(text) ?? PropertySeed.hash(text)
    case nil: base = PropertySeed.hash("\(sourceLocation.fileID):\(sourceLocation.line)")
    }
    let only = environment["EXACTNN_PROPERTY_ITERATION"].flatMap(Int.init)
    for i in only.map({ [$0] }) ?? Array(0..<count) {
        var rng = PropertySeed.generator(base: base, iteration: i)
        let value = input.run(using: &rng)
        let shown = "\(value)"
        let failed = Mutex(false)
        let annotate = IssueHandlingTrait.compactMapIssues { issue in
            var issue = issue
            failed.withLock { $0 = true }
            issue.comments.append("input: \(shown)")
            issue.comments.append("replay: EXACTNN_PROPERTY_SEED=\(base) EXACTNN_PROPERTY_ITERATION=\(i) swift test --filter \(Test.current?.name ?? "<test>")")
            return issue
        }
        // As in the library's own driver: the property runs on the caller's
        // isolation; the scope only forwards it.
        do {
            try await withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let property: () async throws -> Void = { try await body(value) }
                try await annotate.provideScope(for: Test.current!, testCase: Test.Case.current) {
                    try await PropertySeed.call(property, isolation: isolation)
                }
            }
        } catch {
            Issue.record(error, "input: \(value); replay: EXACTNN_PROPERTY_SEED=\(base) EXACTNN_PROPERTY_ITERATION=\(i)",
                         sourceLocation: sourceLocation)
            return
        }
        if failed.withLock({ $0 }) { return }
    }
}

public func forAll<A, B>(
    count: Int = 100, input a: Generator<A, some Sequence>, _ b: Generator<B, some Sequence>,
    perform body: (A, B) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation, sourceLocation: SourceLocation = #_sourceLocation
) async {
    await forAll(count: count, input: zip(a, b), perform: { try await body($0.0, $0.1) },
                 isolation: isolation, sourceLocation: sourceLocation)
}

public func forAll<A, B, C>(
    count: Int = 100, input a: Generator<A, some Sequence>, _ b: Generator<B, some Sequence>, _ c: Generator<C, some Sequence>,
    perform body: (A, B, C) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation, sourceLocation: SourceLocation = #_sourceLocation
) async {
    await forAll(count: count, input: zip(a, b, c), perform: { try await body($0.0, $0.1, $0.2) },
                 isolation: isolation, sourceLocation: sourceLocation)
}

public func forAll<A, B, C, D>(
    count: Int = 100, input a: Generator<A, some Sequence>, _ b: Generator<B, some Sequence>,
    _ c: Generator<C, some Sequence>, _ d: Generator<D, some Sequence>,
    perform body: (A, B, C, D) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation, sourceLocation: SourceLocation = #_sourceLocation
) async {
    await forAll(count: count, input: zip(a, b, c, d), perform: { try await body($0.0, $0.1, $0.2, $0.3) },
                 isolation: isolation, sourceLocation: sourceLocation)
}

public func forAll<A, B, C, D, E>(
    count: Int = 100, input a: Generator<A, some Sequence>, _ b: Generator<B, some Sequence>,
    _ c: Generator<C, some Sequence>, _ d: Generator<D, some Sequence>, _ e: Generator<E, some Sequence>,
    perform body: (A, B, C, D, E) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation, sourceLocation: SourceLocation = #_sourceLocation
) async {
    await forAll(count: count, input: zip(zip(a, b, c, d), e), perform: { try await body($0.0.0, $0.0.1, $0.0.2, $0.0.3, $0.1) },
                 isolation: isolation, sourceLocation: sourceLocation)
}

/// Seeds of ``forAll(count:input:perform:isolation:sourceLocation:)``.
public enum PropertySeed {
    /// FNV-1a: a stable hash (Swift's `Hasher` is randomized per process).
    public static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// The generator of iteration i: four SplitMix64 outputs of (base, i).
    public static func generator(base: UInt64, iteration: Int) -> Xoshiro {
        var state = base ^ (UInt64(iteration) &* 0x9E37_79B9_7F4A_7C15)
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return Xoshiro(seed: (next(), next(), next(), next()))
    }

    static func call(_ property: () async throws -> Void, isolation: isolated (any Actor)?) async throws {
        try await property()
    }
}
