import Testing
import Housekeeping
@testable import HousekeepingIO

@Suite("Staff and on-duty files")
struct StaffAndOnDutyFileTests {
    func readStaff(_ text: String) -> (StaffFile.Contents, ValidationReport) {
        var report = ValidationReport()
        return (StaffFile.read(text, file: "staff.csv", report: &report), report)
    }

    func readOnDuty(_ text: String) -> (OnDutyFile.Contents, ValidationReport) {
        var report = ValidationReport()
        return (OnDutyFile.read(text, file: "on-duty.csv", report: &report), report)
    }

    @Test("the staff list round-trips through CSV and JSON")
    func staffRoundTrip() throws {
        var staff = SampleHotel().property.staff
        staff[0].contract.maximumShiftsPerType = ["E": 8, "SUN": 2]
        staff[1].efficiency = 0.5
        staff[1].name = "Wang, \"Xiao\" Ming"
        for text in [StaffFile.writeCSV(staff), try StaffFile.writeJSON(staff)] {
            let (contents, report) = readStaff(text)
            #expect(report.problems.isEmpty, "\(report)")
            #expect(contents.staff == staff)
            #expect(contents.lines.count == staff.count)
        }
        #expect(readStaff(StaffFile.writeCSV(staff)).0.lines.first == 3)
    }

    @Test("the on-duty list round-trips through CSV and JSON, with its date")
    func onDutyRoundTrip() throws {
        let day = SampleHotel().day
        for text in [OnDutyFile.writeCSV(day.onDuty, date: day.date), try OnDutyFile.writeJSON(day.onDuty, date: day.date)] {
            let (contents, report) = readOnDuty(text)
            #expect(report.problems.isEmpty, "\(report)")
            #expect(contents.onDuty == day.onDuty)
            #expect(contents.date == day.date)
        }
    }

    @Test("a staff CSV with aliases and defaults; bad values name line and column")
    func staffCSV() {
        let text = """
            Staff ID,Role,Min Minutes,Max Minutes,Skills,Shifts
            A1,roomAttendant,0,9600,suites;english,M;E
            L1,lead;roomAttendant,4800,9600,,
            X1,cook,0,9600,,
            X2,roomAttendant,lots,9600,,
            X3,roomAttendant,0,9600,,
            """ + "\nX4,,0,9600,,\n"
        let (contents, report) = readStaff(text)
        #expect(contents.staff.map(\.id) == ["A1", "L1", "X3"])
        #expect(contents.staff[0].skills == ["suites", "english"])
        #expect(contents.staff[0].contract.allowedShiftTypeIDs == ["M", "E"])
        #expect(contents.staff[1].roles == [.lead, .roomAttendant])
        #expect(contents.staff[2].name == "X3" && contents.staff[2].efficiency == 1 && contents.staff[2].contract.kind == .fullTime)
        #expect(report.errors.map(\.description) == [
            "staff.csv:4: error: roles: 'cook' is not a role; expected roomAttendant, lead, publicAreaCleaner or manager",
            "staff.csv:5: error: minimum minutes per month: 'lots' is not a whole number of minutes; expected minutes per month such as 9600",
            "staff.csv:7: error: roles: no role; expected at least one of roomAttendant, lead, publicAreaCleaner, manager",
        ])
    }

    @Test("missing required columns are each named")
    func missingColumns() {
        let (_, staff) = readStaff("id,name\nA1,Ann\n")
        #expect(staff.errors.map(\.field) == ["roles", "minimum minutes per month", "maximum minutes per month"])
        let (_, onDuty) = readOnDuty("# housekeeping-on-duty v1\nemployee,when\nA1,M\n")
        #expect(onDuty.errors.map(\.description) == ["on-duty.csv:2: error: shift: the required column 'shift' is missing; the header has 'employee', 'when'"])
    }

    @Test("on-duty rows with empty cells and JSON with a wrong version are errors")
    func onDutyErrors() {
        let (contents, report) = readOnDuty("staff,shift\nA1,\n,M\nA2,M\n")
        #expect(contents.onDuty == [DutyAssignment(staffID: "A2", shiftTypeID: "M")])
        #expect(contents.lines == [4])
        #expect(report.errors.map { "\($0.line!):\($0.field)" } == ["2:shift", "3:staff"])
        let json = readOnDuty("{\n  \"version\": 7,\n  \"onDuty\": []\n}").1
        #expect(json.errors.map(\.description) == ["on-duty.csv:2: error: version: version 7 is not supported; expected 1"])
        let missing = readOnDuty("{\n  \"version\": 1,\n  \"onDuty\": [\n    {\"staffID\": \"A1\"}\n  ]\n}").1
        #expect(missing.errors.first?.field == "onDuty[0].shiftTypeID")
        #expect(missing.errors.first?.line == 4)
    }

    @Test("a misspelt on-duty column is named with the column it looks like, beside the missing-column error")
    func misspeltOnDutyColumn() {
        let report = readOnDuty("staff,shift tpye\nA01,M\n").1
        #expect(report.has(.warning, field: "shift tpye", "did you mean 'shift'?"))
        #expect(report.has(.error, field: "shift", "the required column 'shift' is missing"))
    }
}
