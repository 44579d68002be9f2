import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// `housekeeping roster [plan]`: the hotel's monthly roster from the forecast, contracts and rules.
public struct RosterPlanCommand: ParsableCommand {
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable { case text, csv, json, html, ics }

    public static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Roster the hotel's month: staff × days, from the occupancy forecast (the default subcommand).",
        discussion: """
            Derives the cover per day, shift and role from the forecast (see `housekeeping roster demand`), maps \
            staff, contracts, rest rules (forbidden successions from --minimum-rest), runs of working days, days \
            off, weekends, approved leave, requests and the end of the previous month into the roster engine, \
            and prints the roster with hours per person against the contract, weekends and evening shifts per \
            person, cover per day against the requirement and every soft rule broken.

            Formats: text (a grid), csv, json (docs/roster.md), html (a printable calendar) and ics (one \
            iCalendar file per person, written into the --output folder). Files are written to a temporary \
            file and renamed, so nothing is left half-written.

            Exit status: 0 when the roster meets every hard rule; 2 when no roster does (the reason, which rule \
            for which person or which day is short by how many, is printed); 1 on bad input or a write error.
            """)

    @OptionGroup public var hotel: HotelMonthOptions

    @Option(help: "Output format: text, csv, json, html or ics.")
    public var format: Format = .text

    @Option(help: ArgumentHelp("Write to this file (for ics: this folder, one .ics file per person) instead of standard output.", valueName: "path"))
    public var output: String?

    @Option(help: ArgumentHelp("Stop searching after this many seconds.", valueName: "seconds"))
    public var timeLimit: Double = 30

    @Option(help: ArgumentHelp("Minimum rest between shifts, in hours (shift pairs with less become forbidden successions).", valueName: "hours"))
    public var minimumRest: Double = 11

    @Option(help: "The most weekends a person works in the month.")
    public var maximumWeekends: Int = 3

    @Flag(help: "Print no progress to standard error.")
    public var quiet = false

    public init() {}

    public mutating func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a number of seconds > 0") }
        guard minimumRest.isFinite, (0...24).contains(minimumRest) else { throw ValidationError("--minimum-rest must be between 0 and 24 hours") }
        guard maximumWeekends >= 0 else { throw ValidationError("--maximum-weekends must not be negative") }
        if format == .ics, output == nil { throw ValidationError("--format ics writes one file per person: give the folder with --output DIR") }
        if let output, output.isEmpty { throw ValidationError("--output needs a path") }
    }

    public func run() throws {
        var month = try hotel.load()
        month.rules.minimumRestHours = minimumRest
        month.rules.maximumWeekends = maximumWeekends
        let problem: HotelRosterProblem
        do { problem = try HotelRosterProblem(month) } catch {
            HotelInputOptions.diagnose("error: the month cannot be rostered as given:\n" + error.problems.map { "  \($0)" }.joined(separator: "\n"))
            throw ExitCode.failure
        }
        let quiet = self.quiet
        let plan = try problem.plan(RosterPlanner.Options(timeLimitSeconds: timeLimit, seed: hotel.seed)) { progress in
            guard !quiet else { return }
            let penalty = progress.bestPenalty.map(String.init) ?? "-"
            let bound = progress.lowerBound.map { StaffingDemand.decimal(max(0, $0), digits: 1) } ?? "-"
            HotelInputOptions.diagnose("[\(StaffingDemand.decimal(progress.elapsedSeconds, digits: 2)) s] \(progress.phase): search penalty \(penalty), bound \(bound)")
        }
        try Self.write(plan, format: format, to: output)
        if !quiet || !plan.isFeasible {
            for line in HotelRosterFormats.outcomeLines(plan) { HotelInputOptions.diagnose(line) }
        }
        if !plan.isFeasible { throw ExitCode(2) }
    }

    /// Renders the plan and writes it to standard output, a file or (ics) a folder, atomically.
    static func write(_ plan: HotelRosterPlan, format: Format, to output: String?) throws {
        let text: String
        switch format {
        case .text: text = HotelRosterFormats.text(plan)
        case .csv: text = HotelRosterFormats.csv(plan)
        case .json: text = try HotelRosterDocument(plan: plan).json()
        case .html: text = HotelRosterFormats.html(plan)
        case .ics:
            let files = HotelRosterFormats.icalendar(plan)
            guard !files.isEmpty, let output else {
                HotelInputOptions.diagnose("No roster, so no calendars were written.")
                return
            }
            try HotelRosterOutput.writeFolder(files.map { ($0.fileName, Data($0.text.utf8)) }, to: output)
            for file in files { print((output as NSString).appendingPathComponent(file.fileName)) }
            return
        }
        if let output {
            try HotelRosterOutput.writeFolder([((output as NSString).lastPathComponent, Data(text.utf8))],
                                              to: (output as NSString).deletingLastPathComponent)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// Writing output files all or nothing: every file goes to a temporary file in the target folder first; only
/// when all are written are they renamed into place. On any error the temporary files are removed and no
/// target file is touched.
enum HotelRosterOutput {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    static func writeFolder(_ files: [(name: String, data: Data)], to folder: String) throws {
        let folder = folder.isEmpty ? "." : folder
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if !manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            do { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                HotelInputOptions.diagnose("error: cannot create the folder \(folder): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        } else if !isDirectory.boolValue {
            HotelInputOptions.diagnose("error: \(folder) is a file, not a folder")
            throw ExitCode.failure
        }
        var temporaries: [(temporary: String, target: String)] = []
        func cleanUp() { for item in temporaries { try? manager.removeItem(atPath: item.temporary) } }
        for file in files {
            let target = (folder as NSString).appendingPathComponent(file.name)
            if manager.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                cleanUp()
                HotelInputOptions.diagnose("error: cannot write \(target): it is a folder")
                throw ExitCode.failure
            }
            let temporary = (folder as NSString).appendingPathComponent(".\(file.name).\(UUID().uuidString).tmp")
            guard manager.createFile(atPath: temporary, contents: file.data) else {
                cleanUp()
                HotelInputOptions.diagnose("error: cannot write \(target): the folder \(folder) is not writable")
                throw ExitCode.failure
            }
            temporaries.append((temporary, target))
        }
        for item in temporaries where rename(item.temporary, item.target) != 0 {
            let reason = String(cString: strerror(errno))
            cleanUp()
            HotelInputOptions.diagnose("error: cannot write \(item.target): \(reason)")
            throw ExitCode.failure
        }
    }
}
