import Foundation
import Housekeeping

/// The staff list as CSV or JSON; when given, it replaces the property file's `staff`.
///
/// CSV columns (header-driven, `# housekeeping-staff v1` first line optional): `id`, `name`, `roles`
/// (`roomAttendant`, `lead`, `publicAreaCleaner`, `manager`; several separated by `;`), `skills` (`;`-separated),
/// `efficiency` (default 1), `home floors` (`;`-separated floor ids), `contract` (`fullTime` or `partTime`),
/// `minimum minutes per month`, `maximum minutes per month`, `allowed shifts` (`;`-separated; empty = all),
/// `maximum shifts per type` (`E=8;N=4`). Required: `id`, `roles`, `minimum minutes per month`,
/// `maximum minutes per month`. JSON: `{"version": 1, "staff": [StaffMember…]}` as in the property file.
public enum StaffFile {
    public static let format = "housekeeping-staff"
    public static let version = 1

    /// The staff read, and the line of each.
    public struct Contents: Hashable, Sendable {
        public var staff: [StaffMember]
        public var lines: [Int]
    }

    enum Column: String, CaseIterable {
        case id, name, roles, skills, efficiency, homeFloors, contract, minimumMinutes, maximumMinutes, allowedShifts,
             maximumShiftsPerType
        var name: String {
            switch self {
            case .id: "id"
            case .name: "name"
            case .roles: "roles"
            case .skills: "skills"
            case .efficiency: "efficiency"
            case .homeFloors: "home floors"
            case .contract: "contract"
            case .minimumMinutes: "minimum minutes per month"
            case .maximumMinutes: "maximum minutes per month"
            case .allowedShifts: "allowed shifts"
            case .maximumShiftsPerType: "maximum shifts per type"
            }
        }
        var aliases: [String] {
            switch self {
            case .id: ["id", "staff", "staff id", "employee id"]
            case .name: ["name", "full name"]
            case .roles: ["roles", "role"]
            case .skills: ["skills", "skill"]
            case .efficiency: ["efficiency"]
            case .homeFloors: ["home floors", "floors", "section"]
            case .contract: ["contract", "contract kind"]
            case .minimumMinutes: ["minimum minutes per month", "min minutes", "minimum minutes"]
            case .maximumMinutes: ["maximum minutes per month", "max minutes", "maximum minutes"]
            case .allowedShifts: ["allowed shifts", "shifts", "allowed shift types"]
            case .maximumShiftsPerType: ["maximum shifts per type", "max shifts per type"]
            }
        }
    }

    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { ";|".contains($0) }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Reads CSV or JSON (told apart by the first non-blank character), recording problems in `report`.
    public static func read(_ text: String, file: String, report: inout ValidationReport) -> Contents {
        if text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" {
            guard let document = JSONDocument.decode(Document.self, from: text, file: file, report: &report) else {
                return Contents(staff: [], lines: [])
            }
            if document.value.version != version {
                report.error(file, document.locator.line(for: "version"), "version",
                             "version \(document.value.version) is not supported; expected \(version)")
            }
            let lines = document.value.staff.indices.map { document.locator.line(for: "staff[\($0)]") ?? 1 }
            return Contents(staff: document.value.staff, lines: lines)
        }
        var contents = Contents(staff: [], lines: [])
        guard let table = CSVTable(text: text, file: file, report: &report) else { return contents }
        _ = table.version(format: format, supported: version, report: &report)
        var columns: [Column: Int] = [:]
        for column in Column.allCases { columns[column] = table.column(column.aliases) }
        table.warnAboutMisspeltColumns(Column.allCases.map { [$0.name] + $0.aliases }, report: &report)
        let required: [Column] = [.id, .roles, .minimumMinutes, .maximumMinutes]
        let missing = required.filter { columns[$0] == nil }
        for column in missing {
            report.error(file, table.headerLine, column.name, "the required column '\(column.name)' is missing; the header has \(table.header.map { "'\($0)'" }.joined(separator: ", "))")
        }
        guard missing.isEmpty else { return contents }
        for row in table.rows {
            let before = report.errorCount
            func value(_ column: Column) -> String { columns[column].map { row[$0].trimmingWhitespace() } ?? "" }
            func fail(_ column: Column, _ message: String) { report.error(file, row.line, column.name, message) }
            let id = value(.id)
            if id.isEmpty { fail(.id, "the staff id is empty; expected a unique id") }
            var roles = Set<StaffRole>()
            for word in list(value(.roles)) {
                if let role = StaffRole.allCases.first(where: { CSVTable.normalise($0.rawValue) == CSVTable.normalise(word) }) {
                    roles.insert(role)
                } else {
                    fail(.roles, "'\(word)' is not a role; expected roomAttendant, lead, publicAreaCleaner or manager")
                }
            }
            if roles.isEmpty && list(value(.roles)).isEmpty { fail(.roles, "no role; expected at least one of roomAttendant, lead, publicAreaCleaner, manager") }
            var efficiency = 1.0
            if !value(.efficiency).isEmpty {
                if let number = Double(value(.efficiency)), number.isFinite { efficiency = number } else {
                    fail(.efficiency, "'\(value(.efficiency))' is not a number; expected a number in (0, 2], 1 for normal speed")
                }
            }
            var kind = Contract.Kind.fullTime
            switch CSVTable.normalise(value(.contract)) {
            case "", "fulltime", "full", "ft": break
            case "parttime", "part", "pt": kind = .partTime
            default: fail(.contract, "'\(value(.contract))' is not a contract; expected fullTime or partTime")
            }
            var minutes: [Int] = []
            for column in [Column.minimumMinutes, .maximumMinutes] {
                if let number = Int(value(column)) { minutes.append(number) } else {
                    fail(column, "'\(value(column))' is not a whole number of minutes; expected minutes per month such as 9600")
                }
            }
            var maximumShifts: [String: Int] = [:]
            for pair in list(value(.maximumShiftsPerType)) {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
                if parts.count == 2, !parts[0].isEmpty, let count = Int(parts[1]) { maximumShifts[parts[0]] = count } else {
                    fail(.maximumShiftsPerType, "'\(pair)' is not SHIFT=COUNT; expected for example E=8;N=4")
                }
            }
            guard report.errorCount == before else { continue }
            let allowed = list(value(.allowedShifts))
            contents.staff.append(StaffMember(
                id: id, name: value(.name).isEmpty ? id : value(.name), roles: roles, skills: Set(list(value(.skills)).map(Skill.init(rawValue:))),
                efficiency: efficiency, homeFloorIDs: list(value(.homeFloors)),
                contract: Contract(kind: kind, minimumMinutesPerMonth: minutes[0], maximumMinutesPerMonth: minutes[1],
                                   allowedShiftTypeIDs: allowed.isEmpty ? nil : allowed, maximumShiftsPerType: maximumShifts)))
            contents.lines.append(row.line)
        }
        return contents
    }

    private struct Document: Codable {
        var version: Int
        var staff: [StaffMember]
    }

    /// Writes CSV with the version line; lists are sorted so the output is deterministic.
    public static func writeCSV(_ staff: [StaffMember]) -> String {
        var csv = CSVWriter(comments: ["\(format) v\(version)"], header: Column.allCases.map(\.name))
        for member in staff {
            csv.append([
                member.id, member.name, member.roles.map(\.rawValue).sorted().joined(separator: ";"),
                member.skills.map(\.rawValue).sorted().joined(separator: ";"), "\(member.efficiency)",
                member.homeFloorIDs.joined(separator: ";"), member.contract.kind.rawValue,
                String(member.contract.minimumMinutesPerMonth), String(member.contract.maximumMinutesPerMonth),
                (member.contract.allowedShiftTypeIDs ?? []).joined(separator: ";"),
                member.contract.maximumShiftsPerType.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"),
            ])
        }
        return csv.text
    }

    /// Writes JSON (sorted keys, pretty printed).
    public static func writeJSON(_ staff: [StaffMember]) throws -> String {
        try JSONDocument.encode(Document(version: version, staff: staff))
    }
}
