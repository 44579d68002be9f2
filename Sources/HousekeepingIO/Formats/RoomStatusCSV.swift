import Housekeeping

/// The day's room status as a CSV file, like a property management system (PMS) export.
///
/// Header-driven: columns in any order, names case-insensitive with common aliases, extra columns ignored.
/// Only the room column is required. The short codes (VC, VD, VI, OC, OD, OOO, OOS, DND, and DEP, ARR, SO,
/// MUR, NS) may be given in a `status` column, alone or combined ("OD DND"), and the separate columns
/// (front office, movement, housekeeping, …) may be used instead or as well; they must agree. The file may
/// start with `# housekeeping-room-status v1` and `# date: YYYY-MM-DD` lines. See `docs/formats.md`.
public enum RoomStatusCSV {
    /// The format name in the version comment.
    public static let format = "housekeeping-room-status"
    /// The version this reader reads and the writer writes.
    public static let version = 1

    /// The columns, with the aliases a PMS export might use (compared by ``CSVTable/normalise(_:)``).
    public enum Column: String, CaseIterable, Sendable {
        case room, status, frontOffice, movement, housekeeping, availability, service, expectedCheckout,
             checkedOutAt, arrivalTime, earlyCheckIn, nightsStayed, vip, guests, linen, lastDeepClean, note, date

        /// The name the writer uses.
        public var name: String {
            switch self {
            case .room: "room"
            case .status: "status"
            case .frontOffice: "front office"
            case .movement: "movement"
            case .housekeeping: "housekeeping"
            case .availability: "availability"
            case .service: "service"
            case .expectedCheckout: "expected checkout"
            case .checkedOutAt: "checked out at"
            case .arrivalTime: "arrival time"
            case .earlyCheckIn: "early check-in"
            case .nightsStayed: "nights stayed"
            case .vip: "vip"
            case .guests: "guests"
            case .linen: "linen"
            case .lastDeepClean: "last deep clean"
            case .note: "note"
            case .date: "date"
            }
        }

        /// Names accepted in a header.
        public var aliases: [String] {
            switch self {
            case .room: ["room", "room number", "room no", "rm", "rm no", "room_no", "number", "roomnumber"]
            case .status: ["status", "room status", "code", "status code"]
            case .frontOffice: ["front office", "fo", "fo status", "front office status", "occupancy"]
            case .movement: ["movement", "today", "reservation status", "res status"]
            case .housekeeping: ["housekeeping", "hk", "hk status", "housekeeping status", "cleanliness"]
            case .availability: ["availability", "available"]
            case .service: ["service", "service request", "guest service"]
            case .expectedCheckout: ["expected checkout", "checkout", "check out", "etd", "departure time", "checkout time"]
            case .checkedOutAt: ["checked out at", "actual checkout", "checked out"]
            case .arrivalTime: ["arrival time", "eta", "expected arrival", "arrival"]
            case .earlyCheckIn: ["early check-in", "early checkin", "eci", "early arrival"]
            case .nightsStayed: ["nights stayed", "nights", "stayover nights", "nights so far"]
            case .vip: ["vip", "vip level", "vip code"]
            case .guests: ["guests", "guest count", "pax", "persons", "occupants"]
            case .linen: ["linen", "linen change", "linen choice"]
            case .lastDeepClean: ["last deep clean", "deep clean", "last deep cleaned", "deep cleaned"]
            case .note: ["note", "notes", "comment", "comments", "remarks"]
            case .date: ["date", "business date"]
            }
        }
    }

    /// The rooms read from a file, and the line each came from.
    public struct Contents: Hashable, Sendable {
        /// The date from the `# date:` comment or a `date` column, if any.
        public var date: CalendarDate?
        public var rooms: [RoomStatus]
        /// The line of each room's record, index for index.
        public var lines: [Int]
        /// Room numbers of records left out because of an error.
        public var rejectedRooms: Set<String> = []
    }

