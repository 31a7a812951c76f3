import ClaimKit
import BooleanAnalysis
import PolarityTheory
import RandomBackprop
import SymmetricNets
import NeuralBalance
import LinearRegions
import Annulus
import Experiments

/// Every registered claim, and the runner that checks them.
public enum Catalog {
    /// All claims, in a stable order: self-checks first, then paper by paper.
    public static var all: [Claim] {
        SelfChecks.all + PolarityClaims.all + SymmetricClaims.all + BooleanClaims.all
            + RandomBackpropClaims.all + BalanceClaims.all + RegionClaims.all + AnnulusClaims.all + ExperimentClaims.all
    }

    /// Claims whose id starts with any of the prefixes (all claims for none).
    public static func claims(matching prefixes: [String]) -> [Claim] {
        if prefixes.isEmpty { return all }
        return all.filter { claim in prefixes.contains { claim.id.hasPrefix($0) } }
    }

    /// Ids that appear twice are a programming error the tests catch.
    public static var duplicateIDs: [String] {
        var seen = Set<String>(), dupes: [String] = []
        for c in all where !seen.insert(c.id).inserted { dupes.append(c.id) }
        return dupes
    }
}

/// The result of running one claim's check.
public struct ClaimResult: Sendable {
    public let claim: Claim
    /// `nil` when the check threw; `error` then says why.
    public let finding: Finding?
    public let error: String?
    public let seconds: Double

    /// The verdict reached, or "error".
    public var verdictText: String { finding?.verdict.rawValue ?? "error" }
    /// A run that differs from the recorded verdict is a regression.
    public var matchesExpected: Bool { finding?.verdict == claim.expected }
}

extension Catalog {
    /// Runs the checks one after another (each check may use both cores
    /// itself), reporting each result as it completes. Trainer experiments
    /// (method `.empirical`) get `empiricalContext` when given, so a full
    /// exact run need not wait for full-size training grids.
    public static func run(_ claims: [Claim], context: CheckContext, empiricalContext: CheckContext? = nil,
                           onResult: (ClaimResult) -> Void = { _ in }) -> [ClaimResult] {
        claims.map { claim in
            let start = Clock.now()
            let result: ClaimResult
            do {
                let finding = try claim.check(claim.method == .empirical ? (empiricalContext ?? context) : context)
                result = ClaimResult(claim: claim, finding: finding, error: nil, seconds: Clock.now() - start)
            } catch {
                result = ClaimResult(claim: claim, finding: nil, error: "\(error)", seconds: Clock.now() - start)
            }
            onResult(result)
            return result
        }
    }
}
