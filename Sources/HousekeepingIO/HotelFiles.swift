import Foundation
import Housekeeping

/// A property and a day loaded from files, with the warnings found and where each part came from.
public struct LoadedHotel: Sendable {
    public var property: Property
    public var day: DayStatus
    /// The warnings (never errors: a load with errors throws).
    public var report: ValidationReport
    public var sources: HotelSources

    public init(property: Property, day: DayStatus, report: ValidationReport = ValidationReport(),
                sources: HotelSources = HotelSources()) {
        self.property = property
        self.day = day
        self.report = report
        self.sources = sources
    }
}

/// The files of one hotel and one day, and the folder layout `housekeeping example` writes.
///
/// A folder holds `property.json` (or `property.yaml` / `property.yml`), `room-status.csv`, and optionally
/// `on-duty.csv` (or `on-duty.json`) and `staff.csv` (or `staff.json`, replacing the property's staff).
///
/// ```swift
/// let hotel = try HotelFiles.load(directory: "hotel")        // throws ValidationReport on any error
/// for warning in hotel.report.warnings { print(warning) }
/// plan(hotel.property, hotel.day)
/// ```
public enum HotelFiles {
    public static let propertyNames = ["property.json", "property.yaml", "property.yml"]
    public static let statusNames = ["room-status.csv"]
    public static let onDutyNames = ["on-duty.csv", "on-duty.json"]
    public static let staffNames = ["staff.csv", "staff.json"]
    public static let forecastNames = ["forecast.csv"]
    public static let requestsNames = ["roster-requests.csv"]
    public static let demandPolicyNames = ["demand-policy.json", "demand-policy.yaml", "demand-policy.yml"]

    /// Paths of the files of a hotel; `nil` for a file not given. The last three are the roster's.
    public struct Paths: Hashable, Sendable {
        public var property: String?
        public var status: String?
        public var onDuty: String?
        public var staff: String?
        public var forecast: String?
        public var requests: String?
        public var demandPolicy: String?
        public init(property: String? = nil, status: String? = nil, onDuty: String? = nil, staff: String? = nil,
                    forecast: String? = nil, requests: String? = nil, demandPolicy: String? = nil) {
            self.property = property
            self.status = status
            self.onDuty = onDuty
            self.staff = staff
            self.forecast = forecast
            self.requests = requests
            self.demandPolicy = demandPolicy
        }
    }

