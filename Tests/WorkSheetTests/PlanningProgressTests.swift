import Optimization
import Synchronization
import Testing
@testable import Housekeeping

@Suite("Work-sheet planning progress")
struct PlanningProgressTests {
    /// The planner reports after each stage, so a long plan shows progress even when GLPK's model of the whole
    /// day is too large to solve: the reports come in time order, each stage keeps the better plan (so the
    /// objective so far never rises), and no plan so far is better than the bound the sheet reports.
    @Test func everyStageReportsTheBestPlanSoFar() throws {
        let hotel = SampleHotel(SampleHotelOptions(rooms: 60, floors: 4, attendants: 5, seed: 2))
        let reports = Mutex<[SolveProgress]>([])
        var options = WorkSheetOptions(timeLimitSeconds: 10)
        options.progress = { progress in reports.withLock { $0.append(progress) } }
        let sheet = try WorkSheetPlanner(property: hotel.property, day: hotel.day, options: options).plan()
        let seen = reports.withLock { $0 }
        try #require(seen.count >= 2)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.elapsedSeconds <= $1.elapsedSeconds })
        let objectives = seen.compactMap(\.incumbentObjective)
        #expect(objectives.count == seen.count)
        #expect(zip(objectives, objectives.dropFirst()).allSatisfy { $1 <= $0 + 1e-9 })
        let bound = try #require(sheet.summary.solver.bestBound)
        #expect(objectives.allSatisfy { $0 >= bound - 1e-6 })
    }
}
