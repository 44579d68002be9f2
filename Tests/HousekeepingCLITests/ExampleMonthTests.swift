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

    @Test("a month that is not YYYY-MM is refused before anything is written")
    func badMonth() throws {
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["example", "--output", "/tmp/never", "--month", "2027-1x"]) }
    }
}
