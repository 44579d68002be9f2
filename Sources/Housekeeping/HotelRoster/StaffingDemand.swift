/// How many people of a role a shift needs on a date: a hard minimum and a preferred level.
public struct CoverRequirement: Hashable, Sendable, Codable {
    public var date: CalendarDate
    public var shiftTypeID: String
    public var role: StaffRole
    /// Fewer people than this and the work cannot be done (a hard rule of the roster).
    public var minimum: Int
    /// The people the full work needs (a soft target: each person short or over costs a penalty).
    public var preferred: Int

    public init(date: CalendarDate, shiftTypeID: String, role: StaffRole, minimum: Int, preferred: Int) {
        self.date = date
        self.shiftTypeID = shiftTypeID
        self.role = role
        self.minimum = minimum
        self.preferred = preferred
    }
}

/// A staffing demand that cannot be derived: a shift type or standard is missing, or the policy is invalid.
public struct StaffingDemandError: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [String]
    public init(problems: [String]) { self.problems = problems }
    public var description: String { problems.joined(separator: "\n") }
}

/// The people needed per day, shift and role, derived from the occupancy forecast and the standards, with
/// every step kept so the manager can see why.
///
/// For each day: departures × the departure-clean minutes and stayovers × the stayover minutes (a share
/// `1 / linenChangeEveryNights` with a linen change), each averaged over the property's room-type mix, give
/// the room minutes. They are split over the room-work shifts and divided by the productive minutes of a
/// shift (paid minutes less the allowance and floor-change travel); the total is rounded up and shared out
/// by largest remainder. Leads: one per ``StaffingDemandPolicy/attendantsPerLead`` attendants (at least
/// one when any attendant works). Public-area posts: their visits' minutes ÷ productive minutes. Turndown
/// and fixed posts are added on their shifts.
///
/// ```swift
/// let demand = try StaffingDemand(forecast: forecast, property: property, policy: .sampleHotel)
/// for line in demand.days[0].lines { print(line.explanation) }
/// ```
public struct StaffingDemand: Hashable, Sendable, Codable {
    /// One task's share of a day's work.
    public struct TaskLine: Hashable, Sendable, Codable {
        public var task: TaskKind
        /// Rooms (may be fractional: a share of the stayovers).
        public var rooms: Double
        /// Standard minutes per room, averaged over the property's room-type mix.
        public var minutesPerRoom: Double
        public var minutes: Double { rooms * minutesPerRoom }
    }

    /// People of one role on one shift, and how that number came about.
    public struct Line: Hashable, Sendable, Codable {
        public var shiftTypeID: String
        public var role: StaffRole
        /// The work minutes behind the number (0 for posts counted in people).
        public var workMinutes: Double
        /// Productive minutes of one person on the shift, when the number comes from minutes.
        public var productiveMinutesPerPerson: Double?
        /// The unrounded number of people the work needs.
        public var exactPeople: Double
        public var minimum: Int
        public var preferred: Int
        /// The derivation in words: "room work 80 %: 2,388 min ÷ 440 = 5.43 → 6 (minimum 5)".
        public var explanation: String
    }

    /// One day's derivation.
    public struct Day: Hashable, Sendable, Codable {
        public var forecast: ForecastDay
        public var tasks: [TaskLine]
        public var lines: [Line]
        /// Room minutes (departures and stayovers), before splitting over shifts.
        public var roomMinutes: Double {
            tasks.filter { $0.task != .turndown }.reduce(0) { $0 + $1.minutes }
        }
    }

    public var days: [Day]

    /// The cover requirements: one per date, shift type and role that needs anyone, in date, shift, role order.
    public var requirements: [CoverRequirement] {
        var result: [CoverRequirement] = []
        for day in days {
            var merged: [String: CoverRequirement] = [:]
            var order: [String] = []
            for line in day.lines {
                let key = "\(line.shiftTypeID)|\(line.role.rawValue)"
                if var existing = merged[key] {
                    existing.minimum += line.minimum
                    existing.preferred += line.preferred
                    merged[key] = existing
                } else {
                    merged[key] = CoverRequirement(date: day.forecast.date, shiftTypeID: line.shiftTypeID, role: line.role,
                                                   minimum: line.minimum, preferred: line.preferred)
                    order.append(key)
                }
            }
            result += order.compactMap { merged[$0] }.filter { $0.preferred > 0 || $0.minimum > 0 }
        }
        return result
    }

    public init(days: [Day]) { self.days = days }

