import Testing
@testable import Housekeeping

/// The order of one attendant's list: a floor finished before the next, and timed work kept on time.
@Suite("Work sheet order")
struct OrderTests {
    @Test func aFloorIsFinishedBeforeTheNextSoTheListTravelsAsPlanned() throws {
        // Floor 2 has the earliest arrival (14:00), floor 1 the next (15:00); each floor also has a departure
        // and a stayover. Ready-by rooms first floor by floor: 201 first, the rest of floor 2, then floor 1 —
        // one floor change, as the planned travel counts, not back and forth for each arrival.
        let property = Fixture.property(floors: 2, roomsPerFloor: 3, staff: [Fixture.attendant("A1")])
        let statuses = [Fixture.departure("101", arrival: TimeOfDay(hour: 15)!), Fixture.stayover("102"), Fixture.departure("103"),
                        Fixture.departure("201", arrival: TimeOfDay(hour: 14)!), Fixture.stayover("202"), Fixture.departure("203")]
        let day = Fixture.day(statuses)
        let sheet = try Fixture.plan(property, day)
        let mine = try #require(sheet.sheet("A1"))
        #expect(mine.tasks.first?.task.roomNumber == "201")
        #expect(mine.tasks.map { $0.task.floorID ?? "" } == ["2", "2", "2", "1", "1", "1"])
        #expect(mine.tasks.map(\.travelMinutesBefore).reduce(0, +) == mine.travelMinutes)
        #expect(sheet.ruleViolations(property: property, day: day).isEmpty)
    }

    @Test func aLongRoomIsNotStartedWhenItWouldMakeATimedVisitLate() throws {
        // Three 30-minute departures and a 50-minute suite from 08:00, and a 30-minute lobby visit at 10:00 (no
        // public-area cleaner on duty). Taking the suite at 09:30 would push the visit to 10:20; the attendant
        // does the visit at 10:00 and the suite after it.
        var standards = Fixture.standards()
        standards.publicAreaPosts = [PublicAreaPost(id: "LOBBY", place: "Lobby", minutes: 30, times: [TimeOfDay(hour: 10)!])]
        let property = Fixture.property(floors: 1, roomsPerFloor: 3, suites: ["150"], staff: [Fixture.attendant("A1", skills: [.suites])],
                                        standards: standards)
        let day = Fixture.day(["101", "102", "103", "150"].map { Fixture.departure($0) })
        let sheet = try Fixture.plan(property, day)
        let tasks = sheet.tasks(of: "A1")
        #expect(tasks.count == 5)
        let visit = try #require(tasks.first { $0.task.kind == .publicArea })
        #expect(visit.start == TimeOfDay(hour: 10)!)
        #expect(tasks.allSatisfy { !$0.flags.contains(.missesReadyBy) })
        #expect(tasks.last?.task.roomNumber == "150")
        #expect(sheet.ruleViolations(property: property, day: day).isEmpty)
    }
}
