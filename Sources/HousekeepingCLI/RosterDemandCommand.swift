import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// `housekeeping roster demand`: the people needed per day, shift and role, and why.
public struct RosterDemandCommand: ParsableCommand {
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable { case text, csv, forecast, policy }

    public static let configuration = CommandConfiguration(
        commandName: "demand",
        abstract: "Show the staffing demand derived from the occupancy forecast, day by day.",
        discussion: """
            For each day: departures and stayovers; minutes by task (averaged over the room-type mix); the room \
            minutes split over the room-work shifts and divided by the productive minutes of a shift (paid \
            minutes less the allowance and floor-change travel), rounded up; leads at the inspection ratio; \
            public-area posts; turndown and fixed posts. --format csv prints the cover requirements \
            (date,shift,role,minimum,preferred); --format forecast prints the forecast used, in the forecast.csv \
            format, and --format policy the demand policy used, as demand-policy.json: starting points for your \
            own (put them in the --input folder or give --forecast / --policy).
            """)

    @OptionGroup public var hotel: HotelMonthOptions

    @Option(help: "Output format: text (the derivation), csv (the requirements), forecast (the forecast used, as forecast.csv) or policy (the demand policy used, as demand-policy.json).")
    public var format: Format = .text

    public init() {}

    public func run() throws {
        let month = try hotel.load()
        let demand: StaffingDemand
        do { demand = try month.demand() } catch {
            HotelInputOptions.diagnose("error: the demand cannot be derived:\n" + error.problems.map { "  \($0)" }.joined(separator: "\n"))
            throw ExitCode.failure
        }
        let missing = month.forecast.missingDates(in: month.month)
        if !missing.isEmpty { HotelInputOptions.diagnose("warning: the forecast has no figures for \(missing.count) day(s) of \(month.month)") }
        let text: String
        switch format {
        case .csv:
            var writer = CSVWriter(header: ["date", "shift", "role", "minimum", "preferred"])
            for requirement in demand.requirements {
                writer.append([requirement.date.description, requirement.shiftTypeID, requirement.role.rawValue,
                               "\(requirement.minimum)", "\(requirement.preferred)"])
            }
            text = writer.text
        case .text:
            text = Self.render(demand, month: month)
        case .forecast:
            text = OccupancyForecastCSV.render(month.forecast)
        case .policy:
            text = try DemandPolicyFile.write(month.policy)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The derivation as text, one block per day.
    public static func render(_ demand: StaffingDemand, month: HotelMonth) -> String {
        let policy = month.policy
        let travel = policy.floorChangesPerShift * month.property.standards.travelMinutesPerFloorChange
        var out = "Staffing demand for \(month.property.name), \(month.month) (\(month.property.rooms.count) rooms)\n"
        out += "Productive minutes = paid minutes − \(whole(policy.allowanceMinutesPerShift)) allowance (briefing, cart, handover)"
        out += " − \(StaffingDemand.decimal(policy.floorChangesPerShift, digits: 1)) floor changes × \(whole(month.property.standards.travelMinutesPerFloorChange)) min travel = paid − \(whole(policy.allowanceMinutesPerShift + travel)).\n"
        out += "Minimum = \(Int((policy.minimumShare * 100).rounded())) % of the work, rounded up; preferred = all of it, rounded up in total.\n"
        for day in demand.days {
            let forecast = day.forecast
            out += "\n\(forecast.date) \(forecast.date.weekday.rawValue.capitalized): \(forecast.departures) departures, \(forecast.stayovers) stayovers\n"
            for task in day.tasks {
                out += "  \(pad(task.task.rawValue, 20)) \(pad(StaffingDemand.decimal(task.rooms, digits: 1), 6, right: true)) rooms × \(pad(StaffingDemand.decimal(task.minutesPerRoom, digits: 1), 5, right: true)) min = \(pad(whole(task.minutes), 5, right: true)) min\n"
            }
            out += "  room minutes \(whole(day.roomMinutes))\n"
            for line in day.lines {
                out += "  \(pad(line.shiftTypeID, 4)) \(pad(line.role.rawValue, 18)) min \(line.minimum), preferred \(line.preferred): \(line.explanation)\n"
            }
        }
        return out
    }

    private static func whole(_ value: Double) -> String { String(Int(value.rounded())) }
    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
