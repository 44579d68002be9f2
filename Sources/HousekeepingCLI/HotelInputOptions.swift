import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// The options every planning command shares to say which hotel and day to read.
///
/// `--input DIR` reads a folder as `housekeeping example` writes it; `--property`, `--status`, `--on-duty` and
/// `--staff` name files one by one (and override the folder's). With no files at all, commands use the
/// built-in sample hotel and say so on standard error.
///
/// ```swift
/// struct WorkSheetCommand: ParsableCommand {
///     @OptionGroup var hotel: HotelInputOptions
///     func run() throws {
///         let (property, day) = try hotel.load()     // problems printed to stderr; exits non-zero on errors
///     }
/// }
/// ```
public struct HotelInputOptions: ParsableArguments {
    @Option(name: .customLong("input"), help: ArgumentHelp("A folder with property.json (or .yaml), room-status.csv and optionally on-duty.csv and staff.csv.", valueName: "dir"))
    public var input: String?

    @Option(name: .customLong("property"), help: ArgumentHelp("The property file (JSON or YAML).", valueName: "file"))
    public var property: String?

    @Option(name: .customLong("status"), help: ArgumentHelp("The day's room status (PMS-style CSV).", valueName: "file"))
    public var status: String?

    @Option(name: .customLong("on-duty"), help: ArgumentHelp("Who is on duty today and on which shift (CSV or JSON).", valueName: "file"))
    public var onDuty: String?

    @Option(name: .customLong("staff"), help: ArgumentHelp("A staff list (CSV or JSON) replacing the property file's staff.", valueName: "file"))
    public var staff: String?

    @Option(name: .customLong("date"), help: ArgumentHelp("The day to plan, YYYY-MM-DD (default: the status file's date, or the sample's).", valueName: "date"))
    public var date: String?

    public init() {}

    public mutating func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a date; expected YYYY-MM-DD")
        }
        if (property == nil) != (status == nil), input == nil {
            throw ValidationError("--property and --status go together (or use --input DIR)")
        }
        if property == nil, status == nil, input == nil, onDuty != nil || staff != nil {
            throw ValidationError("--on-duty and --staff need --property and --status, or --input DIR")
        }
    }

    /// Whether any file or folder was given.
    public var hasFiles: Bool { input != nil || property != nil || status != nil || onDuty != nil || staff != nil }

    /// The parsed `--date`, if given.
    public var calendarDate: CalendarDate? { date.flatMap(CalendarDate.init(iso:)) }

    /// The file paths: the folder's, overridden by the files named one by one.
    public func paths(report: inout ValidationReport) -> HotelFiles.Paths {
        var paths = HotelFiles.Paths()
        if let input { paths = HotelFiles.paths(inDirectory: input, report: &report) }
        if let property { paths.property = property }
        if let status { paths.status = status }
        if let onDuty { paths.onDuty = onDuty }
        if let staff { paths.staff = staff }
        return paths
    }

    /// Loads the hotel and the day from the files given, or generates the built-in sample hotel (and says so on
    /// standard error) when none are. Warnings and errors go to standard error; on any error this throws
    /// `ExitCode.failure` after printing them.
    public func load(sample: SampleHotelOptions = SampleHotelOptions()) throws -> (property: Property, day: DayStatus) {
        let hotel = try loadHotel(sample: sample)
        return (hotel.property, hotel.day)
    }

    /// Like ``load(sample:)``, with the warnings and the sources (file and line of every record).
    public func loadHotel(sample: SampleHotelOptions = SampleHotelOptions()) throws -> LoadedHotel {
        guard hasFiles else {
            var options = sample
            if let calendarDate { options.date = calendarDate }
            let hotel = SampleHotel(options)
            var day = hotel.day
            day.date = options.date
            HotelInputOptions.diagnose("No input files: using the built-in sample hotel (\(hotel.property.rooms.count) rooms, \(hotel.property.staff.count) staff, \(day.date), seed \(options.seed)). Use --input DIR or --property/--status to plan your own; `housekeeping example --output DIR` writes the sample as files.")
            return LoadedHotel(property: hotel.property, day: day, report: ValidationReport(), sources: HotelSources())
        }
        var report = ValidationReport()
        let paths = paths(report: &report)
        if report.hasErrors {
            HotelInputOptions.diagnose(report.description)
            throw ExitCode.failure
        }
        do {
            let hotel = try HotelFiles.load(paths, date: calendarDate)
            if !hotel.report.problems.isEmpty { HotelInputOptions.diagnose(hotel.report.description) }
            return hotel
        } catch let report as ValidationReport {
            HotelInputOptions.diagnose(report.description)
            throw ExitCode.failure
        }
    }

    /// Writes a diagnostic line to standard error.
    public static func diagnose(_ text: String) {
        CommandOutput.current.diagnose(text)
    }
}
