import ArgumentParser

/// The root of the `housekeeping` command-line tool.
public struct HousekeepingCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "housekeeping",
        abstract: "Plan a hotel's housekeeping: the day's work sheet and the month's roster.",
        discussion: """
            Reads the property, its staff and the day's room status (from files, or the built-in sample \
            hotel) and plans with the GLPK solver. Data goes to standard output; progress and warnings go to \
            standard error.
            """,
        version: version,
        subcommands: [RosterCommand.self, ValidateCommand.self, ExampleCommand.self, WorksheetCommand.self]
    )

    public init() {}
}
