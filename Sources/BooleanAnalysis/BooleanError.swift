/// A bad argument to a BooleanAnalysis function: one line that names the
/// argument, the allowed range and, where one exists, the operation that
/// handles the case instead.
public struct BooleanError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
