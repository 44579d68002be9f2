/// One thing wrong (or worth a look) in a set of input files: `file:line: field: what is wrong, what was expected`.
public struct Problem: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// The files cannot be used as they are; commands refuse them.
        case error
        /// The files can be used, with the assumption the message states.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    /// The file name as given (or a stand-in such as `property` when the data came from memory).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The field: a column name, or a path such as `rooms[12].floorID`.
    public var field: String
    /// What is wrong and what was expected.
    public var message: String

    public init(_ severity: Severity, file: String, line: Int?, field: String, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: error: field: message` (the line is left out when unknown).
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let fieldPart = field.isEmpty ? "" : "\(field): "
        return "\(place): \(severity.rawValue): \(fieldPart)\(message)"
    }
}

/// Every problem found in a set of files, up to a limit; thrown by loaders when there is at least one error.
public struct ValidationReport: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The most problems kept; later ones are counted in ``omittedCount`` only.
    public var limit: Int
    /// The problems kept, in the order found.
    public private(set) var problems: [Problem] = []
    /// Problems found beyond ``limit``.
    public private(set) var omittedCount = 0
    /// Errors found, including omitted ones.
    public private(set) var errorCount = 0
    /// Warnings found, including omitted ones.
    public private(set) var warningCount = 0

    public init(limit: Int = 200) { self.limit = max(1, limit) }

    /// Records a problem (or only counts it, past the limit).
    public mutating func add(_ problem: Problem) {
        if problem.severity == .error { errorCount += 1 } else { warningCount += 1 }
        if problems.count < limit { problems.append(problem) } else { omittedCount += 1 }
    }

    /// Records several problems.
    public mutating func add<S: Sequence>(contentsOf problems: S) where S.Element == Problem {
        for problem in problems { add(problem) }
    }

    /// Records an error.
    public mutating func error(_ file: String, _ line: Int?, _ field: String, _ message: String) {
        add(Problem(.error, file: file, line: line, field: field, message))
    }

    /// Records a warning.
    public mutating func warning(_ file: String, _ line: Int?, _ field: String, _ message: String) {
        add(Problem(.warning, file: file, line: line, field: field, message))
    }

    /// Adds another report's problems, and counts those it left out.
    public mutating func merge(_ other: ValidationReport) {
        add(contentsOf: other.problems)
        let keptErrors = other.problems.filter { $0.severity == .error }.count
        errorCount += other.errorCount - keptErrors
        warningCount += other.warningCount - (other.problems.count - keptErrors)
        omittedCount += other.omittedCount
    }

    /// Whether any error was found.
    public var hasErrors: Bool { errorCount > 0 }
    /// The errors kept.
    public var errors: [Problem] { problems.filter { $0.severity == .error } }
    /// The warnings kept.
    public var warnings: [Problem] { problems.filter { $0.severity == .warning } }

    /// "2 errors, 1 warning" (and "(5 more not shown)" past the limit).
    public var summary: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var text = "\(count(errorCount, "error")), \(count(warningCount, "warning"))"
        if omittedCount > 0 { text += " (\(omittedCount) more not shown; the limit is \(limit))" }
        return text
    }

    /// The problems kept, ordered by file (in order of first appearance) and line; problems without a line
    /// come first in their file; the order found is kept otherwise.
    public var sortedProblems: [Problem] {
        var fileOrder: [String: Int] = [:]
        for problem in problems where fileOrder[problem.file] == nil { fileOrder[problem.file] = fileOrder.count }
        return problems.enumerated().sorted { a, b in
            let keyA = (fileOrder[a.element.file]!, a.element.line ?? 0, a.offset)
            let keyB = (fileOrder[b.element.file]!, b.element.line ?? 0, b.offset)
            return keyA < keyB
        }.map(\.element)
    }

    /// Orders the problems kept as ``sortedProblems``.
    public mutating func sortProblems() { problems = sortedProblems }

    /// Every problem kept, one per line (ordered as ``sortedProblems``), then the summary.
    public var description: String {
        (sortedProblems.map(\.description) + [summary]).joined(separator: "\n")
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
