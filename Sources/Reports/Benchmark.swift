import ClaimKit
#if canImport(Glibc)
import Glibc
#endif

/// Times a workload over repeated runs and reports median, min and max —
/// the only way ExactNN states a speed (never a timed unit test).
public struct Benchmark {
    public var table: Table

    public init(title: String) {
        table = Table(title: title, columns: ["workload", "runs", "median s", "min s", "max s", "result"])
    }

    /// Runs `body` once to warm up, then `runs` times; `body` returns a short
    /// description of its result so the work cannot be optimised away and
    /// the reader sees what was computed.
    public mutating func measure(_ name: String, runs: Int, _ body: () throws -> String) rethrows {
        try measure(name, runs: runs, rateOf: nil, body)
    }

    /// As ``measure(_:runs:_:)`` for a workload of `items` equal tasks: the
    /// result also states the rate, items per second at the median, the
    /// fastest and the slowest run (e.g. functions/s for a canonization).
    public mutating func measure(_ name: String, runs: Int, items: Int, unit: String, _ body: () throws -> String) rethrows {
        try measure(name, runs: runs, rateOf: (items, unit), body)
    }

    private mutating func measure(_ name: String, runs: Int, rateOf: (items: Int, unit: String)?, _ body: () throws -> String) rethrows {
        var result = try body()
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = Self.now()
            result = try body()
            times.append(Self.now() - start)
        }
        times.sort()
        let median = times.count % 2 == 1 ? times[times.count / 2]
                                          : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
        if let (items, unit) = rateOf {
            let rate = { (t: Double) in Int((Double(items) / t).rounded()) }
            result += "; \(unit)/s median \(rate(median)), min \(rate(times.last!)), max \(rate(times.first!))"
        }
        table.append([.text(name), .integer(times.count), .measured(Self.round(median)),
                      .measured(Self.round(times.first!)), .measured(Self.round(times.last!)), .text(result)])
    }

    static func round(_ x: Double) -> Double {
        // four significant digits
        guard x > 0 else { return 0 }
        var scale = 1.0
        while x * scale < 1000 { scale *= 10 }
        return (x * scale).rounded() / scale
    }

    public static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
