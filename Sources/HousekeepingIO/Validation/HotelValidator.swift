import Foundation
import Housekeeping

/// Where the parts of a property and a day came from, so that problems can name a file and a line.
///
/// With the defaults (data made in memory) problems name stand-ins (`property`, `room-status`, `on-duty`) and
/// no lines.
public struct HotelSources: Sendable {
    public var propertyFile: String
    /// Lines of the property file's fields.
    public var propertyLocator: SourceLocator
    /// The staff file, when the staff came from their own file (it replaces the property's staff).
    public var staffFile: String?
    /// The line of each staff member in the staff file.
    public var staffLines: [Int]
    public var statusFile: String
    /// The line of each room status record, index for index with ``DayStatus/rooms``.
    public var statusLines: [Int]
    public var onDutyFile: String
    /// The line of each on-duty record, index for index with ``DayStatus/onDuty``.
    public var onDutyLines: [Int]
    /// Rooms whose status line had an error and was left out: no "no status line" warning for them.
    public var rejectedStatusRooms: Set<String> = []

    public init(propertyFile: String = "property", propertyLocator: SourceLocator = SourceLocator(),
                staffFile: String? = nil, staffLines: [Int] = [], statusFile: String = "room-status",
                statusLines: [Int] = [], onDutyFile: String = "on-duty", onDutyLines: [Int] = []) {
        self.propertyFile = propertyFile
        self.propertyLocator = propertyLocator
        self.staffFile = staffFile
        self.staffLines = staffLines
        self.statusFile = statusFile
        self.statusLines = statusLines
        self.onDutyFile = onDutyFile
        self.onDutyLines = onDutyLines
    }

    /// The file and line of a property path (`rooms[3].floorID`); staff paths go to the staff file if any.
    public func locate(_ path: String) -> (file: String, line: Int?) {
        if let staffFile, path.hasPrefix("staff[") {
            let digits = path.dropFirst(6).prefix { $0.isNumber }
            let index = Int(digits) ?? -1
            return (staffFile, staffLines.indices.contains(index) ? staffLines[index] : nil)
        }
        return (propertyFile, propertyLocator.line(for: path))
    }

    func statusLine(_ index: Int) -> Int? { statusLines.indices.contains(index) ? statusLines[index] : nil }
    func onDutyLine(_ index: Int) -> Int? { onDutyLines.indices.contains(index) ? onDutyLines[index] : nil }
}

/// The checks `housekeeping validate` runs, for any Swift tool: every problem of a property and a day.
///
/// ```swift
/// var report = ValidationReport()
/// HotelValidator.check(property, into: &report)
/// HotelValidator.check(day, against: property, into: &report)
/// if report.hasErrors { print(report) }
/// ```
public enum HotelValidator {
    /// Up to this many rooms without a status line get a warning each; more get one warning naming this many.
    static let unlistedRoomsToName = 10

    /// Checks the property alone: identifiers unique and resolving, numbers in range, times and time zone.
    public static func check(_ property: Property, sources: HotelSources = HotelSources(), into report: inout ValidationReport) {
        var check = Checker(sources: sources, report: report)
        check.property(property)
        report = check.report
    }

    /// Checks the day against the property: rooms and staff known, times possible, and the warnings.
    public static func check(_ day: DayStatus, against property: Property, sources: HotelSources = HotelSources(),
                             into report: inout ValidationReport) {
        var check = Checker(sources: sources, report: report)
        check.day(day, property)
        report = check.report
    }

    /// Both checks, in a fresh report.
    public static func validate(_ property: Property, _ day: DayStatus, sources: HotelSources = HotelSources(),
                                limit: Int = 200) -> ValidationReport {
        var report = ValidationReport(limit: limit)
        check(property, sources: sources, into: &report)
        check(day, against: property, sources: sources, into: &report)
        return report
    }

