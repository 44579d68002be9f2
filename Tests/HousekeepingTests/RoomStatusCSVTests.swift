import Testing
import Housekeeping
@testable import HousekeepingIO

@Suite("Room status CSV")
struct RoomStatusCSVTests {
    @Test("the sample day round-trips through the CSV writer and reader")
    func roundTrip() {
        for seed in [1, 2, 3] as [UInt64] {
            let hotel = SampleHotel(SampleHotelOptions(seed: seed))
            let text = RoomStatusCSV.write(hotel.day.rooms, date: hotel.day.date)
            let (contents, report) = Fixture.status(text)
            #expect(report.problems.isEmpty, "\(report)")
            #expect(contents.date == hotel.day.date)
            #expect(contents.rooms == hotel.day.rooms)
            #expect(contents.lines.first == 4)
        }
    }

    @Test("every field survives a round trip, including notes with commas, quotes and line breaks")
    func everyField() {
        let rooms = [
            RoomStatus(roomNumber: "0312", frontOffice: .occupied, cleanliness: .pickup, availability: .available,
                       service: .makeUpRoomRequested, departure: .init(expectedCheckout: TimeOfDay(hour: 11), checkedOutAt: TimeOfDay(hour: 10, minute: 5)),
                       arrival: .init(expectedAt: TimeOfDay(hour: 15), earlyCheckIn: true), vipLevel: 2, guestCount: 3,
                       linen: .requested, lastDeepClean: CalendarDate(iso: "2026-01-31"), note: "VIP, \"fruit\"\nand flowers"),
            RoomStatus(roomNumber: "E204", frontOffice: .occupied, cleanliness: .dirty, service: .noService, stayoverNights: 4,
                       guestCount: 1, linen: .optedOut),
            RoomStatus(roomNumber: "9", availability: .outOfService),
            RoomStatus(roomNumber: "10", frontOffice: .vacant, cleanliness: .inspected, availability: .outOfOrder),
            RoomStatus(roomNumber: "11", frontOffice: .occupied, cleanliness: .dirty, service: .doNotDisturb, stayoverNights: 0, guestCount: 2),
        ]
        let (contents, report) = Fixture.status(RoomStatusCSV.write(rooms, date: nil))
        #expect(report.problems.isEmpty, "\(report)")
        #expect(contents.rooms == rooms)
        #expect(contents.lines == [3, 5, 6, 7, 8])   // the note spans lines 3 and 4
    }

    @Test("short status codes map onto the separate fields")
    func shortCodes() {
        let text = """
            room,status
            1,VC
            2,VD
            3,VI
            4,OC
            5,OD
            6,OOO
            7,VD/OOS
            8,OD DND
            9,OD+DEP
            10,VC ARR
            11,OC MUR
            12,OD NS
            """
        let (contents, report) = Fixture.status(text)
        #expect(report.problems.isEmpty, "\(report)")
        let byRoom = Dictionary(uniqueKeysWithValues: contents.rooms.map { ($0.roomNumber, $0) })
        #expect(byRoom["1"]?.frontOffice == .vacant && byRoom["1"]?.cleanliness == .clean)
        #expect(byRoom["2"]?.cleanliness == .dirty && byRoom["2"]?.frontOffice == .vacant)
        #expect(byRoom["3"]?.cleanliness == .inspected)
        #expect(byRoom["4"]?.frontOffice == .occupied && byRoom["4"]?.cleanliness == .clean && byRoom["4"]?.stayoverNights == 1)
        #expect(byRoom["5"]?.frontOffice == .occupied && byRoom["5"]?.cleanliness == .dirty)
        #expect(byRoom["6"]?.availability == .outOfOrder)
        #expect(byRoom["7"]?.availability == .outOfService && byRoom["7"]?.cleanliness == .dirty)
        #expect(byRoom["8"]?.service == .doNotDisturb && byRoom["8"]?.stayoverNights != nil)
        #expect(byRoom["9"]?.departure != nil && byRoom["9"]?.stayoverNights == nil)
        #expect(byRoom["10"]?.arrival != nil && byRoom["10"]?.cleanliness == .clean)
        #expect(byRoom["11"]?.service == .makeUpRoomRequested)
        #expect(byRoom["12"]?.service == .noService)
    }

