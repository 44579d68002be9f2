/// The built-in sample hotel: a deterministic, realistic property and day for demos, tests and benchmarks.
///
/// ```swift
/// let sample = SampleHotel(SampleHotelOptions())          // 120 rooms, 6 floors, 11 attendants
/// let big = SampleHotel(SampleHotelOptions(rooms: 1000, floors: 25, attendants: 60))
/// print(sample.property.rooms.count, sample.day.rooms.count)
/// ```
public struct SampleHotel: Hashable, Sendable {
    public let options: SampleHotelOptions
    /// The property: buildings, floors, room types, rooms, staff, shifts, standards, supplies.
    public let property: Property
    /// The day: every room's status and who is on duty.
    public let day: DayStatus

    /// Generates the hotel. Options outside their ranges are clamped (see ``SampleHotelOptions/problems``).
    public init(_ options: SampleHotelOptions = SampleHotelOptions()) {
        var clamped = options
        clamped.buildings = max(1, options.buildings)
        clamped.floors = max(1, options.floors)
        clamped.rooms = min(20_000, max(options.rooms, clamped.buildings * clamped.floors))
        clamped.attendants = max(1, options.attendants)
        clamped.occupancy = min(1, max(0, options.occupancy))
        self.options = clamped
        var random = SeededGenerator(seed: clamped.seed)
        let property = SampleHotel.makeProperty(clamped, random: &random)
        self.property = property
        self.day = SampleHotel.makeDay(for: property, clamped, random: &random)
    }
}
