import Foundation
import Housekeeping

/// The hotel roster's outputs: a text grid with the report, CSV, a printable HTML calendar and one iCalendar
/// file per person. JSON is ``HotelRosterDocument``. All are pure functions of the plan: the same plan gives
/// the same bytes.
public enum HotelRosterFormats {
    // MARK: Text

    /// The grid (staff × days, weekends marked, `~` leave, `.` off), then hours vs contract, fairness, cover
    /// per day, soft rules broken, and the outcome (or, with no roster, why).
    public static func text(_ plan: HotelRosterPlan) -> String {
        let hotel = plan.hotel
        let dates = hotel.month.month.dates
        var out = "Roster \(hotel.month.month) for \(hotel.month.property.name): \(hotel.staff.count) staff, \(dates.count) days\n"
        out += outcomeLines(plan).map { "\($0)\n" }.joined()
        guard let roster = plan.roster, let report = plan.report else { return out }
        let width = max(2, hotel.problem.shiftTypes.map(\.id.count).max() ?? 1) + 1
        let nameWidth = min(24, max(10, hotel.staff.map { $0.id.count + 1 + $0.name.count }.max() ?? 10))
        func cell(_ text: String) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        func label(_ text: String) -> String { text.count >= nameWidth ? String(text.prefix(nameWidth)) : text + String(repeating: " ", count: nameWidth - text.count) }
        out += "\n" + label("") + dates.map { cell(String(weekdayAbbreviation($0.weekday))) }.joined() + "\n"
        out += label("") + dates.map { cell($0.day.padded2) }.joined() + "\n"
        out += label("weekend") + dates.map { cell($0.isWeekend ? "**" : "") }.joined() + "\n"
        for (e, member) in hotel.staff.enumerated() {
            let leave = hotel.problem.staff[e].leaveDays
            out += label("\(member.id) \(member.name)")
            out += roster.shifts[e].enumerated().map { day, shift in cell(shift ?? (leave.contains(day) ? "~" : ".")) }.joined() + "\n"
        }
        out += "\n" + legend(hotel) + "\n"

        out += "\nHours vs contract (h = paid hours)\n"
        out += "  " + label("staff") + "  role               hours   contract (min–max)  shifts  weekends  evenings  leave  requests broken\n"
        for (person, member) in zip(report.people, hotel.staff) {
            let flag = person.withinContract ? "" : "  ← outside the contract"
            out += "  " + label("\(member.id) \(member.name)") + "  " + pad(person.roles.joined(separator: "+"), 17)
                + pad(hours(person.minutes), 7, right: true) + "   " + pad("\(hours(person.minimumMinutes))–\(hours(person.maximumMinutes))", 19)
                + pad("\(person.shifts)", 6, right: true) + pad("\(person.weekends)", 10, right: true)
                + pad("\(person.eveningShifts)", 10, right: true) + pad("\(person.leaveDays)", 7, right: true)
                + pad("\(person.requestsBroken)", 17, right: true) + flag + "\n"
        }
        out += "\nFairness among full-time staff (weekends worked, evening shifts \(report.eveningShiftTypeIDs.joined(separator: ", ")))\n"
        for line in report.fairness {
            out += "  \(pad(line.role, 18)) \(line.people) people: weekends \(line.weekendsFewest)–\(line.weekendsMost), evenings \(line.eveningsFewest)–\(line.eveningsMost)\n"
        }

        out += "\nCover per day: rostered/preferred (minimum); ! below the minimum, - below preferred, + above\n"
        let columns = coverColumns(report)
        out += "  " + pad("date", 14) + columns.map { pad("\($0.shift) \(roleShort($0.role))", 13) }.joined() + "\n"
        let lookup = Dictionary(report.cover.map { ("\($0.date)|\($0.shiftTypeID)|\($0.role)", $0) }, uniquingKeysWith: { a, _ in a })
        for date in dates {
            out += "  " + pad("\(date) \(weekdayAbbreviation(date.weekday))", 14)
            for column in columns {
                guard let line = lookup["\(date)|\(column.shift)|\(column.role)"] else { out += pad("", 13); continue }
                let mark = line.rostered < line.minimum ? "!" : line.rostered < line.preferred ? "-" : line.rostered > line.preferred ? "+" : " "
                out += pad("\(line.rostered)/\(line.preferred) (\(line.minimum))\(mark)", 13)
            }
            out += "\n"
        }

        out += "\nSoft rules broken (\(report.softBreaks.count), penalty \(report.penalty))\n"
        if report.softBreaks.isEmpty { out += "  none\n" }
        for item in report.softBreaks {
            let kind = switch item.kind { case .request: "request"; case .underCover: "under cover"; case .overCover: "over cover" }
            out += "  \(pad(kind, 12)) \(item.detail)  (penalty \(item.penalty))\n"
        }
        if !hotel.excluded.isEmpty {
            out += "\nNot rostered: \(hotel.excluded.map { "\($0.id) \($0.name) (\($0.roles.map(\.rawValue).sorted().joined(separator: "+")))" }.joined(separator: ", "))\n"
        }
        return out
    }

