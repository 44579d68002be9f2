import Housekeeping

/// The files a hotel's month adds to its folder, by name: `forecast.csv`, `roster-requests.csv` (leave,
/// requests and the end of the previous month) and `demand-policy.json`. With the property file, `housekeeping
/// roster --input DIR --month M` reads the same month back.
public enum HotelMonthFiles {
    /// The month's own files, by name, and their contents (the property and the day are written by
    /// ``HotelFiles/files(_:_:syntax:)``).
    public static func files(_ month: HotelMonth) throws -> [(name: String, text: String)] {
        [
            ("forecast.csv", OccupancyForecastCSV.render(month.forecast)),
            ("roster-requests.csv", RosterRequestsCSV.render(leave: month.leave, requests: month.requests,
                                                             previousDays: month.previousDays, month: month.month)),
            ("demand-policy.json", try DemandPolicyFile.write(month.policy)),
        ]
    }
}

extension HotelMonthFiles {
    /// The roster's own files as read: `nil` for a file not given or with an error.
    public struct Contents: Sendable {
        public var forecast: OccupancyForecast?
        public var requests: RosterRequestsCSV.Contents?
        public var policy: StaffingDemandPolicy?
        public init() {}
    }

    /// Reads the forecast, the requests and the demand policy named in `paths` (those given), checking them
    /// against the property and the month; every problem goes to `report` with the file, line and field.
    public static func read(_ paths: HotelFiles.Paths, property: Property, month: RosterMonth, averageStayNights: Double = 2.5,
                            report: inout ValidationReport) -> Contents {
        var contents = Contents()
        if let path = paths.forecast, let text = HotelFiles.read(path, &report) {
            do {
                contents.forecast = try OccupancyForecastCSV.parse(text, file: path, roomCount: property.rooms.count,
                                                                   averageStayNights: averageStayNights)
            } catch { report.error(path, error.line, "", error.message) }
        }
        if let path = paths.requests, let text = HotelFiles.read(path, &report) {
            do { contents.requests = try RosterRequestsCSV.parse(text, file: path, month: month, property: property) } catch {
                report.error(path, error.line, "", error.message)
            }
        }
        if let path = paths.demandPolicy, let text = HotelFiles.read(path, &report) {
            contents.policy = DemandPolicyFile.read(text, syntax: PropertyFile.Syntax(fileName: path), file: path,
                                                    shiftTypes: property.shiftTypes, report: &report)
        }
        return contents
    }
}
