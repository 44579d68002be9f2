import Housekeeping
import HousekeepingIO
import Testing

@Suite("Benchmark file formats")
struct CurtoisFormatTests {
    static let small = """
        # A comment\r
        SECTION_HORIZON\r
        7\r
        \r
        SECTION_SHIFTS\r
        D,480,\r
        L,420,D\r
        \r
        SECTION_STAFF\r
        A,D=7|L=0,2880,960,5,2,2,1\r
        B,D=7|L=7,2880,0,5,1,1,1\r
        \r
        SECTION_DAYS_OFF\r
        A,0,6\r
        \r
        SECTION_SHIFT_ON_REQUESTS\r
        A,2,D,3\r
        \r
        SECTION_SHIFT_OFF_REQUESTS\r
        B,3,L,2\r
        \r
        SECTION_COVER\r
        0,D,1,100,1\r
        1,L,2,100,1\r
        """

    @Test func parsesCRLFInstanceIntoTheRosterModel() throws {
        let problem = try CurtoisInstance.parse(Self.small, file: "small.txt")
        #expect(problem.dayCount == 7)
        #expect(problem.firstWeekday == .monday)
        #expect(problem.shiftTypes.map(\.id) == ["D", "L"])
        #expect(problem.shiftTypes[1].minutes == 420)
        #expect(problem.shiftTypes[1].forbiddenFollowers == ["D"])
        #expect(problem.staff.map(\.id) == ["A", "B"])
        #expect(problem.staff[0].maximumShifts == ["D": 7, "L": 0])
        #expect(problem.staff[0].maximumMinutes == 2880 && problem.staff[0].minimumMinutes == 960)
        #expect(problem.staff[0].leaveDays == [0, 6])
        #expect(problem.requests.count == 2)
        #expect(problem.requests[0] == .init(employeeID: "A", day: 2, shiftTypeID: "D", kind: .on, weight: 3))
        #expect(problem.requests[1] == .init(employeeID: "B", day: 3, shiftTypeID: "L", kind: .off, weight: 2))
        #expect(problem.cover[1] == .init(day: 1, shiftTypeID: "L", preferred: 2, underWeight: 100, overWeight: 1))
    }

    @Test func lfAndCRLFGiveTheSameProblem() throws {
        let lf = Self.small.replacing("\r", with: "")
        #expect(try CurtoisInstance.parse(lf) == CurtoisInstance.parse(Self.small))
    }

    @Test(arguments: [
        ("SECTION_HORIZON\nx\n", "small.txt:2: horizon: 'x' is not a whole number"),
        ("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,abc,0,5,1,1,1\n",
         "small.txt:6: MaxTotalMinutes: 'abc' is not a whole number"),
        ("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,100,0,5,1,1\n",
         "small.txt:6: expected 8 fields (ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends), found 7"),
        ("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,100,0,5,1,1,1\nSECTION_COVER\n9,D,1,1,1\n",
         "small.txt:8: Day: 9 is outside the horizon 0…6"),
        ("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,100,0,5,1,1,1\nSECTION_SHIFT_ON_REQUESTS\nZ,1,D,1\n",
         "small.txt:8: EmployeeID: unknown employee 'Z'"),
        ("SECTION_NOPE\n", "small.txt:1: unknown section 'SECTION_NOPE'"),
        ("SECTION_HORIZON\n7\n", "small.txt: SECTION_SHIFTS: no shift types"),
    ])
    func parserErrorsNameFileLineAndField(text: String, message: String) {
        #expect(throws: CurtoisFormatError.self) { try CurtoisInstance.parse(text, file: "small.txt") }
        do {
            _ = try CurtoisInstance.parse(text, file: "small.txt")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func rosterCSVRoundTrip() throws {
        let problem = try CurtoisInstance.parse(Self.small)
        let roster = Roster(shifts: [[nil, "D", "D", "D", nil, nil, nil], ["L", "L", nil, nil, "D", "D", nil]])
        let text = CurtoisRosterCSV.write(roster, problem: problem)
        #expect(text == "employee,0,1,2,3,4,5,6\nA,,D,D,D,,,\nB,L,L,,,D,D,\n")
        #expect(try CurtoisRosterCSV.read(text, problem: problem) == roster)
        #expect(try CurtoisRosterCSV.read(text.replacing("\n", with: "\r\n"), problem: problem) == roster)
    }

    @Test(arguments: [
        ("employee,0,1\n", "r.csv:1: header: expected 'employee,0,…,6' (7 days)"),
        ("employee,0,1,2,3,4,5,6\nA,,D,X,,,,\nB,,,,,,,\n", "r.csv:2: day 2: unknown shift 'X'"),
        ("employee,0,1,2,3,4,5,6\nA,,D,,,,\nB,,,,,,,\n", "r.csv:2: expected 8 fields (employee and one per day), found 7"),
        ("employee,0,1,2,3,4,5,6\nA,,,,,,,\n", "r.csv: employee: no row for 'B'"),
        ("employee,0,1,2,3,4,5,6\nA,,,,,,,\nA,,,,,,,\n", "r.csv:3: employee: 'A' appears twice"),
        ("employee,0,1,2,3,4,5,6\nQ,,,,,,,\n", "r.csv:2: employee: unknown employee 'Q'"),
    ])
    func rosterCSVErrorsNameFileLineAndField(text: String, message: String) throws {
        let problem = try CurtoisInstance.parse(Self.small)
        do {
            _ = try CurtoisRosterCSV.read(text, problem: problem, file: "r.csv")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.description == message)
        }
    }
}
