import Housekeeping
import Testing

/// Hand-made rosters, one per rule and boundary case, scored by RosterEvaluation.
@Suite("Roster scorer")
struct RosterEvaluationTests {
    /// One employee, two shift types (E 480 min, L 420 min; L may not be followed by E), 14 days from Monday.
    static func problem(_ change: (inout RosterProblem.Employee) -> Void = { _ in }) -> RosterProblem {
        var person = RosterProblem.Employee(id: "A", maximumShifts: ["E": 14, "L": 14], minimumMinutes: 0, maximumMinutes: 10_000,
                                            maximumConsecutiveShifts: 14, minimumConsecutiveShifts: 1,
                                            minimumConsecutiveDaysOff: 1, maximumWeekends: 2)
        change(&person)
        return RosterProblem(
            dayCount: 14, firstWeekday: .monday,
            shiftTypes: [.init(id: "E", minutes: 480), .init(id: "L", minutes: 420, forbiddenFollowers: ["E"])],
            staff: [person])
    }

    /// A roster for one employee from a 14-character pattern: E, L or '.' for off.
    static func roster(_ pattern: String) -> Roster {
        Roster(shifts: [pattern.map { $0 == "." ? nil : String($0) }])
    }

    static func rules(_ problem: RosterProblem, _ pattern: String) throws -> [RosterViolation.Rule] {
        try RosterEvaluation(problem: problem, roster: roster(pattern)).violations.map(\.rule)
    }

    @Test func anAllOffRosterBreaksNothingWithoutMinimums() throws {
        #expect(try Self.rules(Self.problem(), "..............") == [])
    }

    @Test func leaveDayWorkedIsReportedWithTheDay() throws {
        let problem = Self.problem { $0.leaveDays = [3] }
        let evaluation = try RosterEvaluation(problem: problem, roster: Self.roster("...E.........."))
        #expect(evaluation.violations.map(\.rule) == [.leave])
        #expect(evaluation.violations.first?.day == 3)
        #expect(evaluation.violations.first?.employeeID == "A")
        #expect(try Self.rules(problem, "..E.E.........") == [])
    }

    @Test func forbiddenSuccessionInsideTheHorizon() throws {
        #expect(try Self.rules(Self.problem(), "LE............") == [.forbiddenSuccession])
        #expect(try Self.rules(Self.problem(), "EL............") == [])
        #expect(try Self.rules(Self.problem(), "L.E...........") == [])
    }

    @Test func forbiddenSuccessionAcrossTheStartUsesThePreviousPeriod() throws {
        let withLate = Self.problem { $0.previousDays = ["L"] }
        #expect(try Self.rules(withLate, "E.............") == [.forbiddenSuccession])
        let unknownPast = Self.problem()
        #expect(try Self.rules(unknownPast, "E.............") == [])
    }

    @Test func lastDayNeedsNoFollowerCheck() throws {
        #expect(try Self.rules(Self.problem(), ".............L") == [])
    }

    @Test func maximumShiftsPerTypeAndZeroForbidsTheType() throws {
        #expect(try Self.rules(Self.problem { $0.maximumShifts["E"] = 2 }, "EEE...........") == [.maximumShiftsOfType])
        #expect(try Self.rules(Self.problem { $0.maximumShifts["E"] = 3 }, "EEE...........") == [])
        #expect(try Self.rules(Self.problem { $0.maximumShifts["L"] = 0 }, "......L.......") == [.maximumShiftsOfType])
    }

    @Test func minimumAndMaximumMinutes() throws {
        #expect(try Self.rules(Self.problem { $0.minimumMinutes = 1000 }, "EE............") == [.minimumMinutes])
        #expect(try Self.rules(Self.problem { $0.minimumMinutes = 960 }, "EE............") == [])
        #expect(try Self.rules(Self.problem { $0.maximumMinutes = 899 }, "EL............") == [.maximumMinutes])
        #expect(try Self.rules(Self.problem { $0.maximumMinutes = 900 }, "EL............") == [])
    }

