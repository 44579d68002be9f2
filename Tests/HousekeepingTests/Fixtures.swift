import Foundation
import Housekeeping
@testable import HousekeepingIO

/// A small valid hotel: 12 rooms on 2 floors, 3 attendants, no problems at all.
enum Fixture {
    static let hotel = SampleHotel(SampleHotelOptions(rooms: 12, floors: 2, attendants: 3))
    static var property: Property { hotel.property }
    static var day: DayStatus { hotel.day }

    /// Reads a status CSV, returning the contents and the problems.
    static func status(_ text: String) -> (RoomStatusCSV.Contents, ValidationReport) {
        var report = ValidationReport()
        let contents = RoomStatusCSV.read(text, file: "status.csv", report: &report)
        return (contents, report)
    }

    /// The problems of a property and a day.
    static func problems(_ property: Property = property, _ day: DayStatus = day) -> ValidationReport {
        HotelValidator.validate(property, day)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("housekeeping-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension ValidationReport {
    /// Whether a problem of this severity mentions the field and the text.
    func has(_ severity: Problem.Severity, field: String? = nil, _ text: String) -> Bool {
        problems.contains { $0.severity == severity && (field == nil || $0.field == field) && $0.message.contains(text) }
    }
}
