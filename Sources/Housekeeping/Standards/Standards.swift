/// The time and credits one task takes on one room type.
public struct TaskStandard: Hashable, Sendable, Codable {
    public var task: TaskKind
    /// The room type (``RoomType/id``).
    public var roomTypeID: String
    /// Standard minutes for an attendant of efficiency 1.0.
    public var minutes: Double
    /// Work credits (a standard departure is often 3, a stayover 2).
    public var credits: Double

    public init(task: TaskKind, roomTypeID: String, minutes: Double, credits: Double) {
        self.task = task
        self.roomTypeID = roomTypeID
        self.minutes = minutes
        self.credits = credits
    }
}

/// A public area that needs a cleaner at set times ("Lobby, 30 minutes at 07:00 and 14:00").
public struct PublicAreaPost: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// Where ("Lobby", "Gym", "Level 3 corridor").
    public var place: String
    /// Minutes each visit takes.
    public var minutes: Double
    /// When each visit is due to start.
    public var times: [TimeOfDay]

    public init(id: String, place: String, minutes: Double, times: [TimeOfDay]) {
        self.id = id
        self.place = place
        self.minutes = minutes
        self.times = times
    }
}

/// Which cleaned rooms leads inspect (查房).
public struct InspectionPolicy: Hashable, Sendable, Codable {
    /// Inspect every departure that has an arrival today.
    public var departuresWithArrivals: Bool
    /// Inspect every VIP room.
    public var vipRooms: Bool
    /// The share (0…1) of the other cleaned rooms to inspect, chosen evenly across attendants.
    public var shareOfOthers: Double
    /// Minutes an inspection takes.
    public var minutesPerInspection: Double

    public init(departuresWithArrivals: Bool = true, vipRooms: Bool = true, shareOfOthers: Double = 0.2,
                minutesPerInspection: Double = 5) {
        self.departuresWithArrivals = departuresWithArrivals
        self.vipRooms = vipRooms
        self.shareOfOthers = shareOfOthers
        self.minutesPerInspection = minutesPerInspection
    }
}

/// Hard limits on one attendant's day, as union contracts and local ordinances set them. `nil` = no cap.
public struct AttendantCaps: Hashable, Sendable, Codable {
    /// The most rooms (any task) in a shift.
    public var rooms: Int?
    /// The most departure cleans in a shift.
    public var departures: Int?
    /// The most work credits in a shift.
    public var credits: Double?
    /// The most room floor area cleaned in a shift, in square metres (Los Angeles: 3,500 sq ft ≈ 325 m²).
    public var areaSquareMetres: Double?

    public init(rooms: Int? = nil, departures: Int? = nil, credits: Double? = nil, areaSquareMetres: Double? = nil) {
        self.rooms = rooms
        self.departures = departures
        self.credits = credits
        self.areaSquareMetres = areaSquareMetres
    }
}

/// The department's standards: minutes and credits per task and room type, travel, posts and policies.
public struct Standards: Hashable, Sendable, Codable {
    /// Minutes and credits per task kind × room type.
    public var tasks: [TaskStandard]
    /// Minutes lost each time an attendant changes floor.
    public var travelMinutesPerFloorChange: Double
    /// Minutes lost each time an attendant changes building.
    public var travelMinutesPerBuildingChange: Double
    /// Public-area posts to cover each day.
    public var publicAreaPosts: [PublicAreaPost]
    /// Change the linen of a stayover every this many nights (`nil`: only on request).
    public var linenChangeEveryNights: Int?
    /// Deep-clean each room at least every this many days (`nil`: no rotation).
    public var deepCleanEveryDays: Int?
    /// Deep-clean a room after a stay longer than this many nights (`nil`: never for that reason).
    public var deepCleanAfterStayNights: Int?
    /// The most deep cleans to plan in one day (they fill spare capacity only).
    public var deepCleansPerDay: Int?
    /// When stayover guests usually leave their rooms; stayover service is planned after this.
    public var stayoverServiceFrom: TimeOfDay
    /// When stayover service must be finished (guests come back); `nil`: no limit. With it, an attendant on an
    /// evening shift gets no stayover service, only the evening's work (turndown).
    public var stayoverServiceUntil: TimeOfDay?
    /// When a departure is expected to check out if the status gives no time.
    public var defaultCheckout: TimeOfDay
    /// When a room with a same-day arrival must be ready if the status gives no arrival time.
    public var defaultReadyBy: TimeOfDay
    public var inspection: InspectionPolicy
    public var caps: AttendantCaps
    /// Evening turndown on the work sheet: from this time, for the rooms occupied tonight, planned only when an
    /// attendant on duty works after it (an evening shift). `nil`: no turndown on the work sheet.
    public var turndownFrom: TimeOfDay?
    /// Turndown only for guests of at least this VIP level (0: every room occupied tonight).
    public var turndownMinimumVIPLevel: Int

    public init(tasks: [TaskStandard], travelMinutesPerFloorChange: Double = 5, travelMinutesPerBuildingChange: Double = 15,
                publicAreaPosts: [PublicAreaPost] = [], linenChangeEveryNights: Int? = 3, deepCleanEveryDays: Int? = 90,
                deepCleanAfterStayNights: Int? = 14, deepCleansPerDay: Int? = 4,
                stayoverServiceFrom: TimeOfDay = TimeOfDay(hour: 9)!, defaultCheckout: TimeOfDay = TimeOfDay(hour: 12)!,
                defaultReadyBy: TimeOfDay = TimeOfDay(hour: 14)!, inspection: InspectionPolicy = InspectionPolicy(),
                caps: AttendantCaps = AttendantCaps(), turndownFrom: TimeOfDay? = nil, turndownMinimumVIPLevel: Int = 0,
                stayoverServiceUntil: TimeOfDay? = nil) {
        self.tasks = tasks
        self.travelMinutesPerFloorChange = travelMinutesPerFloorChange
        self.travelMinutesPerBuildingChange = travelMinutesPerBuildingChange
        self.publicAreaPosts = publicAreaPosts
        self.linenChangeEveryNights = linenChangeEveryNights
        self.deepCleanEveryDays = deepCleanEveryDays
        self.deepCleanAfterStayNights = deepCleanAfterStayNights
        self.deepCleansPerDay = deepCleansPerDay
        self.stayoverServiceFrom = stayoverServiceFrom
        self.defaultCheckout = defaultCheckout
        self.defaultReadyBy = defaultReadyBy
        self.inspection = inspection
        self.caps = caps
        self.turndownFrom = turndownFrom
        self.turndownMinimumVIPLevel = turndownMinimumVIPLevel
        self.stayoverServiceUntil = stayoverServiceUntil
    }

    /// The standard for a task on a room type, if one is defined.
    public func standard(for task: TaskKind, roomTypeID: String) -> TaskStandard? {
        tasks.first { $0.task == task && $0.roomTypeID == roomTypeID }
    }
}
