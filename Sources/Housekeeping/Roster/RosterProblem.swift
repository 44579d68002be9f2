/// A staff roster to plan: who works which shift on which day of a horizon, under hard rules per person
/// and soft cover and request targets.
///
/// The model is a superset of the Curtois & Qu shift scheduling benchmark (2014) and of a hotel's monthly
/// roster. Days are numbered from 0; ``firstWeekday`` says which weekday day 0 is, so weekends (Saturday and
/// Sunday) are known. Everything is a plain value: build one in code or from a file, hand it to
/// ``RosterPlanner``, score any ``Roster`` with ``RosterEvaluation``.
///
/// Hard rules (never broken by a roster the planner returns, reported by ``RosterEvaluation``):
/// - one shift a day at most, none on an employee's ``Employee/leaveDays``;
/// - a shift type's ``ShiftType/forbiddenFollowers`` never on the next day (also across the start of the
///   horizon, from ``Employee/previousDays``);
/// - ``Employee/maximumShifts`` per shift type, total minutes within
///   ``Employee/minimumMinutes``…``Employee/maximumMinutes``;
/// - ``Employee/maximumConsecutiveShifts``, ``Employee/minimumConsecutiveShifts``,
///   ``Employee/minimumConsecutiveDaysOff`` (see ``Employee/previousDays`` for the boundary);
/// - ``Employee/maximumWeekends`` (a weekend is worked when its Saturday or Sunday has a shift);
/// - ``Cover/minimum`` people on each covered day, shift and role.
///
/// Soft goals (the penalty, minimised): ``Request``s not honoured, and cover below or above
/// ``Cover/preferred`` times the cover's weights.
///
/// ```swift
/// let early = RosterProblem.ShiftType(id: "E", minutes: 480, startMinute: 7 * 60, endMinute: 15 * 60)
/// let late = RosterProblem.ShiftType(id: "L", minutes: 480, startMinute: 15 * 60, endMinute: 23 * 60)
/// var problem = RosterProblem(dayCount: 28, firstWeekday: .monday, shiftTypes: [early, late], staff: [...])
/// problem.deriveForbiddenSuccessions(minimumRestMinutes: 11 * 60)   // no late followed by an early
/// ```
public struct RosterProblem: Sendable, Hashable, Codable {
    /// A day of the week; day 0 of the horizon is ``RosterProblem/firstWeekday``.
    public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable {
        case monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday
    }

    /// The number of days planned (the horizon), numbered 0..<dayCount.
    public var dayCount: Int
    /// The weekday of day 0.
    public var firstWeekday: Weekday
    /// The shift types, in display order. Their ids must be unique and non-empty.
    public var shiftTypes: [ShiftType]
    /// The employees, in display order. Their ids must be unique and non-empty.
    public var staff: [Employee]
    /// Requests for a shift or a day on or off (soft).
    public var requests: [Request]
    /// The cover wanted per day, shift type and (optionally) role.
    public var cover: [Cover]

    public init(
        dayCount: Int, firstWeekday: Weekday = .monday, shiftTypes: [ShiftType], staff: [Employee],
        requests: [Request] = [], cover: [Cover] = []
    ) {
        self.dayCount = dayCount
        self.firstWeekday = firstWeekday
        self.shiftTypes = shiftTypes
        self.staff = staff
        self.requests = requests
        self.cover = cover
    }

    /// The weekday of a day of the horizon.
    public func weekday(ofDay day: Int) -> Weekday {
        Weekday(rawValue: ((firstWeekday.rawValue + day) % 7 + 7) % 7)!
    }

    /// Whether a day of the horizon is a Saturday or a Sunday.
    public func isWeekend(day: Int) -> Bool {
        let weekday = weekday(ofDay: day)
        return weekday == .saturday || weekday == .sunday
    }

    /// Adds forbidden successions derived from shift times: shift `b` may not follow shift `a` on the next day
    /// when the rest between the end of `a` and the start of `b` would be shorter than `minimumRestMinutes`.
    ///
    /// Only shift types with both ``ShiftType/startMinute`` and ``ShiftType/endMinute`` take part. A shift whose
    /// end is not after its start crosses midnight (ends on the next day). Existing forbidden followers are kept.
    public mutating func deriveForbiddenSuccessions(minimumRestMinutes: Int) {
        for a in shiftTypes.indices {
            guard let startA = shiftTypes[a].startMinute, let endA = shiftTypes[a].endMinute else { continue }
            let endAbsolute = endA > startA ? endA : endA + 24 * 60   // minutes from the start of a's day
            for b in shiftTypes.indices {
                guard let startB = shiftTypes[b].startMinute else { continue }
                let rest = 24 * 60 + startB - endAbsolute
                if rest < minimumRestMinutes { shiftTypes[a].forbiddenFollowers.insert(shiftTypes[b].id) }
            }
        }
    }
}

extension RosterProblem {
    /// A kind of shift: its length and which shifts may not follow it on the next day.
    public struct ShiftType: Sendable, Hashable, Codable {
        /// A short unique id, such as `"E"` or `"late"`; the roster CSV shows it.
        public var id: String
        /// Paid minutes, counted toward an employee's minimum and maximum minutes.
        public var minutes: Int
        /// Start time in minutes after midnight, when known (only used to derive rest rules).
        public var startMinute: Int?
        /// End time in minutes after midnight, when known; not after ``startMinute`` means it ends next day.
        public var endMinute: Int?
        /// Ids of the shift types that may not be worked on the day after this one (hard).
        public var forbiddenFollowers: Set<String>

