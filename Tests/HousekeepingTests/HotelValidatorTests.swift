import Testing
import Housekeeping
@testable import HousekeepingIO

@Suite("Validation")
struct HotelValidatorTests {
    let property = Fixture.property
    let day = Fixture.day

    func index(_ number: String) -> Int { day.rooms.firstIndex { $0.roomNumber == number }! }

    @Test("the fixture itself has no problem at all")
    func baseline() {
        let report = Fixture.problems()
        #expect(report.problems.isEmpty, "\(report)")
        #expect(report.summary == "0 errors, 0 warnings")
    }

    // MARK: Errors in the property

    @Test("property errors: each is reported with its field path")
    func propertyErrors() {
        typealias Case = (String, String, (inout Property) -> Void)
        let cases: [Case] = [
            ("timeZone", "is not an IANA time zone", { $0.timeZone = "Mars/Olympus" }),
            ("rooms[1].number", "duplicate room '101'", { $0.rooms[1].number = "101" }),
            ("rooms[0].floorID", "which is not defined", { $0.rooms[0].floorID = "9" }),
            ("rooms[0].roomTypeID", "room type 'XXX', which is not defined", { $0.rooms[0].roomTypeID = "XXX" }),
            ("rooms[0].connectingRoom", "connects to room '999'", { $0.rooms[0].connectingRoom = "999" }),
            ("rooms[0].areaSquareMetres", "expected more than 0", { $0.rooms[0].areaSquareMetres = -3 }),
            ("floors[0].buildingID", "building 'NOPE'", { $0.floors[0].buildingID = "NOPE" }),
            ("floors[1].id", "duplicate floor", { $0.floors[1].id = $0.floors[0].id }),
            ("floors[0].storeroomID", "storeroom 'S9'", { $0.floors[0].storeroomID = "S9" }),
            ("roomTypes[0].beds", "expected at least 1", { $0.roomTypes[0].beds = 0 }),
            ("roomTypes[0].maximumGuests", "expected at least 1", { $0.roomTypes[0].maximumGuests = 0 }),
            ("roomTypes[0].areaSquareMetres", "expected more than 0", { $0.roomTypes[0].areaSquareMetres = 0 }),
            ("staff[0].efficiency", "expected more than 0 and at most 2", { $0.staff[0].efficiency = 0 }),
            ("staff[0].efficiency", "expected more than 0 and at most 2", { $0.staff[0].efficiency = 2.5 }),
            ("staff[0].roles", "has no role", { $0.staff[0].roles = [] }),
            ("staff[1].id", "duplicate staff id", { $0.staff[1].id = $0.staff[0].id }),
            ("staff[0].homeFloorIDs[0]", "home floor 'Z'", { $0.staff[0].homeFloorIDs = ["Z"] }),
            ("staff[0].contract.minimumMinutesPerMonth", "is above the maximum", {
                $0.staff[0].contract.minimumMinutesPerMonth = 10_000; $0.staff[0].contract.maximumMinutesPerMonth = 9_000 }),
            ("staff[0].contract.minimumMinutesPerMonth", "negative minimum", { $0.staff[0].contract.minimumMinutesPerMonth = -1 }),
            ("staff[0].contract.maximumMinutesPerMonth", "expected more than 0", {
                $0.staff[0].contract.minimumMinutesPerMonth = 0; $0.staff[0].contract.maximumMinutesPerMonth = 0 }),
            ("staff[0].contract.allowedShiftTypeIDs[0]", "shift 'Q', which is not defined", { $0.staff[0].contract.allowedShiftTypeIDs = ["Q"] }),
            ("staff[0].contract.maximumShiftsPerType.Q", "shift 'Q', which is not defined", { $0.staff[0].contract.maximumShiftsPerType = ["Q": 3] }),
            ("shiftTypes[0].unpaidBreakMinutes", "negative break", { $0.shiftTypes[0].unpaidBreakMinutes = -5 }),
            ("shiftTypes[0].unpaidBreakMinutes", "expected a break shorter than the shift", { $0.shiftTypes[0].unpaidBreakMinutes = 1000 }),
            ("shiftTypes[1].id", "duplicate shift type", { $0.shiftTypes[1].id = $0.shiftTypes[0].id }),
            ("standards.tasks[0].minutes", "expected more than 0", { $0.standards.tasks[0].minutes = 0 }),
            ("standards.tasks[0].minutes", "expected more than 0", { $0.standards.tasks[0].minutes = -10 }),
            ("standards.tasks[0].credits", "expected 0 or more", { $0.standards.tasks[0].credits = -1 }),
            ("standards.tasks[0].roomTypeID", "room type 'XXX'", { $0.standards.tasks[0].roomTypeID = "XXX" }),
            ("standards.tasks[1]", "a second", { $0.standards.tasks[1] = $0.standards.tasks[0] }),
            ("standards.travelMinutesPerFloorChange", "expected 0 or more", { $0.standards.travelMinutesPerFloorChange = -1 }),
            ("standards.linenChangeEveryNights", "expected more than 0", { $0.standards.linenChangeEveryNights = 0 }),
            ("standards.inspection.shareOfOthers", "between 0 and 1", { $0.standards.inspection.shareOfOthers = 1.5 }),
            ("standards.inspection.minutesPerInspection", "expected more than 0", { $0.standards.inspection.minutesPerInspection = 0 }),
            ("standards.caps.rooms", "expected more than 0", { $0.standards.caps.rooms = 0 }),
            ("standards.defaultCheckout", "24:00 is the end of the day", { $0.standards.defaultCheckout = TimeOfDay(hour: 24)! }),
            ("supplies.uses[0].itemID", "is not in the catalogue", { $0.supplies.uses[0].itemID = "GOLD" }),
            ("supplies.stock[0].storeroomID", "storeroom 'NOWHERE'", { $0.supplies.stock[0].storeroomID = "NOWHERE" }),
            ("supplies.stock[0].parLevel", "expected 0 or more", { $0.supplies.stock[0].parLevel = -1 }),
        ]
        for (field, text, change) in cases {
            var broken = property
            change(&broken)
            let report = Fixture.problems(broken, day)
            #expect(report.has(.error, field: field, text), "\(field): \(text)\n\(report)")
        }
    }

