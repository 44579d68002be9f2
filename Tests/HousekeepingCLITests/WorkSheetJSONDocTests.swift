import Foundation
import Testing
import Housekeeping
@testable import HousekeepingIO

/// docs/worksheet-json.md stays true to the format: its example decodes, and it names every field written.
@Suite("docs/worksheet-json.md")
struct WorkSheetJSONDocTests {
    static let doc: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("docs/worksheet-json.md"), encoding: .utf8)) ?? ""
    }()

    @Test("the example in the document decodes as a work sheet of the current version")
    func exampleDecodes() throws {
        let doc = Self.doc
        let start = try #require(doc.range(of: "```json\n"))
        let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
        let document = try WorkSheetJSONRenderer.decode(Data(doc[start.upperBound..<end.lowerBound].utf8))
        #expect(document.formatVersion == WorkSheetDocument.currentFormatVersion)
        #expect(!document.attendants.isEmpty && !document.attendants[0].tasks.isEmpty)
    }

    @Test("every key the JSON writes is named in the document")
    func everyFieldDocumented() throws {
        var sheet = WorkSheetFixture.sheet
        sheet.warnings = ["a warning"]
        let data = try WorkSheetFormat.json.render(sheet, property: WorkSheetFixture.property)
        var keys = Set<String>()
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object { keys.insert(key); collect(inner) }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(try JSONSerialization.jsonObject(with: data))
        #expect(keys.count > 60)
        let doc = Self.doc
        let missing = keys.filter { !doc.contains("`\($0)`") && !doc.contains(".\($0)`") && !doc.contains("`\($0),") && !doc.contains(", `\($0)`") }
        #expect(missing.isEmpty, "not documented: \(missing.sorted())")
    }
}