    @Test func maximumConsecutiveShiftsInsideAndAtTheEdges() throws {
        let problem = Self.problem { $0.maximumConsecutiveShifts = 3 }
        #expect(try Self.rules(problem, ".EEEE.........") == [.maximumConsecutiveShifts])
        #expect(try Self.rules(problem, ".EEE.EEE......") == [])
        // The days outside the horizon count as days off: a run at either edge is only its own length.
        #expect(try Self.rules(problem, "EEE...........") == [])
        #expect(try Self.rules(problem, "...........EEE") == [])
        #expect(try Self.rules(problem, "..........EEEE") == [.maximumConsecutiveShifts])
    }

    @Test func maximumConsecutiveShiftsContinuesThePreviousPeriod() throws {
        let problem = Self.problem { $0.maximumConsecutiveShifts = 3; $0.previousDays = [nil, "E", "E"] }
        #expect(try Self.rules(problem, "EE............") == [.maximumConsecutiveShifts])
        #expect(try Self.rules(problem, "E.............") == [])
    }

    @Test func minimumConsecutiveShiftsExemptsRunsTouchingEitherEnd() throws {
        let problem = Self.problem { $0.minimumConsecutiveShifts = 3 }
        #expect(try Self.rules(problem, "..EE..........") == [.minimumConsecutiveShifts])
        #expect(try Self.rules(problem, "..EEE.........") == [])
        #expect(try Self.rules(problem, "E.............") == [])   // touches day 0: infinite run assumed before
        #expect(try Self.rules(problem, ".............E") == [])   // touches the last day
        #expect(try Self.rules(problem, ".E............") == [.minimumConsecutiveShifts])
    }

    @Test func minimumConsecutiveShiftsWithAKnownPreviousPeriod() throws {
        // The previous period ended with one shift after a day off: day 0 continues it.
        let problem = Self.problem { $0.minimumConsecutiveShifts = 3; $0.previousDays = [nil, "E"] }
        #expect(try Self.rules(problem, "E.............") == [.minimumConsecutiveShifts])
        #expect(try Self.rules(problem, "EE............") == [])
        // Day 0 off cuts the previous run short.
        #expect(try Self.rules(problem, "..............") == [.minimumConsecutiveShifts])
        // A run filling all the known past counts as long enough.
        let whole = Self.problem { $0.minimumConsecutiveShifts = 3; $0.previousDays = ["E"] }
        #expect(try Self.rules(whole, "..............") == [])
    }

    @Test func minimumConsecutiveDaysOffExemptsBlocksTouchingEitherEnd() throws {
        let problem = Self.problem { $0.minimumConsecutiveDaysOff = 2 }
        #expect(try Self.rules(problem, "EE.EE.........") == [.minimumConsecutiveDaysOff])
        #expect(try Self.rules(problem, "EE..EE........") == [])
        #expect(try Self.rules(problem, ".EEEEEEEEEEEE.") == [])   // one day off at each end is fine
        let withPast = Self.problem { $0.minimumConsecutiveDaysOff = 2; $0.previousDays = ["E", nil] }
        #expect(try Self.rules(withPast, "EEEEEEEEEEEEEE") == [.minimumConsecutiveDaysOff])
        #expect(try Self.rules(withPast, ".EEEEEEEEEEEEE") == [])
    }

    @Test func maximumWeekendsCountsEitherDayOfAWeekend() throws {
        let problem = Self.problem { $0.maximumWeekends = 1 }
        // Days 5, 6 and 12, 13 are the weekends (day 0 is a Monday).
        #expect(try Self.rules(problem, ".....E......E.") == [.maximumWeekends])
        #expect(try Self.rules(problem, ".....EE.......") == [])
        #expect(try Self.rules(problem, "......E.....E.") == [.maximumWeekends])
        #expect(try Self.rules(problem, "EEEEE..EEEEE..") == [])
    }

    @Test func weekendsFollowTheFirstWeekday() throws {
        var problem = Self.problem { $0.maximumWeekends = 0 }
        problem.firstWeekday = .saturday   // days 0, 1, 7, 8 are weekend days
        #expect(try Self.rules(problem, "E.............") == [.maximumWeekends])
        #expect(try Self.rules(problem, "..EEEEE.......") == [])
    }