    /// Reads a status file, recording every problem in `report`. Rows with errors are left out.
    public static func read(_ text: String, file: String, report: inout ValidationReport) -> Contents {
        var contents = Contents(date: nil, rooms: [], lines: [])
        guard let table = CSVTable(text: text, file: file, report: &report) else { return contents }
        _ = table.version(format: format, supported: version, report: &report)
        var columns: [Column: Int] = [:]
        for column in Column.allCases { columns[column] = table.column(column.aliases) }
        table.warnAboutMisspeltColumns(Column.allCases.map { [$0.name] + $0.aliases }, report: &report)
        guard columns[.room] != nil else {
            report.error(file, table.headerLine, "room",
                         "the required column 'room' is missing; the header has \(table.header.map { "'\($0)'" }.joined(separator: ", ")) (accepted names: \(Column.room.aliases.joined(separator: ", ")))")
            return contents
        }
        if let (line, value) = table.comment("date") {
            if let date = CalendarDate(iso: value) { contents.date = date } else {
                report.error(file, line, "date", "'\(value)' is not a date; expected YYYY-MM-DD")
            }
        }
        for record in table.rows {
            let before = report.errorCount
            func value(_ column: Column) -> String {
                guard let index = columns[column] else { return "" }
                return record[index].trimmingWhitespace()
            }
            var row = RoomStatusRowParser(file: file, line: record.line, report: report)
            if !value(.date).isEmpty {
                if let date = CalendarDate(iso: value(.date)) {
                    if contents.date == nil { contents.date = date } else if contents.date != date {
                        row.error(.date, "'\(date)' differs from the file's date \(contents.date!); expected one date per file")
                    }
                } else {
                    row.error(.date, "'\(value(.date))' is not a date; expected YYYY-MM-DD")
                }
            }
            let status = row.parse(room: value(.room), values: value)
            report = row.report
            if let status, report.errorCount == before {
                contents.rooms.append(status)
                contents.lines.append(record.line)
            } else if !value(.room).isEmpty {
                contents.rejectedRooms.insert(value(.room))
            }
        }
        return contents
    }

    /// Writes the day's room status with every column, the version line and the date; ``read(_:file:report:)``
    /// reads it back unchanged.
    public static func write(_ rooms: [RoomStatus], date: CalendarDate?) -> String {
        let columns: [Column] = [.room, .frontOffice, .movement, .housekeeping, .availability, .service,
                                 .expectedCheckout, .checkedOutAt, .arrivalTime, .earlyCheckIn, .nightsStayed, .vip,
                                 .guests, .linen, .lastDeepClean, .note]
        var comments = ["\(format) v\(version)"]
        if let date { comments.append("date: \(date)") }
        var csv = CSVWriter(comments: comments, header: columns.map(\.name))
        for room in rooms {
            var movement: [String] = []
            if room.departure != nil { movement.append("departure") }
            if room.stayoverNights != nil { movement.append("stayover") }
            if room.arrival != nil { movement.append("arrival") }
            csv.append([
                room.roomNumber, room.frontOffice.rawValue, movement.isEmpty ? "none" : movement.joined(separator: "+"),
                room.cleanliness.rawValue, room.availability.rawValue, room.service.rawValue,
                room.departure?.expectedCheckout?.description ?? "", room.departure?.checkedOutAt?.description ?? "",
                room.arrival?.expectedAt?.description ?? "", room.arrival.map { $0.earlyCheckIn ? "yes" : "no" } ?? "",
                room.stayoverNights.map(String.init) ?? "", String(room.vipLevel), String(room.guestCount),
                room.linen.rawValue, room.lastDeepClean?.description ?? "", room.note ?? "",
            ])
        }
        return csv.text
    }
}

/// Turns one row's values into a ``RoomStatus``, recording problems.
struct RoomStatusRowParser {
    let file: String
    let line: Int
    var report: ValidationReport

    mutating func error(_ column: RoomStatusCSV.Column, _ message: String) {
        report.error(file, line, column.name, message)
    }

    /// Sets a value once; a second source that disagrees is an error.
    mutating func set<T: Equatable>(_ slot: inout (value: T, source: String)?, _ value: T, from source: String,
                                    column: RoomStatusCSV.Column, what: String) {
        if let existing = slot, existing.value != value {
            error(column, "\(source) says \(what) \(value), but \(existing.source) says \(existing.value); expected them to agree")
            return
        }
        if slot == nil { slot = (value, source) }
    }

    static func key(_ text: String) -> String { CSVTable.normalise(text) }

    mutating func time(_ text: String, _ column: RoomStatusCSV.Column) -> TimeOfDay? {
        guard !text.isEmpty else { return nil }
        guard let time = RoomStatusRowParser.lenientTime(text) else {
            error(column, "'\(text)' is not a time; expected HH:MM between 00:00 and 24:00 (also accepted: 2:30 PM, 2026-12-01 14:30)")
            return nil
        }
        return time
    }

