import Testing
@testable import Housekeeping

/// Estimated times on a list: a shift that crosses midnight (its times run 23:40, 00:10, …, and the rule
/// checker reads them in order), and where the unpaid break goes.
@Suite("Work sheet times")
struct ShiftTimesTests {
    /// One attendant on "N" 21:00–05:00 (no break) with ten checked-out departures of 30 minutes each: the
    /// list runs from 21:00 to 02:00, across midnight.
    func nightSheet() throws -> (WorkSheet, Property, DayStatus) {
        let night = ShiftType(id: "N", name: "Night", start: TimeOfDay(hour: 21)!, end: TimeOfDay(hour: 5)!)
        let property = Fixture.property(floors: 1, roomsPerFloor: 10, staff: [Fixture.attendant("A1")], shifts: [night])
        let day = Fixture.day(property.rooms.map { Fixture.departure($0.number) }, onDuty: ["A1"], shift: "N")
        return (try Fixture.plan(property, day), property, day)
    }

    @Test func aNightShiftPastMidnightKeepsEveryRule() throws {
        let (sheet, property, day) = try nightSheet()
        let tasks = sheet.tasks(of: "A1")
        #expect(tasks.count == 10)
        #expect(tasks.first?.start == TimeOfDay(hour: 21))
        #expect(tasks.last?.finish == TimeOfDay(hour: 2))
        #expect(tasks.allSatisfy { !$0.flags.contains(.finishesAfterShift) })
        let problems = sheet.ruleViolations(property: property, day: day)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theCheckerStillCatchesOverlapsAndLateWorkAfterMidnight() throws {
        let (sheet, property, day) = try nightSheet()
        // Task 8 (00:30–01:00) moved to start at 00:20, before task 7 (00:00–00:30) ends.
        var overlapping = sheet
        overlapping.attendants[0].tasks[7].start = TimeOfDay(hour: 0, minute: 20)!
        overlapping.attendants[0].tasks[7].finish = TimeOfDay(hour: 0, minute: 50)!
        #expect(overlapping.ruleViolations(property: property, day: day)
            .contains { $0.contains("before the previous task ends") })
        // The last task pushed to 05:30–06:00 without the after-shift flag.
        var late = sheet
        late.attendants[0].tasks[9].start = TimeOfDay(hour: 5, minute: 30)!
        late.attendants[0].tasks[9].finish = TimeOfDay(hour: 6)!
        #expect(late.ruleViolations(property: property, day: day).contains { $0.contains("shift ends 05:00, flag not set") })
    }

    @Test func aPublicAreaVisitAfterMidnightGoesToTheNightCleaner() throws {
        // A day cleaner on M 08:00–16:30 and a night cleaner on N 22:00–06:00 (no break). The lobby is visited at
        // 10:00, 23:30, 23:50 (20 min, so it ends at 00:10) and 02:00: the last three are the night's, read on the
        // night shift's clock, in that order, none late and none left undone.
        var standards = Fixture.standards()
        let times = [TimeOfDay(hour: 10)!, TimeOfDay(hour: 23, minute: 30)!, TimeOfDay(hour: 23, minute: 50)!, TimeOfDay(hour: 2)!]
        standards.publicAreaPosts = [PublicAreaPost(id: "LOBBY", place: "Lobby", minutes: 20, times: times)]
        let night = ShiftType(id: "N", name: "Night", start: TimeOfDay(hour: 22)!, end: TimeOfDay(hour: 6)!)
        let contract = Contract(kind: .fullTime, minimumMinutesPerMonth: 0, maximumMinutesPerMonth: 12_000)
        let cleaners = ["P1", "P2"].map { StaffMember(id: $0, name: $0, roles: [.publicAreaCleaner], contract: contract) }
        var property = Fixture.property(floors: 1, roomsPerFloor: 1, staff: cleaners, standards: standards)
        property.shiftTypes.append(night)
        let day = DayStatus(date: Fixture.date, rooms: property.rooms.map { Fixture.idle($0.number) },
                            onDuty: [DutyAssignment(staffID: "P1", shiftTypeID: "M"), DutyAssignment(staffID: "P2", shiftTypeID: "N")])
        let sheet = try Fixture.plan(property, day)
        #expect(sheet.summary.undone.isEmpty, "\(sheet.summary.undone.map(\.task.id))")
        #expect(sheet.tasks(of: "P1").map(\.start) == [TimeOfDay(hour: 10)!])
        let nightList = sheet.tasks(of: "P2")
        #expect(nightList.map(\.start) == [TimeOfDay(hour: 23, minute: 30)!, TimeOfDay(hour: 23, minute: 50)!, TimeOfDay(hour: 2)!])
        #expect(nightList.map(\.finish) == [TimeOfDay(hour: 23, minute: 50)!, TimeOfDay(hour: 0, minute: 10)!, TimeOfDay(hour: 2, minute: 20)!])
        #expect(nightList.allSatisfy { $0.flags.isEmpty })
        let problems = sheet.ruleViolations(property: property, day: day)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theBreakIsTakenDuringAWaitRatherThanMakingAVisitLate() throws {
        // A public-area cleaner on M 08:00–16:30 (30-minute break, due around 12:15) with visits at 11:00 (30 min)
        // and 13:00 (20 min, done by 13:20). The wait 11:30–13:00 is the break; the 13:00 visit is on time.
        var standards = Fixture.standards()
        standards.publicAreaPosts = [PublicAreaPost(id: "LOBBY", place: "Lobby", minutes: 30, times: [TimeOfDay(hour: 11)!]),
                                     PublicAreaPost(id: "WC", place: "Restrooms", minutes: 20, times: [TimeOfDay(hour: 13)!])]
        let cleaner = StaffMember(id: "P1", name: "Cleaner", roles: [.publicAreaCleaner],
                                  contract: Contract(kind: .fullTime, minimumMinutesPerMonth: 0, maximumMinutesPerMonth: 12_000))
        let property = Fixture.property(floors: 1, roomsPerFloor: 1, staff: [cleaner], standards: standards)
        let day = Fixture.day(for: property, [])
        let sheet = try Fixture.plan(property, day)
        let visits = sheet.tasks(of: "P1")
        #expect(visits.map(\.start) == [TimeOfDay(hour: 11)!, TimeOfDay(hour: 13)!])
        #expect(visits.allSatisfy { $0.flags.isEmpty })
        #expect(sheet.ruleViolations(property: property, day: day).isEmpty)
    }
}