    @Test("property problems name the file and line of the field when a locator is given")
    func locatedProblems() throws {
        var broken = property
        broken.rooms[3].floorID = "77"
        let text = try PropertyFile.write(broken, syntax: .json)
        let locator = try SourceLocator.json(text)
        var report = ValidationReport()
        HotelValidator.check(broken, sources: HotelSources(propertyFile: "hotel/property.json", propertyLocator: locator), into: &report)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("\"floorID\" : \"77\"") }! + 1
        #expect(report.errors.map(\.description) == [
            "hotel/property.json:\(line): error: rooms[3].floorID: room \(broken.rooms[3].number) is on floor '77', which is not defined; expected one of '1', '2'",
        ])
    }

    // MARK: Errors in the day

    @Test("day errors: unknown and duplicate rooms, stayover that departs, impossible times")
    func dayErrors() {
        typealias Case = (String, String, (inout DayStatus) -> Void)
        let departure = day.rooms.firstIndex { $0.departure != nil && $0.arrival != nil }!
        let stayover = day.rooms.firstIndex { $0.stayoverNights != nil }!
        let cases: [Case] = [
            ("room", "room '999' is not in the property", { $0.rooms[0].roomNumber = "999" }),
            ("room", "has a second status line", { $0.rooms.append($0.rooms[0]) }),
            ("movement", "a stayover that also departs", { $0.rooms[departure].stayoverNights = 2 }),
            ("front office", "vacant with a stayover guest", { $0.rooms[stayover].frontOffice = .vacant }),
            ("arrival time", "before the day starts", {
                $0.rooms[departure].departure = .init(checkedOutAt: TimeOfDay(hour: 5))
                $0.rooms[departure].arrival = .init(expectedAt: TimeOfDay(hour: 6)) }),
            ("arrival time", "24:00 is the end of the day", { $0.rooms[departure].arrival = .init(expectedAt: TimeOfDay(hour: 24)) }),
            ("expected checkout", "24:00 is the end of the day", { $0.rooms[departure].departure = .init(expectedCheckout: TimeOfDay(hour: 24)) }),
            ("guests", "expected 0 or more", { $0.rooms[0].guestCount = -1 }),
            ("vip", "expected 0 or more", { $0.rooms[0].vipLevel = -2 }),
            ("nights stayed", "expected 0 or more", { $0.rooms[stayover].stayoverNights = -1 }),
            ("last deep clean", "is after the day", { $0.rooms[0].lastDeepClean = $0.date.adding(days: 3) }),
        ]
        for (field, text, change) in cases {
            var broken = day
            change(&broken)
            let report = Fixture.problems(property, broken)
            #expect(report.has(.error, field: field, text), "\(field): \(text)\n\(report)")
        }
    }

    @Test("on-duty errors: unknown staff id, unknown shift type, someone on duty twice")
    func onDutyErrors() {
        var broken = day
        broken.onDuty[0].staffID = "GHOST"
        broken.onDuty[1].shiftTypeID = "NIGHT"
        broken.onDuty.append(broken.onDuty[2])
        let report = Fixture.problems(property, broken)
        #expect(report.has(.error, field: "staff", "staff id 'GHOST' is not on the staff list"))
        #expect(report.has(.error, field: "shift", "shift type 'NIGHT' is not defined"))
        #expect(report.has(.error, field: "staff", "is on duty twice"))
        #expect(report.errorCount == 3, "\(report)")
    }

    // MARK: Warnings

    @Test("a room with no status line is a warning: treated as vacant clean")
    func missingStatusLine() {
        var partial = day
        partial.rooms.removeAll { $0.roomNumber == "204" }
        let report = Fixture.problems(property, partial)
        #expect(!report.hasErrors)
        #expect(report.has(.warning, field: "room", "room 204"))
        #expect(report.has(.warning, "has no status line; treated as vacant clean"))
    }

    @Test("many rooms with no status line are one warning with their count, not one each")
    func manyMissingStatusLines() {
        var partial = day
        partial.rooms = Array(partial.rooms.prefix(1))
        let report = Fixture.problems(property, partial)
        let missing = property.rooms.count - 1
        #expect(missing > 10)
        #expect(report.has(.warning, field: "room", "\(missing) of the property's \(property.rooms.count) rooms have no status line"))
        #expect(!report.has(.warning, "has no status line; treated as vacant clean"), "\(report)")
    }

    @Test("a suite to clean with no suite-skilled attendant on duty is a warning")
    func suiteWithoutSkill() throws {
        var p = property
        let suiteType = try #require(p.roomTypes.first { $0.isSuite }).id
        p.rooms[0].roomTypeID = suiteType   // room 101, a stayover today
        let withSkill = Fixture.problems(p, day)
        #expect(!withSkill.has(.warning, "suites"), "A01 has the skill: \(withSkill)")
        for index in p.staff.indices { p.staff[index].skills.remove(.suites) }
        let report = Fixture.problems(p, day)
        #expect(!report.hasErrors)
        #expect(report.has(.warning, field: "room", "suite 101 needs cleaning but no attendant on duty has the 'suites' skill"))
    }

    @Test("a par level below one day's use is a warning naming item, storeroom and the use")
    func parBelowUse() throws {
        var p = property
        let use = HotelValidator.oneDayUse(day, property: p)
        let index = try #require(p.supplies.stock.firstIndex { (use[$0.storeroomID]?[$0.itemID] ?? 0) >= 2 })
        let needed = use[p.supplies.stock[index].storeroomID]![p.supplies.stock[index].itemID]!
        p.supplies.stock[index].parLevel = needed - 1
        let report = Fixture.problems(p, day)
        #expect(!report.hasErrors)
        #expect(report.has(.warning, field: "supplies.stock[\(index)].parLevel", "below one day's use"))
        p.supplies.stock[index].parLevel = needed
        #expect(!Fixture.problems(p, day).has(.warning, "below one day's use"))
    }

    @Test("an arrival before the departing guest's checkout is a warning: the room cannot be ready in time")
    func arrivalBeforeCheckout() {
        var d = day
        let departure = d.rooms.firstIndex { $0.departure != nil && $0.arrival != nil }!
        d.rooms[departure].departure = .init(expectedCheckout: TimeOfDay(hour: 12))
        d.rooms[departure].arrival = .init(expectedAt: TimeOfDay(hour: 11))
        let report = Fixture.problems(property, d)
        #expect(!report.hasErrors, "\(report)")
        #expect(report.has(.warning, field: "arrival time", "is before the departing guest's checkout at 12:00, so the room cannot be ready"))
    }

    @Test("other warnings: guests over capacity, blocked room with an arrival, empty on-duty list, disallowed shift")
    func otherWarnings() {
        var d = day
        d.rooms[0].guestCount = 9
        d.rooms[1].availability = .outOfOrder
        var report = Fixture.problems(property, d)
        #expect(report.has(.warning, field: "guests", "9 guests in room"))
        #expect(report.has(.warning, field: "availability", "out of order but has an arrival"))
        d = day
        d.onDuty = []
        report = Fixture.problems(property, d)
        #expect(report.has(.warning, "nobody is listed on duty"))
        var p = property
        p.staff[0].contract.allowedShiftTypeIDs = ["E"]
        report = Fixture.problems(p, day)
        #expect(report.has(.warning, field: "shift", "contract does not allow shift 'M'"))
    }

    @Test("the report keeps at most the limit and counts the rest")
    func limit() {
        var d = day
        for index in d.rooms.indices { d.rooms[index].roomNumber = "X\(index)" }
        let report = HotelValidator.validate(property, d, limit: 5)
        #expect(report.problems.count == 5)
        #expect(report.errorCount == 12)
        #expect(report.warningCount == 1)   // the 12 rooms without a status line, in one warning
        #expect(report.omittedCount == 8)
        #expect(report.summary == "12 errors, 1 warning (8 more not shown; the limit is 5)")
    }

    @Test("expected tasks follow the status")
    func expectedTasks() {
        let standards = property.standards
        #expect(HotelValidator.expectedTasks(RoomStatus(roomNumber: "1", departure: .init()), standards: standards) == [.departureClean])
        #expect(HotelValidator.expectedTasks(RoomStatus(roomNumber: "1", frontOffice: .occupied, stayoverNights: 3), standards: standards) == [.stayoverLinenChange])
        #expect(HotelValidator.expectedTasks(RoomStatus(roomNumber: "1", frontOffice: .occupied, stayoverNights: 2), standards: standards) == [.stayoverService])
        #expect(HotelValidator.expectedTasks(RoomStatus(roomNumber: "1", frontOffice: .occupied, stayoverNights: 3, linen: .optedOut), standards: standards) == [.stayoverService])
        #expect(HotelValidator.expectedTasks(RoomStatus(roomNumber: "1", arrival: .init()), standards: standards) == [.vacantTouchUp])
        #expect(HotelValidator.expectedTasks(RoomStatus(roomNumber: "1", cleanliness: .dirty, availability: .outOfOrder), standards: standards) == [])
        #expect(HotelValidator.expectedTasks(RoomStatus(roomNumber: "1", cleanliness: .pickup), standards: standards) == [.pickup])
    }
}
