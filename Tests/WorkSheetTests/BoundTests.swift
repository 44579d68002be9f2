import Testing
@testable import Housekeeping

@Suite("Work-sheet bound")
struct BoundTests {
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
        let (engine, _) = try Fixture.engine(property, day)
        #expect(engine.floorPairLowerBound(ceiling: 0.26) == 2)
        // Term by term: the plan's and the bound's terms add up to the objective and the bound.
        let planTerms = try #require(sheet.summary.solver.planTerms)
        let boundTerms = try #require(sheet.summary.solver.boundTerms)
        #expect(abs(planTerms.total - objective) < 1e-6)
        #expect(abs(boundTerms.total - bound) < 1e-6)
        #expect(planTerms.floorPairs == 2 && boundTerms.floorPairs == 2)
        #expect(abs(boundTerms.highestLoad - 25) < 1e-6)
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
        let (withSkill, _) = try Fixture.engine(suites, suitesDay)
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
        let (noSkill, _) = try Fixture.engine(plain, plainDay)
        #expect(noSkill.floorPairLowerBound(ceiling: 1) == 3)
        // With less room per attendant each floor needs two (5 × 30 = 150 min over 480 × 0.3 = 144): 4 pairs.
        #expect(noSkill.floorPairLowerBound(ceiling: 0.3) == 4)
    }

    /// The bound worked out for a day with the greedy plan as the start (its ceiling), as the planner does.
    func ownBound(_ property: Property, _ day: DayStatus) throws -> Double {
        let (engine, _) = try Fixture.engine(property, day)
        let band = engine.evenLoadRatio() * (1 + WorkSheetOptions().fairnessTolerance)
        return try #require(engine.objectiveLowerBound(start: engine.greedy(), band: band)).total
    }

    @Test func pairsOffHomeFloorsCountWhenAHomeFloorHasNoWork() throws {
        // 8 departures (30 min) on each of floors 1 and 2, none on floor 3; A1's home is floor 3, A2's floor 1.
        // Hand optimum: A2 on floor 1, A1 on floor 2, 240 min each: 100 × 0.5 + 2 floors + 0.25 (A1 off home) =
        // 52.25. Hand bound: the even ratio 0.5, 2 pairs at least, of which at most 1 at home (only A2's home
        // floor has work): 50 + 2 + 0.25 = 52.25, so the gap is 0.
        let property = Fixture.property(floors: 3, roomsPerFloor: 8,
                                        staff: [Fixture.attendant("A1", homeFloors: ["3"]), Fixture.attendant("A2", homeFloors: ["1"])])
        let day = Fixture.day(for: property, property.rooms.filter { $0.floorID != "3" }.map { Fixture.departure($0.number) })
        #expect(abs(try ownBound(property, day) - 52.25) < 1e-6)
        let sheet = try Fixture.plan(property, day)
        #expect(abs(try #require(sheet.summary.solver.objective) - 52.25) < 1e-6)
        #expect(try #require(sheet.summary.solver.relativeGap) < 1e-6)
        #expect(sheet.sheet("A1")?.floorIDs == ["2"])
    }

    @Test func thePairsForceTravelIntoTheHighestLoad() throws {
        // 5 departures (30 min) on each of two floors, three attendants of 480 paid minutes. Even ratio 300 ÷
        // 1,440; each floor's 150 min is 1.5 times the room each attendant has at that ratio, so with every
        // attendant working the floors need 2 + 2 attendants and at most one group: 3 + 2 − 1 = 4 pairs, one
        // floor change at least (5 min): z ≥ (300 + 5) ÷ 1,440. Bound 100 × 305 ÷ 1,440 + 4 = 25.18. The
        // optimum is far above: someone cleans 4 rooms (z = 0.25, above the band 0.2167): 25 + 33.33 + 4 = 62.33.
        let property = Fixture.property(floors: 2, roomsPerFloor: 5,
                                        staff: [Fixture.attendant("A1"), Fixture.attendant("A2"), Fixture.attendant("A3")])
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let bound = try ownBound(property, day)
        let expectedBound: Double = 100 * 305 / 1440 + 4
        #expect(abs(bound - expectedBound) < 1e-6)
        let sheet = try Fixture.plan(property, day)
        #expect(sheet.summary.solver.termination == "optimal")
        let band: Double = 300.0 / 1440 * 1.04
        let optimum: Double = 25 + 1000 * (0.25 - band) + 4
        let objective = try #require(sheet.summary.solver.objective)
        #expect(abs(objective - optimum) < 1e-6)
    }

    @Test func thePairBoundStepsWhereAFloorIsAWholeMultipleOfTheLargestCapacity() throws {
        // Two floors of 150 min, 480 paid minutes: one attendant per floor from 150 ÷ 480 = 0.3125 up, two from
        // 150 ÷ 960 = 0.15625.
        let property = Fixture.property(floors: 2, roomsPerFloor: 5, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let (engine, _) = try Fixture.engine(property, day)
        let data = try #require(engine.floorPairData())
        #expect(engine.pairBoundSteps(from: 0.15, to: 0.35, data) == [0.15, 150.0 / 960, 150.0 / 480])
        #expect(engine.pairBoundSteps(from: 0.2, to: 0.3, data) == [0.2])
    }

    @Test func theBoundIsBelowTheOptimumOnSmallHotels() throws {
        // Small hotels the full model solves to optimality: the bound must stay below the optimum.
        let staffs: [[StaffMember]] = [
            [Fixture.attendant("A1", homeFloors: ["1"]), Fixture.attendant("A2", homeFloors: ["1"]), Fixture.attendant("A3", homeFloors: ["2"])],
            [Fixture.attendant("A1", skills: [.suites], homeFloors: ["2"]), Fixture.attendant("A2", efficiency: 0.75, homeFloors: ["1"]),
             Fixture.attendant("A3")],
            [Fixture.attendant("A1", homeFloors: ["2"]), Fixture.attendant("A2", homeFloors: ["2"]), Fixture.attendant("A3", homeFloors: ["1"])],
        ]
        for (index, staff) in staffs.enumerated() {
            let property = Fixture.property(floors: 2, roomsPerFloor: 3 + index, suites: ["109", "209"], staff: staff)
            let statuses = property.rooms.enumerated().map { offset, room in
                offset % 3 == 1 ? Fixture.stayover(room.number, nights: offset % 5 + 1) : Fixture.departure(room.number)
            }
            let day = Fixture.day(for: property, statuses)
            let sheet = try Fixture.plan(property, day, seconds: 10)
            try #require(sheet.summary.solver.termination == "optimal")
            let optimum = try #require(sheet.summary.solver.objective)
            #expect(try ownBound(property, day) <= optimum + 1e-6, "hotel \(index)")
        }
    }

    @Test func theComponentPackingRaisesTheBoundOfTheBenchmarkHotelOf120Rooms() throws {
        // The benchmark's 120-room hotel (9 room attendants, 6 floors): with the pair bound alone the least lies
        // near the even ratio with 12 pairs (72.80); the packing shows that no plan has only 12 pairs until the
        // ratio is about 0.013 higher (74.05, written when this test was). Both stay below the planner's plan.
        let hotel = SampleHotel(SampleHotelOptions(rooms: 120, floors: 6, attendants: 10, seed: 1))
        let (engine, _) = try Fixture.engine(hotel.property, hotel.day)
        let band = engine.evenLoadRatio() * (1 + WorkSheetOptions().fairnessTolerance)
        let start = engine.greedy()
        let pairsOnly = try #require(engine.objectiveLowerBound(start: start, band: band, packings: 0))
        let packed = try #require(engine.objectiveLowerBound(start: start, band: band))
        #expect(packed.total >= pairsOnly.total + 1.2)
        #expect(pairsOnly.floorPairs == 12 && packed.floorPairs == 12)
        let sheet = try WorkSheetPlanner(property: hotel.property, day: hotel.day,
                                         options: WorkSheetOptions(timeLimitSeconds: 1)).plan()
        let objective = try #require(sheet.summary.solver.objective)
        #expect(packed.total <= objective + 1e-6)
    }

    @Test func aFloorThatNeedsMoreAttendantsThanItsHomeOnesForcesPairsOffHome() throws {
        // 8 departures (30 min) on each of two floors, four attendants of 480 whose home is floor 1. Even ratio
        // 480 ÷ 1,920 = 0.25: 120 min each, so each floor needs two attendants and floor 2's two are off home.
        // Hand optimum: two on each floor, no floor change: 25 + 4 pairs + 2 × 0.25 = 29.5. The bound counts floor 2's
        // two off home (29.5); counting only pairs beyond all home floors with work (4 − 4) it would say 29.
        let staff = (1...4).map { Fixture.attendant("A\($0)", homeFloors: ["1"]) }
        let property = Fixture.property(floors: 2, roomsPerFloor: 8, staff: staff)
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let (engine, _) = try Fixture.engine(property, day)
        let homes = try #require(engine.floorHomes())
        #expect(homes.map(\.home) == [4, 0])
        #expect(engine.offHomeFloorPairs(pairs: 4, ratio: 0.25, homes, largest: 480) == 2)
        // With more pairs than the floors need, the extra ones go to the home places left on floor 1 first.
        #expect(engine.offHomeFloorPairs(pairs: 6, ratio: 0.25, homes, largest: 480) == 2)
        #expect(engine.offHomeFloorPairs(pairs: 7, ratio: 0.25, homes, largest: 480) == 3)
        #expect(abs(try ownBound(property, day) - 29.5) < 1e-6)
        let sheet = try Fixture.plan(property, day)
        #expect(abs(try #require(sheet.summary.solver.objective) - 29.5) < 1e-6)
        #expect(try #require(sheet.summary.solver.relativeGap) < 1e-6)
    }
}
