import Foundation
import Testing
import Housekeeping
@testable import HousekeepingIO

/// The example files shown in docs/formats.md must load without a single problem.
@Suite("Documented examples")
struct DocsExamplesTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples").path

    func path(_ name: String) -> String { (Self.examples as NSString).appendingPathComponent(name) }

    @Test("the small hotel folder loads with no problem")
    func smallHotel() throws {
        let hotel = try HotelFiles.load(directory: path("small-hotel"))
        #expect(hotel.report.problems.isEmpty, "\(hotel.report)")
        #expect(hotel.property.rooms.count == 5)
        #expect(hotel.day.rooms.count == 5)
        #expect(hotel.day.rooms.first { $0.roomNumber == "201" }?.note == "Leaking tap;\nmaintenance ticket 4471")
        #expect(hotel.day.rooms.first { $0.roomNumber == "102" }?.service == .doNotDisturb)
        #expect(hotel.property.standards.deepCleanAfterStayNights == nil)
    }

    @Test("the staff CSV and on-duty JSON give the same as the property file and on-duty CSV")
    func staffAndOnDuty() throws {
        let folder = try HotelFiles.load(directory: path("small-hotel"))
        let separate = try HotelFiles.load(property: path("small-hotel/property.json"), status: path("small-hotel/room-status.csv"),
                                           onDuty: path("on-duty.json"), staff: path("staff.csv"))
        #expect(separate.report.problems.isEmpty, "\(separate.report)")
        #expect(separate.property == folder.property)
        #expect(separate.day == folder.day)
    }
}
