/// A hotel's month as the engine's ``RosterProblem``: staff in the property's order (managers left out),
/// shift types with their times and paid minutes, forbidden successions from the minimum rest, contracts,
/// runs and weekends, approved leave, requests, the end of the previous month, and cover per day × shift ×
/// role from the staffing demand.
///
/// Roles become the engine's role strings (``StaffRole/rawValue``: `roomAttendant`, `lead`,
/// `publicAreaCleaner`); there is a cover row for every day, shift type and role, so a person on a shift
/// nobody of their role is wanted on costs ``HotelRosterRules/unwantedShiftWeight``.
public struct HotelRosterProblem: Sendable {
    /// The roles that have cover rows.
    public static let coveredRoles: [StaffRole] = [.roomAttendant, .lead, .publicAreaCleaner]

    public let month: HotelMonth
    public let demand: StaffingDemand
    /// The engine's problem; day 0 is the first of the month.
    public let problem: RosterProblem
    /// The problem handed to the engine: ``problem`` with each hard cover minimum turned into a soft target
    /// weighing ``HotelRosterRules/minimumCoverWeight`` per person short, so the search can move through
    /// rosters that are briefly short on a day and the best roster shows which days cannot be covered. A roster
    /// with no shortfall meets every hard rule of ``problem`` and has the same penalty there.
    public let searchProblem: RosterProblem
    /// The staff in ``problem`` order.
    public let staff: [StaffMember]
    /// Staff not rostered (managers).
    public let excluded: [StaffMember]

