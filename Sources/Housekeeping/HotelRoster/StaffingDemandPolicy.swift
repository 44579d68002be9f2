/// How the forecast becomes people per shift: which shifts clean rooms, how much of a shift is productive,
/// how many attendants one lead inspects for, and fixed posts such as the Sunday full-day duty.
///
/// The defaults follow the norms in DOMAIN.md; ``init(shiftTypes:)`` picks shifts for any property and
/// ``sampleHotel`` is the policy of the built-in sample hotel.
public struct StaffingDemandPolicy: Hashable, Sendable, Codable {
    /// A shift that takes a share of the day's room cleaning (departures and stayovers).
    public struct RoomWorkShare: Hashable, Sendable, Codable {
        public var shiftTypeID: String
        /// The share (0…1) of the day's room minutes done on this shift; the shares should add up to 1.
        public var share: Double

        public init(shiftTypeID: String, share: Double) {
            self.shiftTypeID = shiftTypeID
            self.share = share
        }
    }

    /// A post to fill on certain weekdays whatever the forecast ("one attendant on the Sunday full-day shift").
    public struct FixedPost: Hashable, Sendable, Codable {
        public var shiftTypeID: String
        public var role: StaffRole
        /// The weekdays the post is filled.
        public var weekdays: Set<Weekday>
        /// People on the post.
        public var people: Int
        /// Why the post exists, shown in the derivation.
        public var reason: String

        public init(shiftTypeID: String, role: StaffRole, weekdays: Set<Weekday>, people: Int, reason: String) {
            self.shiftTypeID = shiftTypeID
            self.role = role
            self.weekdays = weekdays
            self.people = people
            self.reason = reason
        }
    }

    /// The shifts that clean rooms and their shares of the work.
    public var roomWork: [RoomWorkShare]
    /// The shift that does the evening turndown, if any.
    public var turndownShiftTypeID: String?
    /// The share (0…1) of last night's occupied rooms that get a turndown.
    public var turndownShare: Double
    /// Minutes of each shift that are not room work: briefing, loading the cart, handover.
    public var allowanceMinutesPerShift: Double
    /// Floor changes an attendant makes in a shift; each costs ``Standards/travelMinutesPerFloorChange``.
    public var floorChangesPerShift: Double
    /// Attendants one lead inspects for (DOMAIN.md: 4–6; luxury 3–4).
    public var attendantsPerLead: Int
    /// The shift the leads work; `nil` puts them on the first room-work shift.
    public var leadShiftTypeID: String?
    /// The shift that cleans the public areas; `nil` gives each post visit to the shift it falls in.
    public var publicAreaShiftTypeID: String?
    /// The hard minimum as a share of the work: below `minimumShare × minutes ÷ productive minutes` people
    /// the work cannot be done even with overtime. The preferred level is the full work.
    public var minimumShare: Double
    /// Posts filled whatever the forecast.
    public var fixedPosts: [FixedPost]

    public init(roomWork: [RoomWorkShare], turndownShiftTypeID: String? = nil, turndownShare: Double = 0.3,
                allowanceMinutesPerShift: Double = 30, floorChangesPerShift: Double = 2, attendantsPerLead: Int = 5,
                leadShiftTypeID: String? = nil, publicAreaShiftTypeID: String? = nil, minimumShare: Double = 0.85,
                fixedPosts: [FixedPost] = []) {
        self.roomWork = roomWork
        self.turndownShiftTypeID = turndownShiftTypeID
        self.turndownShare = turndownShare
        self.allowanceMinutesPerShift = allowanceMinutesPerShift
        self.floorChangesPerShift = floorChangesPerShift
        self.attendantsPerLead = attendantsPerLead
        self.leadShiftTypeID = leadShiftTypeID
        self.publicAreaShiftTypeID = publicAreaShiftTypeID
        self.minimumShare = minimumShare
        self.fixedPosts = fixedPosts
    }

