import ArgumentParser

/// `housekeeping roster`: the monthly staff roster and the public rostering benchmark.
public struct RosterCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Plan and score staff rosters.",
        subcommands: [RosterBenchmarkCommand.self, RosterScoreCommand.self]
    )

    public init() {}
}
