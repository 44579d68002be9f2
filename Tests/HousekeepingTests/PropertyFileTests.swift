import Foundation
import Testing
import Housekeeping
@testable import HousekeepingIO

@Suite("Property files (JSON and YAML)")
struct PropertyFileTests {
    func read(_ text: String, _ syntax: PropertyFile.Syntax, file: String = "property.json") -> (Property?, ValidationReport) {
        var report = ValidationReport()
        let contents = PropertyFile.read(text, syntax: syntax, file: file, report: &report)
        return (contents?.property, report)
    }

    @Test("JSON and YAML round-trip the sample property", arguments: PropertyFile.Syntax.allCases)
    func roundTrip(syntax: PropertyFile.Syntax) throws {
        let property = SampleHotel(SampleHotelOptions(rooms: 24, floors: 3, buildings: 2, attendants: 4)).property
        let text = try PropertyFile.write(property, syntax: syntax)
        let (decoded, report) = read(text, syntax)
        #expect(report.problems.isEmpty, "\(report)")
        #expect(decoded == property)
        // Deterministic: the decoded value writes the same bytes.
        #expect(try PropertyFile.write(try #require(decoded), syntax: syntax) == text)
    }

    @Test("the JSON output has the version, sorted keys and sorted sets")
    func jsonShape() throws {
        var property = Fixture.property
        property.staff[0].skills = ["suites", "deep-cleaning", "english", "zulu", "arabic"]
        let text = try PropertyFile.write(property, syntax: .json)
        #expect(text.hasPrefix("{\n  \"buildings\" : ["))
        #expect(text.contains("\n  \"version\" : 1\n}\n"))
        let skills = try #require(text.range(of: "\"skills\" : ["))
        let list = text[skills.upperBound...].prefix { $0 != "]" }.filter { $0 != " " && $0 != "\n" }
        #expect(list == "\"arabic\",\"deep-cleaning\",\"english\",\"suites\",\"zulu\"")
    }

    @Test("a hand-written minimal file takes the friendly defaults")
    func friendlyDefaults() throws {
        let json = """
            {
              "version": 1,
              "name": "Small Inn",
              "timeZone": "Europe/London",
              "floors": [{"id": "1", "buildingID": "MAIN", "level": 1}],
              "buildings": [{"id": "MAIN", "name": "Main"}],
              "roomTypes": [{"id": "STD", "name": "Standard", "beds": 1, "maximumGuests": 2, "areaSquareMetres": 20}],
              "rooms": [{"number": "101", "floorID": "1", "roomTypeID": "STD"}],
              "staff": [{"id": "A1", "roles": ["roomAttendant"],
                         "contract": {"kind": "fullTime", "minimumMinutesPerMonth": 0, "maximumMinutesPerMonth": 9600}}],
              "shiftTypes": [{"id": "M", "name": "Morning", "start": "08:00", "end": "16:00"}],
              "standards": {"tasks": [{"task": "departureClean", "roomTypeID": "STD", "minutes": 30, "credits": 3}],
                            "deepCleanEveryDays": null}
            }
            """
        let (decoded, report) = read(json, .json)
        #expect(report.problems.isEmpty, "\(report)")
        let property = try #require(decoded)
        #expect(property.staff[0].name == "A1" && property.staff[0].efficiency == 1 && property.staff[0].skills.isEmpty)
        #expect(property.roomTypes[0].isSuite == false && property.shiftTypes[0].unpaidBreakMinutes == 0)
        #expect(property.standards.linenChangeEveryNights == 3, "left out: the default")
        #expect(property.standards.deepCleanEveryDays == nil, "null: switched off")
        #expect(property.standards.travelMinutesPerFloorChange == 5)
        #expect(property.supplies == SupplyCatalogue())
    }

    @Test("a wrong type names the field path and its line")
    func typeMismatchLine() {
        var lines = (try? PropertyFile.write(Fixture.property, syntax: .json))!.components(separatedBy: "\n")
        let index = lines.firstIndex { $0.contains("\"beds\" : 1") }!
        lines[index] = lines[index].replacingOccurrences(of: "1", with: "\"one\"")
        let (decoded, report) = read(lines.joined(separator: "\n"), .json)
        #expect(decoded == nil)
        let problem = report.errors.first
        #expect(problem?.line == index + 1)
        #expect(problem?.field == "roomTypes[0].beds")
        #expect(problem?.message.contains("expected a whole number") == true)
    }