    /// The files found in a folder (by the names above). Records an error when the folder does not exist or
    /// holds no property file.
    public static func paths(inDirectory directory: String, report: inout ValidationReport) -> Paths {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            report.error(directory, nil, "", "no such folder; expected a folder holding property.json and room-status.csv")
            return Paths()
        }
        func find(_ names: [String]) -> String? {
            names.map { (directory as NSString).appendingPathComponent($0) }.first { FileManager.default.fileExists(atPath: $0) }
        }
        let paths = Paths(property: find(propertyNames), status: find(statusNames), onDuty: find(onDutyNames), staff: find(staffNames),
                          forecast: find(forecastNames), requests: find(requestsNames), demandPolicy: find(demandPolicyNames))
        if paths.property == nil {
            report.error(directory, nil, "", "no property file; expected one of \(propertyNames.joined(separator: ", "))")
        }
        return paths
    }

    /// Loads the files of a folder; throws the ``ValidationReport`` when there is any error.
    public static func load(directory: String, date: CalendarDate? = nil, limit: Int = 200) throws -> LoadedHotel {
        var report = ValidationReport(limit: limit)
        let paths = paths(inDirectory: directory, report: &report)
        if report.hasErrors { throw report }
        return try load(paths, date: date, limit: limit)
    }

    /// Loads the given files; throws the ``ValidationReport`` when there is any error.
    public static func load(property: String, status: String, onDuty: String? = nil, staff: String? = nil,
                            date: CalendarDate? = nil, limit: Int = 200) throws -> LoadedHotel {
        try load(Paths(property: property, status: status, onDuty: onDuty, staff: staff), date: date, limit: limit)
    }

    /// Loads the given files; throws the ``ValidationReport`` when there is any error (a property and a status
    /// file are required).
    public static func load(_ paths: Paths, date: CalendarDate? = nil, limit: Int = 200) throws -> LoadedHotel {
        var (hotel, report) = check(paths, date: date, limit: limit)
        if paths.property == nil {
            report.error("(no file)", nil, "property", "no property file given; expected --property FILE or --input DIR")
        }
        if paths.status == nil {
            report.error("(no file)", nil, "status", "no room-status file given; expected --status FILE or room-status.csv in the folder")
        }
        guard !report.hasErrors, let hotel else { throw report }
        return hotel
    }

    /// Reads and checks whatever files are given, never throwing: the hotel when the property, the status
    /// and a date could be read, and every problem found. With no property file, each file is checked on its
    /// own and a warning says cross-references were not checked.
    public static func check(_ paths: Paths, date: CalendarDate? = nil, limit: Int = 200) -> (hotel: LoadedHotel?, report: ValidationReport) {
        var (property, sources, report) = checkProperty(paths, limit: limit)
        if property == nil, paths.property == nil, paths.status != nil || paths.onDuty != nil || paths.staff != nil {
            report.warning("(no file)", nil, "property", "no property file given: rooms, staff and shifts were not cross-checked")
        }
        var statusDate: CalendarDate?, onDutyDate: CalendarDate?
        var rooms: [RoomStatus]?
        var onDuty: [DutyAssignment] = []
        if let path = paths.status, let text = read(path, &report) {
            let contents = RoomStatusCSV.read(text, file: path, report: &report)
            sources.statusFile = path
            sources.statusLines = contents.lines
            sources.rejectedStatusRooms = contents.rejectedRooms
            statusDate = contents.date
            rooms = contents.rooms
        }
        if let path = paths.onDuty, let text = read(path, &report) {
            let contents = OnDutyFile.read(text, file: path, report: &report)
            sources.onDutyFile = path
            sources.onDutyLines = contents.lines
            onDutyDate = contents.date
            onDuty = contents.onDuty
        }
        if let statusDate, let onDutyDate, statusDate != onDutyDate, date == nil {
            report.error(paths.onDuty ?? "on-duty", nil, "date", "the on-duty list is for \(onDutyDate) but the room status is for \(statusDate); expected the same day")
        }
        let day = date ?? statusDate ?? onDutyDate
        guard let property, let rooms else { return (nil, report) }
        guard let day else {
            report.error(paths.status ?? "room-status", nil, "date",
                         "the day's date is not given; expected a '# date: YYYY-MM-DD' line in the status file, a date column, or --date")
            return (nil, report)
        }
        let dayStatus = DayStatus(date: day, rooms: rooms, onDuty: onDuty)
        HotelValidator.check(dayStatus, against: property, sources: sources, into: &report)
        return (LoadedHotel(property: property, day: dayStatus, report: report, sources: sources), report)
    }

    /// Reads and checks the property file and the staff file (if given) alone, never throwing: for commands
    /// that need no day (the roster). The sources carry the property file's locator and the staff lines, so
    /// later checks can name lines too.
    public static func checkProperty(_ paths: Paths, limit: Int = 200) -> (property: Property?, sources: HotelSources, report: ValidationReport) {
        var report = ValidationReport(limit: limit)
        var sources = HotelSources()
        var property: Property?
        if let path = paths.property, let text = read(path, &report) {
            sources.propertyFile = path
            if let contents = PropertyFile.read(text, syntax: PropertyFile.Syntax(fileName: path), file: path, report: &report) {
                property = contents.property
                sources.propertyLocator = contents.locator
            }
        }
        if let path = paths.staff, let text = read(path, &report) {
            let contents = StaffFile.read(text, file: path, report: &report)
            sources.staffFile = path
            sources.staffLines = contents.lines
            property?.staff = contents.staff
        }
        if let property { HotelValidator.check(property, sources: sources, into: &report) }
        return (property, sources, report)
    }

    /// Loads the property (and staff) file alone; throws the ``ValidationReport`` when there is any error.
    public static func loadProperty(_ property: String, staff: String? = nil, limit: Int = 200) throws -> (property: Property, report: ValidationReport) {
        let (loaded, _, report) = checkProperty(Paths(property: property, staff: staff), limit: limit)
        guard !report.hasErrors, let loaded else { throw report }
        return (loaded, report)
    }

    /// Reads a UTF-8 text file, recording "no such file", "cannot be read" or "not UTF-8" in the report.
    public static func read(_ path: String, _ report: inout ValidationReport) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            report.error(path, nil, "", FileManager.default.fileExists(atPath: path)
                         ? "cannot be read; expected a readable file" : "no such file")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // Find the line of the first byte that is not UTF-8.
            var line = 1, index = 0
            let bytes = [UInt8](data)
            while index < bytes.count {
                if String(bytes: bytes[..<min(bytes.count, index + 1)], encoding: .utf8) == nil,
                   String(bytes: bytes[..<min(bytes.count, index + 4)], encoding: .utf8) == nil { break }
                if bytes[index] == 10 { line += 1 }
                index += 1
            }
            report.error(path, line, "", "the file is not UTF-8 text; expected UTF-8 (save as \"CSV UTF-8\" from a spreadsheet)")
            return nil
        }
        return text
    }

    /// The files a hotel is written to, by name, and their contents.
    public static func files(_ property: Property, _ day: DayStatus, syntax: PropertyFile.Syntax = .json) throws -> [(name: String, text: String)] {
        [
            (syntax == .json ? "property.json" : "property.yaml", try PropertyFile.write(property, syntax: syntax)),
            ("room-status.csv", RoomStatusCSV.write(day.rooms, date: day.date)),
            ("on-duty.csv", OnDutyFile.writeCSV(day.onDuty, date: day.date)),
        ]
    }

    /// A file that already exists and was not to be overwritten.
    public struct ExistingFileError: Error, CustomStringConvertible {
        public var paths: [String]
        public var description: String {
            "\(paths.joined(separator: ", ")) already exist\(paths.count == 1 ? "s" : ""); use --force to overwrite"
        }
    }

    /// Writes a hotel to a folder (created if needed), each file atomically (a temporary file, then a rename).
    /// Refuses, before writing anything, when a file exists and `force` is false. Returns the paths written.
    @discardableResult
    public static func write(_ property: Property, _ day: DayStatus, to directory: String, syntax: PropertyFile.Syntax = .json,
                             force: Bool = false) throws -> [String] {
        try write(files(property, day, syntax: syntax), to: directory, force: force)
    }

    /// Writes files to a folder (created if needed), each atomically; refuses, before writing anything, when a
    /// file exists and `force` is false. Returns the paths written.
    @discardableResult
    public static func write(_ files: [(name: String, text: String)], to directory: String, force: Bool = false) throws -> [String] {
        let paths = files.map { (directory as NSString).appendingPathComponent($0.name) }
        if !force {
            let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
            if !existing.isEmpty { throw ExistingFileError(paths: existing) }
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (file, path) in zip(files, paths) {
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        return paths
    }
}
