/// One record of a CSV file: its fields and the line it starts on.
public struct CSVRecord: Hashable, Sendable {
    /// The 1-based line of the file the record starts on (a quoted field may carry it over several lines).
    public var line: Int
    /// The fields, unquoted, in file order.
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, or `""` when the record is shorter.
    public subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }

    /// Whether every field is empty (a blank line, or a line of commas).
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingWhitespace().isEmpty } }
}

/// A CSV syntax error (an unterminated quote, text after a closing quote), with the line it is on.
public struct CSVSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// A small RFC 4180 CSV reader that reports the exact starting line of every record.
///
/// We do not use SwiftCSV: it does not report line numbers, and every problem this package reports must name
/// its line. The reader accepts UTF-8 with or without a byte-order mark, LF, CRLF or lone-CR line ends,
/// quoted fields holding commas, line breaks and doubled quotes (`""`), blank lines (returned as blank
/// records, so callers may skip them) and trailing commas (an empty last field).
///
/// ```swift
/// let records = try CSVReader.records(in: "room,status\r\n\"0312\",\"OD, DND\"\r\n")
/// // records[1] == CSVRecord(line: 2, fields: ["0312", "OD, DND"])
/// ```
public enum CSVReader {
    /// Splits `text` into records. Throws ``CSVSyntaxError`` for an unterminated quoted field, or text after
    /// a closing quote.
    public static func records(in text: String, separator: Character = ",") throws -> [CSVRecord] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separatorScalar = separator.unicodeScalars.first!
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var index = 0
        var atFieldStart = true
        var quoted = false        // the current field began with a quote
        var quoteOpenLine = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
            quoted = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        continue
                    }
                    // The closing quote: only a separator or a line end may follow (spaces are tolerated).
                    index += 1
                    while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
                    if index < scalars.count, scalars[index] != separatorScalar, scalars[index] != "\n",
                       scalars[index] != "\r" {
                        throw CSVSyntaxError(line: line, message:
                            "text after a closing quote; expected a separator or the end of the line (a quote inside a quoted field is written \"\")")
                    }
                    quoted = false
                    atFieldStart = false
                    continue
                }
                if scalar == "\r" {
                    // CRLF or lone CR inside quotes: keep a single line break, count one line.
                    field.append("\n")
                    line += 1
                    index += (index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                    continue
                }
                if scalar == "\n" { line += 1 }
                field.append(scalar)
                index += 1
                continue
            }
            switch scalar {
            case "\"" where atFieldStart && field.allSatisfy({ $0 == " " || $0 == "\t" }):
                field = String.UnicodeScalarView()
                quoted = true
                quoteOpenLine = line
                index += 1
            case separatorScalar:
                endField()
                index += 1
            case "\r", "\n":
                endRecord()
                index += (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                line += 1
                recordLine = line
            default:
                field.append(scalar)
                atFieldStart = false
                index += 1
            }
        }
        if quoted {
            throw CSVSyntaxError(line: quoteOpenLine, message: "a quoted field is never closed; expected a closing \"")
        }
        // The last record, unless the text ended with a line break.
        if !fields.isEmpty || !field.isEmpty { endRecord() }
        return records
    }
}