        public init(
            id: String, minutes: Int, startMinute: Int? = nil, endMinute: Int? = nil,
            forbiddenFollowers: Set<String> = []
        ) {
            self.id = id
            self.minutes = minutes
            self.startMinute = startMinute
            self.endMinute = endMinute
            self.forbiddenFollowers = forbiddenFollowers
        }
    }

    /// A person to roster and their contract rules (all hard).
    public struct Employee: Sendable, Hashable, Codable {
        /// A unique id, shown in the roster.
        public var id: String
        /// The most shifts of each type in the horizon, by shift type id; 0 forbids the type. A type that is
        /// not listed is unlimited.
        public var maximumShifts: [String: Int]
        /// The fewest paid minutes in the horizon.
        public var minimumMinutes: Int
        /// The most paid minutes in the horizon.
        public var maximumMinutes: Int
        /// The longest run of consecutive working days.
        public var maximumConsecutiveShifts: Int
        /// The shortest run of consecutive working days (a run touching either end of the horizon is exempt,
        /// unless ``previousDays`` says how long it already is at the start).
        public var minimumConsecutiveShifts: Int
        /// The shortest run of consecutive days off (same boundary rule as ``minimumConsecutiveShifts``).
        public var minimumConsecutiveDaysOff: Int
        /// The most weekends worked (a weekend is worked when its Saturday or its Sunday has a shift).
        public var maximumWeekends: Int
        /// Approved leave and other days this person cannot work (hard), as day numbers.
        public var leaveDays: Set<Int>
        /// Roles or skills (e.g. `"attendant"`, `"lead"`); a ``Cover`` with a role counts only people having it.
        public var roles: Set<String>
        /// The last days of the previous period, oldest first, each a shift type id or `nil` for a day off.
        ///
        /// Empty (the benchmark's convention) means the past is unknown: the day before day 0 counts as off
        /// for successions and maximum runs, and a run touching day 0 is never too short. When given, runs
        /// continue across day 0: the trailing run of the previous period adds to a run starting on day 0,
        /// a run ending on the last previous day must reach its minimum when day 0 breaks it, and the last
        /// previous shift's forbidden followers apply to day 0. A run filling all of `previousDays` is taken
        /// as long enough for the minimum rules. Weekends are counted inside the horizon only.
        public var previousDays: [String?]

        public init(
            id: String, maximumShifts: [String: Int] = [:], minimumMinutes: Int = 0, maximumMinutes: Int = .max / 4,
            maximumConsecutiveShifts: Int = .max / 4, minimumConsecutiveShifts: Int = 1,
            minimumConsecutiveDaysOff: Int = 1, maximumWeekends: Int = .max / 4, leaveDays: Set<Int> = [],
            roles: Set<String> = [], previousDays: [String?] = []
        ) {
            self.id = id
            self.maximumShifts = maximumShifts
            self.minimumMinutes = minimumMinutes
            self.maximumMinutes = maximumMinutes
            self.maximumConsecutiveShifts = maximumConsecutiveShifts
            self.minimumConsecutiveShifts = minimumConsecutiveShifts
            self.minimumConsecutiveDaysOff = minimumConsecutiveDaysOff
            self.maximumWeekends = maximumWeekends
            self.leaveDays = leaveDays
            self.roles = roles
            self.previousDays = previousDays
        }
    }

    /// A wish of one employee for one day, honoured when possible (soft).
    ///
    /// - `.on` with a shift type: wants that shift; penalised by ``weight`` unless it is worked.
    /// - `.on` without a shift type: wants to work that day (any shift).
    /// - `.off` with a shift type: does not want that shift; penalised when it is worked.
    /// - `.off` without a shift type: wants the day off; penalised when any shift is worked.
    public struct Request: Sendable, Hashable, Codable {
        /// Whether the employee asks to work or not to work.
        public enum Kind: String, Sendable, Hashable, Codable { case on, off }
        public var employeeID: String
        public var day: Int
        /// The shift type asked for or against, or `nil` for the whole day.
        public var shiftTypeID: String?
        public var kind: Kind
        /// The penalty when the request is not honoured (≥ 0).
        public var weight: Int

        public init(employeeID: String, day: Int, shiftTypeID: String?, kind: Kind, weight: Int) {
            self.employeeID = employeeID
            self.day = day
            self.shiftTypeID = shiftTypeID
            self.kind = kind
            self.weight = weight
        }
    }

    /// How many people should work a shift type on a day, optionally counting only one role.
    ///
    /// Below ``minimum`` is a hard violation; each person below ``preferred`` costs ``underWeight`` and each
    /// person above it costs ``overWeight``.
    public struct Cover: Sendable, Hashable, Codable {
        public var day: Int
        public var shiftTypeID: String
        /// Count only employees with this role; `nil` counts everyone working the shift.
        public var role: String?
        /// The hard minimum number of people (0 for none).
        public var minimum: Int
        /// The preferred number of people.
        public var preferred: Int
        /// Penalty per person below ``preferred``.
        public var underWeight: Int
        /// Penalty per person above ``preferred``.
        public var overWeight: Int

        public init(
            day: Int, shiftTypeID: String, role: String? = nil, minimum: Int = 0, preferred: Int,
            underWeight: Int, overWeight: Int
        ) {
            self.day = day
            self.shiftTypeID = shiftTypeID
            self.role = role
            self.minimum = minimum
            self.preferred = preferred
            self.underWeight = underWeight
            self.overWeight = overWeight
        }
    }
}
