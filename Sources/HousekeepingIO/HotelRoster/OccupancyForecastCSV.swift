import Foundation
import Housekeeping

/// A forecast file that cannot be read: names the file, the line, the field and what was expected.
public struct ForecastFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { " line \($0)" } ?? ""): \(message)" }
}

/// The occupancy forecast as CSV (see docs/roster.md):
///
/// ```
/// date,departures,stayovers
/// 2026-12-01,38,64
/// ```
/// or, when only the occupancy is known, `date,occupancy` with a share (0.85) or a percentage (85 or 85%);
/// the rooms are then split with the property's room count and an average stay. Lines starting with `#` and
/// blank lines are skipped; columns may come in any order; extra columns are ignored.
public enum OccupancyForecastCSV {
    /// Parses forecast text.
    /// - Parameters:
    ///   - file: the name used in error messages.
    ///   - roomCount: the property's rooms, to convert an occupancy.
    ///   - averageStayNights: the average stay, to convert an occupancy.
    public static func parse(_ text: String, file: String, roomCount: Int, averageStayNights: Double) throws(ForecastFileError) -> OccupancyForecast {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingCharacters(in: [" ", "\t", "\r"]) }
        var header: [String]?
        var days: [ForecastDay] = []
        var seen: [CalendarDate: Int] = [:]
        for (offset, raw) in lines.enumerated() {
            let lineNumber = offset + 1
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            let fields = raw.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: [" ", "\t", "\""])
            }
            guard let columns = header else {
                let names = fields.map { $0.lowercased() }
                guard names.contains("date") else {
                    throw ForecastFileError(file: file, line: lineNumber, message: "the header has no 'date' column; expected date,departures,stayovers or date,occupancy")
                }
                let hasRooms = names.contains("departures") && names.contains("stayovers")
                guard hasRooms || names.contains("occupancy") else {
                    throw ForecastFileError(file: file, line: lineNumber, message: "the header needs 'departures' and 'stayovers' columns, or an 'occupancy' column")
                }
                header = names
                continue
            }
            func field(_ name: String) -> String? {
                guard let index = columns.firstIndex(of: name), index < fields.count else { return nil }
                return fields[index]
            }
            guard let dateText = field("date"), let date = CalendarDate(iso: dateText) else {
                throw ForecastFileError(file: file, line: lineNumber, message: "date '\(field("date") ?? "")' is not a date; expected YYYY-MM-DD")
            }
            if let earlier = seen[date] {
                throw ForecastFileError(file: file, line: lineNumber, message: "date \(date) is already on line \(earlier)")
            }
            seen[date] = lineNumber
            if columns.contains("departures"), columns.contains("stayovers"), let d = field("departures"), let s = field("stayovers"), !(d.isEmpty && s.isEmpty) {
                guard let departures = Int(d), departures >= 0 else {
                    throw ForecastFileError(file: file, line: lineNumber, message: "departures '\(d)' is not a whole number of rooms ≥ 0")
                }
                guard let stayovers = Int(s), stayovers >= 0 else {
                    throw ForecastFileError(file: file, line: lineNumber, message: "stayovers '\(s)' is not a whole number of rooms ≥ 0")
                }
                if roomCount > 0, departures + stayovers > roomCount {
                    throw ForecastFileError(file: file, line: lineNumber, message: "departures + stayovers = \(departures + stayovers) is more than the property's \(roomCount) rooms")
                }
                days.append(ForecastDay(date: date, departures: departures, stayovers: stayovers))
            } else if let o = field("occupancy"), !o.isEmpty {
                let isPercent = o.hasSuffix("%")
                guard let number = Double(isPercent ? String(o.dropLast()).trimmingCharacters(in: [" "]) : o) else {
                    throw ForecastFileError(file: file, line: lineNumber, message: "occupancy '\(o)' is not a number; expected a share (0.85) or a percentage (85%)")
                }
                let share = isPercent || number > 1 ? number / 100 : number
                guard (0...1).contains(share) else {
                    throw ForecastFileError(file: file, line: lineNumber, message: "occupancy '\(o)' is outside 0–100 %")
                }
                days.append(ForecastDay(date: date, occupancy: share, roomCount: roomCount, averageStayNights: averageStayNights))
            } else {
                throw ForecastFileError(file: file, line: lineNumber, message: "no departures and stayovers, and no occupancy")
            }
        }
        if header == nil { throw ForecastFileError(file: file, line: nil, message: "the file is empty; expected a header date,departures,stayovers") }
        return OccupancyForecast(days: days)
    }

    /// The forecast as CSV with the header `date,departures,stayovers`, LF line ends.
    public static func render(_ forecast: OccupancyForecast) -> String {
        "date,departures,stayovers\n" + forecast.days.map { "\($0.date),\($0.departures),\($0.stayovers)\n" }.joined()
    }
}
