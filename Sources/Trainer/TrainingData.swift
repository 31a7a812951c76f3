/// A training set: inputs row-major, labels row-major, in Double.
///
/// **Edge cases:** at least one example, positive dimensions, finite values
/// and, for `.bits`, labels in {0, 1} — otherwise `init` throws.
public struct TrainingData: Sendable, Equatable {
    public enum LabelKind: Sendable, Equatable { case bits, real }

    public let inputs: [Double]
    public let labels: [Double]
    public let inputDimension: Int
    public let outputDimension: Int
    public let labelKind: LabelKind

    public var count: Int { inputs.count / inputDimension }

    public init(inputs: [[Double]], labels: [[Double]], kind: LabelKind = .bits) throws {
        guard let first = inputs.first, let firstLabel = labels.first else { throw TrainerError("the data set has no examples") }
        guard inputs.count == labels.count else { throw TrainerError("\(inputs.count) inputs but \(labels.count) labels") }
        guard !first.isEmpty, !firstLabel.isEmpty else { throw TrainerError("inputs and labels need at least one component") }
        guard inputs.allSatisfy({ $0.count == first.count }), labels.allSatisfy({ $0.count == firstLabel.count }) else {
            throw TrainerError("all inputs (and all labels) must have the same length")
        }
        let x = inputs.flatMap { $0 }, y = labels.flatMap { $0 }
        guard x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else { throw TrainerError("the data contain a non-finite value") }
        if kind == .bits, !y.allSatisfy({ $0 == 0 || $0 == 1 }) { throw TrainerError("binary labels must be 0 or 1") }
        self.inputs = x
        self.labels = y
        inputDimension = first.count
        outputDimension = firstLabel.count
        labelKind = kind
    }

    public func input(_ i: Int) -> [Double] { Array(inputs[(i * inputDimension)..<((i + 1) * inputDimension)]) }
    public func label(_ i: Int) -> [Double] { Array(labels[(i * outputDimension)..<((i + 1) * outputDimension)]) }
}