    /// A policy for any set of shift types: all room work, the leads and the public areas on the earliest
    /// shift starting 05:00–12:00 with at least six paid hours; turndown on the first shift starting at or
    /// after 17:00, if there is one.
    public init(shiftTypes: [ShiftType]) {
        let day = shiftTypes
            .filter { (300...720).contains($0.start.minutesAfterMidnight) && $0.paidMinutes >= 360 }
            .min { $0.start < $1.start } ?? shiftTypes.max { $0.paidMinutes < $1.paidMinutes }
        let evening = shiftTypes.filter { $0.start.minutesAfterMidnight >= 17 * 60 }.min { $0.start < $1.start }
        self.init(roomWork: day.map { [RoomWorkShare(shiftTypeID: $0.id, share: 1)] } ?? [],
                  turndownShiftTypeID: evening?.id, leadShiftTypeID: day?.id, publicAreaShiftTypeID: day?.id)
    }

    /// The sample hotel's policy: room work 80 % on the morning shift M and 20 % on the day shift D,
    /// turndown for 30 % of rooms on the evening shift E, leads and public areas on M, one lead per five
    /// attendants, and one attendant on the Sunday full-day shift SUN every Sunday.
    public static let sampleHotel = StaffingDemandPolicy(
        roomWork: [RoomWorkShare(shiftTypeID: "M", share: 0.8), RoomWorkShare(shiftTypeID: "D", share: 0.2)],
        turndownShiftTypeID: "E", turndownShare: 0.3, attendantsPerLead: 5, leadShiftTypeID: "M",
        publicAreaShiftTypeID: "M",
        fixedPosts: [FixedPost(shiftTypeID: "SUN", role: .roomAttendant, weekdays: [.sunday], people: 1,
                               reason: "Sunday full-day duty by rotation")])

    /// A problem with a policy: the field (a path such as `roomWork[1].shiftTypeID`, as in a policy file) and
    /// a sentence saying what is wrong.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var field: String
        public var message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }

        public var description: String { message }
    }

    /// What is wrong with the policy for these shift types, one problem each (empty when usable).
    public func problems(shiftTypes: [ShiftType]) -> [Problem] {
        let known = Set(shiftTypes.map(\.id))
        var problems: [Problem] = []
        func problem(_ field: String, _ message: String) { problems.append(Problem(field: field, message: message)) }
        func check(_ id: String?, _ field: String, _ what: String) {
            if let id, !known.contains(id) { problem(field, "\(what) shift type '\(id)' is not one of the property's shift types") }
        }
        if roomWork.isEmpty { problem("roomWork", "no shift does room work") }
        for (index, share) in roomWork.enumerated() {
            check(share.shiftTypeID, "roomWork[\(index)].shiftTypeID", "room-work")
            if !(0...1).contains(share.share) {
                problem("roomWork[\(index)].share", "room-work share \(share.share) for '\(share.shiftTypeID)' is not between 0 and 1")
            }
        }
        let total = roomWork.reduce(0) { $0 + $1.share }
        if !roomWork.isEmpty, abs(total - 1) > 0.001 { problem("roomWork", "room-work shares add up to \(total), not 1") }
        check(turndownShiftTypeID, "turndownShiftTypeID", "turndown")
        check(leadShiftTypeID, "leadShiftTypeID", "lead")
        check(publicAreaShiftTypeID, "publicAreaShiftTypeID", "public-area")
        for (index, post) in fixedPosts.enumerated() {
            check(post.shiftTypeID, "fixedPosts[\(index)].shiftTypeID", "fixed-post")
            if post.people < 0 { problem("fixedPosts[\(index)].people", "people on a fixed post must not be negative, got \(post.people)") }
        }
        if attendantsPerLead < 1 { problem("attendantsPerLead", "attendants per lead must be at least 1, got \(attendantsPerLead)") }
        if !(0...1).contains(minimumShare) { problem("minimumShare", "minimum share must be between 0 and 1, got \(minimumShare)") }
        if !(0...1).contains(turndownShare) { problem("turndownShare", "turndown share must be between 0 and 1, got \(turndownShare)") }
        if !(allowanceMinutesPerShift >= 0) {
            problem("allowanceMinutesPerShift", "the allowance must be 0 or more minutes, got \(allowanceMinutesPerShift)")
        }
        if !(floorChangesPerShift >= 0) {
            problem("floorChangesPerShift", "floor changes per shift must be 0 or more, got \(floorChangesPerShift)")
        }
        return problems
    }
}
