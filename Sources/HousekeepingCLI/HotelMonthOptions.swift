import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// The options that say which hotel month to roster: `--input DIR` or `--property`/`--staff` files, the
/// forecast, leave and requests, and the month. With no files, the built-in sample month (said on stderr).
///
/// A folder holds `property.json` (or `.yaml`), optionally `staff.csv`/`staff.json`, `forecast.csv`,
/// `roster-requests.csv` and `demand-policy.json` (or `.yaml`); files named one by one override the folder's.
public struct HotelMonthOptions: ParsableArguments {
    @Option(name: .customLong("input"), help: ArgumentHelp("A folder with property.json (or .yaml) and optionally staff.csv, forecast.csv, roster-requests.csv and demand-policy.json.", valueName: "dir"))
    public var input: String?

    @Option(name: .customLong("property"), help: ArgumentHelp("The property file (JSON or YAML).", valueName: "file"))
    public var property: String?

    @Option(name: .customLong("staff"), help: ArgumentHelp("A staff list (CSV or JSON) replacing the property file's staff.", valueName: "file"))
    public var staff: String?

    @Option(name: .customLong("forecast"), help: ArgumentHelp("The occupancy forecast CSV (date,departures,stayovers or date,occupancy).", valueName: "file"))
    public var forecast: String?

    @Option(name: .customLong("requests"), help: ArgumentHelp("Leave, requests and the end of the previous month (CSV: staff,date,kind,shift,weight).", valueName: "file"))
    public var requests: String?

    @Option(name: .customLong("policy"), help: ArgumentHelp("The demand policy (JSON or YAML): room-work shifts, allowance per shift, attendants per lead, turndown, fixed posts. `roster demand --format policy` prints the one in use.", valueName: "file"))
    public var policy: String?

    @Option(help: ArgumentHelp("The month to roster, YYYY-MM.", valueName: "month"))
    public var month: String = "2026-12"

    @Option(help: ArgumentHelp("Average stay in nights, to split an occupancy forecast into departures and stayovers.", valueName: "nights"))
    public var averageStay: Double = 2.5

    @Option(help: "Seed of the sample month (with no files) and of the search.")
    public var seed: UInt64 = 1

    public init() {}

    public mutating func validate() throws {
        guard RosterMonth(parsing: month) != nil else { throw ValidationError("--month '\(month)' is not a month; expected YYYY-MM") }
        guard averageStay.isFinite, averageStay >= 1 else { throw ValidationError("--average-stay must be at least 1 night") }
        if input == nil, property == nil, staff != nil || forecast != nil || requests != nil || policy != nil {
            throw ValidationError("--staff, --forecast, --requests and --policy need --property FILE or --input DIR")
        }
    }

    /// Whether any file or folder was given.
    public var hasFiles: Bool { input != nil || property != nil }

    public var rosterMonth: RosterMonth { RosterMonth(parsing: month)! }

    /// Loads the month, or builds the sample month when no files are given (and says so on stderr). Problems
    /// are printed to stderr and end the command with exit status 1.
    public func load() throws -> HotelMonth {
        let month = rosterMonth
        guard hasFiles else {
            let sample = HotelMonth.sample(month: month, seed: seed)
            HotelInputOptions.diagnose("No input files: rostering the built-in sample hotel's month \(month) (\(sample.property.rooms.count) rooms, \(sample.rosteredStaff.count) staff rostered, seed \(seed)). Use --input DIR or --property FILE to roster your own.")
            return sample
        }
        var report = ValidationReport()
        var paths = HotelFiles.Paths()
        if let input { paths = HotelFiles.paths(inDirectory: input, report: &report) }
        if let property { paths.property = property }
        if let staff { paths.staff = staff }
        if let forecast { paths.forecast = forecast }
        if let requests { paths.requests = requests }
        if let policy { paths.demandPolicy = policy }
        let checked = HotelFiles.checkProperty(paths)
        report.merge(checked.report)
        var contents = HotelMonthFiles.Contents()
        if let property = checked.property, !report.hasErrors {
            contents = HotelMonthFiles.read(paths, property: property, month: month, averageStayNights: averageStay, report: &report)
        }
        if !report.problems.isEmpty { HotelInputOptions.diagnose(report.description) }
        guard !report.hasErrors, let property = checked.property else { throw ExitCode.failure }

        let forecast: OccupancyForecast
        if let read = contents.forecast {
            forecast = read
        } else {
            forecast = OccupancyForecast.sample(month: month, roomCount: property.rooms.count, seed: seed)
            HotelInputOptions.diagnose("No forecast file: using a generated forecast for \(property.rooms.count) rooms (seed \(seed)). Give --forecast FILE or forecast.csv in the folder.")
        }
        let requests = contents.requests ?? RosterRequestsCSV.Contents()
        let policy: StaffingDemandPolicy
        if let read = contents.policy {
            policy = read
        } else if StaffingDemandPolicy.sampleHotel.problems(shiftTypes: property.shiftTypes).isEmpty {
            policy = .sampleHotel
            HotelInputOptions.diagnose("No demand policy file: using the sample hotel's (room work 80 % on M, 20 % on D; one lead per 5 attendants). `housekeeping roster demand --format policy` prints it; edit it as demand-policy.json.")
        } else {
            policy = StaffingDemandPolicy(shiftTypes: property.shiftTypes)
            HotelInputOptions.diagnose("No demand policy file: all room work, leads and public areas on shift \(policy.roomWork.first?.shiftTypeID ?? "-"); one lead per \(policy.attendantsPerLead) attendants. `housekeeping roster demand --format policy` prints it; edit it as demand-policy.json.")
        }
        return HotelMonth(property: property, month: month, forecast: forecast, policy: policy, leave: requests.leave,
                          requests: requests.requests, previousDays: requests.previousDays)
    }
}