    /// `HH:MM[:SS]`, with an optional `AM`/`PM`, and an optional leading `YYYY-MM-DD` and space or `T` (as
    /// PMS exports write date-times); the date part must be a real date and is otherwise ignored.
    static func lenientTime(_ text: String) -> TimeOfDay? {
        var rest = text.trimmingWhitespace()
        if rest.count > 11, let separator = rest.firstIndex(where: { $0 == " " || $0 == "T" }),
           CalendarDate(iso: String(rest[..<separator])) != nil {
            rest = rest[rest.index(after: separator)...].trimmingWhitespace()
        }
        let upper = rest.uppercased()
        for (suffix, offset) in [("AM", 0), ("PM", 12)] where upper.hasSuffix(suffix) {
            let clock = String(upper.dropLast(2)).trimmingWhitespace()
            guard let time = TimeOfDay(parsing: clock), (1...12).contains(time.minutesAfterMidnight / 60) else { return nil }
            let hour = time.minutesAfterMidnight / 60 % 12 + offset
            return TimeOfDay(hour: hour, minute: time.minutesAfterMidnight % 60)
        }
        return TimeOfDay(parsing: rest)
    }

    mutating func count(_ text: String, _ column: RoomStatusCSV.Column, what: String) -> Int? {
        guard !text.isEmpty else { return nil }
        guard let number = Int(text), number >= 0 else {
            error(column, "'\(text)' is not \(what); expected a whole number, 0 or more")
            return nil
        }
        return number
    }

    mutating func flag(_ text: String, _ column: RoomStatusCSV.Column) -> Bool? {
        switch RoomStatusRowParser.key(text) {
        case "": return nil
        case "yes", "y", "true", "1", "x": return true
        case "no", "n", "false", "0": return false
        default:
            error(column, "'\(text)' is not yes or no; expected yes, no, true, false, 1 or 0")
            return nil
        }
    }

