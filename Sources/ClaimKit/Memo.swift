import Synchronization

/// Results that several claims of one run share (the n = 5 swaps sweep, the
/// n = 5 class list), computed by the first claim that asks.
///
/// A memo belongs to one ``CheckContext`` — one `exactnn check` run or one
/// test — so nothing leaks between runs or tests. Keys name the computation
/// and every parameter it depends on, e.g. `"npnClasses(5)"`.
public final class Memo: Sendable {
    private let values = Mutex<[String: any Sendable]>([:])

    public init() {}

    /// The value stored under `key`, computing and storing it on first use.
    /// A computation that throws stores nothing.
    public func value<T: Sendable>(_ key: String, _ compute: () throws -> T) rethrows -> T {
        if let hit = values.withLock({ $0[key] }) {
            guard let typed = hit as? T else { preconditionFailure("memo key '\(key)' holds a \(type(of: hit)), not a \(T.self)") }
            return typed
        }
        let fresh = try compute()
        values.withLock { $0[key] = fresh }
        return fresh
    }

    /// The keys computed so far (for tests).
    public var keys: Set<String> { values.withLock { Set($0.keys) } }
}
