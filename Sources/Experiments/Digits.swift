import ShippedData
import Trainer

/// The 8×8 handwritten digits (UCI, Alpaydin & Kaynak; CC BY 4.0, see
/// `Data/digits/README.md`): 1797 rows of 64 pixels 0…16 and a label 0…9.
/// The stand-in for MNIST in papers 003 and 004's experiments.
public enum Digits {
    public struct Table: Sendable, Equatable {
        /// Row-major pixel values, 64 per row.
        public let pixels: [[Int]]
        public let labels: [Int]
    }

    /// `$EXACTNN_DATA/digits/digits.csv.gz` when the variable is set,
    /// otherwise `Data/digits/digits.csv.gz` in the repository this source
    /// file belongs to (so tests find it from any fresh clone).
    public static var defaultPath: String { ShippedData.folder("digits") + "/digits.csv.gz" }

    /// Reads the gzip-compressed CSV (through `gzip -dc`) and checks every
    /// row: 65 integers, pixels in 0…16, label in 0…9.
    ///
    /// **Edge cases:** a missing file, a file gzip cannot read, a malformed
    /// row or an empty table throw with the path and line number.
    public static func load(path: String = defaultPath) throws -> Table {
        let bytes: [UInt8]
        do { bytes = try ShippedData.gunzip(path) } catch {
            throw TrainerError(error.missing ? "digits data not found at '\(path)' (set EXACTNN_DATA to the folder holding digits/)" : error.message)
        }
        return try parse(String(decoding: bytes, as: UTF8.self), name: path)
    }

    /// Parses the CSV text (no header).
    static func parse(_ text: String, name: String) throws -> Table {
        var pixels: [[Int]] = [], labels: [Int] = []
        for (i, line) in text.split(separator: "\n").enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.filter { $0 != " " && $0 != "\r" }) }
            guard fields.count == 65, fields.allSatisfy({ $0 != nil }) else { throw TrainerError("\(name) line \(i + 1): expected 65 integers") }
            let values = fields.map { $0! }
            guard values[..<64].allSatisfy({ (0...16).contains($0) }), (0...9).contains(values[64]) else {
                throw TrainerError("\(name) line \(i + 1): pixels must be 0…16 and the label 0…9")
            }
            pixels.append(Array(values[..<64]))
            labels.append(values[64])
        }
        guard !labels.isEmpty else { throw TrainerError("\(name): no rows") }
        return Table(pixels: pixels, labels: labels)
    }

    /// A stratified split: within each class, a seeded shuffle puts
    /// ⌊testFraction · class size⌉ rows in the test set. Inputs are pixels
    /// / 16; labels one-hot over 10 outputs. `trainingLimit` keeps only the
    /// first rows of the (shuffled) training set.
    ///
    /// **Edge cases:** testFraction must be in (0, 1); each part must keep
    /// at least one row.
    public static func split(_ table: Table, testFraction: Double, seed: UInt64, trainingLimit: Int? = nil) throws -> (train: TrainingData, test: TrainingData) {
        guard testFraction > 0, testFraction < 1 else { throw TrainerError("test fraction must be in (0, 1), got \(testFraction)") }
        var random = TrainerRandom(seed: seed, stream: 0x4449_4749)  // "DIGI"
        var train: [Int] = [], test: [Int] = []
        for c in 0...9 {
            var rows = table.labels.indices.filter { table.labels[$0] == c }
            random.shuffle(&rows)
            let k = Int((testFraction * Double(rows.count)).rounded())
            test += rows[..<k]
            train += rows[k...]
        }
        random.shuffle(&train)
        if let limit = trainingLimit { train = Array(train.prefix(max(limit, 0))) }
        func data(_ rows: [Int]) throws -> TrainingData {
            try TrainingData(inputs: rows.map { table.pixels[$0].map { Double($0) / 16 } },
                             labels: rows.map { r in (0...9).map { $0 == table.labels[r] ? 1 : 0 } })
        }
        return (try data(train), try data(test))
    }

    /// Fraction of rows whose largest output is the labelled class.
    public static func accuracy(_ net: Network<Double>, _ data: TrainingData) -> Double {
        var right = 0
        for i in 0..<data.count {
            let z = net.output(data.input(i))
            let guess = z.indices.max { z[$0] < z[$1] }!
            if data.label(i)[guess] == 1 { right += 1 }
        }
        return Double(right) / Double(data.count)
    }
}
