import Testing
@testable import Housekeeping

@Suite("The day's model on a short-staffed day")
struct ShortStaffedModelTests {
    /// One attendant (480 paid minutes) and two floors of 17 departures each (30 minutes, 510 a floor). The most
    /// they can do is 16 departures on one floor; working both floors costs a floor change (5 minutes) and leaves
    /// room for 15. The model's row "each floor gets the attendants its work needs" holds only when every mandatory
    /// task is done: here it would put the attendant on both floors, reject the greedy plan as a start and have
    /// GLPK prove a 15-departure plan "optimal".
    @Test func aFloorMayBeLeftWithFewerAttendantsThanItsWorkNeeds() throws {
        let property = Fixture.property(floors: 2, roomsPerFloor: 17, staff: [Fixture.attendant("A1")])
        let rooms = (1...2).flatMap { floor in (1...17).map { Fixture.departure("\(floor)\($0 < 10 ? "0" : "")\($0)") } }
        let day = Fixture.day(for: property, rooms)
        let sheet = try Fixture.plan(property, day)
        let problems = sheet.ruleViolations(property: property, day: day)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(sheet.tasks(of: "A1").count == 16)
        #expect(sheet.sheet("A1")?.floorIDs.count == 1)
        #expect(sheet.summary.undoneMandatory.count == 18)
        #expect(sheet.summary.solver.termination == "optimal")
    }
}