    mutating func parse(room: String, values value: (RoomStatusCSV.Column) -> String) -> RoomStatus? {
        guard !room.isEmpty else {
            error(.room, "the room number is empty; expected the room number as in the property file")
            return nil
        }
        var frontOffice: (value: RoomStatus.FrontOffice, source: String)?
        var cleanliness: (value: RoomStatus.Cleanliness, source: String)?
        var availability: (value: RoomStatus.Availability, source: String)?
        var service: (value: RoomStatus.Service, source: String)?
        var departs = false, arrives = false, staysOver = false, noMovement = false

        // Short codes, in the status column, or in place of a word in the front office or housekeeping column
        // (many exports put "VD" in an "HK Status" column).
        let knownCodes: Set<String> = ["VC", "VD", "VI", "OC", "OD", "OOO", "OOS", "DND", "MUR", "NS", "DEP", "DO", "CO", "ARR", "DI", "SO"]
        func codes(_ text: String) -> [String] {
            text.split(whereSeparator: { " /+,;|".contains($0) }).map { $0.uppercased() }
        }
        func isCodes(_ text: String) -> Bool { !codes(text).isEmpty && codes(text).allSatisfy(knownCodes.contains) }
        func apply(_ codeText: String, column: RoomStatusCSV.Column) {
            let source = "\(column.name) '\(codeText)'"
            for code in codes(codeText) {
                switch code {
                case "VC": set(&frontOffice, .vacant, from: source, column: column, what: "front office")
                           set(&cleanliness, .clean, from: source, column: column, what: "housekeeping")
                case "VD": set(&frontOffice, .vacant, from: source, column: column, what: "front office")
                           set(&cleanliness, .dirty, from: source, column: column, what: "housekeeping")
                case "VI": set(&frontOffice, .vacant, from: source, column: column, what: "front office")
                           set(&cleanliness, .inspected, from: source, column: column, what: "housekeeping")
                case "OC": set(&frontOffice, .occupied, from: source, column: column, what: "front office")
                           set(&cleanliness, .clean, from: source, column: column, what: "housekeeping")
                case "OD": set(&frontOffice, .occupied, from: source, column: column, what: "front office")
                           set(&cleanliness, .dirty, from: source, column: column, what: "housekeeping")
                case "OOO": set(&availability, .outOfOrder, from: source, column: column, what: "availability")
                case "OOS": set(&availability, .outOfService, from: source, column: column, what: "availability")
                case "DND": set(&frontOffice, .occupied, from: source, column: column, what: "front office")
                            set(&service, .doNotDisturb, from: source, column: column, what: "service")
                case "MUR": set(&service, .makeUpRoomRequested, from: source, column: column, what: "service")
                case "NS": set(&service, .noService, from: source, column: column, what: "service")
                case "DEP", "DO", "CO": departs = true
                case "ARR", "DI": arrives = true
                case "SO": staysOver = true
                default:
                    error(column, "unknown status code '\(code)'; expected VC, VD, VI, OC, OD, OOO, OOS, DND, MUR, NS, DEP, ARR or SO")
                }
            }
        }
        let codeText = value(.status)
        // A reservation status in the status column ("Due Out", "In House") is a movement.
        switch RoomStatusRowParser.key(codeText) {
        case "dueout", "departure", "checkedout": departs = true
        case "duein", "arrival", "expected": arrives = true
        case "inhouse", "stayover": staysOver = true
        default: apply(codeText, column: .status)
        }

        // Separate columns.
        let fo = value(.frontOffice)
        switch RoomStatusRowParser.key(fo) {
        case "": break
        case "vacant", "v", "vac": set(&frontOffice, .vacant, from: "front office '\(fo)'", column: .frontOffice, what: "front office")
        case "occupied", "o", "occ": set(&frontOffice, .occupied, from: "front office '\(fo)'", column: .frontOffice, what: "front office")
        default:
            if isCodes(fo) { apply(fo, column: .frontOffice) } else {
                error(.frontOffice, "'\(fo)' is not a front office status; expected vacant or occupied")
            }
        }
        let hk = value(.housekeeping)
        switch RoomStatusRowParser.key(hk) {
        case "": break
        case "dirty", "d": set(&cleanliness, .dirty, from: "housekeeping '\(hk)'", column: .housekeeping, what: "housekeeping")
        case "pickup", "p", "touchup": set(&cleanliness, .pickup, from: "housekeeping '\(hk)'", column: .housekeeping, what: "housekeeping")
        case "clean", "c": set(&cleanliness, .clean, from: "housekeeping '\(hk)'", column: .housekeeping, what: "housekeeping")
        case "inspected", "i": set(&cleanliness, .inspected, from: "housekeeping '\(hk)'", column: .housekeeping, what: "housekeeping")
        default:
            if isCodes(hk) { apply(hk, column: .housekeeping) } else {
                error(.housekeeping, "'\(hk)' is not a housekeeping status; expected dirty, pickup, clean or inspected")
            }
        }
        let av = value(.availability)
        switch RoomStatusRowParser.key(av) {
        case "": break
        case "available", "ok", "yes": set(&availability, .available, from: "availability '\(av)'", column: .availability, what: "availability")
        case "outoforder", "ooo": set(&availability, .outOfOrder, from: "availability '\(av)'", column: .availability, what: "availability")
        case "outofservice", "oos": set(&availability, .outOfService, from: "availability '\(av)'", column: .availability, what: "availability")
        default: error(.availability, "'\(av)' is not an availability; expected available, out of order (OOO) or out of service (OOS)")
        }
        let sv = value(.service)
        switch RoomStatusRowParser.key(sv) {
        case "": break
        case "normal", "none": set(&service, .normal, from: "service '\(sv)'", column: .service, what: "service")
        case "donotdisturb", "dnd": set(&service, .doNotDisturb, from: "service '\(sv)'", column: .service, what: "service")
        case "noservice", "ns", "declined": set(&service, .noService, from: "service '\(sv)'", column: .service, what: "service")
        case "makeuproomrequested", "makeuproom", "mur", "rush":
            set(&service, .makeUpRoomRequested, from: "service '\(sv)'", column: .service, what: "service")
        default: error(.service, "'\(sv)' is not a service request; expected normal, DND, no service or make-up room")
        }
        let movementText = value(.movement)
        for word in movementText.split(whereSeparator: { "+/,;&|".contains($0) }).map({ RoomStatusRowParser.key(String($0)) }) {
            switch word {
            case "departure", "dep", "dueout", "do", "checkedout", "co", "checkout": departs = true
            case "arrival", "arr", "duein", "di": arrives = true
            case "stayover", "so", "stay", "inhouse": staysOver = true
            case "none", "vacant", "": noMovement = true
            default: error(.movement, "'\(word)' is not a movement; expected departure, stayover, arrival or none (combine with +)")
            }
        }

        let expectedCheckout = time(value(.expectedCheckout), .expectedCheckout)
        let checkedOutAt = time(value(.checkedOutAt), .checkedOutAt)
        let arrivalTime = time(value(.arrivalTime), .arrivalTime)
        let early = flag(value(.earlyCheckIn), .earlyCheckIn)
        let nights = count(value(.nightsStayed), .nightsStayed, what: "a number of nights")
        let guests = count(value(.guests), .guests, what: "a number of guests")
        var vip: Int?
        let vipText = value(.vip)
        switch RoomStatusRowParser.key(vipText) {
        case "", "no", "n", "false": vip = nil
        case "yes", "y", "true", "vip": vip = 1
        default:
            let digits = vipText.uppercased().hasPrefix("VIP") ? String(vipText.dropFirst(3)) : vipText
            vip = count(digits.trimmingWhitespace(), .vip, what: "a VIP level")
        }
        let linenText = value(.linen)
        var linen = RoomStatus.LinenChoice.standard
        switch RoomStatusRowParser.key(linenText) {
        case "", "standard", "cycle", "default": break
        case "requested", "change", "yes": linen = .requested
        case "optedout", "optout", "no", "green", "keep": linen = .optedOut
        default: error(.linen, "'\(linenText)' is not a linen choice; expected standard, requested or opted out")
        }
        var lastDeepClean: CalendarDate?
        if !value(.lastDeepClean).isEmpty {
            lastDeepClean = CalendarDate(iso: value(.lastDeepClean))
            if lastDeepClean == nil {
                error(.lastDeepClean, "'\(value(.lastDeepClean))' is not a date; expected YYYY-MM-DD")
            }
        }

        // With no movement stated, times imply the movement.
        let movementStated = departs || arrives || staysOver || noMovement
        if !movementStated {
            if expectedCheckout != nil || checkedOutAt != nil { departs = true }
            if arrivalTime != nil || early == true { arrives = true }
        }
        if departs && staysOver {
            error(movementText.isEmpty ? .status : .movement,
                  "a stayover that also departs; expected either departure or stayover (a guest who leaves and another who arrives is departure+arrival)")
        }
        if noMovement && (departs || arrives || staysOver) {
            error(.movement, "'none' combined with a movement; expected none alone")
        }
        if frontOffice?.value == .vacant && staysOver {
            error(.frontOffice, "a vacant room with a stayover guest; expected occupied, or a movement other than stayover")
        }
        let occupied = frontOffice?.value ?? ((departs && checkedOutAt == nil) || staysOver ? .occupied : .vacant)
        // An occupied room that neither departs nor is said to have no movement is a stayover.
        if occupied == .occupied && !departs && !movementStated { staysOver = true }
        if !staysOver, nights != nil, !departs {
            error(.nightsStayed, "nights stayed given for a room with no stayover guest; expected it only on stayovers")
        }
        if !departs, expectedCheckout != nil || checkedOutAt != nil, movementStated {
            error(.expectedCheckout, "a checkout time on a room with no departure today; expected it only on departures")
        }
        if !arrives, arrivalTime != nil, movementStated {
            error(.arrivalTime, "an arrival time on a room with no arrival today; expected it only on arrivals")
        }

        return RoomStatus(
            roomNumber: room,
            frontOffice: occupied,
            cleanliness: cleanliness?.value ?? (occupied == .occupied || departs ? .dirty : .clean),
            availability: availability?.value ?? .available,
            service: service?.value ?? .normal,
            departure: departs ? RoomStatus.Departure(expectedCheckout: expectedCheckout, checkedOutAt: checkedOutAt) : nil,
            stayoverNights: staysOver && !departs ? (nights ?? 1) : nil,
            arrival: arrives ? RoomStatus.Arrival(expectedAt: arrivalTime, earlyCheckIn: early ?? false) : nil,
            vipLevel: vip ?? 0,
            guestCount: guests ?? (occupied == .occupied ? 1 : 0),
            linen: linen,
            lastDeepClean: lastDeepClean,
            note: value(.note).isEmpty ? nil : value(.note))
    }
}
