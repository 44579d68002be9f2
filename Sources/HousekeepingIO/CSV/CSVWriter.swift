import Foundation

/// Writes CSV text: RFC 4180 quoting, LF line ends, UTF-8 without a byte-order mark.
///
/// Fields holding a separator, a quote, a line break or leading/trailing spaces are quoted; quotes are
/// doubled. Use it for every CSV the package writes, so that ``CSVReader`` reads it back unchanged.
///
/// ```swift
/// var csv = CSVWriter(comments: ["housekeeping-on-duty v1"], header: ["staff", "shift"])
/// csv.append(["A01", "M"])
/// print(csv.text, terminator: "")   // "# housekeeping-on-duty v1\nstaff,shift\nA01,M\n"
/// ```
public struct CSVWriter: Sendable {
    /// The text written so far.
    public private(set) var text: String = ""
    public let separator: Character

    /// Starts a file with optional `# ` comment lines (a format version, a date) and a header row.
    public init(comments: [String] = [], header: [String]? = nil, separator: Character = ",") {
        self.separator = separator
        for comment in comments { text += "# \(comment)\n" }
        if let header { append(header) }
    }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        text += fields.map { CSVWriter.escape($0, separator: separator) }.joined(separator: String(separator))
        text += "\n"
    }

    /// One field, quoted if it needs to be.
    public static func escape(_ field: String, separator: Character = ",") -> String {
        let needsQuotes = field.contains(separator) || field.contains("\"") || field.contains("\n")
            || field.contains("\r") || field.first == " " || field.last == " " || field.first == "#"
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
