import Testing
@testable import Housekeeping

@Suite("Schedule enumeration (branch-and-price)")
struct ScheduleEnumerationTests {
    /// One person, 8 days, two shifts, every personal rule binding somewhere (history, leave, runs, minutes,
    /// weekends, a shift-type maximum, a forbidden succession).
    static func problem() -> RosterProblem {
        var shifts: [RosterProblem.ShiftType] = [
            .init(id: "E", minutes: 480, startMinute: 7 * 60, endMinute: 15 * 60),
            .init(id: "L", minutes: 450, startMinute: 15 * 60, endMinute: 22 * 60 + 30),
        ]
        let person = RosterProblem.Employee(
            id: "P", maximumShifts: ["L": 2], minimumMinutes: 3 * 450, maximumMinutes: 5 * 480,
            maximumConsecutiveShifts: 3, minimumConsecutiveShifts: 2, minimumConsecutiveDaysOff: 2, maximumWeekends: 1,
            leaveDays: [4], roles: ["attendant"], previousDays: ["E", nil])
        shifts[1].forbiddenFollowers = ["E"]
        return RosterProblem(dayCount: 8, shiftTypes: shifts, staff: [person])
    }

    @Test func aHugeMarginListsEveryScheduleMeetingThePersonsRules() throws {
        let index = RosterIndex(Self.problem())
        let search = EmployeeScheduleSearch(index: index, employee: 0)
        let resources = try #require(search.exactResources(operationLimit: 10_000_000, countingShifts: true))
        let values = (0..<index.dayCount).map { d in (0...index.shiftCount).map { a in Double((d * 7 + a * 3) % 5) } }
        let all = search.enumerate(value: values, resources: resources, margin: 1e9, limit: 100_000)
        #expect(all.complete)
        // Brute force over every assignment of the 8 days.
        var feasible: Set<[Int]> = []
        var best = -Double.infinity
        let combinations = (0..<index.dayCount).reduce(1) { product, _ in product * 3 }
        for code in 0..<combinations {
            var rest = code
            let row = (0..<index.dayCount).map { _ in defer { rest /= 3 }; return rest % 3 - 1 }
            if index.employeeViolationCount(0, row) == 0 {
                feasible.insert(row)
                best = max(best, (0..<index.dayCount).reduce(0.0) { $0 + values[$1][row[$1] + 1] })
            }
        }
        #expect(!feasible.isEmpty)
        #expect(Set(all.rows) == feasible)
        #expect(all.rows.count == feasible.count)
        // The maximum bounds every schedule (here it is attained: every rule is tracked exactly).
        #expect(abs(all.maximum - best) < 1e-9)
        // A margin of 2 lists exactly the schedules within 2 of the best.
        let near = search.enumerate(value: values, resources: resources, margin: 2, limit: 100_000)
        let expected = feasible.filter { row in (0..<index.dayCount).reduce(0.0) { $0 + values[$1][row[$1] + 1] } >= best - 2 - 1e-9 }
        #expect(near.complete)
        #expect(Set(near.rows) == expected)
    }
}
