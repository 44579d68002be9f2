/// What the manager checks in a roster: hours per person against the contract, weekends and evening shifts
/// per person (is it fair?), cover per day against the requirement, and every soft rule broken.
///
/// An evening shift is one ending at 21:00 or later, or after midnight.
public struct HotelRosterReport: Hashable, Sendable, Codable {
    /// One person's month.
    public struct Person: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var roles: [String]
        public var contract: String
        /// Paid minutes rostered.
        public var minutes: Int
        /// The month's minimum (after leave) and maximum from the contract.
        public var minimumMinutes: Int
        public var maximumMinutes: Int
        public var shifts: Int
        /// Shifts by shift type id.
        public var shiftsByType: [String: Int]
        /// Weekends with a Saturday or Sunday shift.
        public var weekends: Int
        public var eveningShifts: Int
        public var leaveDays: Int
        /// Requests not honoured.
        public var requestsBroken: Int
        /// Whether the minutes are within the contract.
        public var withinContract: Bool { minutes >= minimumMinutes && minutes <= maximumMinutes }
    }

    /// People of one role on one shift of one day, against the requirement.
    public struct CoverLine: Hashable, Sendable, Codable {
        public var date: CalendarDate
        public var shiftTypeID: String
        public var role: String
        public var minimum: Int
        public var preferred: Int
        public var rostered: Int
    }

    /// A soft rule broken: a request not honoured, or cover below or above the preferred level.
    public struct SoftBreak: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable { case request, underCover, overCover }
        public var kind: Kind
        public var date: CalendarDate
        public var staffID: String?
        public var shiftTypeID: String?
        public var role: String?
        public var detail: String
        public var penalty: Int
    }

    /// The spread of a count over the people of a role (full-time contracts only, so that part-timers do not
    /// make it look unfair).
    public struct Fairness: Hashable, Sendable, Codable {
        public var role: String
        public var people: Int
        public var weekendsFewest: Int
        public var weekendsMost: Int
        public var eveningsFewest: Int
        public var eveningsMost: Int
    }

    public var people: [Person]
    public var cover: [CoverLine]
    public var softBreaks: [SoftBreak]
    public var fairness: [Fairness]
    /// The penalty (the sum of the soft breaks' penalties).
    public var penalty: Int
    /// Hard rules broken (empty for a roster the planner returns as feasible).
    public var hardViolations: [String]
    /// Evening shift type ids.
    public var eveningShiftTypeIDs: [String]

    /// Whether a shift type counts as an evening shift: it ends at 21:00 or later, or after midnight.
    public static func isEvening(_ type: ShiftType) -> Bool { type.endMinutesAfterStartDay >= 21 * 60 }

    public init(hotel: HotelRosterProblem, roster: Roster, evaluation: RosterEvaluation, hardViolations: [String] = []) {
        let problem = hotel.problem
        let evening = Set(hotel.month.property.shiftTypes.filter(HotelRosterReport.isEvening).map(\.id))
        let minutes = Dictionary(uniqueKeysWithValues: problem.shiftTypes.map { ($0.id, $0.minutes) })
        var people: [Person] = []
        var broken: [SoftBreak] = []
        for (e, member) in hotel.staff.enumerated() {
            let employee = problem.staff[e]
            let row = roster.shifts[e]
            var byType: [String: Int] = [:]
            for case let shift? in row { byType[shift, default: 0] += 1 }
            var weekends = 0
            var day = 0
            while day < problem.dayCount {
                if problem.weekday(ofDay: day) == .saturday || (day == 0 && problem.weekday(ofDay: 0) == .sunday) {
                    let last = problem.weekday(ofDay: day) == .saturday ? min(day + 1, problem.dayCount - 1) : day
                    if (day...last).contains(where: { row[$0] != nil }) { weekends += 1 }
                }
                day += 1
            }
            var requestsBroken = 0
            for request in problem.requests where request.employeeID == member.id {
                let worked = row[request.day]
                let honoured: Bool = switch (request.kind, request.shiftTypeID) {
                case (.on, let s?): worked == s
                case (.on, nil): worked != nil
                case (.off, let s?): worked != s
                case (.off, nil): worked == nil
                }
                if !honoured {
                    requestsBroken += 1
                    let date = hotel.date(ofDay: request.day)
                    let original = StaffRequest(staffID: member.id, date: date, shiftTypeID: request.shiftTypeID,
                                                kind: request.kind == .on ? .on : .off, weight: request.weight)
                    broken.append(SoftBreak(kind: .request, date: date, staffID: member.id, shiftTypeID: request.shiftTypeID,
                                            role: nil, detail: "\(member.id) \(member.name) asked for \(original.summary); rostered \(worked ?? "off")",
                                            penalty: request.weight))
                }
            }
            people.append(Person(
                id: member.id, name: member.name, roles: member.roles.map(\.rawValue).sorted(),
                contract: member.contract.kind.rawValue,
                minutes: row.compactMap { $0.flatMap { minutes[$0] } }.reduce(0, +),
                minimumMinutes: employee.minimumMinutes, maximumMinutes: employee.maximumMinutes,
                shifts: row.compactMap { $0 }.count, shiftsByType: byType, weekends: weekends,
                eveningShifts: row.filter { $0.map(evening.contains) ?? false }.count,
                leaveDays: employee.leaveDays.count, requestsBroken: requestsBroken))
        }
        var cover: [CoverLine] = []
        for (row, count) in hotel.coverCounts(roster) {
            let date = hotel.date(ofDay: row.day)
            let role = row.role ?? "anyone"
            if row.minimum > 0 || row.preferred > 0 || count > 0 {
                cover.append(CoverLine(date: date, shiftTypeID: row.shiftTypeID, role: role, minimum: row.minimum,
                                       preferred: row.preferred, rostered: count))
            }
            if count < row.preferred, row.underWeight > 0 {
                broken.append(SoftBreak(kind: .underCover, date: date, staffID: nil, shiftTypeID: row.shiftTypeID, role: role,
                                        detail: "\(date) \(row.shiftTypeID) \(role): \(count) rostered, \(row.preferred) preferred",
                                        penalty: (row.preferred - count) * row.underWeight))
            } else if count > row.preferred, row.overWeight > 0 {
                broken.append(SoftBreak(kind: .overCover, date: date, staffID: nil, shiftTypeID: row.shiftTypeID, role: role,
                                        detail: "\(date) \(row.shiftTypeID) \(role): \(count) rostered, \(row.preferred) preferred",
                                        penalty: (count - row.preferred) * row.overWeight))
            }
        }
        broken.sort { ($0.date, $0.kind.rawValue, $0.staffID ?? "", $0.shiftTypeID ?? "", $0.role ?? "") < ($1.date, $1.kind.rawValue, $1.staffID ?? "", $1.shiftTypeID ?? "", $1.role ?? "") }
        var fairness: [Fairness] = []
        for role in HotelRosterProblem.coveredRoles {
            let group = zip(hotel.staff, people).filter { $0.0.has(role) && $0.0.contract.kind == .fullTime }.map(\.1)
            guard !group.isEmpty else { continue }
            fairness.append(Fairness(role: role.rawValue, people: group.count,
                                     weekendsFewest: group.map(\.weekends).min()!, weekendsMost: group.map(\.weekends).max()!,
                                     eveningsFewest: group.map(\.eveningShifts).min()!, eveningsMost: group.map(\.eveningShifts).max()!))
        }
        self.people = people
        self.cover = cover
        self.softBreaks = broken
        self.fairness = fairness
        self.penalty = evaluation.penalty
        self.hardViolations = hardViolations
        self.eveningShiftTypeIDs = hotel.month.property.shiftTypes.filter(HotelRosterReport.isEvening).map(\.id)
    }
}
