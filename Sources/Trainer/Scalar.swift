#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The float types the trainer runs in (`Float`, `Double`): the standard
/// library's `BinaryFloatingPoint` plus the few libm functions the
/// activations and losses need.
public protocol TrainerScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable {
    static func exp(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
}

@inline(__always) private func cExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func cLog1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func cTanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }

extension Double: TrainerScalar {
    @inline(__always) public static func exp(_ x: Double) -> Double { cExp(x) }
    @inline(__always) public static func log1p(_ x: Double) -> Double { cLog1p(x) }
    @inline(__always) public static func tanh(_ x: Double) -> Double { cTanh(x) }
    @inline(__always) public static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
}

extension Float: TrainerScalar {
    @inline(__always) public static func exp(_ x: Float) -> Float { expf(x) }
    @inline(__always) public static func log1p(_ x: Float) -> Float { log1pf(x) }
    @inline(__always) public static func tanh(_ x: Float) -> Float { tanhf(x) }
    @inline(__always) public static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
}

/// Which float type a run computes in.
public enum Precision: String, Sendable, CaseIterable {
    case float, double
}
