import ArgumentParser
import Foundation
import Testing
import Housekeeping
import HousekeepingIO
@testable import HousekeepingCLI

/// The roster commands read the manager's demand policy from the folder or `--policy`.
@Suite("housekeeping roster: the demand policy file")
struct RosterPolicyOptionTests {
    func month(_ arguments: [String]) throws -> HotelMonth {
        try #require(try HousekeepingCommand.parseAsRoot(["roster", "demand"] + arguments) as? RosterDemandCommand).hotel.load()
    }

    @Test("demand-policy.json in the folder is used, --policy overrides it, and a bad one stops with exit status 1")
    func folderAndOption() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try exitCode(["example", "--output", folder]) == 0)
        let forecast = OccupancyForecastCSV.render(OccupancyForecast.sample(month: RosterMonth(year: 2026, month: 12)!, roomCount: 120, seed: 1))
        try forecast.write(toFile: (folder as NSString).appendingPathComponent("forecast.csv"), atomically: true, encoding: .utf8)
        #expect(try month(["--input", folder]).policy == .sampleHotel)

        var twoPerLead = StaffingDemandPolicy.sampleHotel
        twoPerLead.attendantsPerLead = 2
        try DemandPolicyFile.write(twoPerLead).write(toFile: (folder as NSString).appendingPathComponent("demand-policy.json"),
                                                      atomically: true, encoding: .utf8)
        let fromFolder = try month(["--input", folder])
        #expect(fromFolder.policy == twoPerLead)
        // More leads per attendant than the sample's one per five.
        let leads = try fromFolder.demand().requirements.filter { $0.role == .lead }.map(\.preferred).reduce(0, +)
        let sampleLeads = try HotelMonth(property: fromFolder.property, month: fromFolder.month, forecast: fromFolder.forecast,
                                         policy: .sampleHotel).demand().requirements.filter { $0.role == .lead }.map(\.preferred).reduce(0, +)
        #expect(leads > sampleLeads)

        let other = (folder as NSString).appendingPathComponent("other-policy.yaml")
        try "version: 1\nroomWork:\n  - shiftTypeID: D\n    share: 1\n".write(toFile: other, atomically: true, encoding: .utf8)
        #expect(try month(["--input", folder, "--policy", other]).policy.roomWork == [.init(shiftTypeID: "D", share: 1)])

        try "version: 1\nroomWork:\n  - shiftTypeID: X\n    share: 1\n".write(toFile: other, atomically: true, encoding: .utf8)
        #expect(throws: ExitCode.self) { try month(["--input", folder, "--policy", other]) }
        #expect(throws: (any Error).self) { try HousekeepingCommand.parseAsRoot(["roster", "demand", "--policy", other]) }
    }
}
