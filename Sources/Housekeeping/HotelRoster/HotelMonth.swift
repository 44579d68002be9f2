/// The rules of a hotel's monthly roster that are not in the contracts: rest between shifts, runs of working
/// days and days off, weekends, and the weights of the soft goals.
public struct HotelRosterRules: Hashable, Sendable, Codable {
    /// The shortest rest between the end of one shift and the start of the next day's, in hours; shift pairs
    /// with less rest become forbidden successions (an evening shift to 24:00 followed by an 08:00 morning
    /// gives 8 hours).
    public var minimumRestHours: Double
    /// The longest run of working days.
    public var maximumConsecutiveWorkingDays: Int
    /// The shortest run of working days.
    public var minimumConsecutiveWorkingDays: Int
    /// The shortest run of days off.
    public var minimumConsecutiveDaysOff: Int
    /// The most weekends (Saturday or Sunday worked) in the month.
    public var maximumWeekends: Int
    /// Penalty per person short of the preferred cover, by role.
    public var underCoverWeight: [StaffRole: Int]
    /// Penalty per person above the preferred cover where the shift is wanted.
    public var overCoverWeight: Int
    /// Penalty per person on a shift nobody of their role is wanted on that day.
    public var unwantedShiftWeight: Int
    /// Approved leave counts toward the monthly minimum: the minimum shrinks by the share of the month on leave.
    public var leaveCountsTowardMinimum: Bool
    /// The search's penalty per person short of a hard cover minimum (see ``HotelRosterProblem/searchProblem``);
    /// far above every soft weight.
    public var minimumCoverWeight: Int

    public init(minimumRestHours: Double = 11, maximumConsecutiveWorkingDays: Int = 6, minimumConsecutiveWorkingDays: Int = 2,
                minimumConsecutiveDaysOff: Int = 2, maximumWeekends: Int = 3,
                underCoverWeight: [StaffRole: Int] = [.roomAttendant: 10, .lead: 8, .publicAreaCleaner: 6],
                overCoverWeight: Int = 2, unwantedShiftWeight: Int = 5, leaveCountsTowardMinimum: Bool = true,
                minimumCoverWeight: Int = 1000) {
        self.minimumRestHours = minimumRestHours
        self.maximumConsecutiveWorkingDays = maximumConsecutiveWorkingDays
        self.minimumConsecutiveWorkingDays = minimumConsecutiveWorkingDays
        self.minimumConsecutiveDaysOff = minimumConsecutiveDaysOff
        self.maximumWeekends = maximumWeekends
        self.underCoverWeight = underCoverWeight
        self.overCoverWeight = overCoverWeight
        self.unwantedShiftWeight = unwantedShiftWeight
        self.leaveCountsTowardMinimum = leaveCountsTowardMinimum
        self.minimumCoverWeight = minimumCoverWeight
    }
}

/// A wish of one member of staff for one date (soft): to work or not, a given shift or any.
public struct StaffRequest: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case on, off }
    public var staffID: String
    public var date: CalendarDate
    /// The shift asked for or against; `nil` for the whole day.
    public var shiftTypeID: String?
    public var kind: Kind
    /// The penalty when not honoured.
    public var weight: Int

    public init(staffID: String, date: CalendarDate, shiftTypeID: String? = nil, kind: Kind, weight: Int) {
        self.staffID = staffID
        self.date = date
        self.shiftTypeID = shiftTypeID
        self.kind = kind
        self.weight = weight
    }

    /// "day off on 2026-12-24", "shift M on 2026-12-10", "no E on 2026-12-31".
    public var summary: String {
        switch (kind, shiftTypeID) {
        case (.on, let shift?): "shift \(shift) on \(date)"
        case (.on, nil): "to work on \(date)"
        case (.off, let shift?): "no \(shift) on \(date)"
        case (.off, nil): "day off on \(date)"
        }
    }
}

/// Approved leave of one member of staff on one date (hard: no shift that day).
public struct LeaveDay: Hashable, Sendable, Codable {
    public var staffID: String
    public var date: CalendarDate
    public init(staffID: String, date: CalendarDate) {
        self.staffID = staffID
        self.date = date
    }
}

/// Everything the monthly roster of a hotel needs: the property (staff, contracts, shift types, standards),
/// the month, its forecast and demand policy, the rules, approved leave, requests, and the end of the
/// previous month.
///
/// ```swift
/// let month = HotelMonth.sample(month: RosterMonth(year: 2026, month: 12)!, seed: 1)
/// let problem = try HotelRosterProblem(month)
/// let result = try RosterPlanner(problem: problem.problem).plan(.init(timeLimitSeconds: 10))
/// ```
public struct HotelMonth: Hashable, Sendable, Codable {
    public var property: Property
    public var month: RosterMonth
    public var forecast: OccupancyForecast
    public var policy: StaffingDemandPolicy
    public var rules: HotelRosterRules
    public var leave: [LeaveDay]
    public var requests: [StaffRequest]
    /// The last days of the previous month per staff id, oldest first: a shift type id, or `nil` for a day off.
    /// Staff not listed have an unknown past.
    public var previousDays: [String: [String?]]

