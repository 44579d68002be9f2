import Testing
@testable import Housekeeping

/// Evening turndown: planned for the rooms occupied tonight when the standards ask for it and an attendant on
/// duty works in the evening.
@Suite("Turndown")
struct TurndownTests {
    static let evening = ShiftType(id: "E", name: "Evening", start: TimeOfDay(hour: 18, minute: 30)!, end: TimeOfDay(hour: 24)!)
    static let morning = ShiftType(id: "M", name: "Morning", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 16, minute: 30)!,
                                   unpaidBreakMinutes: 30)

    /// 101 stayover, 102 VIP stayover, 103 departure with an arrival, 104 departure leaving the room empty,
    /// 105 a guest who declined service.
    func plan(minimumVIPLevel: Int = 0, serviceUntil: TimeOfDay? = nil, onDuty: [DutyAssignment]) throws -> (WorkSheet, Property, DayStatus) {
        var standards = Fixture.standards()
        standards.tasks.append(TaskStandard(task: .turndown, roomTypeID: "STD", minutes: 7, credits: 0.5))
        standards.turndownFrom = TimeOfDay(hour: 18, minute: 30)!
        standards.turndownMinimumVIPLevel = minimumVIPLevel
        standards.stayoverServiceUntil = serviceUntil
        let property = Fixture.property(floors: 1, roomsPerFloor: 5, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")],
                                        standards: standards, shifts: [Self.morning, Self.evening])
        var vip = Fixture.stayover("102")
        vip.vipLevel = 1
        let statuses = [Fixture.stayover("101"), vip, Fixture.departure("103", arrival: TimeOfDay(hour: 15)!), Fixture.departure("104"),
                        Fixture.stayover("105", service: .noService)]
        let day = DayStatus(date: Fixture.date, rooms: statuses, onDuty: onDuty)
        return (try Fixture.plan(property, day), property, day)
    }

    @Test func roomsOccupiedTonightGetATurndownOnTheEveningShift() throws {
        let (sheet, property, day) = try plan(onDuty: [DutyAssignment(staffID: "A1", shiftTypeID: "M"),
                                                       DutyAssignment(staffID: "A2", shiftTypeID: "E")])
        let turndowns = sheet.scheduledTasks.filter { $0.item.task.kind == .turndown }
        #expect(turndowns.map { $0.item.task.roomNumber ?? "" }.sorted() == ["101", "102", "103"])
        #expect(turndowns.allSatisfy { $0.staffID == "A2" && $0.item.start >= TimeOfDay(hour: 18, minute: 30)! })
        #expect(sheet.summary.undoneMandatory.isEmpty)
        #expect(sheet.ruleViolations(property: property, day: day).isEmpty)
    }

    @Test func theVIPLevelLimitsTurndownAndNoEveningStaffMeansNone() throws {
        let (vipOnly, _, _) = try plan(minimumVIPLevel: 1, onDuty: [DutyAssignment(staffID: "A1", shiftTypeID: "M"),
                                                                    DutyAssignment(staffID: "A2", shiftTypeID: "E")])
        #expect(vipOnly.scheduledTasks.filter { $0.item.task.kind == .turndown }.map { $0.item.task.roomNumber } == ["102"])
        let (morningOnly, _, _) = try plan(onDuty: [DutyAssignment(staffID: "A1", shiftTypeID: "M"),
                                                    DutyAssignment(staffID: "A2", shiftTypeID: "M")])
        #expect(!morningOnly.summary.tasksByKind.contains { $0.kind == .turndown })
        #expect(morningOnly.summary.undone.isEmpty)
    }

    @Test func withAServiceEndStayoversStayOffTheEveningShift() throws {
        // Twelve stayovers, A1 on the morning, A2 on the evening. Shared fairly by load, A2 would take some of
        // them in the evening; with stayover service ending at 17:00 A1 does them all and A2 the turndowns.
        func plan(until: TimeOfDay?) throws -> (WorkSheet, Property, DayStatus) {
            var standards = Fixture.standards()
            standards.tasks.append(TaskStandard(task: .turndown, roomTypeID: "STD", minutes: 7, credits: 0.5))
            standards.turndownFrom = TimeOfDay(hour: 18, minute: 30)!
            standards.stayoverServiceUntil = until
            let property = Fixture.property(floors: 1, roomsPerFloor: 12, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")],
                                            standards: standards, shifts: [Self.morning, Self.evening])
            let day = DayStatus(date: Fixture.date, rooms: property.rooms.map { Fixture.stayover($0.number) },
                                onDuty: [DutyAssignment(staffID: "A1", shiftTypeID: "M"), DutyAssignment(staffID: "A2", shiftTypeID: "E")])
            return (try Fixture.plan(property, day), property, day)
        }
        let (without, _, _) = try plan(until: nil)
        #expect(without.tasks(of: "A2").contains { $0.task.kind.isStayover })
        let (sheet, property, day) = try plan(until: TimeOfDay(hour: 17)!)
        #expect(sheet.tasks(of: "A2").map(\.task.kind) == Array(repeating: .turndown, count: 12))
        #expect(sheet.tasks(of: "A1").filter { $0.task.kind.isStayover }.count == 12)
        #expect(sheet.summary.undoneMandatory.isEmpty)
        #expect(sheet.ruleViolations(property: property, day: day).isEmpty)
    }
}
