import Foundation
import Housekeeping

/// Approved leave, requests and the end of the previous month, as one CSV (see docs/roster.md):
///
/// ```
/// staff,date,kind,shift,weight
/// A03,2026-12-24,leave,,
/// A05,2026-12-05,off,,3
/// A07,2026-12-10,on,M,2
/// A02,2026-11-30,worked,E,
/// ```
/// `leave` is approved leave (hard); `off` and `on` are requests (soft, `weight` the penalty when not
/// honoured, default 1; `shift` empty for the whole day); `worked` gives a shift worked before the month —
/// for a person with any `worked` row, the other days of the 7 before the month count as days off.
public enum RosterRequestsCSV {
    public struct Contents: Hashable, Sendable {
        public var leave: [LeaveDay] = []
        public var requests: [StaffRequest] = []
        public var previousDays: [String: [String?]] = [:]
        public init() {}
    }

    /// How many days before the month the `worked` rows describe.
    public static let previousWindow = 7

    /// Parses the file; the first problem is thrown with the file, the line and the field.
    /// - Parameters:
    ///   - file: the name used in error messages.
    ///   - month: the month rostered (`worked` rows are the days before it).
    ///   - property: when given, every staff id must be one of its staff and every shift one of its shift types.
    public static func parse(_ text: String, file: String, month: RosterMonth,
                             property: Property? = nil) throws(ForecastFileError) -> Contents {
        let records: [CSVRecord]
        do { records = try CSVReader.records(in: text) } catch let error as CSVSyntaxError {
            throw ForecastFileError(file: file, line: error.line, message: error.message)
        } catch {
            throw ForecastFileError(file: file, line: nil, message: "\(error)")
        }
        var contents = Contents()
        var header: [String]?
        var worked: [String: [Int: String]] = [:]
        let first = month.firstDay
        for record in records where !record.isBlank {
            if record[0].hasPrefix("#") { continue }
            guard let columns = header else {
                let names = record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                for required in ["staff", "date", "kind"] where !names.contains(required) {
                    throw ForecastFileError(file: file, line: record.line, message: "the header has no '\(required)' column; expected staff,date,kind,shift,weight")
                }
                header = names
                continue
            }
            func field(_ name: String) -> String {
                columns.firstIndex(of: name).map { record[$0].trimmingCharacters(in: .whitespaces) } ?? ""
            }
            let staff = field("staff")
            guard !staff.isEmpty else { throw ForecastFileError(file: file, line: record.line, message: "staff is empty; expected a staff id") }
            guard let date = CalendarDate(iso: field("date")) else {
                throw ForecastFileError(file: file, line: record.line, message: "date '\(field("date"))' is not a date; expected YYYY-MM-DD")
            }
            let shift = field("shift").isEmpty ? nil : field("shift")
            if let property {
                guard property.staffMember(staff) != nil else {
                    throw ForecastFileError(file: file, line: record.line, message: "staff '\(staff)' is not one of the property's staff")
                }
                if let shift, property.shiftType(shift) == nil {
                    throw ForecastFileError(file: file, line: record.line, message: "shift '\(shift)' is not one of the property's shift types (\(property.shiftTypes.map(\.id).joined(separator: ", ")))")
                }
            }
            var weight = 1
            if !field("weight").isEmpty {
                guard let value = Int(field("weight")), value >= 0 else {
                    throw ForecastFileError(file: file, line: record.line, message: "weight '\(field("weight"))' is not a whole number ≥ 0")
                }
                weight = value
            }
            switch field("kind").lowercased() {
            case "leave":
                contents.leave.append(LeaveDay(staffID: staff, date: date))
            case "off", "on":
                contents.requests.append(StaffRequest(staffID: staff, date: date, shiftTypeID: shift,
                                                      kind: field("kind").lowercased() == "on" ? .on : .off, weight: weight))
            case "worked":
                let offset = date.days(until: first)
                guard (1...previousWindow).contains(offset) else {
                    throw ForecastFileError(file: file, line: record.line, message: "a 'worked' date must be one of the \(previousWindow) days before \(first); got \(date)")
                }
                guard let shift else { throw ForecastFileError(file: file, line: record.line, message: "a 'worked' row needs the shift worked") }
                worked[staff, default: [:]][offset] = shift
            default:
                throw ForecastFileError(file: file, line: record.line, message: "kind '\(field("kind"))' is not one of leave, off, on, worked")
            }
        }
        if header == nil { throw ForecastFileError(file: file, line: nil, message: "the file is empty; expected a header staff,date,kind,shift,weight") }
        for (staff, days) in worked {
            contents.previousDays[staff] = (1...previousWindow).reversed().map { days[$0] }
        }
        return contents
    }

    /// Writes leave, requests and the previous month in the same format.
    public static func render(leave: [LeaveDay], requests: [StaffRequest], previousDays: [String: [String?]], month: RosterMonth) -> String {
        var writer = CSVWriter(header: ["staff", "date", "kind", "shift", "weight"])
        for (staff, days) in previousDays.sorted(by: { $0.key < $1.key }) {
            for (index, shift) in days.enumerated() {
                guard let shift else { continue }
                let date = month.firstDay.adding(days: index - days.count)
                writer.append([staff, date.description, "worked", shift, ""])
            }
        }
        for day in leave { writer.append([day.staffID, day.date.description, "leave", "", ""]) }
        for request in requests {
            writer.append([request.staffID, request.date.description, request.kind.rawValue, request.shiftTypeID ?? "", "\(request.weight)"])
        }
        return writer.text
    }
}
