import Housekeeping

/// A generated hotel month for the scale check: `staffCount` people (attendants, leads, public-area
/// cleaners), four shift types with times (rest-derived forbidden successions), role-based cover with hard
/// minimums, leave and requests drawn from a seed. Not tuned to any result: the same seed gives the same month.
enum SyntheticHotelMonth {
    static func make(staffCount: Int, dayCount: Int = 31, seed: UInt64) -> RosterProblem {
        var random = SeededGenerator(seed: seed)
        let shifts = [
            RosterProblem.ShiftType(id: "E", minutes: 480, startMinute: 7 * 60, endMinute: 15 * 60 + 30),
            RosterProblem.ShiftType(id: "D", minutes: 480, startMinute: 9 * 60, endMinute: 17 * 60 + 30),
            RosterProblem.ShiftType(id: "L", minutes: 450, startMinute: 15 * 60, endMinute: 23 * 60),
            RosterProblem.ShiftType(id: "N", minutes: 480, startMinute: 23 * 60, endMinute: 7 * 60 + 30),
        ]
        var staff: [RosterProblem.Employee] = []
        let leads = max(2, staffCount / 8), publicArea = max(2, staffCount / 12)
        for i in 0..<staffCount {
            let role = i < leads ? "lead" : (i < leads + publicArea ? "public" : "attendant")
            let partTime = role == "attendant" && Double.random(in: 0..<1, using: &random) < 0.3
            let allowed: [String: Int] = switch role {
            case "lead": ["E": 31, "D": 0, "L": 31, "N": 0]
            case "public": ["E": 0, "D": 31, "L": 0, "N": 31]
            default: ["E": 31, "D": 0, "L": 31, "N": 8]
            }
            var leave = Set<Int>()
            for _ in 0..<Int.random(in: 0...3, using: &random) { leave.insert(Int.random(in: 0..<dayCount, using: &random)) }
            staff.append(RosterProblem.Employee(
                id: "S\(i + 1)", maximumShifts: allowed,
                minimumMinutes: partTime ? 8 * 450 : 17 * 480, maximumMinutes: partTime ? 12 * 480 : 21 * 480,
                maximumConsecutiveShifts: 6, minimumConsecutiveShifts: 2, minimumConsecutiveDaysOff: 2,
                maximumWeekends: 3, leaveDays: leave, roles: [role]))
        }
        var requests: [RosterProblem.Request] = []
        for person in staff {
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let day = Int.random(in: 0..<dayCount, using: &random)
                let kind: RosterProblem.Request.Kind = Bool.random(using: &random) ? .on : .off
                let shift: String? = Bool.random(using: &random) ? nil : ["E", "L"].randomElement(using: &random)
                requests.append(.init(employeeID: person.id, day: day, shiftTypeID: shift, kind: kind,
                                      weight: Int.random(in: 1...3, using: &random)))
            }
        }
        let attendants = staffCount - leads - publicArea
        var cover: [RosterProblem.Cover] = []
        for day in 0..<dayCount {
            let busy = Double.random(in: 0.8...1.1, using: &random)
            let early = Int(Double(attendants) * 0.32 * busy), late = Int(Double(attendants) * 0.18 * busy)
            cover.append(.init(day: day, shiftTypeID: "E", role: "attendant", minimum: early * 2 / 3, preferred: early, underWeight: 100, overWeight: 1))
            cover.append(.init(day: day, shiftTypeID: "L", role: "attendant", minimum: late / 2, preferred: late, underWeight: 100, overWeight: 1))
            cover.append(.init(day: day, shiftTypeID: "N", role: "attendant", minimum: 0, preferred: 1, underWeight: 50, overWeight: 1))
            cover.append(.init(day: day, shiftTypeID: "E", role: "lead", minimum: 1, preferred: max(1, leads / 3), underWeight: 100, overWeight: 1))
            cover.append(.init(day: day, shiftTypeID: "L", role: "lead", minimum: 1, preferred: max(1, leads / 5), underWeight: 100, overWeight: 1))
            cover.append(.init(day: day, shiftTypeID: "D", role: "public", minimum: 1, preferred: max(1, publicArea / 2), underWeight: 100, overWeight: 1))
            cover.append(.init(day: day, shiftTypeID: "N", role: "public", minimum: 0, preferred: 1, underWeight: 30, overWeight: 1))
        }
        var problem = RosterProblem(dayCount: dayCount, firstWeekday: .tuesday, shiftTypes: shifts, staff: staff,
                                    requests: requests, cover: cover)
        problem.deriveForbiddenSuccessions(minimumRestMinutes: 11 * 60)
        return problem
    }
}
