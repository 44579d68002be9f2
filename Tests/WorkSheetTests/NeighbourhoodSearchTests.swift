import Testing
@testable import Housekeeping

@Suite("Neighbourhood search")
struct NeighbourhoodSearchTests {
    /// Four floors of 14 departures (30 minutes each: 420 minutes a floor), four attendants of 480 paid minutes,
    /// 5 minutes per floor change. The optimum puts each attendant on one floor: 100 × 420 ÷ 480 + 4 pairs = 91.5.
    /// The start rotates floors 1–3: A1 works half of floors 1 and 2, A2 half of 2 and 3, A3 half of 3 and 1 (425
    /// minutes each with the floor change), A4 floor 4: 100 × 425 ÷ 480 + 7 pairs ≈ 95.54.
    static func rotatedStart() throws -> (AssignmentEngine, AssignmentEngine.Plan, band: Double, ids: [String: Int]) {
        let property = Fixture.property(floors: 4, roomsPerFloor: 14, staff: ["A1", "A2", "A3", "A4"].map { Fixture.attendant($0) })
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) }))
        let ids = Dictionary(uniqueKeysWithValues: context.crew.indices.map { (context.crew[$0].id, $0) })
        let floor = { (id: String) in engine.groups.indices.first { engine.groups[$0].floorID == id }! }
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        for (attendant, floors) in [("A1", ["1", "2"]), ("A2", ["2", "3"]), ("A3", ["3", "1"])] {
            for id in floors { engine.add(&start, ids[attendant]!, floor(id), 7) }
        }
        engine.add(&start, ids["A4"]!, floor("4"), 14)
        return (engine, start, engine.evenLoadRatio() * 1.04, ids)
    }

    static let optimum = 100 * 420.0 / 480 + 4

    @Test func theDayModelProvesTheOptimum() throws {
        let (engine, start, band, _) = try Self.rotatedStart()
        #expect(abs(engine.objectiveValue(start, band: band) - (100 * 425.0 / 480 + 7)) < 1e-9)
        var report = SolverReport(method: .greedy, termination: "notRun", objective: nil, bestBound: nil, relativeGap: nil,
                                  startedFromGreedy: nil, variables: 0, integerVariables: 0, constraints: 0,
                                  workGroups: engine.groups.count, solveSeconds: 0, planSeconds: 0)
        let solved = try #require(try engine.optimise(from: start, symmetry: [], band: band, seconds: 10, report: &report))
        #expect(report.termination == "optimal")
        #expect(abs(engine.objectiveValue(solved, band: band) - Self.optimum) < 1e-6)
    }

    @Test func twoNeighbourhoodsOfTwoAttendantsReachTheOptimum() throws {
        let (engine, start, band, ids) = try Self.rotatedStart()
        // Floor 1's attendants (A1, A3), A2 and A4 kept: one of them takes floor 1, the other what A2 leaves of
        // floors 2 and 3 (3 pairs for the two, the least for three floors): 6 pairs, the highest load still A2's.
        let first = AssignmentEngine.Neighbourhood(attendants: [ids["A1"]!, ids["A3"]!].sorted(), floors: ["1"])
        let step = try #require(try engine.resolve(first, of: start, band: band, seconds: 10))
        #expect(abs(engine.objectiveValue(step, band: band) - (100 * 425.0 / 480 + 6)) < 1e-9)
        #expect(step.counts[ids["A2"]!] == start.counts[ids["A2"]!] && step.counts[ids["A4"]!] == start.counts[ids["A4"]!])
        // Floor 2's attendants, now A2 and the one who shares floors 2 and 3 with A2: a floor each.
        let sharing = engine.neighbourhoods(of: step).first { $0.floors.contains("2") && $0.attendants.contains(ids["A2"]!) }
        let second = try #require(sharing)
        #expect(second.attendants.count == 2)
        let optimal = try #require(try engine.resolve(second, of: step, band: band, seconds: 10))
        #expect(abs(engine.objectiveValue(optimal, band: band) - Self.optimum) < 1e-9)
        #expect(optimal.floors.allSatisfy { $0.count == 1 })
    }

    @Test func theSearchReachesTheOptimumFromTheRotatedStart() throws {
        let (engine, start, band, _) = try Self.rotatedStart()
        let (plan, solved) = try engine.searchNeighbourhoods(start, band: band, budget: 20, secondsLeft: { 10 })
        #expect(abs(engine.objectiveValue(plan, band: band) - Self.optimum) < 1e-9)
        #expect(solved > 0 && solved <= 20)
        // Without a budget nothing is solved and the start is kept.
        let kept = try engine.searchNeighbourhoods(start, band: band, budget: 0, secondsLeft: { 10 })
        #expect(kept.solved == 0 && kept.plan.counts == start.counts)
    }
}
