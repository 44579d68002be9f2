import Foundation
import Testing
import Housekeeping
import HousekeepingIO

/// The sample month planned once for every test that needs a roster (the engine runs to its time limit). These
/// tests check the hotel's mapping and report, not the engine's bound, so the engine's column generation gets a
/// small share of the time: in a debug build on the shared 2-core machine, with the other tests alongside, the
/// construction alone takes about 14 s and the first roster without a cover shortfall comes some 10 s after the
/// improvement starts.
private let samplePlan: HotelRosterPlan = {
    let month = HotelMonth.sample(month: RosterMonth(year: 2026, month: 12)!, seed: 1)
    let problem = try! HotelRosterProblem(month)
    return try! problem.plan(RosterPlanner.Options(timeLimitSeconds: 40, seed: 1, columnGenerationTimeShare: 0.05,
                                                   columnMasterTimeShare: 0.05))
}()

private func shift(_ id: String, _ start: (Int, Int), _ end: (Int, Int), break unpaid: Int = 0) -> ShiftType {
    ShiftType(id: id, name: id, start: TimeOfDay(hour: start.0, minute: start.1)!, end: TimeOfDay(hour: end.0, minute: end.1)!,
              unpaidBreakMinutes: unpaid)
}

/// A sample property with other shift types and staff.
private func month(shiftTypes: [ShiftType], staff: [StaffMember], policy: StaffingDemandPolicy, forecast: OccupancyForecast? = nil,
                   leave: [LeaveDay] = []) -> HotelMonth {
    var property = SampleHotel().property
    property.shiftTypes = shiftTypes
    property.staff = staff
    let december = RosterMonth(year: 2026, month: 12)!
    let quiet = OccupancyForecast(days: december.dates.map { ForecastDay(date: $0, departures: 0, stayovers: 0) })
    return HotelMonth(property: property, month: december, forecast: forecast ?? quiet, policy: policy, leave: leave)
}

private func lead(_ id: String, minimumMinutes: Int = 0) -> StaffMember {
    StaffMember(id: id, name: "Lead \(id)", roles: [.lead],
                contract: Contract(kind: .fullTime, minimumMinutesPerMonth: minimumMinutes, maximumMinutesPerMonth: 12_000))
}

@Suite("The hotel's monthly roster")
struct HotelRosterTests {
    @Test("11 hours' rest forbids the successions whose gap, across midnight, is shorter")
    func restHoursToForbiddenSuccessions() throws {
        let types = [
            shift("M", (8, 0), (16, 30), break: 30), shift("L", (14, 0), (22, 0)), shift("E", (18, 30), (24, 0)),
            shift("N", (22, 0), (6, 0)),
        ]
        let hotel = try HotelRosterProblem(month(shiftTypes: types, staff: [], policy: StaffingDemandPolicy(shiftTypes: types)))
        let forbidden = Dictionary(uniqueKeysWithValues: hotel.problem.shiftTypes.map { ($0.id, $0.forbiddenFollowers) })
        // M ends 16:30: 15.5 h to 08:00, so nothing is forbidden after it.
        #expect(forbidden["M"] == [])
        // L ends 22:00: 10 h to M (forbidden), 16 h to L, 20.5 h to E, 24 h to N.
        #expect(forbidden["L"] == ["M"])
        // E ends at midnight: 8 h to M, 14 h to L, 18.5 h to E, 22 h to N.
        #expect(forbidden["E"] == ["M"])
        // N ends 06:00 the next day: 2 h to M, 8 h to L, 12.5 h to E, 16 h to N.
        #expect(forbidden["N"] == ["M", "L"])
        // Paid minutes cross midnight too: N is 8 hours.
        #expect(hotel.problem.shiftTypes.first { $0.id == "N" }?.minutes == 480)

        var shorter = month(shiftTypes: types, staff: [], policy: StaffingDemandPolicy(shiftTypes: types))
        shorter.rules.minimumRestHours = 9
        let relaxed = try HotelRosterProblem(shorter)
        #expect(relaxed.problem.shiftTypes.first { $0.id == "E" }?.forbiddenFollowers == ["M"])
        #expect(relaxed.problem.shiftTypes.first { $0.id == "L" }?.forbiddenFollowers == [])
    }

