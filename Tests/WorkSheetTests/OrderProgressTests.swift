import Testing
@testable import Housekeeping

@Suite("Work sheet order always moves on")
struct OrderProgressTests {
    @Test func aDoNotDisturbRoomWithAReadyByTimeDoesNotStallTheList() throws {
        // One attendant, ten departures (300 minutes) and a DND stayover whose service must be done by 12:00.
        // DND goes last, so the stayover is late whatever comes first; the order used to wait for it for ever
        // once any other room made it later still.
        var standards = Fixture.standards(deepCleansPerDay: 0)
        standards.stayoverServiceUntil = TimeOfDay(hour: 12)
        let property = Fixture.property(floors: 1, roomsPerFloor: 11, staff: [Fixture.attendant("A1")], standards: standards)
        let rooms = property.rooms.map(\.number)
        let statuses = rooms.dropLast().map { Fixture.departure($0) } + [Fixture.stayover(rooms.last!, service: .doNotDisturb)]
        let day = Fixture.day(for: property, statuses)
        let sheet = try WorkSheetPlanner(property: property, day: day, options: WorkSheetOptions(greedyOnly: true)).plan()
        let tasks = sheet.tasks(of: "A1")
        #expect(tasks.count == 11)
        #expect(tasks.last?.task.roomNumber == rooms.last)
        #expect(tasks.last?.flags.contains(.missesReadyBy) == true)
    }
}
