/// A member of staff on duty today, resolved against the property: the person, the shift, and times.
struct CrewMember: Sendable {
    var staff: StaffMember
    var shift: ShiftType
    /// roomAttendant or publicAreaCleaner.
    var role: StaffRole
    var isVirtual: Bool = false

    var id: String { staff.id }
    var efficiency: Double { staff.efficiency > 0 ? staff.efficiency : 1 }
    var paidMinutes: Double { Double(max(0, shift.paidMinutes)) }
    /// Minutes after the day's midnight.
    var startMinute: Int { shift.start.minutesAfterMidnight }
    var endMinute: Int { shift.endMinutesAfterStartDay }

    func has(_ skills: [Skill]) -> Bool { skills.allSatisfy { staff.skills.contains($0) } }

    /// A task's earliest start on this member's shift clock (minutes after the shift day's midnight, so a
    /// public-area visit at 02:00 is after midnight for a night shift); `nil` when it has none.
    func earliestMinute(_ task: HousekeepingTask) -> Int? { task.earliestStart.map(shift.minutesAfterStartDay(of:)) }
    /// A task's ready-by time on this member's shift clock; `nil` when it has none.
    func readyByMinute(_ task: HousekeepingTask) -> Int? { task.readyBy.map(shift.minutesAfterStartDay(of:)) }
}

/// The property and the day, resolved once: rooms by number, floors, the crew on duty, the leads.
struct PlanningContext: Sendable {
    let property: Property
    let day: DayStatus
    let roomsByNumber: [String: Room]
    let floorsByID: [String: Floor]
    let roomTypesByID: [String: RoomType]
    /// Floor order for sweeps and floor changes: building, level, id.
    let floorRank: [String: Int]
    /// Room attendants and public-area cleaners on duty, by staff id.
    let crew: [CrewMember]
    /// Leads on duty, by staff id.
    let leads: [CrewMember]
    let warnings: [String]

    init(property: Property, day: DayStatus) throws(WorkSheetError) {
        self.property = property
        self.day = day
        var rooms: [String: Room] = [:]
        for room in property.rooms { rooms[room.number] = room }
        roomsByNumber = rooms
        var floors: [String: Floor] = [:]
        for floor in property.floors { floors[floor.id] = floor }
        floorsByID = floors
        var types: [String: RoomType] = [:]
        for type in property.roomTypes { types[type.id] = type }
        roomTypesByID = types
        for room in property.rooms {
            if floors[room.floorID] == nil { throw .brokenRoom(room: room.number, problem: "floor '\(room.floorID)' does not exist") }
            if types[room.roomTypeID] == nil { throw .brokenRoom(room: room.number, problem: "room type '\(room.roomTypeID)' does not exist") }
        }
        for status in day.rooms where rooms[status.roomNumber] == nil { throw .unknownRoom(status.roomNumber) }
        let ordered = property.floors.sorted { ($0.buildingID, $0.level, $0.id) < ($1.buildingID, $1.level, $1.id) }
        var rank: [String: Int] = [:]
        for (index, floor) in ordered.enumerated() { rank[floor.id] = index }
        floorRank = rank

        var shifts: [String: ShiftType] = [:]
        for shift in property.shiftTypes { shifts[shift.id] = shift }
        var crew: [CrewMember] = []
        var leads: [CrewMember] = []
        var warnings: [String] = []
        func add(_ staff: StaffMember, _ shift: ShiftType) {
            if staff.has(.roomAttendant) { crew.append(CrewMember(staff: staff, shift: shift, role: .roomAttendant)) }
            else if staff.has(.publicAreaCleaner) { crew.append(CrewMember(staff: staff, shift: shift, role: .publicAreaCleaner)) }
            if staff.has(.lead) { leads.append(CrewMember(staff: staff, shift: shift, role: .lead)) }
        }
        if !day.onDuty.isEmpty {
            var seen: Set<String> = []
            for duty in day.onDuty {
                guard let staff = property.staffMember(duty.staffID) else { throw .unknownStaff(duty.staffID) }
                guard let shift = shifts[duty.shiftTypeID] else {
                    throw .unknownShiftType(staffID: duty.staffID, shiftTypeID: duty.shiftTypeID)
                }
                guard seen.insert(staff.id).inserted else {
                    warnings.append("staff \(staff.id) is on the duty list twice; the first shift is used")
                    continue
                }
                add(staff, shift)
            }
        } else {
            guard !property.shiftTypes.isEmpty else { throw .noShiftTypes }
            for staff in property.staff {
                let shiftID = staff.contract.allowedShiftTypeIDs?.first { shifts[$0] != nil }
                add(staff, shiftID.flatMap { shifts[$0] } ?? property.shiftTypes[0])
            }
        }
        crew.sort { $0.id < $1.id }
        leads.sort { $0.id < $1.id }
        if crew.filter({ $0.role == .roomAttendant }).isEmpty { warnings.append("no room attendant is on duty") }
        if leads.isEmpty { warnings.append("no lead is on duty: nobody is given the inspections") }
        self.crew = crew
        self.leads = leads
        self.warnings = warnings
    }

