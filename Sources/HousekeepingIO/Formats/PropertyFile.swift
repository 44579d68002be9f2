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
        switch syntax {
        case .json:
            guard let document = JSONDocument.decode(Document.self, from: text, file: file, report: &report) else { return nil }
            return Contents(property: document.value.property, locator: document.locator)
        case .yaml:
            let locator: SourceLocator
            do {
                locator = try SourceLocator.yaml(text)
            } catch {
                report.error(file, yamlLine(error), "", "malformed YAML: \(yamlMessage(error))")
                return nil
            }
            do {
                let document = try YAMLDecoder().decode(Document.self, from: text)
                return Contents(property: document.property, locator: locator)
            } catch let error as DecodingError {
                report.add(JSONDocument.problem(error, file: file, locator: locator))
                return nil
            } catch {
                report.error(file, yamlLine(error), "", "malformed YAML: \(yamlMessage(error))")
                return nil
            }
        }
    }

    /// Writes the property with its version, keys sorted.
    public static func write(_ property: Property, syntax: Syntax) throws -> String {
        let document = Document(version: version, property: property)
        switch syntax {
        case .json:
            return try JSONDocument.encode(document)
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options.sortKeys = true
            encoder.options.allowUnicode = true
            return try encoder.encode(document)
        }
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
