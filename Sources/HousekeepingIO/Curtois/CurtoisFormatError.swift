/// A problem in a benchmark instance or roster CSV file, naming the file, the line and the field.
///
/// Reads like `Instance1.txt:12: MaxTotalMinutes: 'abc' is not a whole number`.
public struct CurtoisFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name as given (or a label such as `<input>`).
    public var file: String
    /// The 1-based line number, or `nil` when the problem concerns the whole file.
    public var line: Int?
    /// The field concerned (e.g. `MaxTotalMinutes`), or `nil`.
    public var field: String?
    /// What is wrong and what was expected.
    public var message: String

    public init(file: String, line: Int?, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return field.map { "\(place): \($0): \(message)" } ?? "\(place): \(message)"
    }
}
