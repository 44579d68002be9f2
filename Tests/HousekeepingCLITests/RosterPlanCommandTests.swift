import Foundation
import Testing
@testable import HousekeepingCLI

@Suite("housekeeping roster (plan)")
struct RosterPlanCommandTests {
    @Test("plan is the roster group's default subcommand and parses its options")
    func planIsDefault() throws {
        let parsed = try HousekeepingCommand.parseAsRoot(["roster", "--month", "2027-02", "--format", "csv", "--time-limit", "5"])
        let plan = try #require(parsed as? RosterPlanCommand)
        #expect(plan.format == .csv && plan.timeLimit == 5 && plan.hotel.rosterMonth.dayCount == 28)
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["roster", "--format", "ics"]) }
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["roster", "--month", "2026-13"]) }
        #expect(try HousekeepingCommand.parseAsRoot(["roster", "demand"]) is RosterDemandCommand)
    }

    @Test("output files are written all or nothing: a failing file leaves no file and no temporary behind")
    func writesAllOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let nested = (folder as NSString).appendingPathComponent("calendars")
        try HotelRosterOutput.writeFolder([("A01.ics", Data("one".utf8)), ("A02.ics", Data("two".utf8))], to: nested)
        #expect(try String(contentsOfFile: (nested as NSString).appendingPathComponent("A02.ics"), encoding: .utf8) == "two")

        // A02.ics is now a folder: nothing may be written, not even B01.ics, which comes first.
        try FileManager.default.removeItem(atPath: (nested as NSString).appendingPathComponent("A02.ics"))
        try FileManager.default.createDirectory(atPath: (nested as NSString).appendingPathComponent("A02.ics"), withIntermediateDirectories: false)
        #expect(throws: (any Error).self) {
            try HotelRosterOutput.writeFolder([("B01.ics", Data("new".utf8)), ("A02.ics", Data("x".utf8))], to: nested)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: nested).sorted()
        #expect(left == ["A01.ics", "A02.ics"])
    }
}
