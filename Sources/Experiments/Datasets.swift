import Trainer

/// Data sets named on the command line (`--data <spec>`).
///
/// * `boolean:<table>[:<n>]` — all 2ⁿ points of {−1,1}ⁿ labelled by a truth
///   table (DESIGN.md convention: f(0…0) first, x₁ the most significant bit
///   of the position; Boolean 0 ↦ +1, 1 ↦ −1 on the inputs). The table is a
///   binary string (a string of 0s and 1s whose length is a power of two,
///   optionally `0b`-prefixed), a `0x` hex number, or a decimal number; a
///   number's value is that of the binary string, so `27030` is 4-parity.
///   For a number, n is the smallest that fits unless `:<n>` is given
///   (`boolean:255:4` is 0000000011111111). A string of 0s and 1s of length
///   2ⁿ is binary (`boolean:10` is f(0) = 1, f(1) = 0) unless `:<n>` says
///   another size (`boolean:10:3` is ten).
/// * `xor5d:<N>[:<σ>]` — paper 000 §2.1: N points, labels XOR of the first
///   two coordinates, the other three N(1, 1) noise.
/// * `digits[:<N>]` — the training part (70 %, stratified, seeded) of the
///   8×8 digits, pixels / 16, one-hot over 10 outputs; the first N rows.
public enum Datasets {
    public static func parse(_ spec: String, seed: UInt64) throws -> TrainingData {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch parts[0] {
        case "boolean":
            guard parts.count == 2 || parts.count == 3, !parts[1].isEmpty else {
                throw TrainerError("--data boolean:<table>[:<n>] expects a truth table, e.g. boolean:27030 or boolean:0110; got '\(spec)'")
            }
            var n: Int?
            if parts.count == 3 {
                guard let v = Int(parts[2]), (1...16).contains(v) else { throw TrainerError("--data \(spec): the input count must be in 1...16, got '\(parts[2])'") }
                n = v
            }
            return try boolean(truthTable(parts[1], inputs: n))
        case "xor5d":
            guard parts.count == 2 || parts.count == 3 else { throw TrainerError("--data xor5d:<N>[:<sigma>] expects a sample count, e.g. xor5d:500; got '\(spec)'") }
            guard let count = Int(parts[1]), (1...1_000_000).contains(count) else {
                throw TrainerError("--data \(spec): the sample count must be in 1...1000000, got '\(parts[1])'")
            }
            var sigma = xor5dSigma
            if parts.count == 3 {
                guard let s = Double(parts[2]), s >= 0, s.isFinite else { throw TrainerError("--data \(spec): sigma must be a non-negative number, got '\(parts[2])'") }
                sigma = s
            }
            return xor5d(count: count, sigma: sigma, seed: seed)
        case "digits":
            guard parts.count <= 2 else { throw TrainerError("--data digits[:<N>] takes at most a row count, e.g. digits:500; got '\(spec)'") }
            var limit: Int?
            if parts.count == 2 {
                guard let n = Int(parts[1]), n >= 1 else { throw TrainerError("--data \(spec): the row count must be a positive integer, got '\(parts[1])'") }
                limit = n
            }
            return try Digits.split(try Digits.load(), testFraction: 0.3, seed: seed, trainingLimit: limit).train
        default:
            throw TrainerError("unknown data set '\(parts[0])' in '\(spec)'; known: boolean:<table>, xor5d:<N>, digits[:<N>]")
        }
    }

