import Testing
@testable import Housekeeping

/// The bound's count of pairs off home floors with the room work only crew away from home may do: deep cleans and
/// suites.
@Suite("Work-sheet bound: work only crew away from home may do")
struct BoundWorkAwayTests {
    /// A departure whose room is due a deep clean (last one 200 days ago, empty tonight).
    func dueDeparture(_ room: String) -> RoomStatus {
        var status = Fixture.departure(room)
        status.lastDeepClean = Fixture.date.adding(days: -200)
        return status
    }

    func bound(_ property: Property, _ day: DayStatus) throws -> ObjectiveTerms {
        let (engine, _) = try Fixture.engine(property, day)
        let band = engine.evenLoadRatio() * (1 + WorkSheetOptions().fairnessTolerance)
        return try #require(engine.objectiveLowerBound(start: engine.greedy(), band: band))
    }

    @Test func aDeepCleanOnlyAnAttendantAwayFromHomeMayDoRaisesTheBoundByOnePairOffHome() throws {
        // 8 departures (30 min) on each of two floors; A1 (home floor 1) alone may deep-clean, A2's home is floor 2.
        // Without a deep clean the bound is the hand optimum: even ratio 480 ÷ 960 = 0.5, 2 pairs, none off home: 52.
        // With room 201 due a deep clean (90 min), doing it puts A1 on floor 2, away from home: the bound counts one
        // pair off home, 52.25. Hand optimum: A1 on floor 2 alone and A2 on floor 1 alone, both off home (52.5);
        // A1 on both floors costs a floor change and a pair (50 × 485 ÷ 480 + 3.25 = 53.77); leaving it costs 5.
        let staff = [Fixture.attendant("A1", skills: [.deepCleaning], homeFloors: ["1"]), Fixture.attendant("A2", homeFloors: ["2"])]
        let property = Fixture.property(floors: 2, roomsPerFloor: 8, staff: staff)
        let plain = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        #expect(abs(try bound(property, plain).total - 52) < 1e-6)

        let day = Fixture.day(for: property, property.rooms.map { $0.number == "201" ? dueDeparture($0.number) : Fixture.departure($0.number) })
        let (engine, _) = try Fixture.engine(property, day)
        let homes = try #require(engine.floorHomes())
        #expect(homes.map(\.workAway) == [false, true])
        // Floor 2 needs one attendant at 0.5; its deep clean puts one pair off home, and one more pair there is free.
        #expect(engine.offHomeFloorPairs(pairs: 2, ratio: 0.5, homes, largest: 480) == 1)
        #expect(engine.offHomeFloorPairs(pairs: 3, ratio: 0.5, homes, largest: 480) == 1)
        #expect(engine.offHomeFloorPairs(pairs: 4, ratio: 0.5, homes, largest: 480) == 2)
        let terms = try bound(property, day)
        #expect(abs(terms.total - 52.25) < 1e-6)
        #expect(abs(terms.offHomeFloors - 0.25) < 1e-6)
        let sheet = try Fixture.plan(property, day, seconds: 10)
        try #require(sheet.summary.solver.termination == "optimal")
        #expect(abs(try #require(sheet.summary.solver.objective) - 52.5) < 1e-6)
    }

    @Test func aDeepCleanAnAttendantAtHomeMayDoAddsNothing() throws {
        // The same day with A2 (home floor 2) qualified too: A2 deep-cleans at home, and the bound stays 52.
        let staff = [Fixture.attendant("A1", skills: [.deepCleaning], homeFloors: ["1"]),
                     Fixture.attendant("A2", skills: [.deepCleaning], homeFloors: ["2"])]
        let property = Fixture.property(floors: 2, roomsPerFloor: 8, staff: staff)
        let day = Fixture.day(for: property, property.rooms.map { $0.number == "201" ? dueDeparture($0.number) : Fixture.departure($0.number) })
        let (engine, _) = try Fixture.engine(property, day)
        #expect(try #require(engine.floorHomes()).map(\.workAway) == [false, false])
        #expect(abs(try bound(property, day).total - 52) < 1e-6)
    }

