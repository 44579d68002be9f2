import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// `housekeeping validate`: checks a hotel's files and prints every problem.
public struct ValidateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a hotel's files and print every problem.",
        discussion: """
            Prints each problem to standard output as `file:line: severity: field: what is wrong, what was \
            expected`, then a one-line summary. Exits 1 when there is any error, 0 with warnings only. Files are \
            recognised by name: property.json/.yaml/.yml, room-status*.csv (or any CSV with a room column), \
            on-duty*, staff*; or by their version line (`# housekeeping-on-duty v1`). With --input, the roster's \
            files in the folder (forecast.csv, roster-requests.csv, demand-policy.json) are checked too, for the \
            month of the day.
            """)

    @Argument(help: "Files to check (property, room status, on-duty, staff).")
    public var files: [String] = []

    @Option(name: .customLong("input"), help: ArgumentHelp("A folder as `housekeeping example` writes it.", valueName: "dir"))
    public var input: String?

    @Option(help: ArgumentHelp("The day, YYYY-MM-DD, when the status file gives none.", valueName: "date"))
    public var date: String?

    @Option(help: "The most problems to print.")
    public var limit: Int = 200

    @Flag(help: "Print the report as JSON (problems with severity, file, line, field, message; the counts).")
    public var json = false

    public init() {}

    public mutating func validate() throws {
        if files.isEmpty && input == nil { throw ValidationError("give files to check, or --input DIR") }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date '\(date)' is not a date; expected YYYY-MM-DD") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    /// Sorts files into their roles by name and first line; files it cannot place are problems.
    static func classify(_ files: [String], into paths: inout HotelFiles.Paths, report: inout ValidationReport) {
        for file in files {
            let name = (file as NSString).lastPathComponent.lowercased()
            let head = (FileManager.default.contents(atPath: file).map { String(decoding: $0.prefix(4096), as: UTF8.self) } ?? "")
                .lowercased()
            var role: WritableKeyPath<HotelFiles.Paths, String?>?
            if head.contains("# housekeeping-room-status") { role = \.status }
            else if head.contains("# housekeeping-on-duty") || name.contains("duty") { role = \.onDuty }
            else if head.contains("# housekeeping-staff") || name.hasPrefix("staff") { role = \.staff }
            else if name.hasSuffix(".json") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                role = head.contains("\"onduty\"") ? \.onDuty : \.property
            } else if name.hasSuffix(".csv") || name.hasSuffix(".txt") { role = \.status }
            guard let role else {
                report.error(file, nil, "", "cannot tell what this file is; expected .json/.yaml (property), or CSV (room status, on-duty, staff)")
                continue
            }
            if let existing = paths[keyPath: role] {
                report.error(file, nil, "", "a second file of the same kind as \(existing); expected one of each kind")
                continue
            }
            paths[keyPath: role] = file
        }
    }

    public func run() throws {
        let report = check()
        if json {
            var document = report
            document.sortProblems()
            print(try JSONDocument.encode(document), terminator: "")
        } else {
            print(report.description)
        }
        if report.hasErrors { throw ExitCode.failure }
    }

    /// Every problem of the files given, and the summary: what `run()` prints.
    public func check() -> ValidationReport {
        var report = ValidationReport(limit: limit)
        var paths = HotelFiles.Paths()
        if let input { paths = HotelFiles.paths(inDirectory: input, report: &report) }
        var named = HotelFiles.Paths()
        ValidateCommand.classify(files, into: &named, report: &report)
        // Files named one by one replace the folder's of the same kind.
        paths.property = named.property ?? paths.property
        paths.status = named.status ?? paths.status
        paths.onDuty = named.onDuty ?? paths.onDuty
        paths.staff = named.staff ?? paths.staff
        let (hotel, checked) = HotelFiles.check(paths, date: date.flatMap(CalendarDate.init(iso:)), limit: limit)
        report.merge(checked)
        // The roster's files in the folder, for the month of the day.
        if let hotel, let month = RosterMonth(year: hotel.day.date.year, month: hotel.day.date.month) {
            _ = HotelMonthFiles.read(paths, property: hotel.property, month: month, report: &report)
        }
        return report
    }
}
