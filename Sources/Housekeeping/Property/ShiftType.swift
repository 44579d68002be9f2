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

    /// A clock time read on this shift's clock, as minutes after the midnight that starts the shift's day: a time
    /// before the start that falls within the part of the shift after midnight is the next morning's (02:00 on a
    /// 22:00–06:00 shift is 1,560); any other time is the day's own.
    public func minutesAfterStartDay(of time: TimeOfDay) -> Int {
        ShiftType.minutes(of: time, onShiftFrom: start, lasting: spanMinutes)
    }

    /// ``minutesAfterStartDay(of:)`` for a shift given by its start and span (a work sheet's shift times).
    static func minutes(of time: TimeOfDay, onShiftFrom start: TimeOfDay, lasting span: Int) -> Int {
        let t = time.minutesAfterMidnight, s = start.minutesAfterMidnight
        return t < s && t + 1440 <= s + span ? t + 1440 : t
    }
}