    /// Derives the demand for every day of the forecast.
    /// - Throws: ``StaffingDemandError`` when the policy names unknown shifts or the standards lack a task
    ///   the derivation needs for every room type.
    public init(forecast: OccupancyForecast, property: Property, policy: StaffingDemandPolicy) throws(StaffingDemandError) {
        var problems = policy.problems(shiftTypes: property.shiftTypes).map(\.message)
        let standards = property.standards
        // The room-type mix: how many rooms of each type.
        var mix: [String: Int] = [:]
        for room in property.rooms { mix[room.roomTypeID, default: 0] += 1 }
        if mix.isEmpty { for type in property.roomTypes { mix[type.id] = 1 } }
        func averageMinutes(_ task: TaskKind) -> Double? {
            var total = 0.0, weight = 0
            for (type, count) in mix {
                guard let standard = standards.standard(for: task, roomTypeID: type) else { continue }
                total += standard.minutes * Double(count)
                weight += count
            }
            return weight > 0 ? total / Double(weight) : nil
        }
        let departure = averageMinutes(.departureClean)
        let service = averageMinutes(.stayoverService)
        let linen = averageMinutes(.stayoverLinenChange) ?? service
        let turndown = averageMinutes(.turndown)
        if departure == nil { problems.append("the standards have no departure-clean minutes for any room type") }
        if service == nil { problems.append("the standards have no stayover-service minutes for any room type") }
        if policy.turndownShiftTypeID != nil, policy.turndownShare > 0, turndown == nil {
            problems.append("the standards have no turndown minutes for any room type")
        }
        guard problems.isEmpty, let departure, let service, let linen else { throw StaffingDemandError(problems: problems) }
        let shifts = Dictionary(property.shiftTypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let travel = policy.floorChangesPerShift * standards.travelMinutesPerFloorChange
        func roomProductive(_ id: String) -> Double {
            max(1, Double(shifts[id]!.paidMinutes) - policy.allowanceMinutesPerShift - travel)
        }
        let linenShare = standards.linenChangeEveryNights.map { 1 / Double(max(1, $0)) } ?? 0
        let leadShift = policy.leadShiftTypeID ?? policy.roomWork.first?.shiftTypeID
        let visits = StaffingDemand.publicAreaMinutesByShift(standards.publicAreaPosts, shiftTypes: property.shiftTypes,
                                                            fixedShift: policy.publicAreaShiftTypeID)

        var days: [Day] = []
        for forecast in forecast.days {
            var tasks = [TaskLine(task: .departureClean, rooms: Double(forecast.departures), minutesPerRoom: departure)]
            if linenShare > 0 {
                tasks.append(TaskLine(task: .stayoverLinenChange, rooms: Double(forecast.stayovers) * linenShare, minutesPerRoom: linen))
            }
            tasks.append(TaskLine(task: .stayoverService, rooms: Double(forecast.stayovers) * (1 - linenShare), minutesPerRoom: service))
            let roomMinutes = tasks.reduce(0) { $0 + $1.minutes }
            var lines: [Line] = []

            // Room attendants for the room work, rounded up in total and shared by largest remainder.
            let exact = policy.roomWork.map { $0.share * roomMinutes / roomProductive($0.shiftTypeID) }
            let preferred = StaffingDemand.roundUpSharing(exact)
            let minimum = zip(StaffingDemand.roundUpSharing(exact.map { $0 * policy.minimumShare }), preferred).map { min($0, $1) }
            for (index, share) in policy.roomWork.enumerated() {
                let productive = roomProductive(share.shiftTypeID)
                let minutes = share.share * roomMinutes
                lines.append(Line(
                    shiftTypeID: share.shiftTypeID, role: .roomAttendant, workMinutes: minutes,
                    productiveMinutesPerPerson: productive, exactPeople: exact[index],
                    minimum: minimum[index], preferred: preferred[index],
                    explanation: "room work \(percent(share.share)): \(whole(minutes)) min ÷ \(whole(productive)) productive min"
                        + " = \(two(exact[index])) → \(preferred[index]) (minimum \(percent(policy.minimumShare)) → \(minimum[index]))"))
            }
            // Turndown on the evening shift.
            if let id = policy.turndownShiftTypeID, policy.turndownShare > 0, let turndown {
                let rooms = Double(forecast.occupiedRooms) * policy.turndownShare
                tasks.append(TaskLine(task: .turndown, rooms: rooms, minutesPerRoom: turndown))
                let productive = roomProductive(id)
                let minutes = rooms * turndown
                let people = minutes / productive
                let preferred = Int((people - 1e-9).rounded(.up))
                let minimum = min(preferred, Int((people * policy.minimumShare - 1e-9).rounded(.up)))
                lines.append(Line(
                    shiftTypeID: id, role: .roomAttendant, workMinutes: minutes, productiveMinutesPerPerson: productive,
                    exactPeople: people, minimum: minimum, preferred: preferred,
                    explanation: "turndown \(one(rooms)) rooms × \(one(turndown)) min = \(whole(minutes)) min ÷ \(whole(productive))"
                        + " = \(two(people)) → \(preferred) (minimum \(minimum))"))
            }
            // Leads at the inspection ratio.
            if let leadShift {
                let attendantsPreferred = preferred.reduce(0, +)
                let leads = (attendantsPreferred + policy.attendantsPerLead - 1) / policy.attendantsPerLead
                let leadMinimum = attendantsPreferred > 0 ? 1 : 0
                lines.append(Line(
                    shiftTypeID: leadShift, role: .lead, workMinutes: 0, productiveMinutesPerPerson: nil,
                    exactPeople: Double(attendantsPreferred) / Double(policy.attendantsPerLead),
                    minimum: leadMinimum, preferred: leads,
                    explanation: "leads: \(attendantsPreferred) room-work attendants ÷ \(policy.attendantsPerLead) per lead"
                        + " → \(leads) (minimum \(leadMinimum): a lead on duty to inspect)"))
            }
            // Public-area posts.
            for (id, minutes) in visits where minutes > 0 {
                let productive = max(1, Double(shifts[id]!.paidMinutes) - policy.allowanceMinutesPerShift)
                let people = minutes / productive
                let preferred = Int((people - 1e-9).rounded(.up))
                let minimum = min(preferred, Int((people * policy.minimumShare - 1e-9).rounded(.up)))
                lines.append(Line(
                    shiftTypeID: id, role: .publicAreaCleaner, workMinutes: minutes, productiveMinutesPerPerson: productive,
                    exactPeople: people, minimum: minimum, preferred: preferred,
                    explanation: "public-area posts: \(whole(minutes)) min ÷ \(whole(productive)) productive min"
                        + " = \(two(people)) → \(preferred) (minimum \(minimum))"))
            }
            // Fixed posts.
            for post in policy.fixedPosts where post.weekdays.contains(forecast.date.weekday) && post.people > 0 {
                lines.append(Line(
                    shiftTypeID: post.shiftTypeID, role: post.role, workMinutes: 0, productiveMinutesPerPerson: nil,
                    exactPeople: Double(post.people), minimum: post.people, preferred: post.people,
                    explanation: "fixed post: \(post.reason) → \(post.people)"))
            }
            days.append(Day(forecast: forecast, tasks: tasks, lines: lines))
        }
        self.days = days
    }

    /// Rounds a list of exact needs up in total (the ceiling of the sum) and shares the whole people out by
    /// largest remainder, so 5.43 + 1.36 = 6.79 becomes 6 + 1 = 7 rather than 6 + 2.
    public static func roundUpSharing(_ exact: [Double]) -> [Int] {
        let total = Int((exact.reduce(0, +) - 1e-9).rounded(.up))
        var result = exact.map { Int(($0 + 1e-9).rounded(.down)) }
        var left = total - result.reduce(0, +)
        let order = exact.indices.sorted { (exact[$0] - Double(result[$0]), $1) > (exact[$1] - Double(result[$1]), $0) }
        for index in order where left > 0 {
            result[index] += 1
            left -= 1
        }
        return result
    }

    /// Minutes of public-area visits per shift: each visit on `fixedShift` when given, else on the shift whose
    /// hours contain its time (the earliest-starting such shift; 02:00 is within a 22:00–06:00 night shift),
    /// else the first shift starting after it.
    static func publicAreaMinutesByShift(_ posts: [PublicAreaPost], shiftTypes: [ShiftType], fixedShift: String?) -> [(String, Double)] {
        var minutes: [String: Double] = [:]
        let byStart = shiftTypes.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        for post in posts {
            for time in post.times {
                let shift = fixedShift
                    ?? byStart.first { type in
                        let t = type.minutesAfterStartDay(of: time)
                        return type.start.minutesAfterMidnight <= t && t < type.endMinutesAfterStartDay
                    }?.id
                    ?? byStart.first { $0.start > time }?.id
                    ?? byStart.first?.id
                if let shift { minutes[shift, default: 0] += post.minutes }
            }
        }
        return shiftTypes.compactMap { type in minutes[type.id].map { (type.id, $0) } }
    }
}

private func whole(_ value: Double) -> String { String(Int(value.rounded())) }
private func one(_ value: Double) -> String { StaffingDemand.decimal(value, digits: 1) }
private func two(_ value: Double) -> String { StaffingDemand.decimal(value, digits: 2) }
private func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

extension StaffingDemand {
/// A decimal with a fixed number of digits, without Foundation ("5.43").
public static func decimal(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = scaled % Int(scale)
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    return "\(sign)\(whole).\(fraction.padded(digits))"
}
}
