import Testing
@testable import Housekeeping

/// Inspections go to a lead who is on shift when the room is ready, and stay balanced.
@Suite("Inspections and the leads' shifts")
struct LeadShiftTests {
    @Test func aRoomReadyBeforeALeadStartsGoesToTheLeadOnShiftAndTheListsStayEven() throws {
        // A1 cleans eight departures with arrivals, ready 08:30, 09:00, … 12:00. L0 starts at 10:00, L1 at 08:00.
        // By floor blocks alone L0 would get the first four and inspect the 08:30 room at 10:00.
        let late = ShiftType(id: "L", name: "Late lead", start: TimeOfDay(hour: 10)!, end: TimeOfDay(hour: 18, minute: 30)!)
        let morning = ShiftType(id: "M", name: "Morning", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 16, minute: 30)!,
                                unpaidBreakMinutes: 30)
        let property = Fixture.property(floors: 1, roomsPerFloor: 8, staff: [Fixture.attendant("A1"), Fixture.lead("L0"), Fixture.lead("L1")],
                                        shifts: [morning, late])
        let day = DayStatus(date: Fixture.date, rooms: property.rooms.map { Fixture.departure($0.number, arrival: TimeOfDay(hour: 18)!) },
                            onDuty: [DutyAssignment(staffID: "A1", shiftTypeID: "M"), DutyAssignment(staffID: "L0", shiftTypeID: "L"),
                                     DutyAssignment(staffID: "L1", shiftTypeID: "M")])
        let sheet = try Fixture.plan(property, day)
        let inspections = sheet.leads.flatMap { lead in lead.inspections.map { (lead.staffID, $0) } }
        #expect(inspections.count == 8)
        #expect(sheet.leads.map(\.inspections.count) == [4, 4])
        #expect(inspections.allSatisfy { $0.1.start == $0.1.roomReadyAt }, "every room inspected as soon as it is ready")
        #expect(inspections.filter { $0.1.roomReadyAt < TimeOfDay(hour: 10)! }.allSatisfy { $0.0 == "L1" })
        #expect(sheet.ruleViolations(property: property, day: day).isEmpty)
    }

    @Test func anInspectionAfterTheLeadsShiftIsWarned() throws {
        // One lead on 08:00–10:00; A1's rooms are ready 08:30 … 10:00: the 10:00 room is inspected 10:00–10:05.
        let short = ShiftType(id: "S", name: "Short", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 10)!)
        let morning = ShiftType(id: "M", name: "Morning", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 16, minute: 30)!,
                                unpaidBreakMinutes: 30)
        let property = Fixture.property(floors: 1, roomsPerFloor: 4, staff: [Fixture.attendant("A1"), Fixture.lead("L1")],
                                        shifts: [morning, short])
        let day = DayStatus(date: Fixture.date, rooms: property.rooms.map { Fixture.departure($0.number, arrival: TimeOfDay(hour: 18)!) },
                            onDuty: [DutyAssignment(staffID: "A1", shiftTypeID: "M"), DutyAssignment(staffID: "L1", shiftTypeID: "S")])
        let sheet = try Fixture.plan(property, day)
        let late = sheet.warnings.filter { $0.hasPrefix("lead L1: the inspection of room") }
        #expect(late.count == 1 && late.first?.hasSuffix("ends at 10:05, after the shift ends at 10:00") == true, "\(sheet.warnings)")
    }
}
