import ArgumentParser
import Foundation
import Testing
import Housekeeping
import HousekeepingIO
@testable import HousekeepingCLI

func temporaryDirectory() -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("housekeeping-cli-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Runs a command line; returns the exit code (0 when `run()` returned normally).
func exitCode(_ arguments: [String]) throws -> Int32 {
    var command = try HousekeepingCommand.parseAsRoot(arguments)
    do {
        try command.run()
        return 0
    } catch let code as ExitCode {
        return code.rawValue
    }
}

/// The report `housekeeping validate ARGUMENTS` prints.
func validation(_ arguments: [String]) throws -> ValidationReport {
    try #require(try HousekeepingCommand.parseAsRoot(["validate"] + arguments) as? ValidateCommand).check()
}

@Suite("housekeeping example and validate")
struct ValidateAndExampleCommandTests {
    let small = ["--rooms", "12", "--floors", "2", "--attendants", "3"]

    @Test("example writes files that validate accepts, in JSON and YAML", arguments: ["json", "yaml"])
    func exampleThenValidate(format: String) throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try exitCode(["example", "--output", directory, "--format", format] + small) == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["on-duty.csv", format == "json" ? "property.json" : "property.yaml", "room-status.csv"])
        let report = try validation(["--input", directory])
        #expect(report.problems.isEmpty, "\(report)")
        #expect(try exitCode(["validate", "--input", directory]) == 0)
        // The default-sized sample validates too (warnings allowed, no errors); JSON only, to keep tests fast.
        guard format == "json" else { return }
        let large = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: large) }
        #expect(try exitCode(["example", "--output", large, "--format", format]) == 0)
        #expect(try exitCode(["validate", "--input", large]) == 0)
    }

    @Test("example refuses to overwrite without --force, and leaves the files untouched")
    func exampleRefusesOverwrite() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = (directory as NSString).appendingPathComponent("room-status.csv")
        try "room\n101\n".write(toFile: status, atomically: true, encoding: .utf8)
        #expect(try exitCode(["example", "--output", directory] + small) == 1)
        #expect(try String(contentsOfFile: status, encoding: .utf8) == "room\n101\n")
        #expect(try exitCode(["example", "--output", directory, "--force"] + small) == 0)
        #expect(try String(contentsOfFile: status, encoding: .utf8).hasPrefix("# housekeeping-room-status v1"))
    }

    @Test("validate exits 1 on errors, lists every problem with file and line, and 0 on warnings only")
    func validateErrorsAndWarnings() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try exitCode(["example", "--output", directory] + small) == 0)
        let status = (directory as NSString).appendingPathComponent("room-status.csv")
        let original = try String(contentsOfFile: status, encoding: .utf8)
        // Warnings only: drop room 206's line.
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        try (lines.filter { !$0.hasPrefix("206,") }.joined(separator: "\n")).write(toFile: status, atomically: true, encoding: .utf8)
        let warnings = try validation(["--input", directory])
        #expect(warnings.description.hasSuffix("0 errors, 1 warning"), "\(warnings)")
        #expect(try exitCode(["validate", "--input", directory]) == 0)
        // Errors: an unknown room and a bad time.
        try (original + "999,vacant,none,clean,available,normal,,,,,,0,0,standard,,\n" + "101,,,,,,,,7pm,,,,,,,\n")
            .write(toFile: status, atomically: true, encoding: .utf8)
        let errors = try validation(["--input", directory])
        let text = errors.description
        #expect(text.contains("\(status):16: error: room: room '999' is not in the property"), "\(text)")
        #expect(text.contains("\(status):17: error: arrival time: '7pm' is not a time"), "\(text)")
        #expect(text.hasSuffix("2 errors, 0 warnings"), "\(text)")
        #expect(try exitCode(["validate", "--input", directory]) == 1)
    }

    @Test("validate sorts named files by kind, and names files it cannot place")
    func validateNamedFiles() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try exitCode(["example", "--output", directory] + small) == 0)
        let path = { (name: String) in (directory as NSString).appendingPathComponent(name) }
        try FileManager.default.moveItem(atPath: path("on-duty.csv"), toPath: path("today.csv"))
        let named = try validation([path("property.json"), path("room-status.csv"), path("today.csv")])
        #expect(named.problems.isEmpty, "the on-duty file is recognised by its version line: \(named)")
        try "hello".write(toFile: path("notes.doc"), atomically: true, encoding: .utf8)
        let unknown = try validation([path("property.json"), path("notes.doc")])
        #expect(unknown.has(.error, "cannot tell what this file is"))
        let statusOnly = try validation([path("room-status.csv")])
        #expect(statusOnly.errorCount == 0)
        #expect(statusOnly.has(.warning, "were not cross-checked"))
    }

    @Test("validate --json prints a report that decodes back")
    func validateJSON() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try exitCode(["example", "--output", directory] + small) == 0)
        let status = (directory as NSString).appendingPathComponent("room-status.csv")
        try (try String(contentsOfFile: status, encoding: .utf8) + "999,VC\n").write(toFile: status, atomically: true, encoding: .utf8)
        var report = try validation(["--input", directory])
        report.sortProblems()
        let decoded = try JSONDecoder().decode(ValidationReport.self, from: Data(try JSONDocument.encode(report).utf8))
        #expect(decoded == report)
        #expect(decoded.errorCount == 1 && decoded.problems.first?.line == 16)
        #expect(try exitCode(["validate", "--input", directory, "--json"]) == 1)
    }

    @Test("bad options are rejected before any work")
    func badOptions() {
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["validate"]) }
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["validate", "x.csv", "--date", "2026-13-01"]) }
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["validate", "x.csv", "--limit", "0"]) }
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["example"]) }
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["example", "--output", "x", "--format", "xml"]) }
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["example", "--output", "x", "--rooms", "0"]) }
    }
}