    /// Builds the problem.
    /// - Throws: ``HotelRosterInputError`` listing every problem (unknown staff or shift in leave and requests,
    ///   dates outside the month, forecast days missing, demand that cannot be derived).
    public init(_ month: HotelMonth) throws(HotelRosterInputError) {
        var problems: [String] = []
        let demand: StaffingDemand
        do { demand = try month.demand() } catch { throw HotelRosterInputError(problems: error.problems) }
        let missing = month.forecast.missingDates(in: month.month)
        if !missing.isEmpty {
            problems.append("the forecast has no figures for \(missing.count) day(s) of \(month.month): \(missing.prefix(5).map(\.description).joined(separator: ", "))\(missing.count > 5 ? ", …" : "")")
        }
        let staff = month.rosteredStaff
        let staffIDs = Set(staff.map(\.id))
        let shiftIDs = Set(month.property.shiftTypes.map(\.id))
        let first = month.month.firstDay
        let dayCount = month.month.dayCount
        func dayIndex(_ date: CalendarDate) -> Int? {
            let day = first.days(until: date)
            return (0..<dayCount).contains(day) ? day : nil
        }

        var leaveDays: [String: Set<Int>] = [:]
        for leave in month.leave {
            guard staffIDs.contains(leave.staffID) else { problems.append("leave of unknown staff member '\(leave.staffID)' on \(leave.date)"); continue }
            guard let day = dayIndex(leave.date) else { continue }  // leave outside the month does not matter
            leaveDays[leave.staffID, default: []].insert(day)
        }
        var requests: [RosterProblem.Request] = []
        for request in month.requests {
            guard staffIDs.contains(request.staffID) else { problems.append("request of unknown staff member '\(request.staffID)' on \(request.date)"); continue }
            if let shift = request.shiftTypeID, !shiftIDs.contains(shift) {
                problems.append("request of '\(request.staffID)' on \(request.date): unknown shift type '\(shift)'")
                continue
            }
            guard let day = dayIndex(request.date) else { continue }
            requests.append(RosterProblem.Request(employeeID: request.staffID, day: day, shiftTypeID: request.shiftTypeID,
                                                  kind: request.kind == .on ? .on : .off, weight: max(0, request.weight)))
        }
        for (id, days) in month.previousDays.sorted(by: { $0.key < $1.key }) {
            if !staffIDs.contains(id) { problems.append("previous month of unknown staff member '\(id)'") }
            for case let shift? in days where !shiftIDs.contains(shift) {
                problems.append("previous month of '\(id)': unknown shift type '\(shift)'")
            }
        }
        if !problems.isEmpty { throw HotelRosterInputError(problems: problems) }

        var shiftTypes = month.property.shiftTypes.map { type in
            RosterProblem.ShiftType(id: type.id, minutes: type.paidMinutes, startMinute: type.start.minutesAfterMidnight,
                                    endMinute: type.end.minutesAfterMidnight)
        }
        var problemShape = RosterProblem(dayCount: dayCount, firstWeekday: .init(first.weekday), shiftTypes: shiftTypes, staff: [])
        problemShape.deriveForbiddenSuccessions(minimumRestMinutes: Int((month.rules.minimumRestHours * 60).rounded()))
        shiftTypes = problemShape.shiftTypes

        let rules = month.rules
        let employees = staff.map { member -> RosterProblem.Employee in
            var maximumShifts: [String: Int] = [:]
            if let allowed = member.contract.allowedShiftTypeIDs {
                for type in shiftTypes where !allowed.contains(type.id) { maximumShifts[type.id] = 0 }
            }
            for (type, limit) in member.contract.maximumShiftsPerType where shiftIDs.contains(type) {
                maximumShifts[type] = min(maximumShifts[type] ?? .max, limit)
            }
            let leave = leaveDays[member.id] ?? []
            var minimum = member.contract.minimumMinutesPerMonth
            if rules.leaveCountsTowardMinimum, !leave.isEmpty {
                minimum = minimum * (dayCount - leave.count) / dayCount
            }
            return RosterProblem.Employee(
                id: member.id, maximumShifts: maximumShifts, minimumMinutes: minimum,
                maximumMinutes: member.contract.maximumMinutesPerMonth,
                maximumConsecutiveShifts: rules.maximumConsecutiveWorkingDays,
                minimumConsecutiveShifts: rules.minimumConsecutiveWorkingDays,
                minimumConsecutiveDaysOff: rules.minimumConsecutiveDaysOff, maximumWeekends: rules.maximumWeekends,
                leaveDays: leave, roles: Set(member.roles.map(\.rawValue)),
                previousDays: month.previousDays[member.id] ?? [])
        }

        var required: [String: CoverRequirement] = [:]
        for requirement in demand.requirements {
            required["\(requirement.date)|\(requirement.shiftTypeID)|\(requirement.role.rawValue)"] = requirement
        }
        var cover: [RosterProblem.Cover] = []
        for day in 0..<dayCount {
            let date = first.adding(days: day)
            for type in shiftTypes {
                for role in HotelRosterProblem.coveredRoles where staff.contains(where: { $0.has(role) }) {
                    let requirement = required["\(date)|\(type.id)|\(role.rawValue)"]
                    let preferred = requirement?.preferred ?? 0
                    cover.append(RosterProblem.Cover(
                        day: day, shiftTypeID: type.id, role: role.rawValue, minimum: requirement?.minimum ?? 0,
                        preferred: preferred, underWeight: rules.underCoverWeight[role] ?? 5,
                        overWeight: preferred > 0 ? rules.overCoverWeight : rules.unwantedShiftWeight))
                }
            }
        }
        self.month = month
        self.demand = demand
        self.staff = staff
        self.excluded = month.property.staff.filter { !staff.contains($0) }
        self.problem = RosterProblem(dayCount: dayCount, firstWeekday: .init(first.weekday), shiftTypes: shiftTypes,
                                     staff: employees, requests: requests, cover: cover)
        var relaxed = cover.map { row -> RosterProblem.Cover in
            var row = row
            row.minimum = 0
            return row
        }
        for row in cover where row.minimum > 0 {
            relaxed.append(RosterProblem.Cover(day: row.day, shiftTypeID: row.shiftTypeID, role: row.role, minimum: 0,
                                               preferred: row.minimum, underWeight: rules.minimumCoverWeight, overWeight: 0))
        }
        self.searchProblem = RosterProblem(dayCount: dayCount, firstWeekday: .init(first.weekday), shiftTypes: shiftTypes,
                                           staff: employees, requests: requests, cover: relaxed)
    }

    /// The date of a day of the problem.
    public func date(ofDay day: Int) -> CalendarDate { month.month.firstDay.adding(days: day) }

