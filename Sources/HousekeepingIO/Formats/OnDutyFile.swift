import Foundation
import Housekeeping

/// Who is on duty today and on which shift, as CSV or JSON.
///
/// CSV: an optional `# housekeeping-on-duty v1` line, an optional `# date: YYYY-MM-DD` line, then a header with
/// a `staff` column and a `shift` column (aliases: `staff id`, `employee`, `attendant`; `shift type`,
/// `shift id`). JSON: `{"version": 1, "date": "2026-12-01", "onDuty": [{"staffID": "A01", "shiftTypeID": "M"}]}`.
public enum OnDutyFile {
    public static let format = "housekeeping-on-duty"
    public static let version = 1

    /// The assignments read, the line of each, and the date if the file gives one.
    public struct Contents: Hashable, Sendable {
        public var date: CalendarDate?
        public var onDuty: [DutyAssignment]
        public var lines: [Int]
    }

    /// Reads CSV or JSON (told apart by the first non-blank character), recording problems in `report`.
    public static func read(_ text: String, file: String, report: inout ValidationReport) -> Contents {
        if text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" {
            return readJSON(text, file: file, report: &report)
        }
        var contents = Contents(date: nil, onDuty: [], lines: [])
        guard let table = CSVTable(text: text, file: file, report: &report) else { return contents }
        _ = table.version(format: format, supported: version, report: &report)
        if let (line, value) = table.comment("date") {
            contents.date = CalendarDate(iso: value)
            if contents.date == nil { report.error(file, line, "date", "'\(value)' is not a date; expected YYYY-MM-DD") }
        }
        let staffNames = ["staff", "staff id", "staffid", "id", "employee", "employee id", "attendant"]
        let shiftNames = ["shift", "shift type", "shift id", "shifttypeid"]
        let staffColumn = table.column(staffNames)
        let shiftColumn = table.column(shiftNames)
        table.warnAboutMisspeltColumns([staffNames, shiftNames], report: &report)
        for (column, name) in [(staffColumn, "staff"), (shiftColumn, "shift")] where column == nil {
            report.error(file, table.headerLine, name, "the required column '\(name)' is missing; the header has \(table.header.map { "'\($0)'" }.joined(separator: ", "))")
        }
        guard let staffColumn, let shiftColumn else { return contents }
        for row in table.rows {
            let staff = row[staffColumn].trimmingWhitespace(), shift = row[shiftColumn].trimmingWhitespace()
            if staff.isEmpty { report.error(file, row.line, "staff", "the staff id is empty; expected a staff id from the staff list") }
            if shift.isEmpty { report.error(file, row.line, "shift", "the shift is empty; expected a shift type id") }
            guard !staff.isEmpty, !shift.isEmpty else { continue }
            contents.onDuty.append(DutyAssignment(staffID: staff, shiftTypeID: shift))
            contents.lines.append(row.line)
        }
        return contents
    }

    private struct Document: Codable {
        var version: Int
        var date: CalendarDate?
        var onDuty: [DutyAssignment]
    }

    static func readJSON(_ text: String, file: String, report: inout ValidationReport) -> Contents {
        guard let document = JSONDocument.decode(Document.self, from: text, file: file, report: &report) else {
            return Contents(date: nil, onDuty: [], lines: [])
        }
        if document.value.version != version {
            report.error(file, document.locator.line(for: "version"), "version",
                         "version \(document.value.version) is not supported; expected \(version)")
        }
        let lines = document.value.onDuty.indices.map { document.locator.line(for: "onDuty[\($0)]") ?? 1 }
        return Contents(date: document.value.date, onDuty: document.value.onDuty, lines: lines)
    }

    /// Writes CSV with the version line and the date.
    public static func writeCSV(_ onDuty: [DutyAssignment], date: CalendarDate?) -> String {
        var comments = ["\(format) v\(version)"]
        if let date { comments.append("date: \(date)") }
        var csv = CSVWriter(comments: comments, header: ["staff", "shift"])
        for duty in onDuty { csv.append([duty.staffID, duty.shiftTypeID]) }
        return csv.text
    }

    /// Writes JSON (sorted keys, pretty printed).
    public static func writeJSON(_ onDuty: [DutyAssignment], date: CalendarDate?) throws -> String {
        try JSONDocument.encode(Document(version: version, date: date, onDuty: onDuty))
    }
}