    @Test("a missing key names the field and the line of the object lacking it (JSON and YAML)", arguments: PropertyFile.Syntax.allCases)
    func missingKeyLine(syntax: PropertyFile.Syntax) throws {
        var property = Fixture.property
        property.rooms[2].floorID = "REMOVE-ME"
        let text = try PropertyFile.write(property, syntax: syntax)
        var lines = text.components(separatedBy: "\n")
        let index = lines.firstIndex { $0.contains("REMOVE-ME") }!
        if let dash = lines[index].range(of: "- ") {   // YAML: the key opened a list item; the next key opens it now
            let indent = String(lines[index][..<dash.lowerBound])
            lines[index + 1] = indent + "- " + lines[index + 1].drop { $0 == " " }
        }
        lines.remove(at: index)
        let broken = lines.joined(separator: "\n")
        let (decoded, report) = read(broken, syntax)
        #expect(decoded == nil)
        #expect(report.errors.first?.field == "rooms[2].floorID")
        #expect(report.errors.first?.message.contains("missing") == true)
        // The line of rooms[2]: within a few lines before the removed one.
        let line = try #require(report.errors.first?.line)
        #expect((index - 5)...(index + 1) ~= line, "line \(line), removed line \(index + 1)")
    }

    @Test("malformed JSON and YAML give the line of the fault")
    func syntaxErrors() {
        let json = "{\n  \"version\": 1,\n  \"name\": \"x\"\n  \"timeZone\": \"UTC\"\n}\n"
        let (_, jsonReport) = read(json, .json)
        #expect(jsonReport.errors.first?.line == 4)
        #expect(jsonReport.errors.first?.message.contains("malformed JSON") == true)
        let yaml = "version: 1\nname: x\nrooms: [\n  - a\n  b: : c\n"
        let (_, yamlReport) = read(yaml, .yaml, file: "property.yaml")
        #expect(yamlReport.errors.count == 1)
        #expect(yamlReport.errors.first?.message.contains("malformed YAML") == true)
        #expect(yamlReport.errors.first?.line != nil)
    }

    @Test("an unknown version or a missing version is an error")
    func versions() {
        let (_, future) = read("{\"version\": 2}", .json)
        #expect(future.has(.error, field: "version", "version 2 is not supported; expected 1"))
        let (_, missing) = read("{\"name\": \"x\"}", .json)
        #expect(missing.has(.error, field: "version", "missing"))
    }

    @Test("an unknown task kind or role lists the allowed values")
    func badEnumValues() throws {
        let text = try PropertyFile.write(Fixture.property, syntax: .json)
        let (_, task) = read(text.replacingOccurrences(of: "\"task\" : \"deepClean\"", with: "\"task\" : \"scrub\""), .json)
        #expect(task.errors.first?.field.hasPrefix("standards.tasks[") == true)
        #expect(task.errors.first?.message.hasPrefix("'scrub' is not allowed here; expected one of departureClean, stayoverService") == true, "\(task)")
        let (_, role) = read(text.replacingOccurrences(of: "\"roomAttendant\"", with: "\"cleaner\""), .json)
        #expect(role.errors.first?.field == "staff[0].roles[0]")
        #expect(role.errors.first?.message == "'cleaner' is not allowed here; expected one of roomAttendant, lead, publicAreaCleaner, manager", "\(role)")
    }

    @Test("an invalid enum value and an invalid time are reported with their path")
    func badValues() throws {
        var text = try PropertyFile.write(Fixture.property, syntax: .json)
        text = text.replacingOccurrences(of: "\"start\" : \"08:00\"", with: "\"start\" : \"8 o'clock\"")
        let (_, report) = read(text, .json)
        #expect(report.errors.first?.field == "shiftTypes[0].start")
        #expect(report.errors.first?.message.contains("is not a time") == true)
    }
}
