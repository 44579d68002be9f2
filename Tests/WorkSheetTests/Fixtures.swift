@testable import Housekeeping

/// Small hand-built hotels for the work-sheet tests: one building, one room type "STD" (departure 30 min /
/// 3 credits, stayover 20 / 2, linen change 25 / 2.5, deep clean 90 / 6, touch-up 8 / 0.5, pickup 10 / 1),
/// a suite type "SUI" (departure 50 / 5, stayover 30 / 3), travel 5 min per floor change, shift "M"
/// 08:00–16:30 with a 30-minute break (480 paid minutes).
enum Fixture {
    static let date = CalendarDate(year: 2026, month: 12, day: 1)!

    static func standards(caps: AttendantCaps = AttendantCaps(), deepCleansPerDay: Int? = 4) -> Standards {
        var tasks: [TaskStandard] = []
        for (kind, minutes, credits) in [(TaskKind.departureClean, 30.0, 3.0), (.stayoverService, 20, 2),
                                         (.stayoverLinenChange, 25, 2.5), (.deepClean, 90, 6), (.vacantTouchUp, 8, 0.5),
                                         (.pickup, 10, 1)] {
            tasks.append(TaskStandard(task: kind, roomTypeID: "STD", minutes: minutes, credits: credits))
        }
        tasks.append(TaskStandard(task: .departureClean, roomTypeID: "SUI", minutes: 50, credits: 5))
        tasks.append(TaskStandard(task: .stayoverService, roomTypeID: "SUI", minutes: 30, credits: 3))
        return Standards(tasks: tasks, travelMinutesPerFloorChange: 5, travelMinutesPerBuildingChange: 15,
                         linenChangeEveryNights: 3, deepCleanEveryDays: 90, deepCleanAfterStayNights: 14,
                         deepCleansPerDay: deepCleansPerDay, stayoverServiceFrom: TimeOfDay(hour: 9)!,
                         defaultCheckout: TimeOfDay(hour: 11)!, defaultReadyBy: TimeOfDay(hour: 15)!,
                         inspection: InspectionPolicy(departuresWithArrivals: true, vipRooms: true, shareOfOthers: 0),
                         caps: caps)
    }

    static func attendant(_ id: String, skills: Set<Skill> = [], efficiency: Double = 1, homeFloors: [String] = []) -> StaffMember {
        StaffMember(id: id, name: "Attendant \(id)", roles: [.roomAttendant], skills: skills, efficiency: efficiency,
                    homeFloorIDs: homeFloors, contract: Contract(kind: .fullTime, minimumMinutesPerMonth: 0, maximumMinutesPerMonth: 12_000))
    }

    static func lead(_ id: String) -> StaffMember {
        StaffMember(id: id, name: "Lead \(id)", roles: [.lead],
                    contract: Contract(kind: .fullTime, minimumMinutesPerMonth: 0, maximumMinutesPerMonth: 12_000))
    }

    /// A property with `floors` floors of `roomsPerFloor` standard rooms ("101", "102", …), plus the given suites.
    static func property(floors: Int, roomsPerFloor: Int, suites: [String] = [], staff: [StaffMember],
                         standards: Standards = standards(),
                         shifts: [ShiftType] = [ShiftType(id: "M", name: "Morning", start: TimeOfDay(hour: 8)!,
                                                          end: TimeOfDay(hour: 16, minute: 30)!, unpaidBreakMinutes: 30)],
                         supplies: SupplyCatalogue = SupplyCatalogue()) -> Property {
        var rooms: [Room] = []
        for level in 1...floors {
            for index in 1...max(1, roomsPerFloor) where roomsPerFloor > 0 {
                rooms.append(Room(number: "\(level)\(index < 10 ? "0" : "")\(index)", floorID: "\(level)", roomTypeID: "STD"))
            }
        }
        for suite in suites { rooms.append(Room(number: suite, floorID: String(suite.prefix(1)), roomTypeID: "SUI")) }
        return Property(
            name: "Fixture Hotel", timeZone: "UTC", buildings: [Building(id: "MAIN", name: "Main")],
            floors: (1...floors).map { Floor(id: "\($0)", buildingID: "MAIN", level: $0, storeroomID: "S\($0)") },
            roomTypes: [RoomType(id: "STD", name: "Standard", beds: 1, maximumGuests: 2, areaSquareMetres: 25),
                        RoomType(id: "SUI", name: "Suite", beds: 1, maximumGuests: 3, isSuite: true, areaSquareMetres: 50)],
            rooms: rooms, staff: staff, shiftTypes: shifts, standards: standards, supplies: supplies)
    }

    /// A departure, checked out at 07:00, optionally with an arrival.
    static func departure(_ room: String, arrival: TimeOfDay? = nil, vip: Int = 0) -> RoomStatus {
        RoomStatus(roomNumber: room, frontOffice: .occupied, cleanliness: .dirty,
                   departure: RoomStatus.Departure(checkedOutAt: TimeOfDay(hour: 7)!),
                   arrival: arrival.map { RoomStatus.Arrival(expectedAt: $0) }, vipLevel: vip, guestCount: 1,
                   lastDeepClean: date.adding(days: -10))
    }

    /// A stayover on its first night (no linen change).
    static func stayover(_ room: String, nights: Int = 1, service: RoomStatus.Service = .normal,
                         linen: RoomStatus.LinenChoice = .standard) -> RoomStatus {
        RoomStatus(roomNumber: room, frontOffice: .occupied, cleanliness: .dirty, service: service, stayoverNights: nights,
                   guestCount: 2, linen: linen, lastDeepClean: date.adding(days: -10))
    }

    /// Vacant and inspected, recently deep-cleaned: no task.
    static func idle(_ room: String) -> RoomStatus {
        RoomStatus(roomNumber: room, cleanliness: .inspected, lastDeepClean: date.adding(days: -10))
    }

    static func day(_ rooms: [RoomStatus], onDuty: [String] = [], shift: String = "M",
                    yesterday: [String: [String]] = [:]) -> DayStatus {
        DayStatus(date: date, rooms: rooms, onDuty: onDuty.map { DutyAssignment(staffID: $0, shiftTypeID: shift) },
                  yesterdayRooms: yesterday)
    }

    /// Every room of the property idle except the given statuses.
    static func day(for property: Property, _ statuses: [RoomStatus], onDuty: [String] = []) -> DayStatus {
        let given = Set(statuses.map(\.roomNumber))
        return day(statuses + property.rooms.filter { !given.contains($0.number) }.map { idle($0.number) }, onDuty: onDuty)
    }

    static func plan(_ property: Property, _ day: DayStatus, seconds: Double = 5) throws -> WorkSheet {
        try WorkSheetPlanner(property: property, day: day, options: WorkSheetOptions(timeLimitSeconds: seconds, relativeGap: 0)).plan()
    }

    /// The assignment engine for a day, its work groups built, and its planning context.
    static func engine(_ property: Property, _ day: DayStatus) throws -> (AssignmentEngine, PlanningContext) {
        let context = try PlanningContext(property: property, day: day)
        let tasks = TaskDerivation(context: context).derive().tasks
        var engine = AssignmentEngine(context: context, tasks: tasks, crew: context.crew, options: WorkSheetOptions())
        engine.buildGroups()
        return (engine, context)
    }
}

extension WorkSheet {
    func sheet(_ staffID: String) -> AttendantSheet? { attendants.first { $0.staffID == staffID } }
    func tasks(of staffID: String) -> [ScheduledTask] { sheet(staffID)?.tasks ?? [] }
}