    func floorLevel(_ floorID: String?) -> Int { floorID.flatMap { floorsByID[$0]?.level } ?? 0 }
    func rank(_ floorID: String?) -> Int { floorID.flatMap { floorRank[$0] } ?? -1 }

    /// A virtual attendant (efficiency 1.0, the most common room-attendant shift, every skill of the team) to
    /// see what one more person would change. With no room attendant on duty: the most common shift of whoever
    /// is on duty, or the property's first shift type.
    func extraAttendant() -> CrewMember? {
        let attendants = crew.filter { $0.role == .roomAttendant }
        var counts: [String: Int] = [:]
        for member in attendants.isEmpty ? crew + leads : attendants { counts[member.shift.id, default: 0] += 1 }
        guard let shiftID = counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first?.key ?? property.shiftTypes.first?.id,
              let shift = property.shiftType(shiftID) else { return nil }
        let skills = attendants.reduce(into: Set<Skill>()) { $0.formUnion($1.staff.skills) }
        let staff = StaffMember(id: "~extra", name: "One more attendant", roles: [.roomAttendant], skills: skills,
                                efficiency: 1, contract: Contract(kind: .fullTime, minimumMinutesPerMonth: 0,
                                                                  maximumMinutesPerMonth: 0))
        return CrewMember(staff: staff, shift: shift, role: .roomAttendant, isVirtual: true)
    }
}

/// The tasks the day needs, with the counts the summary reports.
struct DerivedTasks: Sendable {
    var tasks: [HousekeepingTask]
    var blockedRoomCount: Int
    var noServiceRoomCount: Int
    var warnings: [String]
}

/// Turns the day's room status and the standards into tasks.
struct TaskDerivation {
    let context: PlanningContext

    /// Planning figures used when the standards give none for a task on a room type (minutes, credits).
    static let fallbackStandards: [TaskKind: (Double, Double)] = [
        .departureClean: (30, 3), .stayoverService: (20, 2), .stayoverLinenChange: (25, 2.5), .deepClean: (100, 6),
        .vacantTouchUp: (8, 0.5), .pickup: (10, 1), .turndown: (8, 0.5), .inspection: (5, 0),
    ]

