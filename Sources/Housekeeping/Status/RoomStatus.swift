/// The state of one room on the morning of the day, as the property management system reports it.
///
/// The fields stay separate (front office, today's movement, housekeeping, availability, service) rather than
/// one code; the common short codes (VC, VD, OC, OD, VI, OOO, OOS, DND) map onto them.
public struct RoomStatus: Hashable, Sendable, Codable {
    /// What the front office system says.
    public enum FrontOffice: String, Hashable, Sendable, Codable { case vacant, occupied }
    /// What housekeeping last recorded.
    public enum Cleanliness: String, Hashable, Sendable, Codable { case dirty, pickup, clean, inspected }
    /// Whether the room can be sold.
    public enum Availability: String, Hashable, Sendable, Codable {
        case available
        /// Out of order: not sellable (maintenance); housekeeping skips it.
        case outOfOrder
        /// Out of service: sellable but blocked for the day; housekeeping skips it.
        case outOfService
    }
    /// What the guest asked of housekeeping today.
    public enum Service: String, Hashable, Sendable, Codable {
        case normal
        /// Do not disturb: schedule last and retry.
        case doNotDisturb
        /// The guest declined service today.
        case noService
        /// The guest asked for the room to be made up (rush).
        case makeUpRoomRequested
    }
    /// The guest's wish about the linen on a stayover.
    public enum LinenChoice: String, Hashable, Sendable, Codable {
        /// Follow the linen-change cycle.
        case standard
        /// Change the linen today.
        case requested
        /// Do not change the linen (green choice).
        case optedOut
    }

    /// A guest due to leave today.
    public struct Departure: Hashable, Sendable, Codable {
        /// When the guest is expected to check out; `nil` uses the standards' default.
        public var expectedCheckout: TimeOfDay?
        /// When the guest actually checked out, if they have.
        public var checkedOutAt: TimeOfDay?
        public init(expectedCheckout: TimeOfDay? = nil, checkedOutAt: TimeOfDay? = nil) {
            self.expectedCheckout = expectedCheckout
            self.checkedOutAt = checkedOutAt
        }
    }

    /// A guest due to arrive today.
    public struct Arrival: Hashable, Sendable, Codable {
        /// When the guest is expected; `nil` uses the standards' default ready-by time.
        public var expectedAt: TimeOfDay?
        /// The room is promised before the normal check-in time.
        public var earlyCheckIn: Bool
        public init(expectedAt: TimeOfDay? = nil, earlyCheckIn: Bool = false) {
            self.expectedAt = expectedAt
            self.earlyCheckIn = earlyCheckIn
        }
    }

    /// The room number (``Room/number``).
    public var roomNumber: String
    public var frontOffice: FrontOffice
    public var cleanliness: Cleanliness
    public var availability: Availability
    public var service: Service
    /// Today's departure, if a guest leaves today.
    public var departure: Departure?
    /// Nights the current guest has stayed so far, when the guest stays on (a stayover).
    public var stayoverNights: Int?
    /// Today's arrival, if a guest arrives today.
    public var arrival: Arrival?
    /// 0 for none; higher numbers are more important guests.
    public var vipLevel: Int
    /// Guests in the room tonight (or arriving).
    public var guestCount: Int
    public var linen: LinenChoice
    /// The last deep clean of the room, if known.
    public var lastDeepClean: CalendarDate?
    /// Free text for the attendant.
    public var note: String?

    public init(roomNumber: String, frontOffice: FrontOffice = .vacant, cleanliness: Cleanliness = .clean,
                availability: Availability = .available, service: Service = .normal, departure: Departure? = nil,
                stayoverNights: Int? = nil, arrival: Arrival? = nil, vipLevel: Int = 0, guestCount: Int = 0,
                linen: LinenChoice = .standard, lastDeepClean: CalendarDate? = nil, note: String? = nil) {
        self.roomNumber = roomNumber
        self.frontOffice = frontOffice
        self.cleanliness = cleanliness
        self.availability = availability
        self.service = service
        self.departure = departure
        self.stayoverNights = stayoverNights
        self.arrival = arrival
        self.vipLevel = vipLevel
        self.guestCount = guestCount
        self.linen = linen
        self.lastDeepClean = lastDeepClean
        self.note = note
    }

    /// A vacant clean room with no movement: what a room with no status line is taken to be.
    public static func vacantClean(_ roomNumber: String) -> RoomStatus { RoomStatus(roomNumber: roomNumber) }

    /// Whether housekeeping skips the room today (out of order or out of service).
    public var isBlocked: Bool { availability != .available }
}

/// One member of staff on duty today, and the shift they work.
public struct DutyAssignment: Hashable, Sendable, Codable {
    /// ``StaffMember/id``.
    public var staffID: String
    /// ``ShiftType/id``.
    public var shiftTypeID: String

    public init(staffID: String, shiftTypeID: String) {
        self.staffID = staffID
        self.shiftTypeID = shiftTypeID
    }
}

/// The day to plan: the date, every room's status, who is on duty, and (optionally) yesterday's rooms.
public struct DayStatus: Hashable, Sendable, Codable {
    public var date: CalendarDate
    /// One record per room; a room without one is taken as vacant clean (``RoomStatus/vacantClean(_:)``).
    public var rooms: [RoomStatus]
    /// Who works today; empty means every attendant and lead on their first allowed shift.
    public var onDuty: [DutyAssignment]
    /// The rooms each attendant cleaned yesterday, by staff id, for continuity (optional).
    public var yesterdayRooms: [String: [String]]

    public init(date: CalendarDate, rooms: [RoomStatus], onDuty: [DutyAssignment] = [], yesterdayRooms: [String: [String]] = [:]) {
        self.date = date
        self.rooms = rooms
        self.onDuty = onDuty
        self.yesterdayRooms = yesterdayRooms
    }
}
