import Testing
@testable import Housekeeping

@Suite("Component plan")
struct ComponentPlanTests {
    /// Three floors, three attendants of 480 paid minutes, 5 minutes per floor change. Floor 2 holds two
    /// attendants' work (24 departures and 10 stayovers, 920 minutes); floors 1 and 3 together one attendant's
    /// (7 departures, 210 minutes; 7 departures and a stayover, 230 minutes). The only partition into two groups of
    /// floors that three attendants can carry is {1, 3} and {2}, so the fewest attendant × floor pairs are
    /// 3 + 3 − 2 = 4, at a highest load of 460 ÷ 480; cutting consecutive floors only, as the floor blocks do, gives
    /// one group and 5 pairs, at a highest load of at least (1,360 + 10) ÷ 1,440 = 0.951, worse by the objective
    /// (100 × 0.951 + 5 = 100.1 against 100 × 0.958 + 4 = 99.8).
    static func hotel() -> (Property, DayStatus) {
        let property = Fixture.property(floors: 3, roomsPerFloor: 34,
                                        staff: ["A1", "A2", "A3"].map { Fixture.attendant($0) })
        var statuses = (1...7).map { Fixture.departure("1\($0 < 10 ? "0" : "")\($0)") }
        statuses += (1...24).map { Fixture.departure("2\($0 < 10 ? "0" : "")\($0)") }
        statuses += (25...34).map { Fixture.stayover("2\($0)") }
        statuses += (1...7).map { Fixture.departure("30\($0)") } + [Fixture.stayover("308")]
        return (property, Fixture.day(for: property, statuses))
    }

    static let optimum = 100 * 460.0 / 480 + 4

    @Test func nonConsecutiveFloorsAreGroupedForTheFewestPairs() throws {
        let (property, day) = Self.hotel()
        let (engine, _) = try Fixture.engine(property, day)
        let band = engine.evenLoadRatio() * 1.04
        let pairs = { (plan: AssignmentEngine.Plan) in plan.floors.reduce(0) { $0 + $1.count } }
        let blocks = try #require(engine.floorBlockPlan(band: band))
        #expect(pairs(blocks) == 5)
        let components = try #require(try engine.componentPlan(band: band, fillShares: [0.5]))
        #expect(pairs(components) == 4)
        #expect(Set(components.floors.filter { $0.count == 2 }) == [["1", "3"]])
        #expect(abs(engine.objectiveValue(components, band: band) - Self.optimum) < 1e-9)
    }

    @Test(arguments: [true, false])
    func thePlannerReachesTheOptimumWithEveryRuleKept(greedyOnly: Bool) throws {
        // Without GLPK the component plan is the start kept; with it, GLPK proves it optimal.
        let (property, day) = Self.hotel()
        let sheet = try WorkSheetPlanner(property: property, day: day,
                                         options: WorkSheetOptions(timeLimitSeconds: 10, relativeGap: 0, greedyOnly: greedyOnly)).plan()
        let problems = sheet.ruleViolations(property: property, day: day)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(sheet.summary.undone.isEmpty)
        #expect(sheet.attendants.reduce(0) { $0 + $1.floorIDs.count } == 4)
        if !greedyOnly {
            let objective = try #require(sheet.summary.solver.objective)
            #expect(abs(objective - Self.optimum) < 1e-6)
            #expect(sheet.summary.solver.termination == "optimal")
        }
    }
}

@Suite("Component crews")
struct ComponentCrewTests {
    /// Two floors of four departures, a suite departure on floor 2 in the first case; A1 lives on floor 2, A2 (who
    /// may clean suites) on floor 1. One attendant per floor.
    static func crews(suite: Bool) throws -> [[String]] {
        let property = Fixture.property(floors: 2, roomsPerFloor: 4, suites: suite ? ["205"] : [],
                                        staff: [Fixture.attendant("A1", homeFloors: ["2"]),
                                                Fixture.attendant("A2", skills: [.suites], homeFloors: ["1"])])
        let (engine, context) = try Fixture.engine(property, Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) }))
        let members = try #require(try engine.componentCrews([(["1"], [1]), (["2"], [1])], [[0, 1]]))
        return members.map { $0.map { context.crew[$0].id } }
    }

    @Test func homeFloorsChooseWhoWorksWhichComponent() throws {
        #expect(try Self.crews(suite: false) == [["A2"], ["A1"]])
    }

    @Test func aComponentWithSuitesGetsTheAttendantWhoMayCleanThem() throws {
        // The suite on floor 2 outweighs the home floors: A2 goes there, A1 off home to floor 1.
        #expect(try Self.crews(suite: true) == [["A1"], ["A2"]])
    }
}