    @Test("the sample month maps contracts, leave, requests and the previous month into the engine's problem")
    func sampleMonthMapping() throws {
        let month = HotelMonth.sample(month: RosterMonth(year: 2026, month: 12)!, seed: 1)
        let hotel = try HotelRosterProblem(month)
        #expect(hotel.staff.count == month.property.staff.count - 1)
        #expect(hotel.excluded.map(\.roles) == [[.manager]])
        #expect(hotel.problem.dayCount == 31 && hotel.problem.firstWeekday == .tuesday)
        let partTime = try #require(zip(hotel.staff, hotel.problem.staff).first { $0.0.contract.kind == .partTime }?.1)
        #expect(partTime.maximumShifts["E"] == 0 && partTime.maximumShifts["SUN"] == 0)
        #expect(!month.leave.isEmpty && !month.requests.isEmpty)
        // Leave shrinks the monthly minimum pro rata.
        let onLeave = try #require(hotel.problem.staff.first { !$0.leaveDays.isEmpty })
        let contract = month.property.staffMember(onLeave.id)!.contract
        #expect(onLeave.minimumMinutes == contract.minimumMinutesPerMonth * (31 - onLeave.leaveDays.count) / 31)
        #expect(hotel.problem.staff.allSatisfy { $0.previousDays.count == 7 })
        // A cover row for every day × shift × role; the minimums come from the demand.
        #expect(hotel.problem.cover.count == 31 * 4 * 3)
        let requirements = hotel.demand.requirements
        #expect(hotel.problem.cover.filter { $0.minimum > 0 }.count == requirements.filter { $0.minimum > 0 }.count)
        #expect(hotel.obstacles().isEmpty)
    }

    @Test("the sample month's roster breaks no hard rule by the engine's scorer")
    func sampleMonthIsFeasible() throws {
        let plan = samplePlan
        let roster = try #require(plan.roster)
        let evaluation = try RosterEvaluation(problem: plan.hotel.problem, roster: roster)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations)")
        #expect(plan.isFeasible && plan.explanation.isEmpty)
        // The report's soft breaks add up to the scorer's penalty, and everyone is within the contract.
        let report = try #require(plan.report)
        #expect(report.softBreaks.map(\.penalty).reduce(0, +) == evaluation.penalty)
        // The bound shown to the manager lies between 0 and the penalty (the engine's own may be negative).
        #expect(plan.lowerBound.map { $0 >= 0 && $0 <= Double(evaluation.penalty) } ?? true)
        #expect(report.people.allSatisfy { $0.withinContract })
        #expect(report.cover.allSatisfy { $0.rostered >= $0.minimum })
        // No evening shift is followed by a morning.
        for row in roster.shifts {
            for day in 1..<row.count where row[day - 1] == "E" { #expect(row[day] != "M" && row[day] != "D") }
        }
    }

    @Test("a person whose minimum cannot be reached is named before solving")
    func infeasibleContractExplained() throws {
        let types = [shift("M", (8, 0), (16, 30), break: 30)]
        let dates = RosterMonth(year: 2026, month: 12)!.dates
        let leave = dates.prefix(20).map { LeaveDay(staffID: "L1", date: $0) }
        var input = month(shiftTypes: types, staff: [lead("L1", minimumMinutes: 9_120)], policy: StaffingDemandPolicy(shiftTypes: types),
                          leave: leave)
        input.rules.leaveCountsTowardMinimum = false
        let plan = try HotelRosterProblem(input).plan(RosterPlanner.Options(timeLimitSeconds: 2))
        #expect(plan.roster == nil && !plan.isFeasible)
        #expect(plan.explanation.contains { $0.hasPrefix("L1 ") && $0.contains("9120 min") })
    }

