import Testing
@testable import Housekeeping

@Suite("Deep cleans left and departures over the allowance")
struct LeftoverTests {
    func engine(_ property: Property, _ day: DayStatus) throws -> (AssignmentEngine, PlanningContext) {
        let context = try PlanningContext(property: property, day: day)
        let tasks = TaskDerivation(context: context).derive().tasks
        var engine = AssignmentEngine(context: context, tasks: tasks, crew: context.crew, options: WorkSheetOptions())
        engine.buildGroups()
        return (engine, context)
    }

    @Test func aDeepCleanOnANewFloorIsDoneWhenItCostsLessThanLeavingIt() throws {
        // Two floors of four departures (30 min); 201 is due a deep clean (90 min, optional) that only A1 may do.
        // Start: A1 on floor 1, A2 on floor 2, 120 min each: 100 × 0.25 + 2 floors + 5 (the deep clean left) = 32.
        // Filling spare capacity without going above the highest load cannot place it (A1 would travel to floor
        // 2, and nobody shares floor 1 to take work off A1). The descent gives it to A1: travel lifts A1 to
        // 125 ÷ 480, above the band (1.04 × 0.25 = 0.26) by 0.0004, and one floor more: 100 × 0.260417 + 1,000 ×
        // 0.000417 + 3 floors = 29.458.
        let property = Fixture.property(floors: 2, roomsPerFloor: 4,
                                        staff: [Fixture.attendant("A1", skills: [.deepCleaning]), Fixture.attendant("A2")])
        var statuses = property.rooms.map { Fixture.departure($0.number) }
        statuses[4].lastDeepClean = Fixture.date.adding(days: -100)
        let (engine, context) = try engine(property, Fixture.day(for: property, statuses))
        let a1 = context.crew.firstIndex { $0.id == "A1" }!, a2 = context.crew.firstIndex { $0.id == "A2" }!
        let band = engine.evenLoadRatio() * 1.04
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        for (g, group) in engine.groups.enumerated() where group.isMandatory {
            engine.add(&start, group.floorID == "1" ? a1 : a2, g, group.count)
        }
        #expect(abs(engine.objectiveValue(start, band: band) - 32) < 1e-6)
        var filled = start
        engine.fillOptionalWork(&filled, band: 0)
        #expect(filled.counts == start.counts)
        let lowered = engine.lowerLeftovers(start, band: band, budget: 1_000)
        #expect(lowered.floors[a1] == ["1", "2"])
        #expect(engine.objectiveTerms(lowered, band: band).deepCleansLeft == 0)
        #expect(abs(engine.objectiveValue(lowered, band: band) - (100 * 125 / 480 + 1_000 * (125 / 480 - band) + 3)) < 1e-6)
    }

    @Test func aDepartureOverTheAllowanceGoesToAColleagueOnTheFloor() throws {
        // One floor: six departures (30 min) and two stayovers (20 min), two attendants: a share of 3 departures
        // each, an allowance of max(3 + 1, 1.25 × 3) = 4. Start: A1 five departures (150 min, one over: 2 points);
        // A2 one departure and the stayovers (70). The descent moves one departure (A1 120, A2 100: nobody over,
        // highest 0.25) and stops, as nobody is over the allowance: 100 × 0.25 + 1,000 × (0.25 − the band, 1.04 ×
        // 220 ÷ 960) + 2 floors ≈ 38.67.
        let property = Fixture.property(floors: 1, roomsPerFloor: 8, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let statuses = property.rooms.enumerated().map { $0.offset < 6 ? Fixture.departure($0.element.number) : Fixture.stayover($0.element.number) }
        let (engine, context) = try engine(property, Fixture.day(for: property, statuses))
        let a1 = context.crew.firstIndex { $0.id == "A1" }!, a2 = context.crew.firstIndex { $0.id == "A2" }!
        let band = engine.evenLoadRatio() * 1.04
        let departures = engine.groups.indices.first { engine.groups[$0].isDeparture }!
        let stayovers = engine.groups.indices.first { engine.groups[$0].isMandatory && !engine.groups[$0].isDeparture }!
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        engine.add(&start, a1, departures, 5)
        engine.add(&start, a2, departures, 1)
        engine.add(&start, a2, stayovers, 2)
        #expect(engine.objectiveTerms(start, band: band).departuresOverAllowance == 2)
        let lowered = engine.lowerLeftovers(start, band: band, budget: 1_000)
        #expect(lowered.departures[a1] == 4 && lowered.departures[a2] == 2)
        #expect(engine.objectiveTerms(lowered, band: band).departuresOverAllowance == 0)
        #expect(abs(engine.objectiveValue(lowered, band: band) - (25 + 1_000 * (0.25 - band) + 2)) < 1e-6)
    }
}
