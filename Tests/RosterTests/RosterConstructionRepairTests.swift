import Housekeeping
import Testing

@Suite("Roster engine: repair after construction")
struct RosterConstructionRepairTests {
    /// One day, hard minimums of one on shifts A, B and C; D wants one person (soft). X can work A or B, Y A or C,
    /// Z C or D, and each must work. Construction plans X first: A and B are worth the same to X, and X takes A;
    /// Y then takes C (A is covered) and Z takes D (C is covered). Everyone has a schedule and B is short. No
    /// change of one person helps (X to B leaves A short, Y to A leaves C short, Z to C leaves D short), nor of two
    /// (X to B and Y to A leaves C short): only all three at once (X to B, Y to A, Z to C) meet every minimum.
    static func chainNeededProblem() -> RosterProblem {
        let shifts = ["A", "B", "C", "D"].map { RosterProblem.ShiftType(id: $0, minutes: 480) }
        let staff: [RosterProblem.Employee] = [("X", ["C", "D"]), ("Y", ["B", "D"]), ("Z", ["A", "B"])].map { id, barred in
            .init(id: id, maximumShifts: Dictionary(uniqueKeysWithValues: barred.map { ($0, 0) }), minimumMinutes: 480, maximumMinutes: 480)
        }
        var problem = RosterProblem(dayCount: 1, shiftTypes: shifts, staff: staff)
        problem.cover = ["A", "B", "C"].map { .init(day: 0, shiftTypeID: $0, minimum: 1, preferred: 1, underWeight: 10, overWeight: 1) }
            + [.init(day: 0, shiftTypeID: "D", preferred: 1, underWeight: 10, overWeight: 1)]
        return problem
    }

    @Test func withNoTimeToSearchTheMinimumOnShiftBStaysShort() throws {
        // Construction alone (no time for the search): no roster, and the explanation names the short minimum.
        let result = try RosterPlanner(problem: Self.chainNeededProblem()).plan(.init(timeLimitSeconds: 0.001, seed: 1))
        #expect(result.roster == nil)
        #expect(result.explanation == ["day 0 shift B: 0 rostered when the search stopped, minimum 1"])
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func theSearchRepairsAMinimumThatConstructionLeftShort(seed: UInt64) throws {
        let problem = Self.chainNeededProblem()
        let result = try RosterPlanner(problem: problem).plan(.init(timeLimitSeconds: 5, seed: seed, roundLimit: 5))
        let roster = try #require(result.roster)
        let evaluation = try RosterEvaluation(problem: problem, roster: roster)
        #expect(evaluation.violations == [])
        #expect(roster.shifts == [["B"], ["A"], ["C"]])
        #expect(evaluation.penalty == 10)
    }
}
