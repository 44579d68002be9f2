import Testing
@testable import Housekeeping

/// The midday re-plan: someone went home sick; only their unfinished rooms move.
@Suite("Midday re-plan")
struct ReplanTests {
    /// Three attendants, one floor each (6 departures of 30 min per floor, checked out at 07:00).
    func morning() throws -> (WorkSheetPlanner, WorkSheet, Property, DayStatus) {
        let property = Fixture.property(floors: 3, roomsPerFloor: 6,
                                        staff: [Fixture.attendant("A1"), Fixture.attendant("A2"), Fixture.attendant("A3")])
        let day = Fixture.day(property.rooms.map { Fixture.departure($0.number) })
        let planner = WorkSheetPlanner(property: property, day: day, options: WorkSheetOptions(timeLimitSeconds: 5, relativeGap: 0))
        return (planner, try planner.plan(), property, day)
    }

    @Test func onlyTheAbsentAttendantsUnfinishedRoomsMoveAndTheOthersListsStay() throws {
        let (planner, morning, property, day) = try morning()
        // A2 leaves at 09:00, after two rooms (08:00–09:00).
        let afternoon = try planner.replan(morning, absent: ["A2"], at: TimeOfDay(hour: 9)!)
        let a2 = try #require(afternoon.sheet("A2"))
        #expect(a2.tasks.count == 2 && a2.tasks.map(\.task.id) == Array(morning.tasks(of: "A2").prefix(2)).map(\.task.id))
        // The four unfinished rooms went to A1 and A3; what they had stays, at the same times, until 09:00.
        let movedIDs = Set(morning.tasks(of: "A2").dropFirst(2).map(\.task.id))
        for id in ["A1", "A3"] {
            let before = morning.tasks(of: id)
            let after = afternoon.tasks(of: id)
            #expect(Set(before.map(\.task.id)).isSubset(of: Set(after.map(\.task.id))))
            #expect(after.filter { !movedIDs.contains($0.task.id) }.count == before.count)
            #expect(Array(after.prefix(2)) == Array(before.prefix(2)), "the work done by 09:00 is unchanged")
            #expect(after.dropFirst(2).allSatisfy { $0.start >= TimeOfDay(hour: 9)! })
        }
        let received = afternoon.scheduledTasks.filter { movedIDs.contains($0.item.task.id) }
        #expect(received.count == 4 && received.allSatisfy { $0.staffID != "A2" })
        #expect(afternoon.summary.undoneMandatory.isEmpty)
        #expect(afternoon.summary.solver.termination == "replanned")
        #expect(afternoon.warnings.contains { $0.hasPrefix("re-planned at 09:00 after A2 went home: 4 tasks moved") })
        let problems = afternoon.ruleViolations(property: property, day: day)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func whatNobodyCanTakeIsLeftUndoneWithWhy() throws {
        let (planner, morning, property, day) = try morning()
        // A2 and A3 leave at 08:00, before their first room: A1 cannot take all their 12 rooms as well
        // (18 × 30 = 540 min > 480 paid), so some are left undone, and A1 stays within the paid minutes.
        let afternoon = try planner.replan(morning, absent: ["A2", "A3"], at: TimeOfDay(hour: 8)!)
        let undone = afternoon.summary.undoneMandatory
        #expect(!undone.isEmpty)
        #expect(undone.allSatisfy { $0.reason == .capacity && $0.explanation.hasPrefix("left by staff who went home at 08:00") })
        #expect(afternoon.sheet("A1")!.loadMinutes <= 480)
        #expect(afternoon.summary.missingMinutes == Double(undone.count) * 30)
        #expect(afternoon.ruleViolations(property: property, day: day).isEmpty)
        #expect(throws: WorkSheetError.notOnMorningSheet("A9")) { try planner.replan(morning, absent: ["A9"], at: TimeOfDay(hour: 9)!) }
    }
}
