/// A header-driven CSV file: leading `#` comment lines, a header row, then data rows.
///
/// The separator is a comma, or a semicolon or tab when the header holds more of those (see
/// ``separator(of:)``). Columns are found by name, not position: names compare case-insensitively, ignoring spaces, `_`, `-`, `.`
/// and `/` ("Room No." matches `roomno`), so any column order works and extra columns are ignored. Blank
/// rows are skipped. Comment lines (`# housekeeping-room-status v1`, `# date: 2026-12-01`) are allowed before
/// the header only.
public struct CSVTable: Sendable {
    /// The file name used in problems.
    public var file: String
    /// Comment lines before the header, without the `#`, with their line numbers.
    public var comments: [(line: Int, text: String)]
    /// The header row's fields, as written.
    public var header: [String]
    /// The line of the header row (0 when the file is empty).
    public var headerLine: Int
    /// The data rows, blank ones removed.
    public var rows: [CSVRecord]
    /// Whether the text ends with a line break (files this package writes always do).
    public var endsWithLineBreak: Bool
    /// The last line of the text.
    public var lastLine: Int

    /// Reads `text`; a syntax error is recorded in `report` and gives `nil`, as does a file with no header.
    public init?(text: String, file: String, report: inout ValidationReport) {
        self.file = file
        self.endsWithLineBreak = text.hasSuffix("\n") || text.hasSuffix("\r")
        self.lastLine = 1
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(in: text, separator: CSVTable.separator(of: text))
        } catch let error as CSVSyntaxError {
            report.error(file, error.line, "", error.message)
            return nil
        } catch {
            report.error(file, nil, "", "\(error)")
            return nil
        }
        var comments: [(line: Int, text: String)] = []
        var index = 0
        while index < records.count {
            let record = records[index]
            if record.isBlank { index += 1; continue }
            let first = record[0].trimmingWhitespace()
            if first.hasPrefix("#") {
                let text = record.fields.joined(separator: ",").trimmingWhitespace().dropFirst().trimmingWhitespace()
                comments.append((record.line, text))
                index += 1
                continue
            }
            break
        }
        guard index < records.count else {
            report.error(file, records.last?.line ?? 1, "", "no header row; expected a first row naming the columns")
            return nil
        }
        self.comments = comments
        self.header = records[index].fields.map { $0.trimmingWhitespace() }
        self.headerLine = records[index].line
        self.rows = records[(index + 1)...].filter { !$0.isBlank }
        self.lastLine = records.last?.line ?? 1
    }

    /// The separator of a file: `,`, or `;` or a tab when the first line that is not a comment holds more
    /// of those than commas (spreadsheets in many European locales export with `;`).
    public static func separator(of text: String) -> Character {
        let header = text.split(whereSeparator: \.isNewline).first { !$0.trimmingWhitespace().hasPrefix("#") && !$0.trimmingWhitespace().isEmpty } ?? ""
        let counts: [(Character, Int)] = [(",", 0), (";", 0), ("\t", 0)].map { candidate in
            (candidate.0, header.filter { $0 == candidate.0 }.count)
        }
        let best = counts.max { $0.1 < $1.1 }!
        return best.1 > counts[0].1 ? best.0 : ","
    }

    /// Normalises a column name: lower case, without spaces, `_`, `-`, `.`, `/`.
    public static func normalise(_ name: String) -> String {
        String(name.lowercased().filter { !" _-./\t".contains($0) })
    }

    /// The index of the first column whose name matches one of `aliases`.
    public func column(_ aliases: [String]) -> Int? {
        let wanted = Set(aliases.map(CSVTable.normalise))
        return header.firstIndex { wanted.contains(CSVTable.normalise($0)) }
    }

    /// Warns about header columns that are not read but look like a misspelt name of one that is, so that a
    /// typo in a header does not silently drop a whole column: one letter apart from an accepted name of 6 to 9
    /// letters, or two from a longer one (after ``normalise(_:)``; short names such as `fo` or `eta` are too
    /// close to ordinary words to guess at). Other extra columns (a PMS export's guest name, rate, …) stay
    /// ignored without a word. `columns` lists each column's accepted names, the first being the one suggested.
    public func warnAboutMisspeltColumns(_ columns: [[String]], report: inout ValidationReport) {
        let read = Set(columns.flatMap { $0 }.map(CSVTable.normalise))
        for name in header where !read.contains(CSVTable.normalise(name)) {
            let key = CSVTable.normalise(name)
            let match = columns.first { aliases in
                aliases.map(CSVTable.normalise).contains { alias in
                    let allowed = alias.count >= 10 ? 2 : alias.count >= 6 ? 1 : 0
                    return allowed > 0 && CSVTable.editDistance(key, alias, atMost: allowed) <= allowed
                }
            }
            guard let match else { continue }
            report.warning(file, headerLine, name, "column '\(name)' is not read, so its values are ignored; did you mean '\(match[0])'?")
        }
    }

    /// The number of single-letter insertions, deletions, substitutions and swaps of two neighbouring letters
    /// that turn `a` into `b`, or `limit + 1` when it is more than `limit`.
    static func editDistance(_ a: String, _ b: String, atMost limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return min(previous[b.count], limit + 1)
    }

    /// The format version from a `# <format> v<N>` comment: `nil` when there is no such comment.
    /// Records an error when the comment names another format or a version this reader does not know, and a
    /// warning when a versioned file does not end with a line break (it may have been cut short; PMS exports
    /// without the version line are not held to this).
    public func version(format: String, supported: Int, report: inout ValidationReport) -> Int? {
        for comment in comments {
            let words = comment.text.split(separator: " ")
            guard let name = words.first, name.hasPrefix("housekeeping-") else { continue }
            if name != format {
                report.error(file, comment.line, "version", "this is a '\(name)' file; expected '\(format)'")
                return nil
            }
            guard words.count >= 2, words[1].hasPrefix("v"), let version = Int(words[1].dropFirst()) else {
                report.error(file, comment.line, "version", "'\(comment.text)' has no version; expected '# \(format) v\(supported)'")
                return nil
            }
            if version != supported {
                report.error(file, comment.line, "version", "version \(version) is not supported; expected v\(supported)")
            }
            if !endsWithLineBreak {
                report.warning(file, lastLine, "", "the file does not end with a line break, so it may have been cut short; expected every line, the last one too, to end with a line break")
            }
            return version
        }
        return nil
    }

    /// The value of a `# key: value` comment (key compared like column names).
    public func comment(_ key: String) -> (line: Int, value: String)? {
        for comment in comments {
            guard let colon = comment.text.firstIndex(of: ":") else { continue }
            if CSVTable.normalise(String(comment.text[..<colon])) == CSVTable.normalise(key) {
                return (comment.line, comment.text[comment.text.index(after: colon)...].trimmingWhitespace())
            }
        }
        return nil
    }
}
