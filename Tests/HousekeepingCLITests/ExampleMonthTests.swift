import ArgumentParser
import Foundation
import Testing
import Housekeeping
import HousekeepingIO
@testable import HousekeepingCLI

/// `housekeeping example --month` writes the sample month as files that `roster --input` reads back.
@Suite("housekeeping example --month")
struct ExampleMonthTests {
    @Test("the folder holds the sample month: roster --input reads back exactly the built-in month")
    func roundTrip() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try exitCode(["example", "--output", folder, "--month", "2027-01", "--seed", "3"]) == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["demand-policy.json", "forecast.csv", "on-duty.csv", "property.json", "room-status.csv", "roster-requests.csv"])
        let command = try #require(try HousekeepingCommand.parseAsRoot(["roster", "demand", "--input", folder, "--month", "2027-01"])
            as? RosterDemandCommand)
        let read = try command.hotel.load()
        let sample = HotelMonth.sample(month: RosterMonth(year: 2027, month: 1)!, seed: 3)
        #expect(read.property == sample.property)
        #expect(read.forecast == sample.forecast)
        #expect(read.policy == sample.policy)
        #expect(Set(read.leave) == Set(sample.leave))
        #expect(Set(read.requests) == Set(sample.requests))
        #expect(read.previousDays == sample.previousDays)
        // The day's files are for the month's first day and load without an error.
        let day = try HotelFiles.load(directory: folder)
        #expect(day.day.date == CalendarDate(year: 2027, month: 1, day: 1)!)
        #expect(!day.report.hasErrors)
    }

    @Test("validate --input checks the roster's files too, naming file, line and field")
    func validateChecksRosterFiles() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try exitCode(["example", "--output", folder, "--month", "2026-12"]) == 0)
        #expect(!(try validation(["--input", folder])).hasErrors)
        let forecast = (folder as NSString).appendingPathComponent("forecast.csv")
        var lines = try String(contentsOfFile: forecast, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = "2026-12-03,thirty,70"
        try lines.joined(separator: "\n").write(toFile: forecast, atomically: true, encoding: .utf8)
        let policy = (folder as NSString).appendingPathComponent("demand-policy.json")
        try #"{"version": 1, "roomWork": [{"shiftTypeID": "X", "share": 1}]}"#.write(toFile: policy, atomically: true, encoding: .utf8)
        let problems = try validation(["--input", folder]).problems.map(\.description)
        #expect(problems.contains { $0.hasPrefix("\(forecast):4: error:") && $0.contains("departures 'thirty'") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("\(policy):1: error: roomWork[0].shiftTypeID") }, "\(problems)")
        #expect(try exitCode(["validate", "--input", folder]) == 1)
    }

    @Test("a month that is not YYYY-MM is refused before anything is written")
    func badMonth() throws {
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["example", "--output", "/tmp/never", "--month", "2027-1x"]) }
    }
}