    @Test("a PMS export: BOM, CRLF, reordered and extra columns, aliases, blank lines, trailing commas")
    func pmsQuirks() {
        let text = "\u{FEFF}Guest Name,ETA,Rm No.,Res Status,HK,Pax,Remarks,\r\n"
            + "\"Li, Wei\",14:30,0312,Due In,Clean,2,\"Late \"\"VIP\"\" guest,\r\nneeds cot\",\r\n"
            + "\r\n"
            + ",,0313,stayover,dirty,1,,\r\n"
            + ",,,,,,,\r\n"
            + "Smith,,0314,Due Out,dirty,1,,\r\n"
        let (contents, report) = Fixture.status(text)
        #expect(report.problems.isEmpty, "\(report)")
        #expect(contents.rooms.map(\.roomNumber) == ["0312", "0313", "0314"])
        #expect(contents.lines == [2, 5, 7])
        #expect(contents.rooms[0].arrival == RoomStatus.Arrival(expectedAt: TimeOfDay(hour: 14, minute: 30)))
        #expect(contents.rooms[0].note == "Late \"VIP\" guest,\nneeds cot")
        #expect(contents.rooms[0].guestCount == 2)
        #expect(contents.rooms[1].stayoverNights == 1 && contents.rooms[1].frontOffice == .occupied)
        #expect(contents.rooms[2].departure != nil && contents.rooms[2].frontOffice == .occupied)
    }

    @Test("codes in an HK Status column and reservation words in a Status column are understood")
    func codesInOtherColumns() {
        let text = "Room,HK Status,Status,FO Status\n101,VD,Due Out,\n102,OD DND,In House,\n103,clean,Due In,vacant\n104,VI,,\n105,clean,,OC\n"
        let (contents, report) = Fixture.status(text)
        #expect(report.problems.isEmpty, "\(report)")
        let rooms = contents.rooms
        #expect(rooms[0].departure != nil && rooms[0].cleanliness == .dirty && rooms[0].frontOffice == .vacant)
        #expect(rooms[1].service == .doNotDisturb && rooms[1].stayoverNights == 1)
        #expect(rooms[2].arrival != nil && rooms[2].frontOffice == .vacant && rooms[2].cleanliness == .clean)
        #expect(rooms[3].cleanliness == .inspected)
        #expect(rooms[4].frontOffice == .occupied && rooms[4].cleanliness == .clean)
        let conflict = Fixture.status("room,hk status,status\n101,VD,VC\n").1
        #expect(conflict.has(.error, field: "housekeeping", "but status 'VC' says clean"))
    }

    @Test("semicolon- and tab-separated exports are read; date-times and AM/PM times are accepted")
    func separatorsAndTimes() {
        for separator in [";", "\t"] {
            let text = ["# housekeeping-room-status v1", "room;status;eta;etd;note", "0312;OD DEP ARR;2:30 PM;2026-12-01 10:15;\"a; b\"", "0313;OD DEP;;12:00 AM;", ""]
                .joined(separator: "\n").replacingOccurrences(of: ";", with: separator)
            let (contents, report) = Fixture.status(text)
            #expect(report.problems.isEmpty, "\(report)")
            #expect(contents.rooms.first?.arrival?.expectedAt == TimeOfDay(hour: 14, minute: 30))
            #expect(contents.rooms.first?.departure?.expectedCheckout == TimeOfDay(hour: 10, minute: 15))
            #expect(contents.rooms.last?.departure?.expectedCheckout == TimeOfDay(hour: 0))
            if separator == ";" { #expect(contents.rooms.first?.note == "a; b") }
        }
        #expect(RoomStatusRowParser.lenientTime("12:30 PM") == TimeOfDay(hour: 12, minute: 30))
        #expect(RoomStatusRowParser.lenientTime("2026-12-01T07:05:00") == TimeOfDay(hour: 7, minute: 5))
        #expect(RoomStatusRowParser.lenientTime("13:00 PM") == nil)
        #expect(RoomStatusRowParser.lenientTime("2026-13-01 07:05") == nil)
        #expect(RoomStatusRowParser.lenientTime("0:30 AM") == nil)
    }

    @Test("a missing room column is named in the error, with the header's columns")
    func missingRoomColumn() {
        let (contents, report) = Fixture.status("# housekeeping-room-status v1\nstatus,guests\nVC,0\n")
        #expect(contents.rooms.isEmpty)
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.line == 2)
        #expect(report.errors.first?.field == "room")
        #expect(report.errors.first?.message.contains("required column 'room' is missing; the header has 'status', 'guests'") == true)
    }