    @Test func requestsOnAndOffForAShiftOrTheWholeDay() throws {
        var problem = Self.problem()
        problem.requests = [
            .init(employeeID: "A", day: 0, shiftTypeID: "E", kind: .on, weight: 1),    // granted
            .init(employeeID: "A", day: 1, shiftTypeID: "E", kind: .on, weight: 2),    // L worked: not granted
            .init(employeeID: "A", day: 2, shiftTypeID: "L", kind: .off, weight: 4),   // L worked: violated
            .init(employeeID: "A", day: 3, shiftTypeID: "L", kind: .off, weight: 8),   // off: fine
            .init(employeeID: "A", day: 4, shiftTypeID: nil, kind: .off, weight: 16),  // worked: violated
            .init(employeeID: "A", day: 5, shiftTypeID: nil, kind: .on, weight: 32),   // off: violated
        ]
        let evaluation = try RosterEvaluation(problem: problem, roster: Self.roster("ELL.E........."))
        #expect(evaluation.isFeasible)
        #expect(evaluation.onRequestPenalty == 2 + 32)
        #expect(evaluation.offRequestPenalty == 4 + 16)
        #expect(evaluation.penalty == 54)
    }

    @Test func coverUnderOverAndHardMinimumByRole() throws {
        let shifts: [RosterProblem.ShiftType] = [.init(id: "E", minutes: 480)]
        let staff = ["A", "B", "C"].map { RosterProblem.Employee(id: $0, roles: $0 == "C" ? ["lead"] : ["attendant"]) }
        let problem = RosterProblem(dayCount: 2, shiftTypes: shifts, staff: staff, cover: [
            .init(day: 0, shiftTypeID: "E", preferred: 2, underWeight: 100, overWeight: 1),
            .init(day: 1, shiftTypeID: "E", preferred: 1, underWeight: 100, overWeight: 7),
            .init(day: 1, shiftTypeID: "E", role: "lead", minimum: 1, preferred: 1, underWeight: 50, overWeight: 1),
        ])
        let roster = Roster(shifts: [["E", "E"], [nil, "E"], [nil, nil]])
        let evaluation = try RosterEvaluation(problem: problem, roster: roster)
        #expect(evaluation.underCoverPenalty == 100 + 50)   // day 0 one short; day 1 no lead
        #expect(evaluation.overCoverPenalty == 7)            // day 1 one too many
        #expect(evaluation.violations.map(\.rule) == [.minimumCover])
        #expect(evaluation.violations.first?.day == 1)
    }

    @Test func rosterOfTheWrongShapeIsAnError() {
        #expect(throws: RosterProblemError.self) {
            try RosterEvaluation(problem: Self.problem(), roster: Roster(shifts: [["E"]]))
        }
        #expect(throws: RosterProblemError.self) {
            try RosterEvaluation(problem: Self.problem(), roster: Self.roster("X............."))
        }
    }

    @Test func restDerivedSuccessions() {
        var problem = RosterProblem(dayCount: 7, shiftTypes: [
            .init(id: "M", minutes: 480, startMinute: 7 * 60, endMinute: 15 * 60),
            .init(id: "E", minutes: 480, startMinute: 15 * 60, endMinute: 23 * 60),
            .init(id: "N", minutes: 480, startMinute: 23 * 60, endMinute: 7 * 60),
        ], staff: [])
        problem.deriveForbiddenSuccessions(minimumRestMinutes: 11 * 60)
        #expect(problem.shiftTypes[0].forbiddenFollowers == [])          // 15:00 → 07:00 next day: 16 h
        #expect(problem.shiftTypes[1].forbiddenFollowers == ["M"])       // 23:00 → 07:00: 8 h
        #expect(problem.shiftTypes[2].forbiddenFollowers == ["M", "E"])  // ends 07:00 next day → M 0 h, E 8 h
    }
}
