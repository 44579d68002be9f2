import Foundation
import Housekeeping
import Yams

/// Maps field paths (`rooms[3].floorID`) to the line of a JSON or YAML file where the value starts, so that
/// decoding and validation problems can name their line.
public struct SourceLocator: Hashable, Sendable {
    /// Line of each path; the root is `""`.
    public private(set) var lines: [String: Int] = [:]

    public init(lines: [String: Int] = [:]) { self.lines = lines }

    /// The line of `path`, or of its nearest enclosing path that has one.
    public func line(for path: String) -> Int? {
        var path = path
        while true {
            if let line = lines[path] { return line }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return lines[""] }
            path = String(path[..<cut])
        }
    }

    /// The path of a decoding coding path: `rooms[3].floorID`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// A JSON syntax error found while locating.
    public struct SyntaxError: Error, Sendable {
        public var line: Int
        public var message: String
    }

    /// Locates every value of a JSON text; throws ``SyntaxError`` with a line for malformed JSON.
    public static func json(_ text: String) throws -> SourceLocator {
        var scanner = JSONScanner(bytes: Array(text.utf8))
        var locator = SourceLocator()
        scanner.skipBOM()
        try scanner.value(path: "", into: &locator.lines)
        scanner.skipSpace()
        if scanner.index < scanner.bytes.count {
            throw SyntaxError(line: scanner.line, message: "unexpected text after the end of the JSON value")
        }
        return locator
    }

    /// Locates every value of a YAML text (Yams marks); throws Yams' error for malformed YAML.
    public static func yaml(_ text: String) throws -> SourceLocator {
        var locator = SourceLocator()
        guard let node = try Yams.compose(yaml: text) else { return locator }
        func walk(_ node: Node, _ path: String) {
            if let mark = node.mark { locator.lines[path] = mark.line }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let name = key.string ?? "\(key)"
                    let child = path.isEmpty ? name : "\(path).\(name)"
                    if let mark = key.mark { locator.lines[child] = mark.line }
                    walk(value, child)
                    if let mark = key.mark { locator.lines[child] = mark.line }
                }
            case .sequence(let sequence):
                for (index, value) in sequence.enumerated() { walk(value, "\(path)[\(index)]") }
            default: break
            }
        }
        walk(node, "")
        return locator
    }
}

private struct JSONScanner {
    let bytes: [UInt8]
    var index = 0
    var line = 1

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipBOM() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): line += 1; index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
            default: return
            }
        }
    }

    func fail(_ message: String) -> SourceLocator.SyntaxError { SourceLocator.SyntaxError(line: line, message: message) }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else {
            throw fail(index < bytes.count ? "expected \(what)" : "the file ends early; expected \(what)")
        }
        index += 1
    }

    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""), "a string in double quotes")
        var collected: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: collected, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\n") { throw fail("a line break inside a string; expected a closing \"") }
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { break }
            }
            collected.append(bytes[index])
            index += 1
        }
        throw fail("a string is never closed; expected a closing \"")
    }

    mutating func value(path: String, into lines: inout [String: Int], depth: Int = 0) throws {
        guard depth < 512 else { throw fail("nested too deeply") }
        skipSpace()
        guard index < bytes.count else { throw fail("the file ends early; expected a value") }
        if lines[path] == nil { lines[path] = line }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipSpace()
                let keyLine = line
                let key = try string()
                let child = path.isEmpty ? key : "\(path).\(key)"
                try expect(UInt8(ascii: ":"), "':' after the key \"\(key)\"")
                try value(path: child, into: &lines, depth: depth + 1)
                lines[child] = keyLine
                skipSpace()
                guard index < bytes.count else { throw fail("the file ends early; expected ',' or '}'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return }
                throw fail("expected ',' or '}' after the value of \"\(key)\"")
            }
        case UInt8(ascii: "["):
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return }
            var element = 0
            while true {
                try value(path: "\(path)[\(element)]", into: &lines, depth: depth + 1)
                element += 1
                skipSpace()
                guard index < bytes.count else { throw fail("the file ends early; expected ',' or ']'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return }
                throw fail("expected ',' or ']' in a list")
            }
        case UInt8(ascii: "\""):
            _ = try string()
        default:
            let start = index
            while index < bytes.count, !" \t\r\n,]}".utf8.contains(bytes[index]) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            if word.isEmpty || !(word == "true" || word == "false" || word == "null" || Double(word) != nil) {
                throw fail("'\(word.prefix(20))' is not a JSON value; expected a string, number, true, false, null, object or list")
            }
        }
    }
}

