import Foundation

/// Writes a ``WorkSheetDocument`` as JSON: pretty-printed, keys sorted, dates `YYYY-MM-DD`, times `HH:MM`,
/// ending with a newline. The same document always gives the same bytes.
public enum WorkSheetJSONRenderer {
    public static func render(_ document: WorkSheetDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    /// Reads a document back; throws when the JSON is not a work sheet of a known format version.
    public static func decode(_ data: Data) throws -> WorkSheetDocument {
        let document = try JSONDecoder().decode(WorkSheetDocument.self, from: data)
        guard document.formatVersion <= WorkSheetDocument.currentFormatVersion else {
            throw DecodingError.dataCorrupted(.init(codingPath: [],
                debugDescription: "work sheet format version \(document.formatVersion) is newer than \(WorkSheetDocument.currentFormatVersion), the newest this version reads"))
        }
        return document
    }
}