    /// Reasons the hard rules cannot all hold, found without solving: a day, shift and role whose minimum is
    /// more than the people who could work it, and people whose monthly minimum cannot be reached in their
    /// available days. Empty does not prove a roster exists; the engine's explanation says more.
    public func obstacles() -> [String] {
        var found: [String] = []
        let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.name) })
        // Cover: people of the role, not on leave, allowed the shift.
        var byDayRole: [String: (minimum: Int, shifts: [String])] = [:]
        for row in problem.cover where row.minimum > 0 {
            let role = row.role ?? ""
            let able = problem.staff.filter { person in
                (row.role.map { person.roles.contains($0) } ?? true) && !person.leaveDays.contains(row.day)
                    && person.maximumShifts[row.shiftTypeID] != 0
            }
            if able.count < row.minimum {
                let away = problem.staff.filter { person in (row.role.map { person.roles.contains($0) } ?? true) && person.leaveDays.contains(row.day) }
                found.append("\(date(ofDay: row.day)) shift \(row.shiftTypeID): \(row.minimum) \(role) needed, only \(able.count) can work it"
                             + (away.isEmpty ? "" : " (\(away.map { "\($0.id) \(names[$0.id] ?? "")" }.joined(separator: ", ")) on leave)")
                             + "; short by \(row.minimum - able.count)")
            }
            let key = "\(row.day)|\(role)"
            byDayRole[key, default: (0, [])].minimum += row.minimum
            byDayRole[key, default: (0, [])].shifts.append(row.shiftTypeID)
        }
        for (key, need) in byDayRole.sorted(by: { $0.key < $1.key }) where need.shifts.count > 1 {
            let parts = key.split(separator: "|", omittingEmptySubsequences: false)
            let day = Int(parts[0])!, role = String(parts[1])
            let able = problem.staff.filter { $0.roles.contains(role) && !$0.leaveDays.contains(day) }.count
            if able < need.minimum {
                found.append("\(date(ofDay: day)): \(need.minimum) \(role) needed over shifts \(need.shifts.joined(separator: ", ")), only \(able) can work that day; short by \(need.minimum - able)")
            }
        }
        // Roles: the month's minimum shifts against the most shifts the role's people can work.
        for role in HotelRosterProblem.coveredRoles.map(\.rawValue) {
            let needed = problem.cover.filter { $0.role == role }.reduce(0) { $0 + $1.minimum }
            guard needed > 0 else { continue }
            let people = problem.staff.filter { $0.roles.contains(role) }
            let capacity = people.reduce(0) { $0 + mostShifts($1) }
            if capacity < needed {
                found.append("\(role): the cover minimums need \(needed) shifts in \(month.month), but the \(people.count) \(role) staff can work at most \(capacity) (runs of at most \(month.rules.maximumConsecutiveWorkingDays) days, \(month.rules.minimumConsecutiveDaysOff) days off between, leave, contract hours); short by \(needed - capacity) shifts")
            }
        }
        // People: the minimum minutes in the days they may work, at the longest allowed shift.
        for person in problem.staff {
            let allowed = problem.shiftTypes.filter { person.maximumShifts[$0.id] != 0 }
            if person.minimumMinutes > person.maximumMinutes {
                found.append("\(person.id) \(names[person.id] ?? ""): minimum \(person.minimumMinutes) min is above the maximum \(person.maximumMinutes) min")
                continue
            }
            guard person.minimumMinutes > 0 else { continue }
            let free = problem.dayCount - person.leaveDays.count
            // At most max-consecutive working days in every (max-consecutive + min-days-off) days.
            let cycle = person.maximumConsecutiveShifts + person.minimumConsecutiveDaysOff
            let workable = cycle > 0 ? min(free, (problem.dayCount / cycle) * person.maximumConsecutiveShifts
                                                + min(problem.dayCount % cycle, person.maximumConsecutiveShifts)) : free
            var budget: [Int] = []
            for type in allowed {
                let cap = person.maximumShifts[type.id] ?? workable
                budget += Array(repeating: type.minutes, count: min(cap, workable))
            }
            let best = budget.sorted(by: >).prefix(workable).reduce(0, +)
            if best < person.minimumMinutes {
                found.append("\(person.id) \(names[person.id] ?? ""): at least \(person.minimumMinutes) min to roster but at most \(best) min possible in \(workable) workable days (\(person.leaveDays.count) on leave)")
            }
        }
        return found
    }

    /// An upper bound on the shifts a person can work in the month: days not on leave, runs of at most the
    /// maximum working days separated by the minimum days off, and the maximum minutes at the shortest
    /// allowed shift.
    func mostShifts(_ person: RosterProblem.Employee) -> Int {
        let free = problem.dayCount - person.leaveDays.count
        let cycle = person.maximumConsecutiveShifts + person.minimumConsecutiveDaysOff
        let byRuns = cycle > 0 && person.maximumConsecutiveShifts < problem.dayCount
            ? (problem.dayCount / cycle) * person.maximumConsecutiveShifts + min(problem.dayCount % cycle, person.maximumConsecutiveShifts)
            : problem.dayCount
        let shortest = problem.shiftTypes.filter { person.maximumShifts[$0.id] != 0 }.map(\.minutes).filter { $0 > 0 }.min()
        let byMinutes = shortest.map { person.maximumMinutes / $0 } ?? problem.dayCount
        return max(0, min(free, byRuns, byMinutes))
    }
}

/// Hotel roster inputs that do not fit together: unknown staff or shifts, days the forecast lacks.
public struct HotelRosterInputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [String]
    public init(problems: [String]) { self.problems = problems }
    public var description: String { problems.joined(separator: "\n") }
}

extension RosterProblem.Weekday {
    /// The engine's weekday for a calendar weekday.
    init(_ weekday: Weekday) {
        self = RosterProblem.Weekday(rawValue: Weekday.allCases.firstIndex(of: weekday)!)!
    }
}
