import ArgumentParser

/// The benchmark's options: a value that does not parse or is out of range stops it with a message (it used to
/// fall back silently to the default).
struct HotelRosterBenchmarkArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "HotelRosterBenchmark",
        abstract: "The sample hotel's month and a generated 100-staff hotel month, planned through the hotel mapping "
            + "and the roster engine: first roster, penalty, lower bound, gap and the scorer's hard violations.",
        discussion: "With no option it runs both months at 10 s and 60 s (about 2.5 minutes).")

    @Option(help: "Time limits in seconds, comma-separated.")
    var timeLimits = "10,60"
    @Option(parsing: .unconditional, help: "The seed of the generated month and of the engine.")
    var seed: UInt64 = 1
    @Option(help: "Only one month: sample or large.")
    var only: String?
    @Option(parsing: .unconditional, help: "Rooms of the generated month's hotel.")
    var largeRooms = 900
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.columnGenerationTimeShare (0…1).")
    var columnShare: Double?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.relaxedBoundTimeShare (0…1; 0: no bound when column generation is skipped).")
    var boundShare: Double?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.coolingMoves.")
    var coolingMoves: Int?
    @Option(parsing: .unconditional, help: "The hotel rules' minimumCoverWeight.")
    var minimumCoverWeight: Int?

    /// The time limits listed by `--time-limits`.
    var limits: [Double] { timeLimits.split(separator: ",").compactMap { Double($0) } }

    func validate() throws {
        let parts = timeLimits.split(separator: ",")
        guard !parts.isEmpty, parts.allSatisfy({ Double($0).map { $0 > 0 } ?? false }) else {
            throw ValidationError("--time-limits must be seconds above 0, comma-separated (e.g. 10,60), got '\(timeLimits)'")
        }
        if let only, only != "sample", only != "large" { throw ValidationError("--only must be sample or large, got '\(only)'") }
        guard largeRooms >= 20 else { throw ValidationError("--large-rooms must be at least 20 (one room per floor), got \(largeRooms)") }
        for (name, share) in [("--column-share", columnShare), ("--bound-share", boundShare)] {
            if let share, !(0...1).contains(share) { throw ValidationError("\(name) must be between 0 and 1, got \(share)") }
        }
        if let coolingMoves, coolingMoves < 1 { throw ValidationError("--cooling-moves must be at least 1, got \(coolingMoves)") }
        if let minimumCoverWeight, minimumCoverWeight < 1 {
            throw ValidationError("--minimum-cover-weight must be at least 1, got \(minimumCoverWeight)")
        }
    }
}
