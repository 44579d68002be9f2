import Testing
@testable import Housekeeping

@Suite("Work-sheet bound")
struct BoundTests {
    func engine(_ property: Property, _ day: DayStatus) throws -> (AssignmentEngine, PlanningContext) {
        let context = try PlanningContext(property: property, day: day)
        let tasks = TaskDerivation(context: context).derive().tasks
        var engine = AssignmentEngine(context: context, tasks: tasks, crew: context.crew, options: WorkSheetOptions())
        engine.buildGroups()
        return (engine, context)
    }

    @Test func theBoundEqualsTheHandOptimumOnTwoFloorsAndTwoAttendants() throws {
        // 4 departures (30 min) on each of two floors, two attendants of 480 paid minutes. Hand optimum: one
        // floor each, 120 min, no travel: 100 × 0.25 (the highest load ratio) + 2 floors = 27. Hand bound: the even
        // ratio 240 ÷ 960 = 0.25, and at least 2 pairs (each attendant works a floor) = 27.
        let property = Fixture.property(floors: 2, roomsPerFloor: 4, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let sheet = try Fixture.plan(property, day)
        let objective = try #require(sheet.summary.solver.objective)
        let bound = try #require(sheet.summary.solver.bestBound)
        #expect(abs(objective - 27) < 1e-6)
        #expect(abs(bound - 27) < 1e-6)
        #expect(try #require(sheet.summary.solver.relativeGap) < 1e-6)
        let (engine, _) = try engine(property, day)
        #expect(engine.floorPairLowerBound(ceiling: 0.26) == 2)
    }

    @Test func suitesOnEveryFloorWithOneQualifiedAttendantBoundThePairs() throws {
        // Two floors of 4 rooms and a suite each, three attendants of whom only A1 may clean suites. Any plan puts
        // A1 on both floors (the suites) and A2 and A3 on a floor at least: 4 pairs, and the bound says 4 (one
        // group of floors and attendants at most, as each holds a floor with a suite and so A1). Without the
        // skill, two groups are possible: 3 + 2 − 2 = 3 pairs, which one floor for A1 and A2 and another for A3
        // reaches.
        let suites = Fixture.property(floors: 2, roomsPerFloor: 4, suites: ["105", "205"],
                                      staff: [Fixture.attendant("A1", skills: [.suites]), Fixture.attendant("A2"), Fixture.attendant("A3")])
        let suitesDay = Fixture.day(for: suites, suites.rooms.map { Fixture.departure($0.number) })
        let (withSkill, _) = try engine(suites, suitesDay)
        #expect(withSkill.floorPairLowerBound(ceiling: 1) == 4)
        let plan = try WorkSheetPlanner(property: suites, day: suitesDay, options: WorkSheetOptions(timeLimitSeconds: 5, relativeGap: 0)).plan()
        let pairs = plan.attendants.reduce(0) { $0 + $1.floorIDs.count }
        #expect(pairs >= 4)
        if let objective = plan.summary.solver.objective, let bound = plan.summary.solver.bestBound {
            #expect(bound <= objective + 1e-6)
        }

        let plain = Fixture.property(floors: 2, roomsPerFloor: 5,
                                     staff: [Fixture.attendant("A1"), Fixture.attendant("A2"), Fixture.attendant("A3")])
        let plainDay = Fixture.day(for: plain, plain.rooms.map { Fixture.departure($0.number) })
        let (noSkill, _) = try engine(plain, plainDay)
        #expect(noSkill.floorPairLowerBound(ceiling: 1) == 3)
        // With less room per attendant each floor needs two (5 × 30 = 150 min over 480 × 0.3 = 144): 4 pairs.
        #expect(noSkill.floorPairLowerBound(ceiling: 0.3) == 4)
    }
}
