import Testing
import Housekeeping
import HousekeepingIO

/// The VTIMEZONE of the roster's calendars, from the system's time-zone database.
@Suite("iCalendar time zone")
struct ICalendarTimeZoneTests {
    @Test("a zone without daylight saving time: one STANDARD observance")
    func shanghai() throws {
        let zone = try #require(ICalendarTimeZone(identifier: "Asia/Shanghai", month: RosterMonth(year: 2026, month: 12)!))
        #expect(zone.lines == ["BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                               "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"])
    }

    @Test("a month with the end of summer time: DAYLIGHT from the start, STANDARD from 03:00 local on the last Sunday")
    func berlinOctober() throws {
        let zone = try #require(ICalendarTimeZone(identifier: "Europe/Berlin", month: RosterMonth(year: 2026, month: 10)!))
        #expect(zone.observances.count == 2)
        #expect(zone.observances[0].isDaylight && zone.observances[0].offsetTo == 7_200)
        let change = zone.observances[1]
        #expect(!change.isDaylight && change.start == "20261025T030000")
        #expect(change.offsetFrom == 7_200 && change.offsetTo == 3_600)
        #expect(zone.lines.contains("TZOFFSETFROM:+0200") && zone.lines.contains("TZOFFSETTO:+0100"))
        // A month without a change has one observance; an unknown zone has none (floating times are written).
        #expect(ICalendarTimeZone(identifier: "Europe/Berlin", month: RosterMonth(year: 2026, month: 12)!)?.observances.count == 1)
        #expect(ICalendarTimeZone(identifier: "Mars/Olympus_Mons", month: RosterMonth(year: 2026, month: 12)!) == nil)
    }
}