    /// The outcome in a few lines: feasible or not, penalty, bound, why the search stopped, and the explanation.
    public static func outcomeLines(_ plan: HotelRosterPlan) -> [String] {
        var lines: [String] = []
        if plan.isFeasible, let evaluation = plan.evaluation {
            var line = "Every hard rule holds. Penalty \(evaluation.penalty)"
            if let bound = plan.lowerBound { line += ", lower bound \(StaffingDemand.decimal(bound, digits: 1))" }
            if let stop = plan.engine?.stop { line += " (\(stop == .provenOptimal ? "proven optimal" : stop == .timeLimit ? "time limit reached" : stop.rawValue))" }
            lines.append(line + ".")
        } else {
            lines.append(plan.roster == nil ? "No roster meets the hard rules:" : "The best roster found breaks hard rules:")
            lines += plan.explanation.map { "  - \($0)" }
        }
        return lines
    }

    // MARK: CSV

    /// One row per person: `staff_id,name,roles,contract`, one column per date (the shift id, empty for a day
    /// off, `leave` for approved leave), then `minutes,minimum_minutes,maximum_minutes,weekends,evening_shifts`.
    public static func csv(_ plan: HotelRosterPlan) -> String {
        let hotel = plan.hotel
        var writer = CSVWriter(header: ["staff_id", "name", "roles", "contract"] + hotel.month.month.dates.map(\.description)
                               + ["minutes", "minimum_minutes", "maximum_minutes", "weekends", "evening_shifts"])
        let report = plan.report
        for (e, member) in hotel.staff.enumerated() {
            let leave = hotel.problem.staff[e].leaveDays
            let row = plan.roster?.shifts[e] ?? Array(repeating: nil, count: hotel.problem.dayCount)
            let person = report?.people[e]
            writer.append([member.id, member.name, member.roles.map(\.rawValue).sorted().joined(separator: ";"), member.contract.kind.rawValue]
                          + row.enumerated().map { day, shift in shift ?? (leave.contains(day) ? "leave" : "") }
                          + [person.map { "\($0.minutes)" } ?? "", "\(hotel.problem.staff[e].minimumMinutes)", "\(hotel.problem.staff[e].maximumMinutes)",
                             person.map { "\($0.weekends)" } ?? "", person.map { "\($0.eveningShifts)" } ?? ""])
        }
        return writer.text
    }

    // MARK: HTML

