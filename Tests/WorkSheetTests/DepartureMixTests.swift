import Testing
@testable import Housekeeping

@Suite("Departures mixed fairly")
struct DepartureMixTests {
    /// Two floors of eight rooms. Floor 1: departures 101–104 (30 min), stayovers 105–108 (20 min); floor 2:
    /// departures 201–202, stayovers 203–208. Six departures for three equal attendants: a fair share of two each.
    static func hotel() -> (Property, DayStatus) {
        let property = Fixture.property(floors: 2, roomsPerFloor: 8,
                                        staff: [Fixture.attendant("A1"), Fixture.attendant("A2"), Fixture.attendant("A3")])
        let departures = ["101", "102", "103", "104", "201", "202"]
        let statuses = property.rooms.map { departures.contains($0.number) ? Fixture.departure($0.number) : Fixture.stayover($0.number) }
        return (property, Fixture.day(for: property, statuses))
    }

    @Test func thePassEvensDeparturesWithoutNewFloorsOrAHigherLoad() throws {
        // A hand-made start: A1 has floor 1's four departures (120 min, twice its share); A2 floor 1's four
        // stayovers and two of floor 2's (80 + 40 + 5 travel = 125); A3 floor 2's two departures and four
        // stayovers (140, above the band of 1.04 × 380 ÷ 3 ≈ 132, so the limit is 140). The pass swaps A1's
        // departures for A2's floor-1 stayovers (A3 works no floor A1 works): one for two (A1 130, A2 115), then
        // one for one (A1 120, A2 125) — 2 departures each, nobody on a new floor or above 140.
        let (property, day) = Self.hotel()
        let context = try PlanningContext(property: property, day: day)
        let tasks = TaskDerivation(context: context).derive().tasks
        var engine = AssignmentEngine(context: context, tasks: tasks, crew: context.crew, options: WorkSheetOptions())
        engine.buildGroups()
        let index = { (id: String) in context.crew.firstIndex { $0.id == id }! }
        let (a1, a2, a3) = (index("A1"), index("A2"), index("A3"))
        func group(_ floor: String, departure: Bool) -> Int {
            engine.groups.indices.first { engine.groups[$0].floorID == floor && engine.groups[$0].isDeparture == departure
                && engine.groups[$0].isMandatory }!
        }
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        engine.add(&start, a1, group("1", departure: true), 4)
        engine.add(&start, a2, group("1", departure: false), 4)
        engine.add(&start, a2, group("2", departure: false), 2)
        engine.add(&start, a3, group("2", departure: true), 2)
        engine.add(&start, a3, group("2", departure: false), 4)
        #expect(start.departures[a1] == 4)
        let highest = [a1, a2, a3].map { engine.mandatoryRatio(start, $0) }.max()!
        let band = engine.evenLoadRatio() * 1.04
        #expect(abs(highest - 140.0 / 480) < 1e-9)

        let mixed = engine.mixDepartures(start, band: band, budget: 10_000)
        #expect([a1, a2, a3].map { mixed.departures[$0] } == [2, 2, 2])
        #expect([a1, a2, a3].map { mixed.standardWork[$0] } == [120, 120, 140])  // A2: + 5 min travel
        for a in [a1, a2, a3] {
            #expect(mixed.floors[a].isSubset(of: start.floors[a]))
            #expect(engine.mandatoryRatio(mixed, a) <= highest + 1e-9)
        }
        // Every task still given out exactly once.
        for g in engine.groups.indices {
            let before: Int = start.counts[a1][g] + start.counts[a2][g] + start.counts[a3][g]
            let after: Int = mixed.counts[a1][g] + mixed.counts[a2][g] + mixed.counts[a3][g]
            #expect(after == before)
        }
        // The same start gives the same plan; no budget, no change.
        #expect(engine.mixDepartures(start, band: band, budget: 10_000).counts == mixed.counts)
        #expect(engine.mixDepartures(start, band: band, budget: 0).counts == start.counts)
    }

    @Test func thePlannedSheetMixesDeparturesAndKeepsEveryRule() throws {
        // The whole planner on the same hotel, with and without the pass: the sheet keeps every rule, the most
        // departures ÷ fair share does not rise, and neither do the highest load or the floors per attendant.
        // (Here the plans put A1 on floor 1 with three departures, A2 on floor 2, A3 on both: two each would
        // take A2 or A3 above the band, so the pass rightly leaves it.)
        let (property, day) = Self.hotel()
        for greedyOnly in [true, false] {
            let with = try WorkSheetPlanner(property: property, day: day,
                                            options: WorkSheetOptions(timeLimitSeconds: 5, relativeGap: 0, greedyOnly: greedyOnly)).plan()
            let without = try WorkSheetPlanner(property: property, day: day,
                                               options: WorkSheetOptions(timeLimitSeconds: 5, relativeGap: 0, greedyOnly: greedyOnly,
                                                                         departureMixMoves: 0)).plan()
            let problems = with.ruleViolations(property: property, day: day)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
            #expect(with.summary.undone.filter { $0.task.isMandatory }.isEmpty)
            #expect(with.summary.quality.highestDeparturesOverFairShare <= without.summary.quality.highestDeparturesOverFairShare)
            #expect(with.summary.quality.highestLoadOverFairShare <= without.summary.quality.highestLoadOverFairShare + 1e-9)
            #expect(with.summary.quality.floorsPerAttendantMean <= without.summary.quality.floorsPerAttendantMean + 1e-9)
            #expect(with.summary.quality.floorsPerAttendantMax <= without.summary.quality.floorsPerAttendantMax)
        }
    }

    @Test func thePlannerEvensDeparturesThatWouldOtherwisePileUp() throws {
        // Two floors of twelve rooms, four attendants, six departures (105, 108, 110 on floor 1; 208, 210, 211 on
        // floor 2), the rest stayovers: a fair share of 1.5 each. Without the pass the plan gives somebody three
        // (3 ÷ 1.5 = 2.0); with it nobody has more than two (1.33), with the same highest load and no more floors.
        let staff = (1...4).map { Fixture.attendant("A\($0)") }
        let property = Fixture.property(floors: 2, roomsPerFloor: 12, staff: staff)
        let departures: Set = ["105", "108", "110", "208", "210", "211"]
        let day = Fixture.day(for: property, property.rooms.map {
            departures.contains($0.number) ? Fixture.departure($0.number) : Fixture.stayover($0.number)
        })
        func plan(mixMoves: Int) throws -> WorkSheet {
            try WorkSheetPlanner(property: property, day: day, options: WorkSheetOptions(
                timeLimitSeconds: 5, relativeGap: 0, departureMixMoves: mixMoves)).plan()
        }
        let with = try plan(mixMoves: WorkSheetOptions().departureMixMoves)
        let without = try plan(mixMoves: 0)
        #expect(with.ruleViolations(property: property, day: day).isEmpty)
        #expect(abs(without.summary.quality.highestDeparturesOverFairShare - 2.0) < 1e-9)
        #expect(abs(with.summary.quality.highestDeparturesOverFairShare - 4.0 / 3) < 1e-9)
        let counts = staff.map { member in with.tasks(of: member.id).filter { $0.task.kind == .departureClean }.count }
        #expect(counts.sorted() == [1, 1, 2, 2])
        #expect(with.summary.quality.highestLoadOverFairShare <= without.summary.quality.highestLoadOverFairShare + 1e-9)
        #expect(with.summary.quality.floorsPerAttendantMax <= without.summary.quality.floorsPerAttendantMax)
    }
}