    @Test("a day that cannot be covered is named with the role and by how many people")
    func uncoverableDayExplained() throws {
        // One lead must work the evening of Thursday 3 December and the morning after: 11 hours' rest forbids it.
        let types = [shift("M", (8, 0), (16, 30), break: 30), shift("E", (18, 30), (24, 0))]
        let policy = StaffingDemandPolicy(
            roomWork: [.init(shiftTypeID: "M", share: 1)], leadShiftTypeID: "M",
            fixedPosts: [
                .init(shiftTypeID: "E", role: .lead, weekdays: [.thursday], people: 1, reason: "evening duty"),
                .init(shiftTypeID: "M", role: .lead, weekdays: [.friday], people: 1, reason: "morning briefing"),
            ])
        let hotel = try HotelRosterProblem(month(shiftTypes: types, staff: [lead("L1")], policy: policy))
        #expect(hotel.obstacles().isEmpty)
        let plan = try hotel.plan(RosterPlanner.Options(timeLimitSeconds: 3))
        #expect(!plan.isFeasible)
        #expect(plan.explanation.contains { $0.contains("shift") && $0.contains("lead") && $0.hasSuffix("short by 1") })
        #expect(plan.explanation.count == 4)   // every Thursday/Friday pair of the month (3–4, 10–11, 17–18, 24–25)
    }

    @Test("a shift nobody of the role can work is an obstacle naming who is on leave")
    func leaveObstacleExplained() throws {
        let types = [shift("M", (8, 0), (16, 30), break: 30)]
        let policy = StaffingDemandPolicy(roomWork: [.init(shiftTypeID: "M", share: 1)], leadShiftTypeID: "M",
                                          fixedPosts: [.init(shiftTypeID: "M", role: .lead, weekdays: [.monday], people: 1, reason: "briefing")])
        let hotel = try HotelRosterProblem(month(shiftTypes: types, staff: [lead("L1")], policy: policy,
                                                 leave: [LeaveDay(staffID: "L1", date: CalendarDate(year: 2026, month: 12, day: 7)!)]))
        let obstacles = hotel.obstacles()
        #expect(obstacles == ["2026-12-07 shift M: 1 lead needed, only 0 can work it (L1 Lead L1 on leave); short by 1"])
    }

    @Test("one public-area cleaner for a post every day is an obstacle: the shifts needed against the most they can work")
    func roleCapacityObstacle() throws {
        let options = SampleHotelOptions(attendants: 14, publicAreaCleaners: 1, seed: 1)
        var input = HotelMonth.sample(month: RosterMonth(year: 2026, month: 12)!, options: options)
        input.leave.removeAll { $0.staffID == "P01" }
        let obstacles = try HotelRosterProblem(input).obstacles()
        // 31 days; runs of at most 6 with 2 days off: 3 × 6 + min(7, 6) = 24 shifts at most.
        #expect(obstacles.contains { $0.hasPrefix("publicAreaCleaner: the cover minimums need 31 shifts") && $0.contains("at most 24") && $0.hasSuffix("short by 7 shifts") })
        let plan = try HotelRosterProblem(input).plan(RosterPlanner.Options(timeLimitSeconds: 1))
        #expect(plan.engine == nil && plan.roster == nil && plan.explanation == obstacles)
    }

    @Test("unknown staff in requests and days missing from the forecast are input errors")
    func inputErrors() {
        var input = HotelMonth.sample(month: RosterMonth(year: 2026, month: 12)!, seed: 1)
        input.requests.append(StaffRequest(staffID: "NOBODY", date: CalendarDate(year: 2026, month: 12, day: 3)!, kind: .off, weight: 1))
        input.forecast.days.removeLast()
        #expect {
            try HotelRosterProblem(input)
        } throws: { error in
            let problems = (error as? HotelRosterInputError)?.problems ?? []
            return problems.contains { $0.contains("'NOBODY'") } && problems.contains { $0.contains("2026-12-31") }
        }
    }
}

@Suite("The hotel roster's output formats")
struct HotelRosterFormatTests {
    @Test("CSV: a header of staff columns, 31 dates and totals; one row per person; cells are shifts, empty or leave")
    func csvColumns() throws {
        let plan = samplePlan
        let records = try CSVReader.records(in: HotelRosterFormats.csv(plan))
        #expect(records.count == plan.hotel.staff.count + 1)
        let header = records[0].fields
        #expect(Array(header.prefix(4)) == ["staff_id", "name", "roles", "contract"])
        #expect(header[4] == "2026-12-01" && header[34] == "2026-12-31")
        #expect(Array(header.suffix(5)) == ["minutes", "minimum_minutes", "maximum_minutes", "weekends", "evening_shifts"])
        let shifts = Set(plan.hotel.problem.shiftTypes.map(\.id) + ["", "leave"])
        for (record, member) in zip(records.dropFirst(), plan.hotel.staff) {
            #expect(record.fields.count == header.count)
            #expect(record[0] == member.id)
            #expect(record.fields[4..<35].allSatisfy(shifts.contains))
        }
    }

