/// Bad input to a PolarityTheory function: one line that names the
/// argument and the allowed range.
public struct PolarityError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw PolarityError(message()) }
    }
}
