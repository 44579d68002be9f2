import ArgumentParser
import Housekeeping

/// Options that size the built-in sample hotel: `--rooms`, `--floors`, `--buildings`, `--attendants`,
/// `--leads`, `--occupancy`, `--seed`. Shared by `example` and any command that plans the sample.
public struct SampleHotelArguments: ParsableArguments {
    @Option(help: "Guest rooms in the sample hotel.")
    public var rooms: Int = 120
    @Option(help: "Floors per building.")
    public var floors: Int = 6
    @Option(help: "Buildings (more than one makes a resort).")
    public var buildings: Int = 1
    @Option(help: "Room attendants.")
    public var attendants: Int = 11
    @Option(help: "Leads (default: one per six attendants).")
    public var leads: Int?
    @Option(help: "Share of rooms occupied last night, 0 to 1.")
    public var occupancy: Double = 0.85
    @Option(help: "The random seed; the same options give the same hotel.")
    public var seed: UInt64 = 1

    public init() {}

    /// The generator options (the date is the sample's default unless `date` is given).
    public func options(date: CalendarDate? = nil) -> SampleHotelOptions {
        var options = SampleHotelOptions(rooms: rooms, floors: floors, buildings: buildings, attendants: attendants,
                                         leads: leads, occupancy: occupancy, seed: seed)
        if let date { options.date = date }
        return options
    }

    public mutating func validate() throws {
        let problems = options().problems
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "; ")) }
    }
}
