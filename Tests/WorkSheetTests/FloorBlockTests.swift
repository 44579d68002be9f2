import Testing
@testable import Housekeeping

@Suite("Floor blocks")
struct FloorBlockTests {
    @Test func aSuiteQualifiedAttendantIsPlacedToStraddleTwoFloorsWithSuites() throws {
        // Two floors of 4 departures (30 min) and a suite departure (50 min): 170 min a floor, 340 in all, for
        // three attendants (about 113 min each). In home-floor order the suite-qualified A1 comes first and spans
        // only floor 1, so floor 2's suite would need a fourth attendant × floor pair. The covering order puts A1
        // second, across the floor boundary (about 57 min on each floor, room for each floor's 50-minute suite).
        let property = Fixture.property(floors: 2, roomsPerFloor: 4, suites: ["105", "205"],
                                        staff: [Fixture.attendant("A1", skills: [.suites], homeFloors: ["1"]),
                                                Fixture.attendant("A2", homeFloors: ["1"]),
                                                Fixture.attendant("A3", homeFloors: ["2"])])
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let context = try PlanningContext(property: property, day: day)
        let tasks = TaskDerivation(context: context).derive().tasks
        var engine = AssignmentEngine(context: context, tasks: tasks, crew: context.crew, options: WorkSheetOptions())
        engine.buildGroups()
        let roomGroups = engine.groups.indices.filter { engine.groups[$0].isMandatory && engine.groups[$0].floorID != nil }
        let byFloor = Dictionary(grouping: roomGroups) { engine.groups[$0].floorID! }
        let index = { (id: String) in context.crew.firstIndex { $0.id == id }! }
        let band = engine.evenLoadRatio() * 1.04
        let covering = engine.coveringOrder(["1", "2"], byFloor, members: [index("A1"), index("A2"), index("A3")], band: band)
        #expect(covering.order == [index("A2"), index("A1"), index("A3")])
        #expect(covering.uncovered == 0)
        // Without the suite-qualified attendant in the middle a floor's suite is left uncovered.
        let twoPlain = engine.coveringOrder(["1", "2"], byFloor, members: [index("A2"), index("A3")], band: band)
        #expect(twoPlain.uncovered == 2)
    }

    @Test(arguments: [(120, 6, 10, false), (300, 12, 20, true)])
    func theHeuristicPlanWorksFewerFloorsThanTheBaselineWithinTheBand(rooms: Int, floors: Int, attendants: Int, strictlyFewer: Bool) throws {
        // The generated hotels of the benchmark (every floor has suites, a third of the attendants may clean
        // them). Without GLPK, so the plan does not depend on the machine: every rule kept, nothing mandatory
        // undone, the busiest attendant within 5 % of their fair share, and fewer floors per attendant than the
        // baseline (which ignores the suite skill and is 12-33 % unfair here). At 120 rooms only as few: the
        // objective values a deep clean done (5) above an attendant × floor pair (1), and the component plan does
        // both of the day's deep cleans for two pairs more (objective 84.12 → 81.12 with GLPK), which ties the
        // baseline's floors per attendant.
        let hotel = SampleHotel(SampleHotelOptions(rooms: rooms, floors: floors, attendants: attendants, seed: 1))
        let sheet = try WorkSheetPlanner(property: hotel.property, day: hotel.day,
                                         options: WorkSheetOptions(greedyOnly: true)).plan()
        let problems = sheet.ruleViolations(property: hotel.property, day: hotel.day)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(sheet.summary.undone.filter { $0.task.isMandatory }.isEmpty)
        #expect(sheet.summary.quality.highestLoadOverFairShare <= 1.05)
        if strictlyFewer {
            #expect(sheet.summary.quality.floorsPerAttendantMean < sheet.summary.baseline.floorsPerAttendantMean)
        } else {
            #expect(sheet.summary.quality.floorsPerAttendantMean <= sheet.summary.baseline.floorsPerAttendantMean)
        }
    }
}
