/// A shift pattern with fixed times: "M" 07:00–15:30 with a 30-minute unpaid break.
///
/// A shift may cross midnight (an end before the start means the next day; the source hotel's evening shift
/// is 18:30–24:00).
public struct ShiftType: Hashable, Sendable, Codable, Identifiable {
    /// A short code ("M", "E", "N", "SUN").
    public var id: String
    /// The name on the roster.
    public var name: String
    /// When the shift starts.
    public var start: TimeOfDay
    /// When the shift ends; at or before ``start`` means the next day.
    public var end: TimeOfDay
    /// Unpaid break, in minutes.
    public var unpaidBreakMinutes: Int

    public init(id: String, name: String, start: TimeOfDay, end: TimeOfDay, unpaidBreakMinutes: Int = 0) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.unpaidBreakMinutes = unpaidBreakMinutes
    }

    /// Minutes from start to end, crossing midnight when the end is not after the start.
    public var spanMinutes: Int {
        let span = end.minutesAfterMidnight - start.minutesAfterMidnight
        return span > 0 ? span : span + 1440
    }

    /// Paid minutes: the span less the unpaid break.
    public var paidMinutes: Int { spanMinutes - unpaidBreakMinutes }

    /// The end, as minutes after the midnight that starts the shift's day (over 1,440 when it crosses midnight).
    public var endMinutesAfterStartDay: Int { start.minutesAfterMidnight + spanMinutes }
}
