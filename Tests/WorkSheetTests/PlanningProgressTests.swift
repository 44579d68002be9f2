import Optimization
import Synchronization
import Testing
@testable import Housekeeping

@Suite("Work-sheet planning progress")
struct PlanningProgressTests {
    /// The hotel's sheet planned with a 10 s limit, and every progress report the planning made, in order.
    func plannedWithProgress(_ hotel: SampleHotel) throws -> (sheet: WorkSheet, reports: [SolveProgress]) {
        let reports = Mutex<[SolveProgress]>([])
        var options = WorkSheetOptions(timeLimitSeconds: 10)
        options.progress = { progress in reports.withLock { $0.append(progress) } }
        let sheet = try WorkSheetPlanner(property: hotel.property, day: hotel.day, options: options).plan()
        return (sheet, reports.withLock { $0 })
    }

    /// The planner reports after each stage, so a long plan shows progress even when GLPK's model of the whole
    /// day is too large to solve: the reports come in time order, each stage keeps the better plan (so the
    /// objective so far never rises), and no plan so far is better than the bound the sheet reports.
    @Test func everyStageReportsTheBestPlanSoFar() throws {
        let (sheet, seen) = try plannedWithProgress(SampleHotel(SampleHotelOptions(rooms: 60, floors: 4, attendants: 5, seed: 2)))
        try #require(seen.count >= 2)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.elapsedSeconds <= $1.elapsedSeconds })
        let objectives = seen.compactMap(\.incumbentObjective)
        #expect(objectives.count == seen.count)
        #expect(zip(objectives, objectives.dropFirst()).allSatisfy { $1 <= $0 + 1e-9 })
        let bound = try #require(sheet.summary.solver.bestBound)
        #expect(objectives.allSatisfy { $0 >= bound - 1e-6 })
    }

    /// When work is left undone the planner plans the day once more with one attendant added, to say what they
    /// would change. That second planning reports no progress (its objective, with less left undone, would show
    /// as the day's: every report stays at or above the sheet's objective) and stops on counts as the first does,
    /// so the same day gives the same answer.
    @Test func theExtraAttendantsPlanningReportsNoProgressAndRepeats() throws {
        let hotel = SampleHotel(SampleHotelOptions(rooms: 60, floors: 4, attendants: 2, seed: 2))
        let (sheet, seen) = try plannedWithProgress(hotel)
        let effect = try #require(sheet.summary.oneMoreAttendant)
        #expect(effect.tasksNoLongerUndone > 0)
        let objective = try #require(sheet.summary.solver.objective)
        let objectives = seen.compactMap(\.incumbentObjective)
        try #require(!objectives.isEmpty)
        #expect(objectives.allSatisfy { $0 >= objective - 1e-6 })
        let again = try WorkSheetPlanner(property: hotel.property, day: hotel.day, options: WorkSheetOptions(timeLimitSeconds: 10)).plan()
        #expect(again.summary.oneMoreAttendant == effect)
    }
}
