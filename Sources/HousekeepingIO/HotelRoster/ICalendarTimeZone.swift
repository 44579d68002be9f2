import Foundation
import Housekeeping

/// The `VTIMEZONE` of an iCalendar file (RFC 5545 §3.6.5) for a property's IANA time zone over one month: the
/// observance in effect when the month starts, and every change of UTC offset during it (daylight saving
/// time), from the system's time-zone database. No `TZNAME` (optional in RFC 5545): the system's abbreviations
/// differ between platforms, and the same roster must give the same bytes.
///
/// ```swift
/// ICalendarTimeZone(identifier: "Europe/Berlin", month: RosterMonth(year: 2026, month: 10)!)?.lines
/// // BEGIN:VTIMEZONE, TZID:Europe/Berlin, a DAYLIGHT observance from 1970 at +0200, a STANDARD one from
/// // 2026-10-25 03:00 (+0200 → +0100), END:VTIMEZONE
/// ```
public struct ICalendarTimeZone: Hashable, Sendable {
    /// One observance: a UTC offset from a local time on.
    public struct Observance: Hashable, Sendable {
        public var isDaylight: Bool
        /// When it starts, in the local time before it (`YYYYMMDDTHHMMSS`).
        public var start: String
        /// Seconds east of UTC before and from the start.
        public var offsetFrom: Int
        public var offsetTo: Int
    }

    public var identifier: String
    public var observances: [Observance]

    /// `nil` when the system does not know the identifier.
    public init?(identifier: String, month: RosterMonth) {
        guard let zone = TimeZone(identifier: identifier),
              let first = Self.utcDate(month.firstDay), let last = Self.utcDate(month.firstDay.adding(days: month.dayCount + 1)) else { return nil }
        self.identifier = identifier
        // From a day before the month (a shift of the last day may end after midnight, one of the first day
        // may start the evening before in UTC).
        let from = first.addingTimeInterval(-86_400)
        let offset = zone.secondsFromGMT(for: from)
        observances = [Observance(isDaylight: zone.isDaylightSavingTime(for: from), start: "19700101T000000", offsetFrom: offset,
                                  offsetTo: offset)]
        var cursor = from
        while let change = zone.nextDaylightSavingTimeTransition(after: cursor), change < last {
            let before = zone.secondsFromGMT(for: change.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: change)
            observances.append(Observance(isDaylight: zone.isDaylightSavingTime(for: change),
                                          start: Self.local(change, offset: before), offsetFrom: before, offsetTo: after))
            cursor = change
        }
    }

    /// The content lines, `BEGIN:VTIMEZONE` to `END:VTIMEZONE`.
    public var lines: [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + HotelRosterFormats.escapeText(identifier)]
        for observance in observances {
            let kind = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
            lines += ["BEGIN:\(kind)", "DTSTART:\(observance.start)", "TZOFFSETFROM:\(Self.offset(observance.offsetFrom))",
                      "TZOFFSETTO:\(Self.offset(observance.offsetTo))"]
            lines.append("END:\(kind)")
        }
        return lines + ["END:VTIMEZONE"]
    }

    /// `+0800`, `-0430` (`+053730` when seconds are needed).
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        let text = sign + two(value / 3600) + two(value % 3600 / 60)
        return value % 60 == 0 ? text : text + two(value % 60)
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func utcDate(_ date: CalendarDate) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
    }

    /// The local wall-clock time of an instant at a UTC offset, `YYYYMMDDTHHMMSS`.
    static func local(_ instant: Date, offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant.addingTimeInterval(Double(offset)))
        return "\(c.year!)\(two(c.month!))\(two(c.day!))T\(two(c.hour!))\(two(c.minute!))\(two(c.second!))"
    }
}
