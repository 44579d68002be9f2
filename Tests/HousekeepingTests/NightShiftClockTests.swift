import Testing
@testable import Housekeeping

/// Clock times read on a shift's clock: after midnight on a night shift, the day's own otherwise.
@Suite("Night shift clock")
struct NightShiftClockTests {
    let morning = ShiftType(id: "M", name: "Morning", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 16, minute: 30)!)
    let night = ShiftType(id: "N", name: "Night", start: TimeOfDay(hour: 22)!, end: TimeOfDay(hour: 6)!)

    @Test func timesAfterMidnightOnANightShiftAreTheNextMorning() {
        #expect(night.minutesAfterStartDay(of: TimeOfDay(hour: 2)!) == 26 * 60)
        #expect(night.minutesAfterStartDay(of: TimeOfDay(hour: 6)!) == 30 * 60)
        #expect(night.minutesAfterStartDay(of: TimeOfDay(hour: 23)!) == 23 * 60)
        // 07:00 is outside the night's span: the day's own time (before the shift starts).
        #expect(night.minutesAfterStartDay(of: TimeOfDay(hour: 7)!) == 7 * 60)
        #expect(morning.minutesAfterStartDay(of: TimeOfDay(hour: 2)!) == 2 * 60)
        #expect(morning.minutesAfterStartDay(of: TimeOfDay(hour: 12)!) == 12 * 60)
    }

    @Test func aPublicAreaVisitAt0200CountsInTheNightShiftsDemand() {
        let posts = [PublicAreaPost(id: "LOBBY", place: "Lobby", minutes: 20, times: [TimeOfDay(hour: 10)!, TimeOfDay(hour: 2)!])]
        let minutes = StaffingDemand.publicAreaMinutesByShift(posts, shiftTypes: [morning, night], fixedShift: nil)
        #expect(minutes.map(\.0) == ["M", "N"])
        #expect(minutes.map(\.1) == [20, 20])
    }
}