    @Test("bad values are errors naming line and column and what was expected")
    func badValues() {
        let text = """
            room,status,arrival time,expected checkout,nights,guests,vip,last deep clean,early check-in,linen,front office,housekeeping,availability,service,movement
            1,XX,,,,,,,,,,,,,
            2,,25:00,,,,,,,,,,,,arrival
            3,,,noon,,,,,,,,,,,departure
            4,,,,-1,,,,,,occupied,,,,
            5,,,,,many,,,,,,,,,
            6,,,,,,gold,,,,,,,,
            7,,,,,,,2026-02-30,,,,,,,
            8,,,,,,,,maybe,,,,,,
            9,,,,,,,,,fresh,,,,,
            10,,,,,,,,,,half,,,,
            11,,,,,,,,,,,sparkly,,,
            12,,,,,,,,,,,,broken,,
            13,,,,,,,,,,,,,loud,
            14,,,,,,,,,,,,,,teleport
            15,VC,,,,,,,,,,dirty,,,
            16,,,,,,,,,,,,,,departure+stayover
            17,,,,,,,,,,vacant,,,,stayover
            18,,,,3,,,,,,vacant,,,,none
            19,,12:00,,,,,,,,,,,,none
            """
        let (contents, report) = Fixture.status(text)
        #expect(contents.rooms.isEmpty, "rows with errors are left out: \(contents.rooms.map(\.roomNumber))")
        let expected: [(Int, String, String)] = [
            (2, "status", "unknown status code 'XX'"), (3, "arrival time", "'25:00' is not a time"),
            (4, "expected checkout", "'noon' is not a time"), (5, "nights stayed", "'-1' is not a number of nights"),
            (6, "guests", "'many' is not a number of guests"), (7, "vip", "'gold' is not a VIP level"),
            (8, "last deep clean", "'2026-02-30' is not a date"), (9, "early check-in", "'maybe' is not yes or no"),
            (10, "linen", "'fresh' is not a linen choice"), (11, "front office", "'half' is not a front office status"),
            (12, "housekeeping", "'sparkly' is not a housekeeping status"), (13, "availability", "'broken' is not an availability"),
            (14, "service", "'loud' is not a service request"), (15, "movement", "'teleport' is not a movement"),
            (16, "housekeeping", "says housekeeping dirty, but status 'VC' says clean"),
            (17, "movement", "a stayover that also departs"), (18, "front office", "a vacant room with a stayover guest"),
            (19, "nights stayed", "nights stayed given for a room with no stayover guest"),
            (20, "arrival time", "an arrival time on a room with no arrival today"),
        ]
        for (line, field, text) in expected {
            #expect(report.errors.contains { $0.line == line && $0.field == field && $0.message.contains(text) },
                    "line \(line) \(field): \(text)\n\(report)")
        }
        #expect(report.errorCount == expected.count, "\(report)")
    }

    @Test("the date comes from a comment or a date column; bad or conflicting dates are errors")
    func dates() {
        #expect(Fixture.status("# date: 2026-12-01\nroom\n1\n").0.date == CalendarDate(iso: "2026-12-01"))
        #expect(Fixture.status("room,date\n1,2026-12-02\n2,2026-12-02\n").0.date == CalendarDate(iso: "2026-12-02"))
        let conflicting = Fixture.status("room,date\n1,2026-12-02\n2,2026-12-03\n").1
        #expect(conflicting.has(.error, field: "date", "differs from the file's date 2026-12-02"))
        let bad = Fixture.status("# date: 1 Dec\nroom\n1\n").1
        #expect(bad.errors.first?.line == 1)
        #expect(bad.has(.error, field: "date", "'1 Dec' is not a date"))
    }

    @Test("an empty room number and a file with no header are errors")
    func emptyRoomAndNoHeader() {
        #expect(Fixture.status("room,status\n,VC\n").1.has(.error, field: "room", "the room number is empty"))
        #expect(Fixture.status("# housekeeping-room-status v1\n\n").1.has(.error, "no header row"))
        #expect(Fixture.status("# housekeeping-on-duty v1\nroom\n1\n").1.has(.error, field: "version", "this is a 'housekeeping-on-duty' file"))
    }

    @Test("a misspelt column is a warning naming the column it looks like; other extra columns are ignored quietly")
    func misspeltColumn() {
        let (contents, report) = Fixture.status("room,front offce,hk status,guest name,rate\n101,occupied,dirty,Li,480\n")
        #expect(report.has(.warning, field: "front offce", "column 'front offce' is not read, so its values are ignored; did you mean 'front office'?"))
        #expect(report.warnings.count == 1, "\(report)")
        #expect(!report.hasErrors)
        #expect(contents.rooms.first?.frontOffice != .occupied)
        #expect(contents.rooms.first?.cleanliness == .dirty)
    }
}