    func derive() -> DerivedTasks {
        let property = context.property
        let standards = property.standards
        var statusByRoom: [String: RoomStatus] = [:]
        for status in context.day.rooms where statusByRoom[status.roomNumber] == nil { statusByRoom[status.roomNumber] = status }
        var tasks: [HousekeepingTask] = []
        var blocked = 0
        var noService = 0
        var missingStandards: Set<String> = []
        var deepCandidates: [(overdueDays: Int, task: HousekeepingTask)] = []
        // Turndown only when a room attendant on duty works after it starts.
        let turndownFrom = standards.turndownFrom.flatMap { from in
            context.crew.contains { $0.role == .roomAttendant && $0.endMinute > from.minutesAfterMidnight } ? from : nil
        }

        func standard(_ kind: TaskKind, _ typeID: String) -> (Double, Double) {
            if let found = standards.standard(for: kind, roomTypeID: typeID) { return (found.minutes, found.credits) }
            missingStandards.insert("\(kind.rawValue) on \(typeID)")
            return TaskDerivation.fallbackStandards[kind] ?? (20, 1)
        }

        for room in property.rooms.sorted(by: { $0.number < $1.number }) {
            let status = statusByRoom[room.number] ?? .vacantClean(room.number)
            if status.isBlocked { blocked += 1; continue }
            guard let floor = context.floorsByID[room.floorID], let type = context.roomTypesByID[room.roomTypeID] else { continue }
            let area = property.areaSquareMetres(of: room)
            var commonFlags: [HousekeepingTask.Flag] = []
            if status.vipLevel > 0 { commonFlags.append(.vip) }
            if type.isSuite { commonFlags.append(.suite) }
            let skills: [Skill] = type.isSuite ? [.suites] : []
            func make(_ kind: TaskKind, priority: HousekeepingTask.Priority, earliest: TimeOfDay?, readyBy: TimeOfDay?,
                      flags: [HousekeepingTask.Flag], mandatory: Bool = true, extraSkills: [Skill] = []) -> HousekeepingTask {
                let (minutes, credits) = standard(kind, type.id)
                return HousekeepingTask(
                    id: "\(room.number)/\(kind.rawValue)", kind: HousekeepingTask.Kind(kind)!, roomNumber: room.number,
                    roomTypeID: type.id, floorID: floor.id, buildingID: floor.buildingID, place: "Room \(room.number)",
                    standardMinutes: minutes, credits: credits, areaSquareMetres: area, priority: priority,
                    isMandatory: mandatory, earliestStart: earliest, readyBy: readyBy, requiredSkills: skills + extraSkills,
                    flags: commonFlags + flags, vipLevel: status.vipLevel, guestCount: status.guestCount, note: status.note)
            }
            if let from = turndownFrom, status.vipLevel >= standards.turndownMinimumVIPLevel,
               status.arrival != nil || (status.frontOffice == .occupied && status.departure == nil && status.service != .noService) {
                let dnd = status.departure == nil && status.service == .doNotDisturb
                tasks.append(make(.turndown, priority: dnd ? .doNotDisturb : .normal, earliest: from, readyBy: nil,
                                  flags: dnd ? [.doNotDisturb, .retry] : []))
            }
            var arrivalFlags: [HousekeepingTask.Flag] = []
            var readyBy: TimeOfDay?
            if let arrival = status.arrival {
                arrivalFlags.append(.arrivalToday)
                if arrival.earlyCheckIn { arrivalFlags.append(.earlyCheckIn) }
                readyBy = arrival.expectedAt ?? standards.defaultReadyBy
            }
            let urgent = readyBy != nil || status.vipLevel > 0
            var vacantAfterToday = false

            if let departure = status.departure {
                var flags = arrivalFlags + [.linenChange]
                let earliest: TimeOfDay
                if let out = departure.checkedOutAt { earliest = out; flags.append(.checkedOut) }
                else { earliest = departure.expectedCheckout ?? standards.defaultCheckout }
                tasks.append(make(.departureClean, priority: urgent ? .readyBy : .normal, earliest: earliest,
                                  readyBy: readyBy, flags: flags))
                vacantAfterToday = status.arrival == nil
            } else if status.frontOffice == .occupied {
                switch status.service {
                case .noService:
                    noService += 1
                case .doNotDisturb, .normal, .makeUpRoomRequested:
                    var linen = false
                    var flags: [HousekeepingTask.Flag] = []
                    switch status.linen {
                    case .requested: linen = true
                    case .optedOut: flags.append(.linenOptedOut)
                    case .standard:
                        if let every = standards.linenChangeEveryNights, every > 0, let nights = status.stayoverNights,
                           nights > 0, nights % every == 0 { linen = true }
                    }
                    if linen { flags.append(.linenChange) }
                    let kind: TaskKind = linen ? .stayoverLinenChange : .stayoverService
                    let until = standards.stayoverServiceUntil
                    switch status.service {
                    case .doNotDisturb:
                        tasks.append(make(kind, priority: .doNotDisturb, earliest: standards.stayoverServiceFrom,
                                          readyBy: until, flags: flags + [.doNotDisturb, .retry]))
                    case .makeUpRoomRequested:
                        tasks.append(make(kind, priority: .readyBy, earliest: nil, readyBy: until, flags: flags + [.rush]))
                    default:
                        tasks.append(make(kind, priority: urgent ? .readyBy : .normal, earliest: standards.stayoverServiceFrom,
                                          readyBy: until, flags: flags))
                    }
                }
            } else {
                switch status.cleanliness {
                case .dirty:
                    tasks.append(make(.departureClean, priority: urgent ? .readyBy : .normal, earliest: nil, readyBy: readyBy,
                                      flags: arrivalFlags + [.linenChange]))
                    vacantAfterToday = status.arrival == nil
                case .pickup:
                    tasks.append(make(.pickup, priority: urgent ? .readyBy : .normal, earliest: nil, readyBy: readyBy,
                                      flags: arrivalFlags))
                    vacantAfterToday = status.arrival == nil
                case .clean:
                    if status.arrival != nil {
                        tasks.append(make(.vacantTouchUp, priority: .readyBy, earliest: nil, readyBy: readyBy, flags: arrivalFlags))
                    } else {
                        vacantAfterToday = true
                    }
                case .inspected:
                    vacantAfterToday = status.arrival == nil
                }
            }

            // Deep cleans: rooms empty tonight that are due by the rotation or after a long stay.
            if vacantAfterToday {
                var overdue: Int?
                var flags: [HousekeepingTask.Flag] = []
                if let every = standards.deepCleanEveryDays, let last = status.lastDeepClean {
                    let days = last.days(until: context.day.date)
                    if days >= every { overdue = days - every; flags.append(.deepCleanRotation) }
                }
                if let longest = standards.deepCleanAfterStayNights, status.departure != nil,
                   let nights = status.stayoverNights, nights > longest {
                    overdue = max(overdue ?? 0, 10_000 + nights)
                    flags.append(.deepCleanLongStay)
                }
                if let overdue {
                    let earliest = status.departure.map { $0.checkedOutAt ?? $0.expectedCheckout ?? standards.defaultCheckout }
                    deepCandidates.append((overdue, make(.deepClean, priority: .optional, earliest: earliest, readyBy: nil,
                                                         flags: flags, mandatory: false, extraSkills: [.deepCleaning])))
                }
            }
        }
        deepCandidates.sort { ($0.overdueDays, $1.task.id) > ($1.overdueDays, $0.task.id) }
        let cap = standards.deepCleansPerDay ?? deepCandidates.count
        tasks += deepCandidates.prefix(max(0, cap)).map(\.task)

        for post in standards.publicAreaPosts.sorted(by: { $0.id < $1.id }) {
            for time in post.times.sorted() {
                // A visit running past midnight ends the next morning (read on a night shift's clock).
                let finish = time.minutesAfterMidnight + Int(post.minutes.rounded(.up))
                let end = TimeOfDay(minutesAfterMidnight: finish > 1440 ? finish - 1440 : finish)
                tasks.append(HousekeepingTask(
                    id: "post:\(post.id)@\(time)", kind: .publicArea, roomNumber: nil, roomTypeID: nil, floorID: nil,
                    buildingID: nil, publicAreaPostID: post.id, place: post.place, standardMinutes: post.minutes, credits: 0,
                    areaSquareMetres: 0, priority: .readyBy, isMandatory: true, earliestStart: time, readyBy: end))
            }
        }
        let warnings = missingStandards.sorted().map { "no standard for \($0); the planning default is used" }
        return DerivedTasks(tasks: tasks, blockedRoomCount: blocked, noServiceRoomCount: noService, warnings: warnings)
    }
}
