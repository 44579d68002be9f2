import Foundation
import Testing
import Housekeeping
@testable import HousekeepingIO

@Suite("Hotel folders")
struct HotelFilesTests {
    @Test("a written folder loads back to the same property and day, in JSON and YAML", arguments: PropertyFile.Syntax.allCases)
    func writeAndLoad(syntax: PropertyFile.Syntax) throws {
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let written = try HotelFiles.write(Fixture.property, Fixture.day, to: directory, syntax: syntax)
        #expect(written.map { ($0 as NSString).lastPathComponent } == [syntax == .json ? "property.json" : "property.yaml", "room-status.csv", "on-duty.csv"])
        let hotel = try HotelFiles.load(directory: directory)
        #expect(hotel.property == Fixture.property)
        #expect(hotel.day == Fixture.day)
        #expect(hotel.report.problems.isEmpty)
    }

    @Test("writing refuses to overwrite before writing anything, unless forced")
    func refusesOverwrite() throws {
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let statusPath = (directory as NSString).appendingPathComponent("room-status.csv")
        try "mine".write(toFile: statusPath, atomically: true, encoding: .utf8)
        #expect(throws: HotelFiles.ExistingFileError.self) {
            try HotelFiles.write(Fixture.property, Fixture.day, to: directory)
        }
        #expect(try String(contentsOfFile: statusPath, encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("property.json")))
        try HotelFiles.write(Fixture.property, Fixture.day, to: directory, force: true)
        #expect(try String(contentsOfFile: statusPath, encoding: .utf8).hasPrefix("# housekeeping-room-status v1"))
    }

    @Test("loading throws the report, with every error, file and line")
    func loadErrors() throws {
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try HotelFiles.write(Fixture.property, Fixture.day, to: directory)
        let status = (directory as NSString).appendingPathComponent("room-status.csv")
        let onDuty = (directory as NSString).appendingPathComponent("on-duty.csv")
        try (try String(contentsOfFile: status, encoding: .utf8) + "999,vacant,none,clean,available,normal,,,,,,0,0,standard,,\n")
            .write(toFile: status, atomically: true, encoding: .utf8)
        try "staff,shift\nNOBODY,M\n".write(toFile: onDuty, atomically: true, encoding: .utf8)
        do {
            _ = try HotelFiles.load(directory: directory)
            Issue.record("expected a ValidationReport")
        } catch let report as ValidationReport {
            #expect(report.errors.map(\.description) == [
                "\(status):16: error: room: room '999' is not in the property; expected a room number from \((directory as NSString).appendingPathComponent("property.json"))",
                "\(onDuty):2: error: staff: staff id 'NOBODY' is not on the staff list; expected one of 'A01', 'A02', 'A03', 'L01', 'M01', 'P01'",
            ])
        }
    }

    @Test("a missing folder, a missing file, a non-UTF-8 file and a missing date are errors")
    func missingThings() throws {
        #expect(throws: ValidationReport.self) { try HotelFiles.load(directory: "/nonexistent/hotel") }
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try HotelFiles.write(Fixture.property, Fixture.day, to: directory)
        let property = (directory as NSString).appendingPathComponent("property.json")
        let status = (directory as NSString).appendingPathComponent("room-status.csv")
        var (_, report) = HotelFiles.check(.init(property: property, status: status + ".missing"))
        #expect(report.has(.error, "no such file"))
        try Data([0x72, 0x6F, 0x6F, 0x6D, 0x0A, 0x31, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: status))
        (_, report) = HotelFiles.check(.init(property: property, status: status))
        #expect(report.errors.map(\.description) == ["\(status):3: error: the file is not UTF-8 text; expected UTF-8 (save as \"CSV UTF-8\" from a spreadsheet)"])
        try "room,status\n101,VC\n".write(toFile: status, atomically: true, encoding: .utf8)
        (_, report) = HotelFiles.check(.init(property: property, status: status))
        #expect(report.has(.error, field: "date", "the day's date is not given"))
        let (hotel, dated) = HotelFiles.check(.init(property: property, status: status), date: CalendarDate(iso: "2026-12-24"))
        #expect(!dated.hasErrors)
        #expect(hotel?.day.date == CalendarDate(iso: "2026-12-24"))
        #expect(dated.warningCount == 2, "11 rooms with no status line (one warning) and an empty on-duty list: \(dated)")
        #expect(dated.has(.warning, field: "room", "11 of the property's 12 rooms have no status line"))
    }

    @Test("a status line with an error gives its error, not also a 'no status line' warning")
    func rejectedLineNoDoubleReport() throws {
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try HotelFiles.write(Fixture.property, Fixture.day, to: directory)
        let status = (directory as NSString).appendingPathComponent("room-status.csv")
        let text = try String(contentsOfFile: status, encoding: .utf8)
        try text.replacingOccurrences(of: "\n204,vacant,", with: "\n204,vacantish,").write(toFile: status, atomically: true, encoding: .utf8)
        let (_, report) = HotelFiles.check(.init(property: (directory as NSString).appendingPathComponent("property.json"), status: status,
                                                 onDuty: (directory as NSString).appendingPathComponent("on-duty.csv")))
        #expect(report.errors.map(\.field) == ["front office"])
        #expect(report.warnings.isEmpty, "\(report)")
    }

    @Test("the property alone loads, and its problems carry lines")
    func propertyAlone() throws {
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try HotelFiles.write(Fixture.property, Fixture.day, to: directory)
        let path = (directory as NSString).appendingPathComponent("property.json")
        #expect(try HotelFiles.loadProperty(path).property == Fixture.property)
        var broken = Fixture.property
        broken.shiftTypes[0].unpaidBreakMinutes = -1
        try PropertyFile.write(broken, syntax: .json).write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try HotelFiles.loadProperty(path)
            Issue.record("expected a ValidationReport")
        } catch let report as ValidationReport {
            #expect(report.errors.count == 1)
            #expect(report.errors.first?.field == "shiftTypes[0].unpaidBreakMinutes")
            #expect(report.errors.first?.line != nil)
        }
    }

    @Test("a staff file replaces the property's staff, and its problems point into it")
    func staffFileReplacesStaff() throws {
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try HotelFiles.write(Fixture.property, Fixture.day, to: directory)
        let staff = (directory as NSString).appendingPathComponent("staff.csv")
        var members = Fixture.property.staff
        members[2].efficiency = 3
        try StaffFile.writeCSV(members).write(toFile: staff, atomically: true, encoding: .utf8)
        let (_, report) = HotelFiles.check(.init(property: (directory as NSString).appendingPathComponent("property.json"),
                                                 status: (directory as NSString).appendingPathComponent("room-status.csv"), staff: staff))
        #expect(report.errors.map(\.description) == ["\(staff):5: error: staff[2].efficiency: A03 has efficiency 3.0; expected more than 0 and at most 2 (1 is normal, 0.5 a trainee)"])
    }
}
