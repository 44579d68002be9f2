import Testing
@testable import Housekeeping

@Suite("Departures over the allowance")
struct DepartureExcessTests {
    @Test func aDepartureOverTheAllowanceGoesToAColleagueOnTheFloor() throws {
        // One floor: six departures (30 min) and two stayovers (20 min), two attendants: a share of 3 departures
        // each, an allowance of max(3 + 1, 1.25 × 3) = 4. Start: A1 five departures (150 min, one over: 2 points);
        // A2 one departure and the stayovers (70). The descent moves one departure (A1 120, A2 100: nobody over,
        // highest 0.25) and stops, as nobody is over the allowance: 100 × 0.25 + 1,000 × (0.25 − the band, 1.04 ×
        // 220 ÷ 960) + 2 floors ≈ 38.67.
        let property = Fixture.property(floors: 1, roomsPerFloor: 8, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let statuses = property.rooms.enumerated().map { $0.offset < 6 ? Fixture.departure($0.element.number) : Fixture.stayover($0.element.number) }
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, statuses))
        let a1 = context.crew.firstIndex { $0.id == "A1" }!, a2 = context.crew.firstIndex { $0.id == "A2" }!
        let band = engine.evenLoadRatio() * 1.04
        let departures = engine.groups.indices.first { engine.groups[$0].isDeparture }!
        let stayovers = engine.groups.indices.first { engine.groups[$0].isMandatory && !engine.groups[$0].isDeparture }!
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        engine.add(&start, a1, departures, 5)
        engine.add(&start, a2, departures, 1)
        engine.add(&start, a2, stayovers, 2)
        #expect(engine.objectiveTerms(start, band: band).departuresOverAllowance == 2)
        let lowered = engine.lowerDepartureExcess(start, band: band, budget: 1_000)
        #expect(lowered.departures[a1] == 4 && lowered.departures[a2] == 2)
        #expect(engine.objectiveTerms(lowered, band: band).departuresOverAllowance == 0)
        #expect(abs(engine.objectiveValue(lowered, band: band) - (25 + 1_000 * (0.25 - band) + 2)) < 1e-6)
    }

    @Test func aFloorAnAttendantBarelyWorksGoesToAColleagueOnIt() throws {
        // Two floors of stayovers (20 min): twelve on floor 1, ten on floor 2; two attendants of 480 paid minutes.
        // Start: A1 the twelve on floor 1 and one on floor 2 (260 min and a floor change: 265), A2 the other nine
        // (180). Nobody has a departure, so only the floor move applies: A1 hands the stayover on floor 2 to A2, one
        // pair less and a highest load of 240 ÷ 480: 100 × 0.5 + 1,000 × (0.5 − the band, 1.04 × 440 ÷ 960) + 2 floors.
        let property = Fixture.property(floors: 2, roomsPerFloor: 12, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let statuses = property.rooms.filter { $0.number <= "210" }.map { Fixture.stayover($0.number) }
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, statuses))
        let a1 = context.crew.firstIndex { $0.id == "A1" }!, a2 = context.crew.firstIndex { $0.id == "A2" }!
        let band = engine.evenLoadRatio() * 1.04
        let floor1 = engine.groups.indices.first { engine.groups[$0].isMandatory && engine.groups[$0].floorID == "1" }!
        let floor2 = engine.groups.indices.first { engine.groups[$0].isMandatory && engine.groups[$0].floorID == "2" }!
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        engine.add(&start, a1, floor1, 12)
        engine.add(&start, a1, floor2, 1)
        engine.add(&start, a2, floor2, 9)
        let lowered = engine.lowerDepartureExcess(start, band: band, budget: 1_000)
        #expect(lowered.floors[a1] == ["1"] && lowered.counts[a2][floor2] == 10)
        #expect(abs(engine.objectiveValue(lowered, band: band) - (50 + 1_000 * (0.5 - band) + 2)) < 1e-6)
    }

    @Test func aDepartureGoesToAColleagueNewToItsFloorOnlyUnderThePairCeiling() throws {
        // Floor 1: six departures (30 min), all A1's; floor 2: two departures and a stayover (20 min), A2's. Eight
        // departures for two attendants: an allowance of max(4 + 1, 1.25 × 4) = 5, so A1 is one over (2 points)
        // and nobody else works floor 1. Under a ceiling of 3 pairs A2 takes a departure on floor 1 (a pair more):
        // A1 150 min, A2 115 with the floor change, highest 150 ÷ 480 = 0.3125, so 100 × 0.3125 + 1,000 × (0.3125 −
        // the band, 1.04 × 260 ÷ 960) + 3 pairs. At a ceiling of 2 (the start's pairs) nothing can move.
        let property = Fixture.property(floors: 2, roomsPerFloor: 6, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let statuses = property.rooms.filter { $0.floorID == "1" }.map { Fixture.departure($0.number) }
            + [Fixture.departure("201"), Fixture.departure("202"), Fixture.stayover("203")]
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, statuses))
        let a1 = context.crew.firstIndex { $0.id == "A1" }!, a2 = context.crew.firstIndex { $0.id == "A2" }!
        let band = engine.evenLoadRatio() * 1.04
        var start = AssignmentEngine.Plan(crew: context.crew.count, groups: engine.groups.count)
        for g in engine.groups.indices where engine.groups[g].isMandatory {
            engine.add(&start, engine.groups[g].floorID == "1" ? a1 : a2, g, engine.groups[g].count)
        }
        #expect(start.departures[a1] == 6 && start.departures[a2] == 2)
        #expect(engine.objectiveTerms(start, band: band).departuresOverAllowance == 2)
        #expect(engine.mandatoryFloorPairs(start) == 2)
        let held = engine.lowerDepartureExcess(start, band: band, budget: 1_000, pairCeiling: 2)
        #expect(held.counts == start.counts)
        let lowered = engine.lowerDepartureExcess(start, band: band, budget: 1_000, pairCeiling: 3)
        #expect(lowered.departures[a1] == 5 && lowered.departures[a2] == 3)
        #expect(lowered.floors[a2] == ["1", "2"] && engine.mandatoryFloorPairs(lowered) == 3)
        #expect(engine.objectiveTerms(lowered, band: band).departuresOverAllowance == 0)
        #expect(abs(engine.objectiveValue(lowered, band: band) - (31.25 + 1_000 * (0.3125 - band) + 3)) < 1e-6)
    }
}