/// JSON reading and writing with problems that name the file, the line and the field.
public enum JSONDocument {
    /// A decoded value and the locator of its text.
    public struct Decoded<Value> {
        public var value: Value
        public var locator: SourceLocator
    }

    /// Decodes `text`, recording a syntax or decoding problem in `report` (and returning `nil`) on failure.
    public static func decode<Value: Decodable>(_ type: Value.Type, from text: String, file: String,
                                                 report: inout ValidationReport) -> Decoded<Value>? {
        let locator: SourceLocator
        do {
            locator = try SourceLocator.json(text)
        } catch let error as SourceLocator.SyntaxError {
            report.error(file, error.line, "", "malformed JSON: \(error.message)")
            return nil
        } catch {
            report.error(file, nil, "", "malformed JSON: \(error)")
            return nil
        }
        do {
            let value = try JSONDecoder().decode(type, from: Data(text.utf8))
            return Decoded(value: value, locator: locator)
        } catch let error as DecodingError {
            report.add(problem(error, file: file, locator: locator))
            return nil
        } catch {
            report.error(file, nil, "", "\(error)")
            return nil
        }
    }

    /// A problem for a decoding error: the field path, the line of that field (or the object lacking it).
    public static func problem(_ error: DecodingError, file: String, locator: SourceLocator) -> Problem {
        func describe(_ type: Any.Type) -> String {
            switch type {
            case is String.Type: "a string"
            case is Int.Type: "a whole number"
            case is Double.Type: "a number"
            case is Bool.Type: "true or false"
            default: "\(type)"
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = SourceLocator.path(context.codingPath)
            let field = parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)"
            return Problem(.error, file: file, line: locator.line(for: parent), field: field,
                           "missing; expected a value for '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            let path = SourceLocator.path(context.codingPath)
            return Problem(.error, file: file, line: locator.line(for: path), field: path,
                           "wrong kind of value; expected \(describe(type))")
        case .valueNotFound(let type, let context):
            let path = SourceLocator.path(context.codingPath)
            return Problem(.error, file: file, line: locator.line(for: path), field: path,
                           "null or missing; expected \(describe(type))")
        case .dataCorrupted(let context):
            let path = SourceLocator.path(context.codingPath)
            var message = context.debugDescription
            if message.hasPrefix("Cannot initialize"), let expected = expectedValues(at: path) {
                let value = message.components(separatedBy: "value ").last ?? ""
                message = "'\(value)' is not allowed here; expected one of \(expected.joined(separator: ", "))"
            }
            return Problem(.error, file: file, line: locator.line(for: path), field: path, message)
        @unknown default:
            return Problem(.error, file: file, line: nil, field: "", "\(error)")
        }
    }

    /// The allowed values of an enumerated field, by the last part of its path.
    static func expectedValues(at path: String) -> [String]? {
        let parts = path.split(separator: ".").map { String($0.prefix { $0 != "[" }) }
        switch (parts.dropLast().last, parts.last) {
        case (_, "task"): return TaskKind.allCases.map(\.rawValue)
        case (_, "roles"): return StaffRole.allCases.map(\.rawValue)
        case ("contract", "kind"): return ["fullTime", "partTime"]
        case ("items", "kind"): return SupplyKind.allCases.map(\.rawValue)
        default: return nil
        }
    }

    /// Encodes with sorted keys, pretty printed, with a final line break: the same value gives the same bytes.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
