import Testing
import Housekeeping
import HousekeepingIO

/// The manager's demand policy file (`demand-policy.json`): round trip, defaults, and errors with file, line
/// and field.
@Suite("Demand policy file")
struct DemandPolicyFileTests {
    let shifts = SampleHotel().property.shiftTypes

    func read(_ text: String, syntax: PropertyFile.Syntax = .json) -> (StaffingDemandPolicy?, ValidationReport) {
        var report = ValidationReport()
        let policy = DemandPolicyFile.read(text, syntax: syntax, file: "demand-policy.json", shiftTypes: shifts, report: &report)
        return (policy, report)
    }

    @Test("the sample policy written and read back is the same policy, in JSON and YAML")
    func roundTrip() throws {
        for syntax in PropertyFile.Syntax.allCases {
            let text = try DemandPolicyFile.write(.sampleHotel, syntax: syntax)
            let (policy, report) = read(text, syntax: syntax)
            #expect(report.problems.isEmpty, "\(report)")
            #expect(policy == .sampleHotel)
            #expect(try DemandPolicyFile.write(policy!, syntax: syntax) == text)
        }
    }

    @Test("only the version and the room-work shifts are required; the rest take the documented defaults")
    func defaults() throws {
        let (policy, report) = read(#"{"version": 1, "roomWork": [{"shiftTypeID": "M", "share": 1}], "attendantsPerLead": 4}"#)
        #expect(report.problems.isEmpty, "\(report)")
        let expected = StaffingDemandPolicy(roomWork: [.init(shiftTypeID: "M", share: 1)], attendantsPerLead: 4)
        #expect(policy == expected)
        #expect(policy?.allowanceMinutesPerShift == 30 && policy?.minimumShare == 0.85 && policy?.turndownShiftTypeID == nil)
    }

    @Test("an unknown shift and a wrong value are named by file, line and field; nothing is returned")
    func errorsNameLineAndField() throws {
        let text = """
            {
              "version": 1,
              "roomWork": [
                {"shiftTypeID": "M", "share": 0.5},
                {"shiftTypeID": "NIGHT", "share": 0.5}
              ],
              "attendantsPerLead": 0
            }
            """
        let (policy, report) = read(text)
        #expect(policy == nil)
        let lines = report.problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix("demand-policy.json:5:") && $0.contains("roomWork[1].shiftTypeID") && $0.contains("'NIGHT'") },
                "\(lines)")
        #expect(lines.contains { $0.hasPrefix("demand-policy.json:7:") && $0.contains("attendantsPerLead") }, "\(lines)")

        let (typed, typedReport) = read("{\n  \"version\": 1,\n  \"roomWork\": [],\n  \"turndownShare\": \"a third\"\n}")
        #expect(typed == nil)
        #expect(typedReport.problems.map(\.description).contains { $0.hasPrefix("demand-policy.json:4:") && $0.contains("turndownShare") },
                "\(typedReport)")
        let (missing, missingReport) = read(#"{"version": 1}"#)
        #expect(missing == nil)
        #expect(missingReport.problems.contains { $0.field == "roomWork" })
    }
}