    public init(property: Property, month: RosterMonth, forecast: OccupancyForecast, policy: StaffingDemandPolicy,
                rules: HotelRosterRules = HotelRosterRules(), leave: [LeaveDay] = [], requests: [StaffRequest] = [],
                previousDays: [String: [String?]] = [:]) {
        self.property = property
        self.month = month
        self.forecast = forecast
        self.policy = policy
        self.rules = rules
        self.leave = leave
        self.requests = requests
        self.previousDays = previousDays
    }

    /// The staff the roster plans: everyone but managers (who plan it), in the property's order.
    public var rosteredStaff: [StaffMember] {
        property.staff.filter { !($0.roles.subtracting([.manager])).isEmpty }
    }

    /// The demand for the month.
    public func demand() throws(StaffingDemandError) -> StaffingDemand {
        let dates = Set(month.dates)
        return try StaffingDemand(forecast: OccupancyForecast(days: forecast.days.filter { dates.contains($0.date) }),
                                  property: property, policy: policy)
    }
}

extension HotelMonth {
    /// The sample hotel's month: the sample city hotel (120 rooms) staffed for a month — 14 attendants,
    /// 3 leads, 2 public-area cleaners — with the sample forecast, approved leave for a few people, a dozen
    /// requests and a rotating end of the previous month, all from the seed.
    public static func sample(month: RosterMonth, seed: UInt64 = 1) -> HotelMonth {
        sample(month: month, options: sampleHotelOptions(month: month, seed: seed))
    }

    /// The sample hotel behind ``sample(month:seed:)``: the sample city hotel with 14 attendants and 2
    /// public-area cleaners, on the first day of the month.
    public static func sampleHotelOptions(month: RosterMonth, seed: UInt64 = 1) -> SampleHotelOptions {
        SampleHotelOptions(attendants: 14, publicAreaCleaners: 2, date: month.firstDay, seed: seed)
    }

    /// A generated month for a sample hotel of any size (leave, requests and the previous month scale with it).
    public static func sample(month: RosterMonth, options: SampleHotelOptions) -> HotelMonth {
        var options = options
        options.date = month.firstDay
        let hotel = SampleHotel(options)
        let property = hotel.property
        var random = SeededGenerator(seed: options.seed &+ 0x0123_4567_89AB)
        let forecast = OccupancyForecast.sample(month: month, roomCount: property.rooms.count, seed: options.seed)
        let staff = property.staff.filter { !$0.has(.manager) }
        let dates = month.dates
        let fullTimeAttendants = staff.filter { $0.has(.roomAttendant) && $0.contract.kind == .fullTime }

        // Approved leave: about one person in six takes a block of 2–5 days.
        var leave: [LeaveDay] = []
        var onLeave: Set<String> = []
        for member in staff where random.chance(1.0 / 6) {
            let length = Int.random(in: 2...5, using: &random)
            let start = Int.random(in: 0...(dates.count - length), using: &random)
            for offset in 0..<length { leave.append(LeaveDay(staffID: member.id, date: dates[start + offset])) }
            onLeave.insert(member.id)
        }
        // Requests: days off (weight 3), a morning instead of an evening (2), no evening (2).
        var requests: [StaffRequest] = []
        let leaveDates = Set(leave.map { "\($0.staffID)|\($0.date)" })
        for _ in 0..<max(4, staff.count * 2 / 3) {
            let member = staff[Int.random(in: 0..<staff.count, using: &random)]
            let date = dates[Int.random(in: 0..<dates.count, using: &random)]
            guard !leaveDates.contains("\(member.id)|\(date)"),
                  !requests.contains(where: { $0.staffID == member.id && $0.date == date }) else { continue }
            let mayEvening = member.contract.allowedShiftTypeIDs?.contains("E") ?? true
            switch Double.random(in: 0..<1, using: &random) {
            case ..<0.6: requests.append(StaffRequest(staffID: member.id, date: date, kind: .off, weight: 3))
            case ..<0.8 where mayEvening: requests.append(StaffRequest(staffID: member.id, date: date, shiftTypeID: "E", kind: .off, weight: 2))
            default: requests.append(StaffRequest(staffID: member.id, date: date, shiftTypeID: "M", kind: .on, weight: 2))
            }
        }
        // The previous month: a five-on, two-off rotation, staggered; every fifth full-time attendant was on
        // evenings.
        var previous: [String: [String?]] = [:]
        for (index, member) in staff.enumerated() {
            let offset = (index * 3) % 7
            let evenings = member.has(.roomAttendant) && fullTimeAttendants.firstIndex(of: member).map { $0 % 5 == 2 } == true
            previous[member.id] = (0..<7).map { day in
                (day + offset) % 7 < 5 ? (evenings ? "E" : "M") : nil
            }
        }
        return HotelMonth(property: property, month: month, forecast: forecast, policy: .sampleHotel,
                          leave: leave.sorted { ($0.date, $0.staffID) < ($1.date, $1.staffID) },
                          requests: requests.sorted { ($0.date, $0.staffID) < ($1.date, $1.staffID) },
                          previousDays: previous)
    }
}