    /// The truth table as values f(p) for positions p = 0 … 2ⁿ − 1.
    ///
    /// **Edge cases:** empty or malformed strings, non-power-of-two binary
    /// lengths, a decimal beyond 64 bits, or a number too large for the
    /// given n throw; n is at most 16.
    public static func truthTable(_ text: String, inputs: Int? = nil) throws -> [Bool] {
        var bits: [Bool]  // most significant first, i.e. f(0…0) first
        let lower = text.lowercased()
        if lower.hasPrefix("0x") {
            let digits = lower.dropFirst(2)
            guard !digits.isEmpty else { throw TrainerError("truth table '\(text)': no hex digits after 0x") }
            bits = []
            for c in digits {
                guard let v = c.hexDigitValue else { throw TrainerError("truth table '\(text)': '\(c)' is not a hex digit") }
                bits += (0..<4).reversed().map { v >> $0 & 1 == 1 }
            }
        } else if lower.hasPrefix("0b") || readsAsBinary(lower, inputs: inputs) {
            let digits = lower.hasPrefix("0b") ? lower.dropFirst(2) : Substring(lower)
            guard digits.allSatisfy({ $0 == "0" || $0 == "1" }), digits.count >= 2, digits.count & (digits.count - 1) == 0 else {
                throw TrainerError("truth table '\(text)': a binary table needs 2^n digits 0/1 (n ≥ 1)")
            }
            let table = digits.map { $0 == "1" }
            if let n = inputs, table.count != 1 << n { throw TrainerError("truth table '\(text)' has \(table.count) entries, \(n) inputs need \(1 << n)") }
            guard table.count <= 1 << 16 else { throw TrainerError("truth table '\(text)': at most 16 inputs") }
            return table
        } else {
            guard !lower.isEmpty, lower.allSatisfy(\.isASCII), lower.allSatisfy(\.isNumber) else {
                throw TrainerError("truth table '\(text)' is not a binary string, decimal or 0x hex number")
            }
            guard let v = UInt64(lower) else { throw TrainerError("truth table '\(text)': decimal tables are limited to 64 bits; use a binary string or 0x hex") }
            bits = (0..<64).reversed().map { v >> UInt64($0) & 1 == 1 }
        }
        // A number: strip leading zeros down to the table size.
        let significant = bits.drop { !$0 }.count
        let n: Int
        if let given = inputs {
            n = given
            guard significant <= 1 << n else { throw TrainerError("truth table '\(text)' does not fit \(given) inputs (needs \(significant) bits, has \(1 << given))") }
        } else {
            var m = 1
            while 1 << m < significant { m += 1 }
            n = m
        }
        guard n <= 16 else { throw TrainerError("truth table '\(text)': at most 16 inputs") }
        let size = 1 << n
        if bits.count >= size { return Array(bits.suffix(size)) }
        return Array(repeating: false, count: size - bits.count) + bits
    }

    /// A plain string of 0s and 1s is a binary table when its length is a
    /// power of two ≥ 2 — and, when n is given, exactly 2ⁿ (so
    /// `boolean:10:3` is ten, `boolean:10` the 1-input table 10).
    static func readsAsBinary(_ s: String, inputs: Int?) -> Bool {
        guard s.allSatisfy({ $0 == "0" || $0 == "1" }), s.count >= 2, s.count & (s.count - 1) == 0 else { return false }
        return inputs.map { s.count == 1 << $0 } ?? true
    }

    /// All 2ⁿ points of {−1,1}ⁿ with labels f(p) ∈ {0, 1}: coordinate i of
    /// point p is bit (n − i) of p (x₁ most significant), mapped 0 ↦ +1,
    /// 1 ↦ −1.
    public static func boolean(_ table: [Bool]) throws -> TrainingData {
        let size = table.count
        guard size >= 2, size & (size - 1) == 0 else { throw TrainerError("a truth table needs 2^n entries (n ≥ 1), got \(size)") }
        let n = size.trailingZeroBitCount
        let inputs = (0..<size).map { p in (1...n).map { i in (p >> (n - i)) & 1 == 0 ? 1.0 : -1.0 } }
        return try TrainingData(inputs: inputs, labels: table.map { [$0 ? 1 : 0] })
    }

    /// The spread of the first two coordinates around (±1, ±1). Paper 000
    /// does not state it; we read XOR-5D as four Gaussian blobs at the
    /// corners with this standard deviation (an assumption, overridable as
    /// `xor5d:N:σ`), and the three noise coordinates as N(1, 1) per §2.1.
    public static let xor5dSigma = 0.5

    /// Paper 000 §2.1 / appendix B: example i sits at corner (a, b) ∈ {±1}²
    /// (corners taken in turn, so classes balance) plus N(0, σ²) noise, with
    /// three N(1, 1) coordinates appended; its label is XOR of the corner's
    /// bits (±1 convention: a = −1 is bit 1), i.e. 1 when a ≠ b. Rows are
    /// then shuffled. Deterministic in `seed`.
    public static func xor5d(count: Int, sigma: Double = xor5dSigma, seed: UInt64) -> TrainingData {
        var random = TrainerRandom(seed: seed, stream: 0x584F_5235)  // "XOR5"
        let corners: [(Double, Double)] = [(1, 1), (1, -1), (-1, 1), (-1, -1)]
        var rows: [([Double], Double)] = (0..<count).map { i in
            let (a, b) = corners[i % 4]
            var x = [a + sigma * random.gaussian(), b + sigma * random.gaussian()]
            for _ in 0..<3 { x.append(1 + random.gaussian()) }
            return (x, a != b ? 1 : 0)
        }
        random.shuffle(&rows)
        // Shape and values are valid by construction.
        return try! TrainingData(inputs: rows.map(\.0), labels: rows.map { [$0.1] })
    }
}
