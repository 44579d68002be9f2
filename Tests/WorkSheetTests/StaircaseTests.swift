import Testing
@testable import Housekeeping

@Suite("Staircase fill")
struct StaircaseTests {
    /// Three floors of 20 standard rooms: floors 1 and 2 with 14 departures (30 min), 6 stayovers (20 min) and a
    /// suite departure (50 min), 590 min each; floor 3 without the suite, 540 min; 1,720 min for five attendants
    /// of 480 paid minutes (about 346 min each with the two floor changes). Only A1 may clean suites. Laid along
    /// the work in the order A2, A1, A3, A4, A5, A1 takes the end of floor 1 and the start of floor 2 (both
    /// suites), A3 the middle of floor 2, A4 the end of floor 2 and the start of floor 3: 5 + 3 − 1 = 7 pairs,
    /// the fewest any plan of one block can have.
    static func engine() throws -> (AssignmentEngine, [String: [Int]], [Int]) {
        let staff = [Fixture.attendant("A1", skills: [.suites])] + (2...5).map { Fixture.attendant("A\($0)") }
        let property = Fixture.property(floors: 3, roomsPerFloor: 20, suites: ["121", "221"], staff: staff)
        var statuses: [RoomStatus] = []
        for level in 1...3 {
            statuses += (1...14).map { Fixture.departure("\(level)\($0 < 10 ? "0" : "")\($0)") }
            statuses += (15...20).map { Fixture.stayover("\(level)\($0)") }
        }
        statuses += [Fixture.departure("121"), Fixture.departure("221")]
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, statuses))
        let roomGroups = engine.groups.indices.filter { engine.groups[$0].isMandatory && engine.groups[$0].floorID != nil }
        let byFloor = Dictionary(grouping: roomGroups) { engine.groups[$0].floorID! }
        let order = ["A2", "A1", "A3", "A4", "A5"].map { id in context.crew.firstIndex { $0.id == id }! }
        return (engine, byFloor, order)
    }

    @Test func theStaircaseReachesAttendantsPlusFloorsMinusOnePairsWithinTheBand() throws {
        let (engine, byFloor, order) = try Self.engine()
        let band = engine.evenLoadRatio() * 1.04
        let start = AssignmentEngine.Plan(crew: engine.crew.count, groups: engine.groups.count)
        var result = try #require(engine.staircase(["1", "2", "3"], byFloor, order: order, band: band, into: start))
        #expect(result.deferred.isEmpty)
        // The rounding to whole tasks may leave someone a task above the band; evening out on shared floors (as
        // the block's fill does after it) brings them within it without a new pair.
        engine.evenOut(&result.plan, members: order, groupsOfBlock: Array(byFloor.values.joined()), band: band)
        #expect(order.map { result.plan.floors[$0].count } == [1, 2, 1, 2, 1])
        #expect(order.reduce(0) { $0 + result.plan.floors[$1].count } == 5 + 3 - 1)
        let suites = engine.groups.indices.filter { engine.groups[$0].eligible.count < order.count }
        #expect(suites.count == 2)
        #expect(suites.allSatisfy { result.plan.counts[order[1]][$0] == 1 })
        #expect(order.allSatisfy { engine.mandatoryRatio(result.plan, $0) <= band + 1e-9 },
                "\(order.map { engine.mandatoryRatio(result.plan, $0) }) against \(band)")
        #expect(engine.groups.indices.allSatisfy { g in
            !engine.groups[g].isMandatory || order.reduce(0) { $0 + result.plan.counts[$1][g] } == engine.groups[g].count
        })
    }

    @Test func aSuiteNobodyOnItsFloorMayCleanCostsAPairMore() throws {
        // In home order A1 spans only floor 1: floor 2's suite goes to A1 as work placed after the fill.
        let (engine, byFloor, order) = try Self.engine()
        let homeOrder = [order[1], order[0]] + order[2...]
        let start = AssignmentEngine.Plan(crew: engine.crew.count, groups: engine.groups.count)
        let result = try #require(engine.staircase(["1", "2", "3"], byFloor, order: Array(homeOrder), band: engine.evenLoadRatio() * 1.04, into: start))
        #expect(result.deferred == ["2"])
        #expect(order.reduce(0) { $0 + result.plan.floors[$1].count } == 5 + 3)
    }
}