    /// One day's use of each supply item, by storeroom id (rooms on a floor draw on its floor storeroom,
    /// all rooms on the main stores), from the tasks the day's status implies. See ``expectedTasks(_:standards:)``.
    public static func oneDayUse(_ day: DayStatus, property: Property) -> [String: [String: Double]] {
        var use: [String: [String: Double]] = [:]
        let mainStores = property.supplies.storerooms.filter(\.isMainStore).map(\.id)
        let rooms = Dictionary(property.rooms.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let floors = Dictionary(property.floors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var usesByTask: [String: [SupplyUse]] = [:]
        for supply in property.supplies.uses { usesByTask["\(supply.task.rawValue)/\(supply.roomTypeID)", default: []].append(supply) }
        for status in day.rooms {
            guard let room = rooms[status.roomNumber] else { continue }
            let storeroom = floors[room.floorID]?.storeroomID
            for task in expectedTasks(status, standards: property.standards) {
                for supply in usesByTask["\(task.rawValue)/\(room.roomTypeID)"] ?? [] {
                    for id in ([storeroom].compactMap { $0 } + mainStores) {
                        use[id, default: [:]][supply.itemID, default: 0] += supply.quantity
                    }
                }
            }
        }
        return use
    }

    /// The room tasks a status implies today (before any deep-clean rotation): a departure clean for a
    /// departure or a vacant dirty room, a stayover service (with a linen change when requested or due by the
    /// cycle), a pickup, a touch-up of a clean room with an arrival. Blocked and no-service rooms get none.
    public static func expectedTasks(_ status: RoomStatus, standards: Standards) -> [TaskKind] {
        guard !status.isBlocked, status.service != .noService else { return [] }
        if status.departure != nil { return [.departureClean] }
        if let nights = status.stayoverNights {
            let due = standards.linenChangeEveryNights.map { $0 > 0 && nights > 0 && nights % $0 == 0 } ?? false
            if status.linen == .requested || (status.linen != .optedOut && due) { return [.stayoverLinenChange] }
            return [.stayoverService]
        }
        switch status.cleanliness {
        case .dirty: return status.frontOffice == .vacant ? [.departureClean] : [.stayoverService]
        case .pickup: return [.pickup]
        case .clean, .inspected: return status.arrival != nil ? [.vacantTouchUp] : []
        }
    }
}

private struct Checker {
    let sources: HotelSources
    var report: ValidationReport

    mutating func error(_ path: String, _ message: String) {
        let (file, line) = sources.locate(path)
        report.error(file, line, path, message)
    }
    mutating func warning(_ path: String, _ message: String) {
        let (file, line) = sources.locate(path)
        report.warning(file, line, path, message)
    }

    /// Reports duplicates of an id among `items`.
    mutating func unique<T>(_ items: [T], _ collection: String, _ field: String, id: (T) -> String, what: String) -> Set<String> {
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let key = id(item)
            if key.trimmingWhitespace().isEmpty {
                error("\(collection)[\(index)].\(field)", "empty \(what) id; expected a non-empty unique id")
            } else if let first = seen[key] {
                let (file, line) = sources.locate("\(collection)[\(first)]")
                error("\(collection)[\(index)].\(field)",
                      "duplicate \(what) '\(key)', first defined at \(file):\(line.map(String.init) ?? "?"); expected each \(what) once")
            } else {
                seen[key] = index
            }
        }
        return Set(seen.keys)
    }

    mutating func positive(_ value: Double, _ path: String, _ what: String) {
        if !value.isFinite || value <= 0 { error(path, "\(what) is \(value); expected more than 0") }
    }

    mutating func property(_ p: Property) {
        if p.name.trimmingWhitespace().isEmpty { warning("name", "the property has no name") }
        if TimeZone(identifier: p.timeZone) == nil {
            error("timeZone", "'\(p.timeZone)' is not an IANA time zone; expected a name such as Asia/Shanghai or Europe/London")
        }
        let buildings = unique(p.buildings, "buildings", "id", id: \.id, what: "building")
        let storerooms = unique(p.supplies.storerooms, "supplies.storerooms", "id", id: \.id, what: "storeroom")
        let floors = unique(p.floors, "floors", "id", id: \.id, what: "floor")
        for (index, floor) in p.floors.enumerated() {
            if !buildings.contains(floor.buildingID) {
                error("floors[\(index)].buildingID", "floor '\(floor.id)' is in building '\(floor.buildingID)', which is not defined; expected one of \(list(buildings))")
            }
            if let storeroom = floor.storeroomID, !storerooms.contains(storeroom) {
                error("floors[\(index)].storeroomID", "floor '\(floor.id)' names storeroom '\(storeroom)', which is not defined; expected one of \(list(storerooms))")
            }
        }
        let roomTypes = unique(p.roomTypes, "roomTypes", "id", id: \.id, what: "room type")
        for (index, type) in p.roomTypes.enumerated() {
            if type.beds < 1 { error("roomTypes[\(index)].beds", "room type '\(type.id)' has \(type.beds) beds; expected at least 1") }
            if type.maximumGuests < 1 { error("roomTypes[\(index)].maximumGuests", "room type '\(type.id)' sleeps \(type.maximumGuests); expected at least 1") }
            positive(type.areaSquareMetres, "roomTypes[\(index)].areaSquareMetres", "the area of room type '\(type.id)'")
        }
        let rooms = unique(p.rooms, "rooms", "number", id: \.number, what: "room")
        for (index, room) in p.rooms.enumerated() {
            if !floors.contains(room.floorID) {
                error("rooms[\(index)].floorID", "room \(room.number) is on floor '\(room.floorID)', which is not defined; expected one of \(list(floors))")
            }
            if !roomTypes.contains(room.roomTypeID) {
                error("rooms[\(index)].roomTypeID", "room \(room.number) has room type '\(room.roomTypeID)', which is not defined; expected one of \(list(roomTypes))")
            }
            if let area = room.areaSquareMetres { positive(area, "rooms[\(index)].areaSquareMetres", "the area of room \(room.number)") }
            if let other = room.connectingRoom, !rooms.contains(other) {
                error("rooms[\(index)].connectingRoom", "room \(room.number) connects to room '\(other)', which is not defined; expected a room number of the property")
            }
        }
        let shifts = unique(p.shiftTypes, "shiftTypes", "id", id: \.id, what: "shift type")
        for (index, shift) in p.shiftTypes.enumerated() {
            if shift.unpaidBreakMinutes < 0 {
                error("shiftTypes[\(index)].unpaidBreakMinutes", "shift '\(shift.id)' has a negative break (\(shift.unpaidBreakMinutes) minutes); expected 0 or more")
            } else if shift.paidMinutes <= 0 {
                error("shiftTypes[\(index)].unpaidBreakMinutes", "shift '\(shift.id)' has a \(shift.unpaidBreakMinutes)-minute break in a \(shift.spanMinutes)-minute span; expected a break shorter than the shift")
            }
        }
        _ = unique(p.staff, "staff", "id", id: \.id, what: "staff id")
        for (index, member) in p.staff.enumerated() {
            let path = "staff[\(index)]"
            if member.roles.isEmpty { error("\(path).roles", "\(member.id) has no role; expected at least one of roomAttendant, lead, publicAreaCleaner, manager") }
            if !(member.efficiency.isFinite && member.efficiency > 0 && member.efficiency <= 2) {
                error("\(path).efficiency", "\(member.id) has efficiency \(member.efficiency); expected more than 0 and at most 2 (1 is normal, 0.5 a trainee)")
            }
            for (floorIndex, floor) in member.homeFloorIDs.enumerated() where !floors.contains(floor) {
                error("\(path).homeFloorIDs[\(floorIndex)]", "\(member.id)'s home floor '\(floor)' is not defined; expected one of \(list(floors))")
            }
            let contract = member.contract
            if contract.minimumMinutesPerMonth < 0 {
                error("\(path).contract.minimumMinutesPerMonth", "\(member.id) has a negative minimum (\(contract.minimumMinutesPerMonth) minutes); expected 0 or more")
            }
            if contract.maximumMinutesPerMonth <= 0 {
                error("\(path).contract.maximumMinutesPerMonth", "\(member.id) has a maximum of \(contract.maximumMinutesPerMonth) minutes; expected more than 0")
            }
            if contract.minimumMinutesPerMonth > contract.maximumMinutesPerMonth {
                error("\(path).contract.minimumMinutesPerMonth", "\(member.id)'s minimum (\(contract.minimumMinutesPerMonth) minutes) is above the maximum (\(contract.maximumMinutesPerMonth)); expected minimum ≤ maximum")
            }
            for (shiftIndex, shift) in (contract.allowedShiftTypeIDs ?? []).enumerated() where !shifts.contains(shift) {
                error("\(path).contract.allowedShiftTypeIDs[\(shiftIndex)]", "\(member.id) may work shift '\(shift)', which is not defined; expected one of \(list(shifts))")
            }
            if contract.allowedShiftTypeIDs?.isEmpty == true {
                warning("\(path).contract.allowedShiftTypeIDs", "\(member.id) may work no shift type (an empty list); leave it out to allow all")
            }
            for (shift, count) in contract.maximumShiftsPerType.sorted(by: { $0.key < $1.key }) {
                if !shifts.contains(shift) {
                    error("\(path).contract.maximumShiftsPerType.\(shift)", "\(member.id) has a limit for shift '\(shift)', which is not defined; expected one of \(list(shifts))")
                }
                if count < 0 { error("\(path).contract.maximumShiftsPerType.\(shift)", "the limit is \(count); expected 0 or more") }
            }
        }
        if !p.staff.contains(where: { $0.has(.roomAttendant) }) {
            warning("staff", "no room attendant on the staff; expected at least one to plan any cleaning")
        }

        let s = p.standards
        for (index, task) in s.tasks.enumerated() {
            if !roomTypes.contains(task.roomTypeID) {
                error("standards.tasks[\(index)].roomTypeID", "a \(task.task.rawValue) standard for room type '\(task.roomTypeID)', which is not defined; expected one of \(list(roomTypes))")
            }
            positive(task.minutes, "standards.tasks[\(index)].minutes", "the minutes of \(task.task.rawValue) on '\(task.roomTypeID)'")
            if !task.credits.isFinite || task.credits < 0 {
                error("standards.tasks[\(index)].credits", "credits are \(task.credits); expected 0 or more")
            }
        }
        var seenStandards: [String: Int] = [:]
        for (index, task) in s.tasks.enumerated() {
            let key = "\(task.task.rawValue)/\(task.roomTypeID)"
            if let first = seenStandards[key] {
                error("standards.tasks[\(index)]", "a second \(task.task.rawValue) standard for '\(task.roomTypeID)' (the first is standards.tasks[\(first)]); expected one per task and room type")
            } else { seenStandards[key] = index }
        }
        for type in p.roomTypes where s.standard(for: .departureClean, roomTypeID: type.id) == nil
            || s.standard(for: .stayoverService, roomTypeID: type.id) == nil {
            warning("standards.tasks", "room type '\(type.id)' has no departureClean or stayoverService standard; expected both, or its rooms cannot be planned")
        }
        if !s.travelMinutesPerFloorChange.isFinite || s.travelMinutesPerFloorChange < 0 {
            error("standards.travelMinutesPerFloorChange", "\(s.travelMinutesPerFloorChange) minutes; expected 0 or more")
        }
        if !s.travelMinutesPerBuildingChange.isFinite || s.travelMinutesPerBuildingChange < 0 {
            error("standards.travelMinutesPerBuildingChange", "\(s.travelMinutesPerBuildingChange) minutes; expected 0 or more")
        }
        _ = unique(s.publicAreaPosts, "standards.publicAreaPosts", "id", id: \.id, what: "public-area post")
        for (index, post) in s.publicAreaPosts.enumerated() {
            positive(post.minutes, "standards.publicAreaPosts[\(index)].minutes", "the minutes of post '\(post.id)'")
            if post.times.contains(where: { $0.minutesAfterMidnight >= 1440 }) {
                error("standards.publicAreaPosts[\(index)].times", "post '\(post.id)' starts at 24:00; expected a start between 00:00 and 23:59")
            }
        }
        for (value, name) in [(s.linenChangeEveryNights, "linenChangeEveryNights"), (s.deepCleanEveryDays, "deepCleanEveryDays"),
                              (s.deepCleanAfterStayNights, "deepCleanAfterStayNights")] {
            if let value, value <= 0 { error("standards.\(name)", "\(value); expected more than 0, or leave it out") }
        }
        if let value = s.deepCleansPerDay, value < 0 { error("standards.deepCleansPerDay", "\(value); expected 0 or more") }
        for (time, name) in [(s.stayoverServiceFrom, "stayoverServiceFrom"), (s.defaultCheckout, "defaultCheckout"), (s.defaultReadyBy, "defaultReadyBy")]
            where time.minutesAfterMidnight >= 1440 {
            error("standards.\(name)", "24:00 is the end of the day; expected a time between 00:00 and 23:59")
        }
        if !(0...1).contains(s.inspection.shareOfOthers) {
            error("standards.inspection.shareOfOthers", "\(s.inspection.shareOfOthers); expected a share between 0 and 1")
        }
        positive(s.inspection.minutesPerInspection, "standards.inspection.minutesPerInspection", "the minutes per inspection")
        if let rooms = s.caps.rooms, rooms <= 0 { error("standards.caps.rooms", "\(rooms); expected more than 0, or leave it out") }
        if let value = s.caps.departures, value < 0 { error("standards.caps.departures", "\(value); expected 0 or more, or leave it out") }
        if let value = s.caps.credits { positive(value, "standards.caps.credits", "the credit cap") }
        if let value = s.caps.areaSquareMetres { positive(value, "standards.caps.areaSquareMetres", "the area cap") }

        let items = unique(p.supplies.items, "supplies.items", "id", id: \.id, what: "supply item")
        for (index, use) in p.supplies.uses.enumerated() {
            if !items.contains(use.itemID) { error("supplies.uses[\(index)].itemID", "item '\(use.itemID)' is not in the catalogue; expected one of \(list(items))") }
            if !roomTypes.contains(use.roomTypeID) { error("supplies.uses[\(index)].roomTypeID", "room type '\(use.roomTypeID)' is not defined; expected one of \(list(roomTypes))") }
            if !use.quantity.isFinite || use.quantity < 0 { error("supplies.uses[\(index)].quantity", "\(use.quantity); expected 0 or more") }
        }
        for (index, level) in p.supplies.stock.enumerated() {
            if !storerooms.contains(level.storeroomID) { error("supplies.stock[\(index)].storeroomID", "storeroom '\(level.storeroomID)' is not defined; expected one of \(list(storerooms))") }
            if !items.contains(level.itemID) { error("supplies.stock[\(index)].itemID", "item '\(level.itemID)' is not in the catalogue; expected one of \(list(items))") }
            if !level.parLevel.isFinite || level.parLevel < 0 { error("supplies.stock[\(index)].parLevel", "\(level.parLevel); expected 0 or more") }
            if !level.onHand.isFinite || level.onHand < 0 { error("supplies.stock[\(index)].onHand", "\(level.onHand); expected 0 or more") }
        }
    }

    mutating func statusError(_ index: Int, _ field: String, _ message: String) {
        report.error(sources.statusFile, sources.statusLine(index), field, message)
    }
    mutating func statusWarning(_ index: Int, _ field: String, _ message: String) {
        report.warning(sources.statusFile, sources.statusLine(index), field, message)
    }

    mutating func day(_ day: DayStatus, _ p: Property) {
        let roomIndex = Dictionary(p.rooms.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: Int] = [:]
        let shiftsOnDuty = day.onDuty.compactMap { p.shiftType($0.shiftTypeID) }
        let dayStarts = shiftsOnDuty.map(\.start).min()
        for (index, status) in day.rooms.enumerated() {
            let number = status.roomNumber
            guard let room = roomIndex[number] else {
                statusError(index, "room", "room '\(number)' is not in the property; expected a room number from \(sources.propertyFile)")
                continue
            }
            if let first = seen[number] {
                statusError(index, "room", "room \(number) has a second status line (the first is line \(sources.statusLine(first).map(String.init) ?? "?")); expected one line per room")
                continue
            }
            seen[number] = index
            if status.departure != nil && status.stayoverNights != nil {
                statusError(index, "movement", "room \(number) is a stayover that also departs; expected either a departure or a stayover")
            }
            if status.frontOffice == .vacant && status.stayoverNights != nil {
                statusError(index, "front office", "room \(number) is vacant with a stayover guest; expected occupied")
            }
            if let nights = status.stayoverNights, nights < 0 {
                statusError(index, "nights stayed", "\(nights) nights; expected 0 or more")
            }
            if status.guestCount < 0 { statusError(index, "guests", "\(status.guestCount) guests; expected 0 or more") }
            if status.vipLevel < 0 { statusError(index, "vip", "VIP level \(status.vipLevel); expected 0 or more") }
            if let type = p.roomType(room.roomTypeID), status.guestCount > type.maximumGuests {
                statusWarning(index, "guests", "\(status.guestCount) guests in room \(number), which sleeps \(type.maximumGuests) (\(type.id)); expected at most \(type.maximumGuests)")
            }
            if status.frontOffice == .occupied && status.departure == nil && status.stayoverNights == nil && status.arrival == nil {
                statusWarning(index, "movement", "room \(number) is occupied with no departure or stayover; it is treated as needing no service")
            }
            if let departure = status.departure {
                for (time, field) in [(departure.expectedCheckout, "expected checkout"), (departure.checkedOutAt, "checked out at")] {
                    if let time, time.minutesAfterMidnight >= 1440 {
                        statusError(index, field, "\(time) is the end of the day; expected a checkout between 00:00 and 23:59")
                    }
                }
            }
            if let arrival = status.arrival, let at = arrival.expectedAt {
                if at.minutesAfterMidnight >= 1440 {
                    statusError(index, "arrival time", "\(at) is the end of the day; expected an arrival between 00:00 and 23:59")
                }
                let checkout = status.departure.flatMap { $0.checkedOutAt ?? $0.expectedCheckout }
                if let checkout, at < checkout {
                    statusWarning(index, "arrival time", "the arrival at \(at) is before the departing guest's checkout at \(checkout), so the room cannot be ready when the guest arrives")
                } else if let dayStarts, at < dayStarts, status.cleanliness != .clean && status.cleanliness != .inspected {
                    statusError(index, "arrival time", "the arrival at \(at) is before the day starts (the first shift on duty starts at \(dayStarts)) and the room is \(status.cleanliness.rawValue); expected an arrival after \(dayStarts), or a clean room")
                }
            }
            if status.isBlocked && status.arrival != nil {
                statusWarning(index, "availability", "room \(number) is \(status.availability == .outOfOrder ? "out of order" : "out of service") but has an arrival; the arrival is not planned for")
            }
            if let last = status.lastDeepClean, last > day.date {
                statusError(index, "last deep clean", "\(last) is after the day (\(day.date)); expected a date on or before it")
            }
        }
        // Rooms without a status line: one warning each when there are a few; one for all of them when there are
        // many (a file cut short or the wrong export), instead of a screenful.
        let unlisted = p.rooms.indices.filter { seen[p.rooms[$0].number] == nil && !sources.rejectedStatusRooms.contains(p.rooms[$0].number) }
        if unlisted.count > HotelValidator.unlistedRoomsToName {
            let named = unlisted.prefix(HotelValidator.unlistedRoomsToName).map { p.rooms[$0].number }.joined(separator: ", ")
            report.warning(sources.statusFile, nil, "room", "\(unlisted.count) of the property's \(p.rooms.count) rooms have no status line (\(named), …); they are treated as vacant clean. Is this the whole day's export?")
        } else {
            for position in unlisted {
                let (file, line) = sources.locate("rooms[\(position)]")
                report.warning(sources.statusFile, nil, "room", "room \(p.rooms[position].number) (\(file):\(line.map(String.init) ?? "?")) has no status line; treated as vacant clean")
            }
        }

        // On duty.
        var onDutySeen: [String: Int] = [:]
        for (index, duty) in day.onDuty.enumerated() {
            let line = sources.onDutyLine(index)
            let member = p.staffMember(duty.staffID)
            if member == nil {
                report.error(sources.onDutyFile, line, "staff", "staff id '\(duty.staffID)' is not on the staff list; expected one of \(list(Set(p.staff.map(\.id))))")
            }
            if p.shiftType(duty.shiftTypeID) == nil {
                report.error(sources.onDutyFile, line, "shift", "shift type '\(duty.shiftTypeID)' is not defined; expected one of \(list(Set(p.shiftTypes.map(\.id))))")
            } else if let allowed = member?.contract.allowedShiftTypeIDs, !allowed.contains(duty.shiftTypeID) {
                report.warning(sources.onDutyFile, line, "shift", "\(duty.staffID)'s contract does not allow shift '\(duty.shiftTypeID)' (allowed: \(allowed.joined(separator: ", ")))")
            }
            if let first = onDutySeen[duty.staffID] {
                report.error(sources.onDutyFile, line, "staff", "\(duty.staffID) is on duty twice (the first is line \(sources.onDutyLine(first).map(String.init) ?? "?")); expected one shift a day")
            } else { onDutySeen[duty.staffID] = index }
        }
        if day.onDuty.isEmpty {
            report.warning(sources.onDutyFile, nil, "", "nobody is listed on duty; every attendant and lead is taken to work their first allowed shift")
        }

        // A suite to clean with no suite-skilled attendant on duty.
        let onDutyStaff: [StaffMember] = day.onDuty.isEmpty
            ? p.staff.filter { $0.has(.roomAttendant) || $0.has(.lead) }
            : day.onDuty.compactMap { p.staffMember($0.staffID) }
        let suiteAttendant = onDutyStaff.contains { $0.has(.roomAttendant) && $0.skills.contains(.suites) }
        if !suiteAttendant {
            for (index, status) in day.rooms.enumerated() {
                guard let room = roomIndex[status.roomNumber], p.roomType(room.roomTypeID)?.isSuite == true,
                      !HotelValidator.expectedTasks(status, standards: p.standards).isEmpty else { continue }
                statusWarning(index, "room", "suite \(status.roomNumber) needs cleaning but no attendant on duty has the 'suites' skill; expected at least one")
            }
        }
        if !onDutyStaff.contains(where: { $0.has(.roomAttendant) }), day.rooms.contains(where: { !HotelValidator.expectedTasks($0, standards: p.standards).isEmpty }) {
            report.warning(sources.onDutyFile, nil, "", "rooms need cleaning but no room attendant is on duty")
        }

        // Par levels below one day's use.
        let use = HotelValidator.oneDayUse(day, property: p)
        for (index, level) in p.supplies.stock.enumerated() {
            guard let needed = use[level.storeroomID]?[level.itemID], level.parLevel < needed else { continue }
            warning("supplies.stock[\(index)].parLevel", "the par level of '\(level.itemID)' in storeroom '\(level.storeroomID)' is \(format(level.parLevel)), below one day's use (\(format(needed)) today); expected at least \(format(needed.rounded(.up)))")
        }
    }

    func list(_ ids: Set<String>) -> String {
        let sorted = ids.sorted()
        if sorted.isEmpty { return "(none defined)" }
        let shown = sorted.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
        return sorted.count > 8 ? "\(shown), … (\(sorted.count) in all)" : shown
    }

    func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