    /// A printable calendar: staff × days, cells coloured by shift type, weekends shaded, then the report
    /// tables. Landscape on A4/Letter when printed; colours kept in print.
    public static func html(_ plan: HotelRosterPlan) -> String {
        let hotel = plan.hotel
        let dates = hotel.month.month.dates
        let palette = ["#cfe8ff", "#ffe3b3", "#d9c8f5", "#c8f0d0", "#ffd0d0", "#f0f0b0", "#c0e8e8", "#e8d0c0"]
        let shiftIndex = Dictionary(uniqueKeysWithValues: hotel.month.property.shiftTypes.enumerated().map { ($1.id, $0) })
        let title = "Roster \(hotel.month.month) — \(hotel.month.property.name)"
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            body { font: 11px/1.3 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 16px; color: #111; }
            h1 { font-size: 16px; margin: 0 0 4px; } h2 { font-size: 13px; margin: 16px 0 4px; }
            table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 2px 4px; text-align: center; }
            td.name, th.name { text-align: left; white-space: nowrap; }
            .weekend { background: #eee; } .off { color: #999; } .leave { color: #777; font-style: italic; }
            .short { background: #ffb3b3; font-weight: bold; } .under { background: #ffe0e0; } .over { background: #e8f0ff; }
            .legend span { display: inline-block; padding: 1px 6px; margin-right: 6px; border: 1px solid #bbb; }
            td.num { text-align: right; }

            """
        for (index, type) in hotel.month.property.shiftTypes.enumerated() {
            out += ".shift-\(cssClass(type.id)) { background: \(palette[index % palette.count]); }\n"
        }
        out += """
            @media print {
              @page { size: A4 landscape; margin: 10mm; }
              body { margin: 0; font-size: 9px; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              h2 { break-after: avoid; } table { break-inside: auto; } tr { break-inside: avoid; }
            }
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>

            """
        for line in outcomeLines(plan) { out += "<p>\(escape(line))</p>\n" }
        out += "<p class=\"legend\">"
        for type in hotel.month.property.shiftTypes {
            out += "<span class=\"shift-\(cssClass(type.id))\">\(escape(type.id)) \(escape(type.name)) \(type.start)–\(type.end)</span>"
        }
        out += "<span>· off</span><span class=\"leave\">~ leave</span></p>\n"
        if let roster = plan.roster {
            out += "<table class=\"calendar\">\n<thead><tr><th class=\"name\">Staff</th>"
            for date in dates {
                out += "<th\(date.isWeekend ? " class=\"weekend\"" : "")>\(weekdayAbbreviation(date.weekday))<br>\(date.day)</th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for (e, member) in hotel.staff.enumerated() {
                out += "<tr><td class=\"name\">\(escape(member.id)) \(escape(member.name))</td>"
                for (day, shift) in roster.shifts[e].enumerated() {
                    if let shift, shiftIndex[shift] != nil {
                        out += "<td class=\"shift-\(cssClass(shift))\">\(escape(shift))</td>"
                    } else if hotel.problem.staff[e].leaveDays.contains(day) {
                        out += "<td class=\"leave\(dates[day].isWeekend ? " weekend" : "")\">~</td>"
                    } else {
                        out += "<td class=\"off\(dates[day].isWeekend ? " weekend" : "")\">·</td>"
                    }
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        } else {
            out += "<ul>\n" + plan.explanation.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        if let report = plan.report {
            out += "<h2>Hours vs contract, weekends and evenings</h2>\n<table>\n<thead><tr><th class=\"name\">Staff</th><th>Role</th><th>Hours</th><th>Contract (h)</th><th>Shifts</th><th>Weekends</th><th>Evenings</th><th>Leave</th><th>Requests broken</th></tr></thead>\n<tbody>\n"
            for (person, member) in zip(report.people, hotel.staff) {
                out += "<tr\(person.withinContract ? "" : " class=\"short\"")><td class=\"name\">\(escape(member.id)) \(escape(member.name))</td><td>\(escape(person.roles.joined(separator: ", ")))</td>"
                out += "<td class=\"num\">\(hours(person.minutes))</td><td>\(hours(person.minimumMinutes))–\(hours(person.maximumMinutes))</td>"
                out += "<td class=\"num\">\(person.shifts)</td><td class=\"num\">\(person.weekends)</td><td class=\"num\">\(person.eveningShifts)</td><td class=\"num\">\(person.leaveDays)</td><td class=\"num\">\(person.requestsBroken)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
            out += "<h2>Cover per day: rostered / preferred (minimum)</h2>\n<table>\n<thead><tr><th class=\"name\">Date</th>"
            let columns = coverColumns(report)
            for column in columns { out += "<th>\(escape(column.shift)) \(escape(roleShort(column.role)))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            let lookup = Dictionary(report.cover.map { ("\($0.date)|\($0.shiftTypeID)|\($0.role)", $0) }, uniquingKeysWith: { a, _ in a })
            for date in dates {
                out += "<tr><td class=\"name\(date.isWeekend ? " weekend" : "")\">\(date) \(weekdayAbbreviation(date.weekday))</td>"
                for column in columns {
                    guard let line = lookup["\(date)|\(column.shift)|\(column.role)"] else { out += "<td></td>"; continue }
                    let style = line.rostered < line.minimum ? "short" : line.rostered < line.preferred ? "under" : line.rostered > line.preferred ? "over" : ""
                    out += "<td\(style.isEmpty ? "" : " class=\"\(style)\"")>\(line.rostered) / \(line.preferred) (\(line.minimum))</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
            out += "<h2>Soft rules broken (penalty \(report.penalty))</h2>\n<ul>\n"
            for item in report.softBreaks { out += "<li>\(escape(item.detail)) — penalty \(item.penalty)</li>\n" }
            if report.softBreaks.isEmpty { out += "<li>none</li>\n" }
            out += "</ul>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    // MARK: iCalendar

    /// One iCalendar file (RFC 5545) per person, named `<staff id>.ics`: a VEVENT per shift in the property's
    /// local time, with the time zone's `VTIMEZONE` (``ICalendarTimeZone``) and `TZID` on every time (floating
    /// local time when the system does not know the zone), CRLF line ends, text escaped, lines folded at 75
    /// octets, UIDs stable across runs (`<month>-<staff>-<date>@housekeeping`).
    public static func icalendar(_ plan: HotelRosterPlan) -> [(fileName: String, text: String)] {
        let hotel = plan.hotel
        guard let roster = plan.roster else { return [] }
        let types = Dictionary(uniqueKeysWithValues: hotel.month.property.shiftTypes.map { ($0.id, $0) })
        let stamp = "\(compact(hotel.month.month.firstDay))T000000Z"
        let zone = ICalendarTimeZone(identifier: hotel.month.property.timeZone, month: hotel.month.month)
        let timeParameter = zone.map { ";TZID=" + quotedParameter($0.identifier) } ?? ""
        return hotel.staff.enumerated().map { e, member in
            var lines = [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//housekeeping//roster//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                "X-WR-CALNAME:" + escapeText("\(member.name) — roster \(hotel.month.month)"),
                "X-WR-TIMEZONE:" + escapeText(hotel.month.property.timeZone),
            ] + (zone?.lines ?? [])
            for (day, shift) in roster.shifts[e].enumerated() {
                guard let shift, let type = types[shift] else { continue }
                let date = hotel.date(ofDay: day)
                let start = type.start.minutesAfterMidnight
                let end = type.endMinutesAfterStartDay
                lines += [
                    "BEGIN:VEVENT",
                    "UID:" + escapeText("\(hotel.month.month)-\(member.id)-\(date)@housekeeping"),
                    "DTSTAMP:\(stamp)",
                    "DTSTART\(timeParameter):\(localDateTime(date, minutes: start))",
                    "DTEND\(timeParameter):\(localDateTime(date, minutes: end))",
                    "SUMMARY:" + escapeText("\(type.name) (\(type.id)) \(type.start)–\(type.end)"),
                    "DESCRIPTION:" + escapeText("\(hotel.month.property.name): \(type.paidMinutes / 60) h \(type.paidMinutes % 60) min paid, \(type.unpaidBreakMinutes) min unpaid break"),
                    "TRANSP:OPAQUE",
                    "END:VEVENT",
                ]
            }
            lines.append("END:VCALENDAR")
            return (safeFileName(member.id) + ".ics", lines.map(fold).joined(separator: "\r\n") + "\r\n")
        }
    }

    /// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.
    public static func escapeText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// ``fold(_:)``, for tests.
    public static func foldForTesting(_ line: String) -> String { fold(line) }

    /// Folds a content line at 75 octets (continuation lines start with a space), never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = parts.isEmpty ? 75 : 74
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    // MARK: Helpers

    static func localDateTime(_ date: CalendarDate, minutes: Int) -> String {
        let day = date.adding(days: minutes / 1440)
        let rest = minutes % 1440
        return "\(compact(day))T\((rest / 60).padded2)\((rest % 60).padded2)00"
    }

    /// A parameter value, quoted when it holds `:`, `;` or `,` (RFC 5545 §3.2).
    static func quotedParameter(_ value: String) -> String {
        value.contains { ":;,".contains($0) } ? "\"\(value.replacingOccurrences(of: "\"", with: ""))\"" : value
    }

    static func compact(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    static func safeFileName(_ id: String) -> String {
        let allowed = id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
        return allowed.isEmpty ? "staff" : String(allowed)
    }

    static func cssClass(_ id: String) -> String { safeFileName(id) }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func weekdayAbbreviation(_ weekday: Weekday) -> String {
        switch weekday {
        case .monday: "Mo"; case .tuesday: "Tu"; case .wednesday: "We"; case .thursday: "Th"
        case .friday: "Fr"; case .saturday: "Sa"; case .sunday: "Su"
        }
    }

    static func roleShort(_ role: String) -> String {
        switch role {
        case StaffRole.roomAttendant.rawValue: "attendant"
        case StaffRole.publicAreaCleaner.rawValue: "public"
        default: role
        }
    }

    static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60)" : StaffingDemand.decimal(Double(minutes) / 60, digits: 1)
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    static func legend(_ hotel: HotelRosterProblem) -> String {
        let forbidden = Dictionary(uniqueKeysWithValues: hotel.problem.shiftTypes.map { ($0.id, $0.forbiddenFollowers.sorted()) })
        return hotel.month.property.shiftTypes.map { type in
            let rest = forbidden[type.id].map { $0.isEmpty ? "" : "; not followed by \($0.joined(separator: ", "))" } ?? ""
            return "\(type.id) = \(type.name) \(type.start)–\(type.end), \(hours(type.paidMinutes)) h paid\(rest)"
        }.joined(separator: "\n") + "\n. = off, ~ = approved leave, ** = weekend"
    }

    /// The shift × role columns that have any requirement or anyone rostered, in shift then role order.
    static func coverColumns(_ report: HotelRosterReport) -> [(shift: String, role: String)] {
        var seen = Set<String>()
        var columns: [(String, String)] = []
        for line in report.cover where seen.insert("\(line.shiftTypeID)|\(line.role)").inserted {
            columns.append((line.shiftTypeID, line.role))
        }
        return columns
    }
}

private extension Int {
    var padded2: String { self < 10 && self >= 0 ? "0\(self)" : "\(self)" }
}
