import Foundation
import Housekeeping

/// The roster as JSON (`housekeeping roster --format json`), documented in docs/roster.md: the month, the shift
/// types, one entry per person with a shift per day (`null` for a day off), the report (hours vs contract,
/// weekends, evenings, cover, soft rules broken) and how the planner ended. Keys are sorted; the same roster
/// gives the same bytes.
public struct HotelRosterDocument: Hashable, Sendable, Codable {
    public struct ShiftTypeEntry: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var start: TimeOfDay
        public var end: TimeOfDay
        public var paidMinutes: Int
        public var evening: Bool
        /// Shift types that may not be worked the next day (rest rule).
        public var forbiddenNext: [String]
    }

    public struct StaffEntry: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var roles: [String]
        public var contract: String
        /// One entry per day of the month: a shift type id, or `null` for a day off.
        public var shifts: [String?]
        /// Days of approved leave.
        public var leave: [CalendarDate]
        public var minutes: Int
        public var minimumMinutes: Int
        public var maximumMinutes: Int
        public var weekends: Int
        public var eveningShifts: Int
        public var requestsBroken: Int
    }

    public struct Outcome: Hashable, Sendable, Codable {
        /// Whether every hard rule holds.
        public var feasible: Bool
        /// The soft penalty (requests not honoured, cover off the preferred level).
        public var penalty: Int?
        /// The best lower bound on the penalty, when computed.
        public var lowerBound: Double?
        /// Why the search stopped: provenOptimal, timeLimit, noFeasibleRoster, or obstacles (found before solving).
        public var stop: String
        /// Why no roster meets the hard rules (empty when feasible).
        public var explanation: [String]
    }

    public var format = "housekeeping-roster"
    public var version = 1
    public var property: String
    public var timeZone: String
    public var month: String
    public var dates: [CalendarDate]
    public var shiftTypes: [ShiftTypeEntry]
    public var staff: [StaffEntry]
    public var cover: [HotelRosterReport.CoverLine]
    public var softBreaks: [HotelRosterReport.SoftBreak]
    public var fairness: [HotelRosterReport.Fairness]
    public var outcome: Outcome
    /// Staff not rostered (managers), by id.
    public var notRostered: [String]

    public init(plan: HotelRosterPlan) {
        let hotel = plan.hotel
        let report = plan.report
        let byID = Dictionary(uniqueKeysWithValues: (report?.people ?? []).map { ($0.id, $0) })
        property = hotel.month.property.name
        timeZone = hotel.month.property.timeZone
        month = hotel.month.month.description
        dates = hotel.month.month.dates
        let forbidden = Dictionary(uniqueKeysWithValues: hotel.problem.shiftTypes.map { ($0.id, $0.forbiddenFollowers.sorted()) })
        shiftTypes = hotel.month.property.shiftTypes.map {
            ShiftTypeEntry(id: $0.id, name: $0.name, start: $0.start, end: $0.end, paidMinutes: $0.paidMinutes,
                           evening: HotelRosterReport.isEvening($0), forbiddenNext: forbidden[$0.id] ?? [])
        }
        staff = hotel.staff.enumerated().map { e, member in
            let person = byID[member.id]
            let employee = hotel.problem.staff[e]
            return StaffEntry(
                id: member.id, name: member.name, roles: member.roles.map(\.rawValue).sorted(), contract: member.contract.kind.rawValue,
                shifts: plan.roster?.shifts[e] ?? Array(repeating: nil, count: hotel.problem.dayCount),
                leave: employee.leaveDays.sorted().map(hotel.date(ofDay:)), minutes: person?.minutes ?? 0,
                minimumMinutes: employee.minimumMinutes, maximumMinutes: employee.maximumMinutes,
                weekends: person?.weekends ?? 0, eveningShifts: person?.eveningShifts ?? 0, requestsBroken: person?.requestsBroken ?? 0)
        }
        cover = report?.cover ?? []
        softBreaks = report?.softBreaks ?? []
        fairness = report?.fairness ?? []
        outcome = Outcome(feasible: plan.isFeasible, penalty: plan.evaluation?.penalty, lowerBound: plan.lowerBound,
                          stop: plan.engine?.stop.rawValue ?? "obstacles", explanation: plan.explanation)
        notRostered = hotel.excluded.map(\.id)
    }

    /// The document as pretty-printed JSON with sorted keys and a final newline.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
