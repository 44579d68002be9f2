import Testing
@testable import Housekeeping

@Suite("Whole-day models too large to solve")
struct WholeDayModelLimitTests {
    /// Ten floors of eight rooms: two departures, two departures with an arrival, two stayovers and two VIP stayovers
    /// each (four work groups a floor), 25 attendants, so that every attendant may work every floor (250 pairs, the
    /// full model's limit): 1,000 task-count and 250 floor variables, more integer variables than GLPK is given.
    @Test func theDayModelAboveTheIntegerLimitIsBuiltButNotSolved() throws {
        let staff = (1...25).map { Fixture.attendant("A\($0 < 10 ? "0" : "")\($0)") }
        let property = Fixture.property(floors: 10, roomsPerFloor: 8, staff: staff)
        let statuses = property.rooms.map { room -> RoomStatus in
            switch Int(room.number.suffix(2))! {
            case 1, 2: Fixture.departure(room.number)
            case 3, 4: Fixture.departure(room.number, arrival: TimeOfDay(hour: 15)!)
            case 5, 6: Fixture.stayover(room.number)
            default: Fixture.stayover(room.number).withVIPLevel(1)
            }
        }
        let (engine, _) = try Fixture.engine(property, Fixture.day(for: property, statuses))
        let start = engine.greedy()
        let band = engine.evenLoadRatio() * 1.04
        let built = try engine.assignmentModel(from: start, for: engine.wholeDay, symmetry: [], band: band)
        try #require(built.integerCount > AssignmentEngine.wholeDayIntegerLimit)

        var report = SolverReport(method: .greedy, termination: "notRun", objective: nil, bestBound: nil, relativeGap: nil,
                                  startedFromGreedy: nil, variables: 0, integerVariables: 0, constraints: 0,
                                  workGroups: engine.groups.count, solveSeconds: 0, planSeconds: 0)
        let solved = try engine.optimise(from: start, symmetry: [], band: band, seconds: 10, report: &report)
        #expect(solved == nil)
        #expect(report.termination == SolverReport.tooLargeToSolve)
        #expect(report.integerVariables == built.integerCount && report.constraints == built.model.constraints.count)
        #expect(report.solveSeconds == 0 && report.startedFromGreedy == nil)
        // The objective and gap are the start's, against the bound worked out without the solver.
        let value = engine.objectiveValue(start, band: band)
        #expect(abs((report.objective ?? .nan) - value) < 1e-9)
        let bound = try #require(report.bestBound)
        #expect(bound == report.boundTerms?.total && bound <= value + 1e-9)
        #expect(abs((report.relativeGap ?? .nan) - (value - bound) / value) < 1e-9)
    }
}

private extension RoomStatus {
    func withVIPLevel(_ level: Int) -> RoomStatus {
        var status = self
        status.vipLevel = level
        return status
    }
}
