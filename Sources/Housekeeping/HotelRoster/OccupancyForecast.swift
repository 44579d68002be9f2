/// One day of the occupancy forecast: how many rooms are expected to check out and how many guests stay on.
///
/// Housekeeping work follows these two numbers: a departure needs a full clean, a stayover a service.
/// When only an occupancy rate is known, ``init(date:occupancy:roomCount:averageStayNights:)`` splits it.
public struct ForecastDay: Hashable, Sendable, Codable {
    public var date: CalendarDate
    /// Rooms expected to check out (each needs a departure clean).
    public var departures: Int
    /// Occupied rooms whose guests stay another night (each needs a stayover service).
    public var stayovers: Int

    public init(date: CalendarDate, departures: Int, stayovers: Int) {
        self.date = date
        self.departures = departures
        self.stayovers = stayovers
    }

    /// A day from an occupancy rate: `occupancy × roomCount` rooms were occupied last night, and with an
    /// average stay of `averageStayNights` one in `averageStayNights` of them departs today.
    ///
    /// For 120 rooms at 85 % and a 2.5-night average stay: 102 occupied, 41 departures (102 ÷ 2.5 = 40.8),
    /// 61 stayovers.
    public init(date: CalendarDate, occupancy: Double, roomCount: Int, averageStayNights: Double) {
        let occupied = Int((min(1, max(0, occupancy)) * Double(max(0, roomCount))).rounded())
        let departures = min(occupied, Int((Double(occupied) / max(1, averageStayNights)).rounded()))
        self.init(date: date, departures: departures, stayovers: occupied - departures)
    }

    /// Rooms occupied last night: departures plus stayovers.
    public var occupiedRooms: Int { departures + stayovers }
}

/// The forecast for a run of days (usually the month to roster), one ``ForecastDay`` per date, in order.
public struct OccupancyForecast: Hashable, Sendable, Codable {
    public var days: [ForecastDay]

    public init(days: [ForecastDay]) {
        self.days = days.sorted { $0.date < $1.date }
    }

    /// The forecast for a date, if the forecast has it.
    public func day(_ date: CalendarDate) -> ForecastDay? { days.first { $0.date == date } }

    /// Dates of the month that the forecast does not cover (empty when it covers them all).
    public func missingDates(in month: RosterMonth) -> [CalendarDate] {
        let known = Set(days.map(\.date))
        return month.dates.filter { !known.contains($0) }
    }
}

/// A calendar month to roster ("2026-12"): its first day and its number of days.
public struct RosterMonth: Hashable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// A month from its parts; `nil` when the month is not 1…12 or the year not 1…9999.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`; `nil` when malformed.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    /// The month containing a date.
    public init(containing date: CalendarDate) {
        self.year = date.year
        self.month = date.month
    }

    /// The first day of the month.
    public var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
    /// The number of days in the month.
    public var dayCount: Int { CalendarDate.daysIn(month: month, year: year) }
    /// Every date of the month, in order.
    public var dates: [CalendarDate] { (0..<dayCount).map { firstDay.adding(days: $0) } }
    /// `YYYY-MM`.
    public var description: String { "\(year.padded(4))-\(month.padded(2))" }
}
