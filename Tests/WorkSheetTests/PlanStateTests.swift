import Testing
@testable import Housekeeping

@Suite("Plan state")
struct PlanStateTests {
    /// Tasks added and removed on three floors: a floor is among an attendant's floors exactly while their count of
    /// tasks on it (by the floor's number) is above 0, and ``AssignmentEngine/fits(_:_:_:)`` counts a floor change only
    /// for a floor not yet worked.
    @Test func floorsFollowTheTaskCountsByFloorNumber() throws {
        let property = Fixture.property(floors: 3, roomsPerFloor: 16, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) }))
        let onFloor = { (id: String) in engine.groups.indices.first { engine.groups[$0].floorID == id }! }
        var plan = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        engine.add(&plan, 0, onFloor("3"), 2)
        engine.add(&plan, 0, onFloor("1"))
        #expect(plan.floors[0] == ["1", "3"] && plan.floors[1].isEmpty)
        #expect(engine.units(plan, 0, onFloor: "3") == 2 && engine.units(plan, 0, onFloor: "2") == 0)
        #expect(engine.worksFloor(of: onFloor("1"), plan, 0) && !engine.worksFloor(of: onFloor("2"), plan, 0))
        engine.remove(&plan, 0, onFloor("3"))
        #expect(plan.floors[0] == ["1", "3"])
        engine.remove(&plan, 0, onFloor("3"))
        #expect(plan.floors[0] == ["1"] && engine.units(plan, 0, onFloor: "3") == 0)
        // 30 minutes a departure, 5 a floor change, 480 paid: 15 departures on floor 1 fill 450 minutes; a 16th
        // there fits, one on another floor (30 + 5) does not.
        engine.add(&plan, 0, onFloor("1"), 14)
        #expect(engine.fits(plan, 0, onFloor("1")))
        #expect(!engine.fits(plan, 0, onFloor("2")))
    }

    @Test func thePlannerReportsHowManyNeighbourhoodsItSolved() throws {
        let hotel = SampleHotel(SampleHotelOptions(rooms: 60, floors: 4, attendants: 5, seed: 2))
        let searched = try WorkSheetPlanner(property: hotel.property, day: hotel.day,
                                            options: WorkSheetOptions(timeLimitSeconds: 5, neighbourhoodSolves: 3)).plan()
        let solves = try #require(searched.summary.solver.neighbourhoodSolves)
        #expect(solves >= 1 && solves <= 3)
        let without = try WorkSheetPlanner(property: hotel.property, day: hotel.day,
                                           options: WorkSheetOptions(timeLimitSeconds: 5, neighbourhoodSolves: 0)).plan()
        #expect(without.summary.solver.neighbourhoodSolves == nil)
    }
}
