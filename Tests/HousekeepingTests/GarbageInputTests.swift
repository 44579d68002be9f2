import Foundation
import Testing
import Housekeeping
@testable import HousekeepingIO

/// Property-style tests: random garbage and random truncations of valid files must give an error or a
/// warning, and never crash. Seeded, so a failure reproduces.
@Suite("Garbage and truncated input")
struct GarbageInputTests {
    static let files: [(name: String, text: String)] = {
        let hotel = SampleHotel(SampleHotelOptions(rooms: 12, floors: 2, attendants: 3))
        return [
            ("property.json", try! PropertyFile.write(hotel.property, syntax: .json)),
            ("property.yaml", try! PropertyFile.write(hotel.property, syntax: .yaml)),
            ("room-status.csv", RoomStatusCSV.write(hotel.day.rooms, date: hotel.day.date)),
            ("on-duty.csv", OnDutyFile.writeCSV(hotel.day.onDuty, date: hotel.day.date)),
            ("on-duty.json", try! OnDutyFile.writeJSON(hotel.day.onDuty, date: hotel.day.date)),
            ("staff.csv", StaffFile.writeCSV(hotel.property.staff)),
            ("staff.json", try! StaffFile.writeJSON(hotel.property.staff)),
        ]
    }()

    /// Reads one file as its kind (against the fixture for the status and on-duty files), returning the report.
    static func check(_ name: String, _ text: String) -> ValidationReport {
        var report = ValidationReport()
        let property = Fixture.property
        switch name {
        case "property.json", "property.yaml":
            if let contents = PropertyFile.read(text, syntax: PropertyFile.Syntax(fileName: name), file: name, report: &report) {
                HotelValidator.check(contents.property, sources: HotelSources(propertyLocator: contents.locator), into: &report)
                HotelValidator.check(Fixture.day, against: contents.property, into: &report)
            }
        case "room-status.csv":
            let contents = RoomStatusCSV.read(text, file: name, report: &report)
            HotelValidator.check(DayStatus(date: Fixture.day.date, rooms: contents.rooms, onDuty: Fixture.day.onDuty),
                                 against: property, into: &report)
        case "on-duty.csv", "on-duty.json":
            let contents = OnDutyFile.read(text, file: name, report: &report)
            HotelValidator.check(DayStatus(date: Fixture.day.date, rooms: Fixture.day.rooms, onDuty: contents.onDuty),
                                 against: property, into: &report)
        default:
            var changed = property
            changed.staff = StaffFile.read(text, file: name, report: &report).staff
            HotelValidator.check(changed, into: &report)
            HotelValidator.check(Fixture.day, against: changed, into: &report)
        }
        return report
    }

    @Test("the untouched files give no problem")
    func untouched() {
        for file in Self.files {
            let report = Self.check(file.name, file.text)
            #expect(report.problems.isEmpty, "\(file.name): \(report)")
        }
    }

    @Test("every strict truncation of a valid file gives an error or a warning")
    func truncations() {
        var random = SeededGenerator(seed: 42)
        var cases = 0
        for file in Self.files {
            let characters = Array(file.text)
            // The cut points: each random, and always before the last record (a cut right after a full line
            // can be valid, so cuts end inside the text's last 90 %).
            for _ in 0..<25 {
                let cut = Int.random(in: 0..<(characters.count * 9 / 10), using: &random)
                let text = String(characters[..<cut])
                let report = Self.check(file.name, text)
                // A list (on duty, staff) cut between records is a shorter valid list: only crash-checked.
                let isList = file.name.hasPrefix("on-duty") || file.name.hasPrefix("staff")
                let betweenRecords = cut > 0 && (characters[cut - 1] == "\n" || characters[cut] == "\n")
                if isList && betweenRecords && file.name.hasSuffix(".csv") { continue }
                cases += 1
                #expect(!report.problems.isEmpty, "\(file.name) cut at \(cut) gave no problem")
            }
        }
        #expect(cases > 150, "\(cases) truncations checked")
    }

    @Test("random garbage and random byte edits never crash, and garbage gives a problem")
    func garbage() {
        var random = SeededGenerator(seed: 7)
        let alphabet = Array("abcXYZ0123456789,;:\"'{}[]-#\n\r\t \u{FEFF}é漢")
        for file in Self.files {
            for _ in 0..<30 {
                let length = Int.random(in: 0..<300, using: &random)
                let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
                let report = Self.check(file.name, text)
                #expect(!report.problems.isEmpty, "\(file.name) garbage gave no problem: \(text.debugDescription)")
            }
            // Edits of a valid file: must not crash (an edit may leave the file valid, so no expectation).
            var characters = Array(file.text)
            for _ in 0..<10 {
                let at = Int.random(in: 0..<characters.count, using: &random)
                characters[at] = alphabet.randomElement(using: &random)!
                _ = Self.check(file.name, String(characters))
            }
        }
    }
}
