import Housekeeping

/// The benchmark's roster CSV: header `employee,0,1,…,H-1`, then one row per employee in the problem's
/// staff order, each cell the shift type id worked that day or empty for a day off.
public enum CurtoisRosterCSV {
    /// Writes a roster as CSV text (LF line endings, trailing newline).
    public static func write(_ roster: Roster, problem: RosterProblem) -> String {
        var text = "employee," + (0..<problem.dayCount).map(String.init).joined(separator: ",") + "\n"
        for (person, days) in zip(problem.staff, roster.shifts) {
            text += person.id + "," + days.map { $0 ?? "" }.joined(separator: ",") + "\n"
        }
        return text
    }

    /// Reads a roster CSV for a problem. Rows may come in any order but each employee must appear once.
    /// - Throws: ``CurtoisFormatError`` naming the line and field of the first problem found.
    public static func read(_ text: String, problem: RosterProblem, file: String = "<input>") throws(CurtoisFormatError) -> Roster {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreakForBenchmarkFiles).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        while let last = lines.last, last.trimmingSpaces().isEmpty { lines.removeLast() }
        guard let header = lines.first else {
            throw CurtoisFormatError(file: file, line: 1, field: "header", message: "the file is empty")
        }
        let expectedHeader = ["employee"] + (0..<problem.dayCount).map(String.init)
        let headerFields = header.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
        guard headerFields == expectedHeader else {
            throw CurtoisFormatError(file: file, line: 1, field: "header",
                                     message: "expected 'employee,0,…,\(problem.dayCount - 1)' (\(problem.dayCount) days)")
        }
        let staffPosition = Dictionary(uniqueKeysWithValues: problem.staff.enumerated().map { ($1.id, $0) })
        let shiftIDs = Set(problem.shiftTypes.map(\.id))
        var rows: [[String?]?] = Array(repeating: nil, count: problem.staff.count)
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
            guard let position = staffPosition[fields[0]] else {
                throw CurtoisFormatError(file: file, line: number, field: "employee", message: "unknown employee '\(fields[0])'")
            }
            guard rows[position] == nil else {
                throw CurtoisFormatError(file: file, line: number, field: "employee", message: "'\(fields[0])' appears twice")
            }
            guard fields.count == problem.dayCount + 1 else {
                throw CurtoisFormatError(file: file, line: number, field: nil,
                                         message: "expected \(problem.dayCount + 1) fields (employee and one per day), found \(fields.count)")
            }
            var days: [String?] = []
            for (day, cell) in fields.dropFirst().enumerated() {
                if cell.isEmpty { days.append(nil); continue }
                guard shiftIDs.contains(cell) else {
                    throw CurtoisFormatError(file: file, line: number, field: "day \(day)", message: "unknown shift '\(cell)'")
                }
                days.append(cell)
            }
            rows[position] = days
        }
        if let missing = rows.firstIndex(where: { $0 == nil }) {
            throw CurtoisFormatError(file: file, line: nil, field: "employee", message: "no row for '\(problem.staff[missing].id)'")
        }
        return Roster(shifts: rows.map { $0! })
    }
}
