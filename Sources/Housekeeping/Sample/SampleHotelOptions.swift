/// The size and character of a generated sample hotel.
///
/// The defaults give the built-in sample: a 120-room city hotel on 6 floors with 11 attendants, 2 leads and
/// one public-area cleaner, about 85 % occupied. Larger settings make benchmark hotels
/// (`SampleHotelOptions(rooms: 1000, floors: 25, attendants: 60)`), and `buildings > 1` a resort.
public struct SampleHotelOptions: Hashable, Sendable, Codable {
    /// Guest rooms in all, spread evenly over the floors.
    public var rooms: Int
    /// Floors in each building.
    public var floors: Int
    /// Buildings (wings); more than one makes a resort with travel between buildings.
    public var buildings: Int
    /// Room attendants on the staff.
    public var attendants: Int
    /// Leads (inspectors); by default one per six attendants, at least one.
    public var leads: Int?
    /// Public-area cleaners.
    public var publicAreaCleaners: Int
    /// The share of rooms occupied last night (0…1).
    public var occupancy: Double
    /// The day to plan.
    public var date: CalendarDate
    /// The seed: the same options give the same hotel, byte for byte.
    public var seed: UInt64

    public init(rooms: Int = 120, floors: Int = 6, buildings: Int = 1, attendants: Int = 11, leads: Int? = nil,
                publicAreaCleaners: Int = 1, occupancy: Double = 0.85,
                date: CalendarDate = CalendarDate(year: 2026, month: 12, day: 1)!, seed: UInt64 = 1) {
        self.rooms = rooms
        self.floors = floors
        self.buildings = buildings
        self.attendants = attendants
        self.leads = leads
        self.publicAreaCleaners = publicAreaCleaners
        self.occupancy = occupancy
        self.date = date
        self.seed = seed
    }

    /// Leads to generate: the given number, else one per six attendants (at least one).
    public var effectiveLeads: Int { leads ?? max(1, (attendants + 5) / 6) }

    /// What is wrong with the options, if anything (for a command to report before generating).
    public var problems: [String] {
        var problems: [String] = []
        if buildings < 1 { problems.append("buildings must be at least 1, got \(buildings)") }
        if floors < 1 { problems.append("floors must be at least 1, got \(floors)") }
        if rooms < buildings * floors {
            problems.append("rooms (\(rooms)) must be at least one per floor (\(buildings * floors) floors)")
        }
        if rooms > 20_000 { problems.append("rooms must be at most 20,000, got \(rooms)") }
        if attendants < 1 { problems.append("attendants must be at least 1, got \(attendants)") }
        if let leads, leads < 0 { problems.append("leads must not be negative, got \(leads)") }
        if publicAreaCleaners < 0 { problems.append("public-area cleaners must not be negative") }
        if !(0...1).contains(occupancy) { problems.append("occupancy must be between 0 and 1, got \(occupancy)") }
        return problems
    }
}
