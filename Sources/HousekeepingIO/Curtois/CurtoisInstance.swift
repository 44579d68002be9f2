import Housekeeping

/// The Curtois & Qu (2014) shift scheduling benchmark instance format, read into a ``RosterProblem``.
///
/// Comment lines start with `#`, sections start with `SECTION_`, fields are comma separated, lines may end
/// with CRLF or LF. Day 0 is a Monday. Cover lines become ``RosterProblem/Cover`` with `preferred` set to the
/// requirement and no hard minimum; days off become leave; shift on and off requests become requests.
public enum CurtoisInstance {
    /// Parses an instance file's text.
    /// - Parameters:
    ///   - text: the whole file.
    ///   - file: the name used in error messages.
    /// - Throws: ``CurtoisFormatError`` naming the line and field of the first problem found.
    public static func parse(_ text: String, file: String = "<input>") throws(CurtoisFormatError) -> RosterProblem {
        var section: String?
        var horizon: Int?
        var shifts: [RosterProblem.ShiftType] = []
        var staff: [RosterProblem.Employee] = []
        var requests: [RosterProblem.Request] = []
        var cover: [RosterProblem.Cover] = []
        var leave: [(line: Int, employee: String, days: [Int])] = []
        let knownSections: Set<String> = [
            "SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF", "SECTION_DAYS_OFF",
            "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER",
        ]
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreakForBenchmarkFiles)
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("SECTION_") {
                guard knownSections.contains(String(trimmed)) else {
                    throw CurtoisFormatError(file: file, line: number, field: nil, message: "unknown section '\(trimmed)'")
                }
                section = String(trimmed)
                continue
            }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
            func error(_ field: String?, _ message: String) -> CurtoisFormatError {
                CurtoisFormatError(file: file, line: number, field: field, message: message)
            }
            func integer(_ position: Int, _ field: String, minimum: Int = 0) throws(CurtoisFormatError) -> Int {
                guard position < fields.count else { throw error(field, "missing") }
                guard let value = Int(fields[position]) else {
                    throw error(field, "'\(fields[position])' is not a whole number")
                }
                guard value >= minimum else { throw error(field, "\(value) is below \(minimum)") }
                return value
            }
            func expect(_ count: Int, _ names: String) throws(CurtoisFormatError) {
                guard fields.count == count else {
                    throw error(nil, "expected \(count) fields (\(names)), found \(fields.count)")
                }
            }
            switch section {
            case nil:
                throw error(nil, "data before any SECTION_ line")
            case "SECTION_HORIZON":
                guard horizon == nil else { throw error("horizon", "the horizon is given twice") }
                try expect(1, "number of days")
                horizon = try integer(0, "horizon", minimum: 1)
            case "SECTION_SHIFTS":
                guard fields.count == 3 || fields.count == 2 else {
                    throw error(nil, "expected 3 fields (ShiftID, length in minutes, forbidden followers), found \(fields.count)")
                }
                guard !fields[0].isEmpty else { throw error("ShiftID", "empty") }
                let minutes = try integer(1, "length in minutes")
                let followers = fields.count == 3 ? fields[2].split(separator: "|").map { String($0.trimmingSpaces()) } : []
                shifts.append(RosterProblem.ShiftType(id: fields[0], minutes: minutes, forbiddenFollowers: Set(followers.filter { !$0.isEmpty })))
            case "SECTION_STAFF":
                try expect(8, "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends")
                guard !fields[0].isEmpty else { throw error("ID", "empty") }
                var maximum: [String: Int] = [:]
                for part in fields[1].split(separator: "|") where !part.trimmingSpaces().isEmpty {
                    let pair = part.split(separator: "=", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
                    guard pair.count == 2, !pair[0].isEmpty, let limit = Int(pair[1]), limit >= 0 else {
                        throw error("MaxShifts", "'\(part)' is not ShiftID=maximum")
                    }
                    maximum[pair[0]] = limit
                }
                staff.append(RosterProblem.Employee(
                    id: fields[0], maximumShifts: maximum,
                    minimumMinutes: try integer(3, "MinTotalMinutes"), maximumMinutes: try integer(2, "MaxTotalMinutes"),
                    maximumConsecutiveShifts: try integer(4, "MaxConsecutiveShifts"),
                    minimumConsecutiveShifts: try integer(5, "MinConsecutiveShifts"),
                    minimumConsecutiveDaysOff: try integer(6, "MinConsecutiveDaysOff"),
                    maximumWeekends: try integer(7, "MaxWeekends")))
            case "SECTION_DAYS_OFF":
                guard fields.count >= 1, !fields[0].isEmpty else { throw error("EmployeeID", "missing") }
                var days: [Int] = []
                for position in 1..<fields.count where !fields[position].isEmpty {
                    days.append(try integer(position, "day"))
                }
                leave.append((number, fields[0], days))
            case "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS":
                try expect(4, "EmployeeID, Day, ShiftID, Weight")
                requests.append(RosterProblem.Request(
                    employeeID: fields[0], day: try integer(1, "Day"), shiftTypeID: fields[2],
                    kind: section == "SECTION_SHIFT_ON_REQUESTS" ? .on : .off, weight: try integer(3, "Weight")))
                try check(requests.last!, staff: staff, shifts: shifts, horizon: horizon, error: error)
            case "SECTION_COVER":
                try expect(5, "Day, ShiftID, Requirement, Weight for under, Weight for over")
                let day = try integer(0, "Day")
                if let horizon, day >= horizon { throw error("Day", "\(day) is outside the horizon 0…\(horizon - 1)") }
                guard shifts.contains(where: { $0.id == fields[1] }) else { throw error("ShiftID", "unknown shift '\(fields[1])'") }
                cover.append(RosterProblem.Cover(
                    day: day, shiftTypeID: fields[1], preferred: try integer(2, "Requirement"),
                    underWeight: try integer(3, "Weight for under"), overWeight: try integer(4, "Weight for over")))
            default:
                break
            }
        }
        guard let horizon else { throw CurtoisFormatError(file: file, line: nil, field: "SECTION_HORIZON", message: "missing") }
        guard !shifts.isEmpty else { throw CurtoisFormatError(file: file, line: nil, field: "SECTION_SHIFTS", message: "no shift types") }
        guard !staff.isEmpty else { throw CurtoisFormatError(file: file, line: nil, field: "SECTION_STAFF", message: "no staff") }
        for entry in leave {
            guard let position = staff.firstIndex(where: { $0.id == entry.employee }) else {
                throw CurtoisFormatError(file: file, line: entry.line, field: "EmployeeID", message: "unknown employee '\(entry.employee)'")
            }
            for day in entry.days where day >= horizon {
                throw CurtoisFormatError(file: file, line: entry.line, field: "day", message: "\(day) is outside the horizon 0…\(horizon - 1)")
            }
            staff[position].leaveDays.formUnion(entry.days)
        }
        let problem = RosterProblem(dayCount: horizon, firstWeekday: .monday, shiftTypes: shifts, staff: staff,
                                    requests: requests, cover: cover)
        do {
            try problem.validate()
        } catch {
            throw CurtoisFormatError(file: file, line: nil, field: nil, message: error.problems.joined(separator: "; "))
        }
        return problem
    }

    private static func check(
        _ request: RosterProblem.Request, staff: [RosterProblem.Employee], shifts: [RosterProblem.ShiftType],
        horizon: Int?, error: (String?, String) -> CurtoisFormatError
    ) throws(CurtoisFormatError) {
        guard staff.contains(where: { $0.id == request.employeeID }) else {
            throw error("EmployeeID", "unknown employee '\(request.employeeID)'")
        }
        if let horizon, request.day >= horizon { throw error("Day", "\(request.day) is outside the horizon 0…\(horizon - 1)") }
        guard shifts.contains(where: { $0.id == request.shiftTypeID }) else {
            throw error("ShiftID", "unknown shift '\(request.shiftTypeID ?? "")'")
        }
    }
}

extension Character {
    /// LF or CRLF (Swift reads "\r\n" as one character, so splitting on "\n" alone misses CRLF lines).
    var isLineBreakForBenchmarkFiles: Bool { self == "\n" || self == "\r\n" }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }
}

extension String {
    func trimmingSpaces() -> Substring { Substring(self).trimmingSpaces() }
}
