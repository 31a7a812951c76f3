/// Parameters that do not describe a valid learning system (wrong lengths,
/// shapes or ranges). The message is one line naming the parameter.
public struct ModelError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
