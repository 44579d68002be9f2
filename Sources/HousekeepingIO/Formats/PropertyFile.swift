import Foundation
import Housekeeping
import Yams

/// The property file: everything but the day (buildings, floors, room types, rooms, staff, shift types,
/// standards, supplies), in JSON or YAML, with a format `version` at the top level.
///
/// The top level is a ``Property`` plus `"version": 1`. Output is deterministic: keys sorted, pretty printed,
/// sets written sorted. See `docs/formats.md` for a complete example.
public enum PropertyFile {
    public static let version = 1

    /// The file syntax.
    public enum Syntax: String, Sendable, CaseIterable {
        case json, yaml

        /// The syntax for a file name: `.yaml` and `.yml` are YAML, anything else JSON.
        public init(fileName: String) {
            let lower = fileName.lowercased()
            self = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? .yaml : .json
        }

        /// Encodes a document in this syntax, keys sorted (JSON pretty-printed): the same value gives the same bytes.
        public func encode<Value: Encodable>(_ value: Value) throws -> String {
            switch self {
            case .json:
                return try JSONDocument.encode(value)
            case .yaml:
                let encoder = YAMLEncoder()
                encoder.options.sortKeys = true
                encoder.options.allowUnicode = true
                return try encoder.encode(value)
            }
        }

        /// Decodes a JSON or YAML document, recording a syntax or decoding problem (file, line, field) in `report`
        /// and returning `nil` on failure.
        public func decode<Value: Decodable>(_ type: Value.Type, from text: String, file: String,
                                             report: inout ValidationReport) -> JSONDocument.Decoded<Value>? {
            switch self {
            case .json:
                return JSONDocument.decode(type, from: text, file: file, report: &report)
            case .yaml:
                let locator: SourceLocator
                do {
                    locator = try SourceLocator.yaml(text)
                } catch {
                    report.error(file, PropertyFile.yamlLine(error), "", "malformed YAML: \(PropertyFile.yamlMessage(error))")
                    return nil
                }
                do {
                    return JSONDocument.Decoded(value: try YAMLDecoder().decode(type, from: text), locator: locator)
                } catch let error as DecodingError {
                    report.add(JSONDocument.problem(error, file: file, locator: locator))
                    return nil
                } catch {
                    report.error(file, PropertyFile.yamlLine(error), "", "malformed YAML: \(PropertyFile.yamlMessage(error))")
                    return nil
                }
            }
        }
    }

    /// A decoded property file and where its fields are.
    public struct Contents: Sendable {
        public var property: Property
        public var locator: SourceLocator
    }

    struct Document: Codable {
        var version: Int
        var property: Property

        enum Key: String, CodingKey { case version }

        init(version: Int, property: Property) {
            self.version = version
            self.property = property
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            version = try container.decode(Int.self, forKey: .version)
            guard version == PropertyFile.version else {
                throw DecodingError.dataCorruptedError(forKey: .version, in: container,
                    debugDescription: "version \(version) is not supported; expected \(PropertyFile.version)")
            }
            property = try Property(from: decoder)
        }

        func encode(to encoder: Encoder) throws {
            try property.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(version, forKey: .version)
        }
    }

    /// Reads a property file, recording a problem in `report` (and returning `nil`) when it cannot be decoded.
    public static func read(_ text: String, syntax: Syntax, file: String, report: inout ValidationReport) -> Contents? {
        guard let document = syntax.decode(Document.self, from: text, file: file, report: &report) else { return nil }
        return Contents(property: document.value.property, locator: document.locator)
    }

    /// Writes the property with its version, keys sorted.
    public static func write(_ property: Property, syntax: Syntax) throws -> String {
        try syntax.encode(Document(version: version, property: property))
    }

    static func yamlLine(_ error: Error) -> Int? {
        if let error = error as? YamlError {
            switch error {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default: return nil
            }
        }
        return nil
    }

    static func yamlMessage(_ error: Error) -> String {
        "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
    }
}
