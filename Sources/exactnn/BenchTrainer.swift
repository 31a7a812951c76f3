import ArgumentParser
import ClaimKit
import Experiments
import Reports
import Trainer

/// `exactnn bench trainer`: the two reference workloads of issue 7, one
/// training run per timed sample (compare with benchmarks/trainer_baselines.py).
struct BenchTrainer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainer",
        abstract: "One training run: 4-parity 4→3→1 (4000 full-batch epochs) and XOR-5D 5→64→1 (100 epochs, batch 32).",
        discussion: """
        Workloads (Adam, BCE-with-logits, PyTorch's default initialization):
          dissertation  all 16 points of {−1,1}^4, 4-parity (27030), width 3,
                        leaky ReLU 0.1, lr 0.025, 4000 full-batch epochs
          xor5d         xor5d:500, width 64, ReLU, lr 0.01, batch 32, 100 epochs
        Each in Double and Float, then 20 dissertation trials on 2 threads.
        On CPUs with AVX2 the Double runs take the AVX2 loops (same results);
        EXACTNN_NO_AVX2=1 keeps the Swift loops, for comparison.
        Example: exactnn bench trainer --runs 50
        """
    )

    @OptionGroup var bench: BenchOptions
    @OptionGroup var output: OutputOptions

    static func dissertation(_ precision: Precision) -> TrainingConfiguration {
        TrainingConfiguration(widths: [3], activation: .leakyReLU(0.1), loss: .bceWithLogits, optimizer: .adamDefault,
                              learningRate: 0.025, epochs: 4000, precision: precision)
    }

    static func xor5d(_ precision: Precision) -> TrainingConfiguration {
        TrainingConfiguration(widths: [64], activation: .relu, loss: .bceWithLogits, optimizer: .adamDefault,
                              learningRate: 0.01, epochs: 100, batchSize: 32, precision: precision, trackEpochsToTarget: false)
    }

    func run() throws {
        let parity = try Datasets.parse("boolean:27030", seed: 1)
        let xor = try Datasets.parse("xor5d:500", seed: 1)
        var b = Benchmark(title: "exactnn bench trainer (seconds per training run)")
        var trial = 0
        for precision in Precision.allCases.reversed() {
            b.measure("dissertation 4→3→1, 4000 epochs (\(precision.rawValue))", runs: bench.runs) {
                trial += 1
                let r = try! Training.run(Self.dissertation(precision), data: parity, seed: 1, trial: trial)
                return "accuracy \(Int(r.finalAccuracy * 16))/16"
            }
            b.measure("XOR-5D 5→64→1, 100 epochs (\(precision.rawValue))", runs: bench.runs) {
                trial += 1
                let r = try! Training.run(Self.xor5d(precision), data: xor, seed: 1, trial: trial)
                return "accuracy \(Cell.format(r.finalAccuracy))"
            }
        }
        b.measure("dissertation × 20 trials, 2 threads (double)", runs: bench.runs) {
            let rs = try! Training.runTrials(Self.dissertation(.double), data: parity, trials: 20, seed: 1, threads: 2)
            return "\(rs.filter(\.reachedTarget).count)/20 reach 100 %"
        }
        try output.emit([b.table])
    }
}
