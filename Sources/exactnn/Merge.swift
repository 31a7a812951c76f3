import ArgumentParser
import ClaimKit

/// `exactnn merge FILES…`: the shards' partial results combined into the
/// output the unsharded run prints.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Combine the partial results of 'exactnn … --shard i/k' runs into the unsharded result.",
        discussion: """
        Every shard 0…k−1 of one study must be given exactly once, complete,
        made by this version with the same command and parameters; the rows
        are gathered in item order and rendered as the unsharded run renders
        them (exact cells are carried as text, so nothing is rounded or
        overflows). Studies: \(StudyRegistry.commands.joined(separator: ", ")).

        Examples:
          exactnn swaps --all --vars 4 --shard 0/2 --out part0.json
          exactnn swaps --all --vars 4 --shard 1/2 --out part1.json
          exactnn merge part0.json part1.json
        """
    )

    @Argument(help: "The partial result files (one per shard, any order).") var files: [String] = []
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give the partial result files of every shard") }
    }

    func run() throws {
        let parts = try files.map { try PartialResult.read($0) }
        let first = parts[0]
        var byShard: [Int: String] = [:]
        for (file, p) in zip(files, parts) {
            if let mismatch = first.mismatch(p, sameShard: false) {
                throw InputError("'\(file)' is not part of the same study as '\(files[0])': \(mismatch)")
            }
            if let earlier = byShard[p.shard.index] { throw InputError("shard \(p.shard) is given twice ('\(earlier)' and '\(file)')") }
            byShard[p.shard.index] = file
            guard p.complete else {
                throw InputError("'\(file)' (shard \(p.shard)) is incomplete: finish it with the same command and --resume")
            }
        }
        let missing = (0..<first.shard.count).filter { byShard[$0] == nil }
        guard missing.isEmpty else {
            throw InputError("missing shard\(missing.count > 1 ? "s" : "") " + missing.prefix(10).map { "\($0)/\(first.shard.count)" }.joined(separator: ", ")
                             + (missing.count > 10 ? ", …" : "") + " of \(first.command)")
        }
        var rows = [[Cell]?](repeating: nil, count: first.items)
        for p in parts { for (j, r) in p.rows { rows[j] = r } }
        if let gap = rows.firstIndex(where: { $0 == nil }) {
            throw InputError("item \(gap) of \(first.command) is in no file (shard \(gap % first.shard.count)/\(first.shard.count) is incomplete)")
        }
        let study = try StudyRegistry.study(command: first.command, parameters: first.parameters)
        try study.render(rows.map { $0! }, to: output)
    }
}

/// The shardable studies by command, rebuilt from a partial file's parameters.
enum StudyRegistry {
    static let commands = [SwapsAllStudy.command, ClassTableStudy.command, SampleTableStudy.command, PolarityTableStudy.command, TrainGridStudy.command]

    static func study(command: String, parameters: [String: String]) throws -> any ShardableStudy {
        let bad = InputError("partial results of '\(command)' with parameters \(parameters) are not a study this version merges")
        switch command {
        case SwapsAllStudy.command:
            guard let n = parameters["vars"].flatMap(Int.init), (1...5).contains(n) else { throw bad }
            return SwapsAllStudy(variables: n)
        case ClassTableStudy.command:
            guard let n = parameters["vars"].flatMap(Int.init), (1...5).contains(n),
                  let d = parameters["digits"].flatMap(Int.init), (1...1000).contains(d) else { throw bad }
            return ClassTableStudy(variables: n, digits: d)
        case SampleTableStudy.command:
            return try SampleTableStudy(parameters: parameters)
        case PolarityTableStudy.command:
            return try PolarityTableStudy(parameters: parameters)
        case TrainGridStudy.command:
            return try TrainGridStudy(parameters: parameters)
        default:
            throw bad
        }
    }
}
