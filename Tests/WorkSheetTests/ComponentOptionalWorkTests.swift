import Testing
@testable import Housekeeping

@Suite("Component packing with deep cleans")
struct ComponentOptionalWorkTests {
    /// The component-plan hotel (``ComponentPlanTests/hotel()``) with room 309 due a 90-minute deep clean (vacant,
    /// last deep-cleaned 200 days ago) and A1 qualified for it. At a load ratio z an attendant of 480 paid minutes has
    /// (1 − z) × 480 minutes beside their mandatory work; the packing counts only what the deep clean takes beyond
    /// that as floor 3's work, and nothing when it fits in them.
    @Test func aDeepCleanCountsWhatItTakesBeyondAnAttendantsSpareCapacity() throws {
        var (property, day) = ComponentPlanTests.hotel()
        property.staff[0].skills.insert(.deepCleaning)
        var statuses = day.rooms.filter { $0.roomNumber != "309" }
        var due = Fixture.idle("309")
        due.lastDeepClean = Fixture.date.adding(days: -200)
        statuses.append(due)
        let (engine, _) = try Fixture.engine(property, Fixture.day(statuses))
        let (packing, floorIDs) = try #require(engine.floorComponentPacking(largestSmallComponent: 3))
        #expect(floorIDs == ["1", "2", "3"])
        let z = 0.95
        let counted = engine.withOptionalWork(packing, floorIDs, ratio: z)
        #expect(counted.floors[0].work == packing.floors[0].work)
        #expect(counted.floors[1].work == packing.floors[1].work)
        #expect(abs(counted.floors[2].work - packing.floors[2].work - (90 - (1 - z) * 480)) < 1e-9)
        // At z = 0.8 the attendant has 96 minutes beside their work: the deep clean fits and counts nothing.
        #expect(engine.withOptionalWork(packing, floorIDs, ratio: 0.8).floors.map(\.work) == packing.floors.map(\.work))
    }
}
