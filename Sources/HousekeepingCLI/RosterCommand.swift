import ArgumentParser

/// `housekeeping roster`: the monthly staff roster and the public rostering benchmark.
public struct RosterCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Plan and score staff rosters.",
        subcommands: [RosterPlanCommand.self, RosterDemandCommand.self, RosterBenchmarkCommand.self, RosterScoreCommand.self],
        defaultSubcommand: RosterPlanCommand.self
    )

    public init() {}
}
