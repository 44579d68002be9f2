/// A roster problem or roster that cannot be used as given: an unknown id, a day out of range, a negative
/// number. The message names the employee, shift type or day and what was expected.
public struct RosterProblemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every problem found, one sentence each.
    public var problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String { problems.joined(separator: "\n") }
}

extension RosterProblem {
    /// Checks that ids are unique and known, days are inside the horizon and numbers are in range.
    /// - Throws: ``RosterProblemError`` listing every problem found.
    public func validate() throws(RosterProblemError) {
        var problems: [String] = []
        if dayCount < 1 { problems.append("the horizon has \(dayCount) days; at least 1 is needed") }
        var shiftIDs = Set<String>()
        for shift in shiftTypes {
            if shift.id.isEmpty { problems.append("a shift type has an empty id") }
            if !shiftIDs.insert(shift.id).inserted { problems.append("shift type '\(shift.id)' is listed twice") }
            if shift.minutes < 0 { problems.append("shift type '\(shift.id)' has negative minutes \(shift.minutes)") }
        }
        for shift in shiftTypes {
            for follower in shift.forbiddenFollowers.sorted() where !shiftIDs.contains(follower) {
                problems.append("shift type '\(shift.id)' forbids unknown follower '\(follower)'")
            }
        }
        var staffIDs = Set<String>()
        for person in staff {
            let who = "employee '\(person.id)'"
            if person.id.isEmpty { problems.append("an employee has an empty id") }
            if !staffIDs.insert(person.id).inserted { problems.append("\(who) is listed twice") }
            for (shift, limit) in person.maximumShifts.sorted(by: { $0.key < $1.key }) {
                if !shiftIDs.contains(shift) { problems.append("\(who): maximum shifts for unknown shift type '\(shift)'") }
                if limit < 0 { problems.append("\(who): maximum \(limit) shifts of '\(shift)' is negative") }
            }
            let numbers = [
                ("minimum minutes", person.minimumMinutes), ("maximum minutes", person.maximumMinutes),
                ("maximum consecutive shifts", person.maximumConsecutiveShifts),
                ("minimum consecutive shifts", person.minimumConsecutiveShifts),
                ("minimum consecutive days off", person.minimumConsecutiveDaysOff),
                ("maximum weekends", person.maximumWeekends),
            ]
            for (field, value) in numbers where value < 0 { problems.append("\(who): \(field) \(value) is negative") }
            for day in person.leaveDays.sorted() where !(0..<dayCount).contains(day) {
                problems.append("\(who): leave day \(day) is outside the horizon 0…\(dayCount - 1)")
            }
            for case let shift? in person.previousDays where !shiftIDs.contains(shift) {
                problems.append("\(who): previous day shift '\(shift)' is not a known shift type")
            }
        }
        for request in requests {
            let what = "request of '\(request.employeeID)' on day \(request.day)"
            if !staffIDs.contains(request.employeeID) { problems.append("\(what): unknown employee") }
            if !(0..<dayCount).contains(request.day) { problems.append("\(what): day outside the horizon") }
            if let shift = request.shiftTypeID, !shiftIDs.contains(shift) {
                problems.append("\(what): unknown shift type '\(shift)'")
            }
            if request.weight < 0 { problems.append("\(what): negative weight \(request.weight)") }
        }
        for cover in cover {
            let what = "cover of '\(cover.shiftTypeID)' on day \(cover.day)"
            if !shiftIDs.contains(cover.shiftTypeID) { problems.append("\(what): unknown shift type") }
            if !(0..<dayCount).contains(cover.day) { problems.append("\(what): day outside the horizon") }
            if cover.minimum < 0 || cover.preferred < 0 { problems.append("\(what): negative minimum or preferred") }
            if cover.underWeight < 0 || cover.overWeight < 0 { problems.append("\(what): negative weight") }
        }
        if !problems.isEmpty { throw RosterProblemError(problems: problems) }
    }

    /// Checks that a roster has one row per employee, one cell per day and only known shift type ids.
    /// - Throws: ``RosterProblemError`` listing every problem found.
    public func validate(_ roster: Roster) throws(RosterProblemError) {
        var problems: [String] = []
        let known = Set(shiftTypes.map(\.id))
        if roster.shifts.count != staff.count {
            problems.append("the roster has \(roster.shifts.count) rows; the problem has \(staff.count) employees")
        }
        for (row, days) in zip(staff, roster.shifts) {
            if days.count != dayCount {
                problems.append("employee '\(row.id)': \(days.count) days in the roster, \(dayCount) expected")
            }
            for (day, shift) in days.enumerated() {
                if let shift, !known.contains(shift) {
                    problems.append("employee '\(row.id)' day \(day): unknown shift type '\(shift)'")
                }
            }
        }
        if !problems.isEmpty { throw RosterProblemError(problems: problems) }
    }
}
