/// Bad input to a NeuralBalance computation, with a one-line message.
public struct BalanceError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ message: String) { description = message }
}
