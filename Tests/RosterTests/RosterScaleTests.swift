import Foundation
@testable import Housekeeping
import HousekeepingIO
import Testing

/// Long horizons and mixed shift lengths: where minutes cannot be tracked exactly and are priced instead.
/// The full-size checks (150 staff × 364 days × 32 shift types) are in `RosterBenchmark --generated`.
@Suite("Roster engine at scale")
struct RosterScaleTests {
    /// A Curtois-format instance written in the test: `staff` people over `weeks` weeks, shift types of 360, 480,
    /// 600 and 720 minutes (so minutes are priced, not tracked), contracts of about four shifts a week.
    static func text(staff: Int, weeks: Int) -> String {
        let days = 7 * weeks
        var lines = ["SECTION_HORIZON", "\(days)", "", "SECTION_SHIFTS", "A,360,", "B,480,", "C,600,A", "D,720,A|B|C", "",
                     "SECTION_STAFF"]
        for i in 0..<staff {
            let allowed = i % 2 == 0 ? "A=\(days)|B=\(days)|C=\(days)|D=0" : "A=\(days)|B=\(days)|C=0|D=\(weeks)"
            let minimum = 4 * weeks * (i % 2 == 0 ? 420 : 480), maximum = minimum + 3 * 720
            lines.append("P\(i),\(allowed),\(maximum),\(minimum),5,2,2,\(weeks / 2)")
        }
        lines += ["", "SECTION_DAYS_OFF"] + (0..<staff).map { "P\($0),\((5 * $0 + 3) % days)" }
        lines += ["", "SECTION_SHIFT_ON_REQUESTS", "P0,1,A,2", "", "SECTION_SHIFT_OFF_REQUESTS", "P1,2,C,3", "", "SECTION_COVER"]
        for day in 0..<days {
            for shift in ["A", "B", "C", "D"] { lines.append("\(day),\(shift),\(staff / 3),100,1") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func pricedMinutesFindAScheduleWhenEveryDayIsWorthTheSame() throws {
        // Every shift on every day worth the same: the minutes jump from all to nothing at one price, so only
        // the tie-break lets the price adjustment meet the minimum and maximum minutes. (Not every such case is
        // solved: when only fewer days of longer shifts meet the minimum, no single minute price finds them and
        // construction falls back to an exact search or GLPK; see Benchmarks/RESULTS.md.)
        let problem = try CurtoisInstance.parse(Self.text(staff: 2, weeks: 26))
        let index = RosterIndex(problem)
        for e in [0] {   // A, B and C allowed
            let search = EmployeeScheduleSearch(index: index, employee: e)
            #expect(search.exactResources() == nil, "the minutes must be priced for this test to mean anything")
            let base = Array(repeating: [0.0] + Array(repeating: 100.0, count: index.shiftCount), count: index.dayCount)
            let row = try #require(search.bestSchedule(base: base))
            #expect(index.employeeViolationCount(e, row) == 0)
        }
    }

    @Test func aLongMixedLengthInstanceGetsARosterWithNoHardViolation() throws {
        let problem = try CurtoisInstance.parse(Self.text(staff: 6, weeks: 12))
        let result = try RosterPlanner(problem: problem).plan(.init(timeLimitSeconds: 3, seed: 1, roundLimit: 2))
        let roster = try #require(result.roster)
        let evaluation = try RosterEvaluation(problem: problem, roster: roster)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations.prefix(3))")
        #expect(result.elapsedSeconds < 3.5)
    }
}
