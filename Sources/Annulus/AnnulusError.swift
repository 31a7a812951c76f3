/// Bad parameters for an Annulus computation, with a one-line message naming
/// the argument and the allowed range.
public struct AnnulusError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ message: String) { description = message }
}
