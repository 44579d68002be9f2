import Testing
import Housekeeping
import HousekeepingIO

/// `roster-requests.csv` checked against the property: an unknown person or shift names the line.
@Suite("Roster requests file")
struct RosterRequestsCSVTests {
    let property = SampleHotel().property
    let december = RosterMonth(year: 2026, month: 12)!

    func error(_ text: String) -> String? {
        do {
            _ = try RosterRequestsCSV.parse(text, file: "roster-requests.csv", month: december, property: property)
            return nil
        } catch { return error.description }
    }

    @Test("known staff and shifts are read; an unknown staff id or shift stops at its line")
    func unknownStaffAndShift() throws {
        let good = "staff,date,kind,shift,weight\nA01,2026-11-30,worked,E,\nA02,2026-12-05,on,M,2\n"
        let contents = try RosterRequestsCSV.parse(good, file: "roster-requests.csv", month: december, property: property)
        #expect(contents.requests.count == 1 && contents.previousDays["A01"]?.last == "E")
        #expect(error(good + "A99,2026-12-03,off,,2\n") == "roster-requests.csv line 4: staff 'A99' is not one of the property's staff")
        #expect(error(good + "A01,2026-12-04,on,Q,2\n")?.hasPrefix("roster-requests.csv line 4: shift 'Q' is not one of the property's shift types (") == true)
        // Without the property (a file checked on its own) ids are not checked.
        #expect(throws: Never.self) { try RosterRequestsCSV.parse(good + "A99,2026-12-03,off,,2\n", file: "f", month: december) }
    }
}
