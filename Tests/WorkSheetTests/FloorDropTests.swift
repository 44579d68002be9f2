import Testing
@testable import Housekeeping

@Suite("Floor drops")
struct FloorDropTests {
    /// Three floors of 14 rooms, departures (30 minutes each) in 12 rooms of floor 1 and in every room of floors 2
    /// and 3; attendants of 480 paid minutes, 5 minutes per floor change. A1 does floor 1's 12 rooms and one of floor
    /// 2 (395 minutes with the floor change), A2 floor 2's other 13 (390), A3 floor 3's 14 (420, the highest).
    /// Someone must do 14 of the 40 rooms (420 minutes at least), so the optimum, which GLPK proves on the whole
    /// day, has the highest load 420 and one floor each: 3 pairs. The balancing keeps the start (A1's room on floor
    /// 2 would take A2 to 420, above A1's 395), and so do the floor swaps (each keeps A1 on two floors); dropping
    /// A1's floor 2 reaches the optimum.
    @Test func aDroppedFloorReachesTheDayOptimumTheSwapsMiss() throws {
        let staff = ["A1", "A2", "A3"].map { Fixture.attendant($0) }
        let property = Fixture.property(floors: 3, roomsPerFloor: 14, staff: staff)
        let busy = property.rooms.filter { !["113", "114"].contains($0.number) }.map { Fixture.departure($0.number) }
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, busy))
        let ids = Dictionary(uniqueKeysWithValues: context.crew.indices.map { (context.crew[$0].id, $0) })
        let floor = { (id: String) in engine.groups.indices.first { engine.groups[$0].floorID == id }! }
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        for (attendant, rooms) in [("A1", [("1", 12), ("2", 1)]), ("A2", [("2", 13)]), ("A3", [("3", 14)])] {
            for (id, count) in rooms { engine.add(&start, ids[attendant]!, floor(id), count) }
        }
        let band = engine.evenLoadRatio() * 1.04
        let optimum = try FloorSwapTests.dayOptimum(engine, start, band: band)
        #expect(abs(optimum - (100 * 420.0 / 480 + 1_000 * max(0, 420.0 / 480 - band) + 3)) < 1e-6)
        let startValue = engine.objectiveValue(start, band: band)
        #expect(startValue > optimum + 0.5)

        var budget = 10_000
        #expect(engine.objectiveValue(engine.balanced(start, within: start.floors, budget: &budget), band: band) == startValue)
        let swapped = engine.floorSwapped(start, band: band, budget: AssignmentEngine.floorSwapMoves)
        #expect(engine.objectiveValue(swapped, band: band) == startValue)

        let dropped = engine.floorDropped(start, band: band)
        #expect(abs(engine.objectiveValue(dropped, band: band) - optimum) < 1e-9)
        #expect(dropped.floors[ids["A1"]!] == ["1"])
        // With no drop in the budget, or no time left, no drop is tried.
        #expect(engine.floorDropped(start, band: band, budget: 0).counts == start.counts)
        #expect(engine.floorDropped(start, band: band, secondsLeft: { 0 }).counts == start.counts)
    }
}