    @Test(arguments: [false, true])
    func theBoundWithWorkAwayStaysBelowTheOptimumOnSmallHotels(suites: Bool) throws {
        // Small hotels with deep cleans (and, with `suites`, suites on floors 2 and 3 only A1 may clean) that only
        // attendants away from home may do, which GLPK solves to optimality: the bound (which charges that work a
        // pair off home) must stay below the optimum.
        let staffs: [[StaffMember]] = [
            [Fixture.attendant("A1", skills: [.deepCleaning], homeFloors: ["1"]), Fixture.attendant("A2", homeFloors: ["2"]),
             Fixture.attendant("A3", homeFloors: ["2"])],
            [Fixture.attendant("A1", skills: [.deepCleaning], homeFloors: ["1"]), Fixture.attendant("A2", homeFloors: ["1"]),
             Fixture.attendant("A3", skills: [.deepCleaning], homeFloors: ["3"])],
            [Fixture.attendant("A1", skills: [.deepCleaning], homeFloors: ["2"]), Fixture.attendant("A2", efficiency: 0.8, homeFloors: ["1"]),
             Fixture.attendant("A3", homeFloors: ["1"])],
            [Fixture.attendant("A1", skills: [.deepCleaning], homeFloors: ["3"]), Fixture.attendant("A2", homeFloors: ["1"]),
             Fixture.attendant("A3", homeFloors: ["2"]), Fixture.attendant("A4", homeFloors: ["2"])],
        ]
        for (index, plainStaff) in staffs.enumerated() {
            let staff = plainStaff.map { member in
                var member = member
                if suites, member.id == "A1" { member.skills.insert(.suites) }
                return member
            }
            let property = Fixture.property(floors: 3, roomsPerFloor: 2 + index, suites: suites ? ["209", "309"] : [], staff: staff)
            let statuses = property.rooms.enumerated().map { offset, room in
                offset % 4 == 1 ? dueDeparture(room.number)
                    : offset % 3 == 2 ? Fixture.stayover(room.number, nights: offset % 5 + 1) : Fixture.departure(room.number)
            }
            let day = Fixture.day(for: property, statuses)
            let (engine, _) = try Fixture.engine(property, day)
            #expect(try #require(engine.floorHomes()).contains(where: \.workAway), "hotel \(index)")
            let sheet = try Fixture.plan(property, day, seconds: 60)
            try #require(sheet.summary.solver.termination == "optimal", "hotel \(index)")
            let optimum = try #require(sheet.summary.solver.objective)
            #expect(try bound(property, day).total <= optimum + 1e-6, "hotel \(index)")
        }
    }

    @Test func aSuiteOnlyAnAttendantAwayFromHomeMayCleanRaisesTheBoundByOnePairOffHome() throws {
        // 8 departures (30 min) on floor 1; on floor 2 5 departures, 2 stayovers (20 min) and a suite (50 min, room
        // 209; 208 idle): 240 min each. A1 (home floor 1) alone may clean suites, A2's home is floor 2. At the even
        // ratio 0.5 each floor needs one attendant, so with A2 qualified too the bound is 50 + 2 pairs = 52, none off
        // home; without, A1 must work floor 2, away from home, and the bound counts that pair: 52.25.
        func day(qualifiedA2: Bool) -> (Property, DayStatus) {
            let staff = [Fixture.attendant("A1", skills: [.suites], homeFloors: ["1"]),
                         Fixture.attendant("A2", skills: qualifiedA2 ? [.suites] : [], homeFloors: ["2"])]
            let property = Fixture.property(floors: 2, roomsPerFloor: 8, suites: ["209"], staff: staff)
            let statuses = property.rooms.filter { $0.number != "208" }.map { room in
                ["206", "207"].contains(room.number) ? Fixture.stayover(room.number) : Fixture.departure(room.number)
            }
            return (property, Fixture.day(for: property, statuses))
        }
        let (restricted, restrictedDay) = day(qualifiedA2: false)
        let (engine, _) = try Fixture.engine(restricted, restrictedDay)
        #expect(try #require(engine.floorHomes()).map(\.workAway) == [false, true])
        let (plain, plainDay) = day(qualifiedA2: true)
        let (plainEngine, _) = try Fixture.engine(plain, plainDay)
        #expect(try #require(plainEngine.floorHomes()).map(\.workAway) == [false, false])
        let restrictedTerms = try bound(restricted, restrictedDay)
        let plainTerms = try bound(plain, plainDay)
        #expect(abs(restrictedTerms.offHomeFloors - plainTerms.offHomeFloors - 0.25) < 1e-6)
        #expect(abs(plainTerms.total - 52) < 1e-6 && abs(restrictedTerms.total - 52.25) < 1e-6)
        let sheet = try Fixture.plan(restricted, restrictedDay, seconds: 10)
        try #require(sheet.summary.solver.termination == "optimal")
        let optimum = try #require(sheet.summary.solver.objective)
        #expect(restrictedTerms.total <= optimum + 1e-6)
    }
}