    @Test("JSON decodes into the document, with a shift or null per day per person")
    func jsonDecodes() throws {
        let plan = samplePlan
        let text = try HotelRosterDocument(plan: plan).json()
        let document = try JSONDecoder().decode(HotelRosterDocument.self, from: Data(text.utf8))
        #expect(document.format == "housekeeping-roster" && document.month == "2026-12")
        #expect(document.staff.count == plan.hotel.staff.count)
        #expect(document.staff.allSatisfy { $0.shifts.count == 31 })
        #expect(document.staff.map(\.shifts) == plan.roster!.shifts)
        #expect(document.outcome.feasible && document.outcome.penalty == plan.evaluation!.penalty)
        #expect(document.shiftTypes.first { $0.id == "E" }?.forbiddenNext == ["D", "M", "SUN"])
        #expect(text == (try HotelRosterDocument(plan: plan).json()))
    }

    @Test("iCalendar: one file per person, CRLF lines of at most 75 octets, one VEVENT per shift, stable unique UIDs")
    func icalendarWellFormed() throws {
        let plan = samplePlan
        let files = HotelRosterFormats.icalendar(plan)
        #expect(files.count == plan.hotel.staff.count)
        var uids = Set<String>()
        for (file, row) in zip(files, plan.roster!.shifts) {
            let text = file.text
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
            #expect(text.hasSuffix("END:VCALENDAR\r\n"))
            let bytes = Array(text.utf8)
            for index in bytes.indices where bytes[index] == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
            let lines = text.components(separatedBy: "\r\n").dropLast()
            #expect(lines.allSatisfy { $0.utf8.count <= 75 })
            let events = lines.filter { $0 == "BEGIN:VEVENT" }.count
            #expect(events == row.compactMap { $0 }.count)
            #expect(lines.filter { $0 == "END:VEVENT" }.count == events)
            for line in lines where line.hasPrefix("UID:") { #expect(uids.insert(line).inserted) }
        }
        // Times are in the property's zone, which the file describes.
        #expect(files.allSatisfy { $0.text.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n") })
        // An evening shift ends at midnight: DTEND is the next day at 00:00.
        let withEvening = try #require(files.first { $0.text.contains("SUMMARY:Evening") })
        let event = withEvening.text.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("SUMMARY:Evening") }!
        let prefix = "DTSTART;TZID=Asia/Shanghai:"
        let start = try #require(event.components(separatedBy: "\r\n").first { $0.hasPrefix(prefix) }).dropFirst(prefix.count)
        let end = try #require(event.components(separatedBy: "\r\n").first { $0.hasPrefix("DTEND;TZID=Asia/Shanghai:") })
            .dropFirst("DTEND;TZID=Asia/Shanghai:".count)
        #expect(start.hasSuffix("T183000") && end.hasSuffix("T000000"))
        #expect(Int(end.prefix(8))! != Int(start.prefix(8))!)
    }

    @Test("iCalendar text is escaped and long lines are folded")
    func icalendarEscapingAndFolding() {
        #expect(HotelRosterFormats.escapeText("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let folded = HotelRosterFormats.icalendar(samplePlan)[0].text
        #expect(!folded.contains("\n\n"))
        let long = "DESCRIPTION:" + String(repeating: "长", count: 40)
        let lines = HotelRosterFormats.foldForTesting(long).components(separatedBy: "\r\n")
        #expect(lines.count > 1 && lines.allSatisfy { $0.utf8.count <= 75 } && lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == long)
    }

    @Test("HTML is a whole printable page with a calendar row per person, and the text grid names everyone")
    func htmlAndText() {
        let plan = samplePlan
        let html = HotelRosterFormats.html(plan)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("@media print") && html.contains(".shift-E {"))
        for member in plan.hotel.staff { #expect(html.contains("<tr><td class=\"name\">\(member.id) ")) }
        #expect(html.components(separatedBy: "<table").count == html.components(separatedBy: "</table>").count)
        let text = HotelRosterFormats.text(plan)
        for member in plan.hotel.staff { #expect(text.contains("\(member.id) \(member.name)")) }
        #expect(text.contains("Hours vs contract") && text.contains("Cover per day") && text.contains("Soft rules broken"))
    }
}