extension ValidationReport {
    func has(_ severity: Problem.Severity, _ text: String) -> Bool {
        problems.contains { $0.severity == severity && $0.message.contains(text) }
    }
}

@Suite("HotelInputOptions")
struct HotelInputOptionsTests {
    @Test("no files: the built-in sample hotel, with the --date given")
    func sampleFallback() throws {
        let options = try HotelInputOptions.parse(["--date", "2026-12-24"])
        let (property, day) = try options.load()
        #expect(property.rooms.count == 120)
        #expect(day.date == CalendarDate(iso: "2026-12-24"))
        #expect(!options.hasFiles)
    }

    @Test("--input reads a folder; named files override it")
    func readsFolder() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let hotel = SampleHotel(SampleHotelOptions(rooms: 12, floors: 2, attendants: 3))
        try HotelFiles.write(hotel.property, hotel.day, to: directory)
        let (property, day) = try HotelInputOptions.parse(["--input", directory]).load()
        #expect(property == hotel.property && day == hotel.day)
        let onDuty = (directory as NSString).appendingPathComponent("other-duty.csv")
        try "staff,shift\nA01,D\n".write(toFile: onDuty, atomically: true, encoding: .utf8)
        let (_, overridden) = try HotelInputOptions.parse(["--input", directory, "--on-duty", onDuty]).load()
        #expect(overridden.onDuty == [DutyAssignment(staffID: "A01", shiftTypeID: "D")])
    }

    @Test("files with errors make load throw a failure exit code")
    func errorsFail() throws {
        #expect(throws: ExitCode.failure) { try HotelInputOptions.parse(["--input", "/nonexistent/hotel"]).load() }
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let property = (directory as NSString).appendingPathComponent("property.json")
        let status = (directory as NSString).appendingPathComponent("status.csv")
        try "{}".write(toFile: property, atomically: true, encoding: .utf8)
        try "room\n1\n".write(toFile: status, atomically: true, encoding: .utf8)
        #expect(throws: ExitCode.failure) { try HotelInputOptions.parse(["--property", property, "--status", status]).load() }
    }

    @Test("--property without --status, and a bad --date, are rejected when parsing")
    func optionChecks() {
        #expect(throws: (any Error).self) { try HotelInputOptions.parse(["--property", "p.json"]) }
        #expect(throws: (any Error).self) { try HotelInputOptions.parse(["--on-duty", "d.csv"]) }
        #expect(throws: (any Error).self) { try HotelInputOptions.parse(["--date", "tomorrow"]) }
    }
}
