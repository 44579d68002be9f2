/// One piece of work the day needs: a room task (a departure clean, a stayover service, …) or one visit to a
/// public-area post.
///
/// Tasks are derived from the day's ``RoomStatus`` and the ``Standards`` by ``WorkSheetPlanner``; minutes are
/// *standard* minutes (an attendant of efficiency 1.0); an attendant of efficiency `e` takes
/// `standardMinutes / e`. Times are clock times on the day being planned.
public struct HousekeepingTask: Hashable, Sendable, Codable, Identifiable {
    /// What kind of work a task is: a room ``TaskKind`` or a public-area visit.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case departureClean, stayoverService, stayoverLinenChange, deepClean, vacantTouchUp, pickup, turndown
        /// A visit to a public-area post (lobby, gym, corridor).
        case publicArea

        /// The kind for a room ``TaskKind`` (an inspection is not an attendant task and maps to `nil`).
        public init?(_ kind: TaskKind) {
            switch kind {
            case .departureClean: self = .departureClean
            case .stayoverService: self = .stayoverService
            case .stayoverLinenChange: self = .stayoverLinenChange
            case .deepClean: self = .deepClean
            case .vacantTouchUp: self = .vacantTouchUp
            case .pickup: self = .pickup
            case .turndown: self = .turndown
            case .inspection: return nil
            }
        }

        /// The room ``TaskKind`` whose standard and supply use apply; `nil` for a public-area visit.
        public var taskKind: TaskKind? {
            switch self {
            case .departureClean: .departureClean
            case .stayoverService: .stayoverService
            case .stayoverLinenChange: .stayoverLinenChange
            case .deepClean: .deepClean
            case .vacantTouchUp: .vacantTouchUp
            case .pickup: .pickup
            case .turndown: .turndown
            case .publicArea: nil
            }
        }

        /// Whether the task is a stayover service (with or without a linen change).
        public var isStayover: Bool { self == .stayoverService || self == .stayoverLinenChange }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// How urgent a task is; it decides the order of an attendant's list and what is left undone first.
    public enum Priority: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// Must be ready by a time: a same-day arrival, an early check-in, a VIP, a make-up-room request, a
        /// public-area visit. Done first.
        case readyBy
        /// Ordinary work.
        case normal
        /// The guest hung "do not disturb": scheduled last, to be retried.
        case doNotDisturb
        /// Optional work (deep cleans) that fills spare capacity.
        case optional

        public static func < (lhs: Priority, rhs: Priority) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Facts about a task an attendant or lead should see.
    public enum Flag: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// A guest arrives in the room today.
        case arrivalToday
        /// The arriving guest was promised an early check-in.
        case earlyCheckIn
        /// The guest is a VIP.
        case vip
        /// The guest asked for the room to be made up (rush).
        case rush
        /// Do not disturb: scheduled last.
        case doNotDisturb
        /// Try the room again later (after a DND).
        case retry
        /// The linen is changed (a departure, a linen-change stayover, or at the guest's request).
        case linenChange
        /// The guest opted out of the linen change today.
        case linenOptedOut
        /// The guest has already checked out.
        case checkedOut
        /// A deep clean due by the rotation.
        case deepCleanRotation
        /// A deep clean due after a long stay.
        case deepCleanLongStay
        /// The room is a suite (needs the ``Skill/suites`` skill).
        case suite

        public static func < (lhs: Flag, rhs: Flag) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// A stable identifier: `"<room>/<kind>"` for a room task, `"post:<post id>@HH:MM"` for a public-area visit.
    public var id: String
    public var kind: Kind
    /// The room (``Room/number``); `nil` for a public-area visit.
    public var roomNumber: String?
    /// The room type (``RoomType/id``); `nil` for a public-area visit.
    public var roomTypeID: String?
    /// The floor (``Floor/id``); `nil` for a public-area visit.
    public var floorID: String?
    /// The building (``Building/id``); `nil` for a public-area visit.
    public var buildingID: String?
    /// The public-area post (``PublicAreaPost/id``), for a public-area visit.
    public var publicAreaPostID: String?
    /// Where the work is, as a person would say it ("Room 0312", "Lobby").
    public var place: String
    /// Minutes for an attendant of efficiency 1.0.
    public var standardMinutes: Double
    /// Work credits from the standards.
    public var credits: Double
    /// The room's floor area in square metres (0 for a public-area visit), for area caps.
    public var areaSquareMetres: Double
    public var priority: Priority
    /// `false` for optional work (deep cleans) that only fills spare capacity.
    public var isMandatory: Bool
    /// Not before this time (the checkout for a departure, ``Standards/stayoverServiceFrom`` for a stayover,
    /// the visit time for a public-area post); `nil` means from the start of the shift.
    public var earliestStart: TimeOfDay?
    /// Must be finished by this time (a same-day arrival, the end of a public-area visit); `nil` for none.
    public var readyBy: TimeOfDay?
    /// Skills the attendant needs (``Skill/suites`` for a suite, ``Skill/deepCleaning`` for a deep clean).
    public var requiredSkills: [Skill]
    /// Sorted flags.
    public var flags: [Flag]
    /// The VIP level of the guest (0 for none).
    public var vipLevel: Int
    /// Guests in the room tonight (or arriving).
    public var guestCount: Int
    /// The status note for the attendant, if any.
    public var note: String?

    public init(id: String, kind: Kind, roomNumber: String?, roomTypeID: String?, floorID: String?, buildingID: String?,
                publicAreaPostID: String? = nil, place: String, standardMinutes: Double, credits: Double,
                areaSquareMetres: Double, priority: Priority, isMandatory: Bool, earliestStart: TimeOfDay?,
                readyBy: TimeOfDay?, requiredSkills: [Skill] = [], flags: [Flag] = [], vipLevel: Int = 0,
                guestCount: Int = 0, note: String? = nil) {
        self.id = id
        self.kind = kind
        self.roomNumber = roomNumber
        self.roomTypeID = roomTypeID
        self.floorID = floorID
        self.buildingID = buildingID
        self.publicAreaPostID = publicAreaPostID
        self.place = place
        self.standardMinutes = standardMinutes
        self.credits = credits
        self.areaSquareMetres = areaSquareMetres
        self.priority = priority
        self.isMandatory = isMandatory
        self.earliestStart = earliestStart
        self.readyBy = readyBy
        self.requiredSkills = requiredSkills.sorted { $0.rawValue < $1.rawValue }
        self.flags = Array(Set(flags)).sorted()
        self.vipLevel = vipLevel
        self.guestCount = guestCount
        self.note = note
    }

    /// Whether the task has a flag.
    public func has(_ flag: Flag) -> Bool { flags.contains(flag) }

    /// Whether the task is work on a guest room (everything but a public-area visit).
    public var isRoomTask: Bool { kind != .publicArea }

    /// Minutes the task takes an attendant of this efficiency (standard minutes ÷ efficiency).
    public func minutes(atEfficiency efficiency: Double) -> Double {
        standardMinutes / (efficiency > 0 ? efficiency : 1)
    }

    /// How bad it is to leave this task undone: higher is worse. Stayovers, pickups and touch-ups go first,
    /// then departures, and a room with a same-day arrival (or a VIP or rush) last of all.
    public var undoneSeverity: Int {
        if !isMandatory { return 0 }
        switch kind {
        case .departureClean:
            return priority == .readyBy ? 100 : 10
        case .vacantTouchUp:
            return priority == .readyBy ? 40 : 2
        case .publicArea:
            return 20
        default:
            return priority == .readyBy ? 40 : 1
        }
    }
}
