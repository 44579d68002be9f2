import Testing
@testable import Housekeeping

@Suite("Re-balance within the plan's floors")
struct RebalanceTests {
    /// Two floors of 14 departures (30 minutes each), four attendants of 480 paid minutes; A1 and A2 on floor 1
    /// (10 and 4 rooms), A3 and A4 on floor 2 (7 each). The floors are right, the loads are not: the optimum of the
    /// whole day, which GLPK proves, keeps the four pairs and gives everybody 7 rooms (100 × 210 ÷ 480 + 4), and the
    /// re-balance, kept to the plan's floors, reaches it and proves it.
    @Test func theRebalanceReachesTheDayOptimum() throws {
        let property = Fixture.property(floors: 2, roomsPerFloor: 14, staff: ["A1", "A2", "A3", "A4"].map { Fixture.attendant($0) })
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) }))
        let ids = Dictionary(uniqueKeysWithValues: context.crew.indices.map { (context.crew[$0].id, $0) })
        let floor = { (id: String) in engine.groups.indices.first { engine.groups[$0].floorID == id }! }
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        for (attendant, id, rooms) in [("A1", "1", 10), ("A2", "1", 4), ("A3", "2", 7), ("A4", "2", 7)] {
            engine.add(&start, ids[attendant]!, floor(id), rooms)
        }
        let band = engine.evenLoadRatio() * 1.04
        var report = SolverReport(method: .greedy, termination: "notRun", objective: nil, bestBound: nil, relativeGap: nil,
                                  startedFromGreedy: nil, variables: 0, integerVariables: 0, constraints: 0,
                                  workGroups: engine.groups.count, solveSeconds: 0, planSeconds: 0)
        let day = try #require(try engine.optimise(from: start, symmetry: [], band: band, seconds: 10, report: &report))
        #expect(report.termination == "optimal")
        let optimum = engine.objectiveValue(day, band: band)
        #expect(abs(optimum - (100 * 210.0 / 480 + 4)) < 1e-6)
        #expect(engine.objectiveValue(start, band: band) > optimum + 1)

        let (plan, optimal) = try engine.rebalanced(start, band: band, secondsLeft: 10)
        #expect(optimal)
        #expect(abs(engine.objectiveValue(plan, band: band) - optimum) < 1e-9)
        #expect(plan.floors == start.floors)
        #expect(plan.counts.allSatisfy { $0.reduce(0, +) == 7 })
        // With no time left the start is kept.
        #expect(try engine.rebalanced(start, band: band, secondsLeft: 0).plan.counts == start.counts)
    }
}
