import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// `housekeeping example`: writes the built-in sample hotel as editable files.
public struct ExampleCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "example",
        abstract: "Write the built-in sample hotel as editable files.",
        discussion: """
            Writes DIR/property.json (or property.yaml), DIR/room-status.csv and DIR/on-duty.csv, which \
            `housekeeping validate --input DIR` accepts and every planning command reads with --input DIR. \
            With --month YYYY-MM, writes instead the sample hotel staffed for a month (the one `housekeeping \
            roster` plans with no files: 14 attendants, 3 leads, 2 public-area cleaners; the sizing options are \
            not used) and adds DIR/forecast.csv, DIR/roster-requests.csv and DIR/demand-policy.json, so that \
            `housekeeping roster --input DIR --month YYYY-MM` plans that month from files you can edit. \
            Refuses to overwrite existing files unless --force; each file is written to a temporary file and \
            renamed, so a file is never left half written.
            """)

    @Option(name: .customLong("output"), help: ArgumentHelp("The folder to write (created if missing).", valueName: "dir"))
    public var output: String

    @OptionGroup public var sample: SampleHotelArguments

    @Option(help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "date"))
    public var date: String?

    @Option(help: ArgumentHelp("Write the sample hotel's month for the roster, YYYY-MM (adds the forecast, requests and demand policy).", valueName: "month"))
    public var month: String?

    @Option(help: "The property file's syntax: json or yaml.")
    public var format: String = "json"

    @Flag(help: "Overwrite existing files.")
    public var force = false

    public init() {}

    public mutating func validate() throws {
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date '\(date)' is not a date; expected YYYY-MM-DD") }
        guard ["json", "yaml"].contains(format) else { throw ValidationError("--format '\(format)': expected json or yaml") }
        if let month, RosterMonth(parsing: month) == nil { throw ValidationError("--month '\(month)' is not a month; expected YYYY-MM") }
    }

    public func run() throws {
        let day = date.flatMap(CalendarDate.init(iso:))
        let syntax: PropertyFile.Syntax = format == "yaml" ? .yaml : .json
        var hotel = SampleHotel(sample.options(date: day))
        var monthFiles: [(name: String, text: String)] = []
        if let month = month.flatMap(RosterMonth.init(parsing:)) {
            var options = HotelMonth.sampleHotelOptions(month: month, seed: sample.seed)
            let hotelMonth = HotelMonth.sample(month: month, options: options)
            if let day { options.date = day }
            hotel = SampleHotel(options)
            monthFiles = try HotelMonthFiles.files(hotelMonth)
        }
        do {
            let paths = try HotelFiles.write(HotelFiles.files(hotel.property, hotel.day, syntax: syntax) + monthFiles,
                                             to: output, force: force)
            for path in paths { print(path) }
            HotelInputOptions.diagnose("Wrote the sample hotel (\(hotel.property.rooms.count) rooms, \(hotel.property.staff.count) staff, \(hotel.day.date)) to \(output). Check it with `housekeeping validate --input \(output)`.")
        } catch let error as HotelFiles.ExistingFileError {
            HotelInputOptions.diagnose("error: \(error)")
            throw ExitCode.failure
        } catch {
            HotelInputOptions.diagnose("error: cannot write to \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
