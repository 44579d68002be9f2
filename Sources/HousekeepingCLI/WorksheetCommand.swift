import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO
import Optimization

/// `housekeeping worksheet`: plans the day's work sheet and writes it as text, JSON, CSV or printable HTML
/// (the built-in sample hotel when no files are given).
public struct WorksheetCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "worksheet",
        abstract: "Make the day's work sheet: which attendant cleans which rooms, in what order, with what on the cart.",
        discussion: """
            Reads today's room status (departures, stayovers, arrivals, DND, out of order) and who is on duty, \
            works out every task and its minutes from the hotel's standards, and shares the rooms out between \
            the attendants with an optimiser: nothing mandatory left undone if it can be helped, the work \
            weighted by minutes and shared fairly, as few floors per attendant as possible. Each attendant gets \
            their rooms in order (rooms with an arrival, VIPs and rushes first, DND last) with estimated start \
            and finish times and a cart pick list; each lead gets the rooms to inspect.

            The sheet starts with a summary: rooms and tasks, minutes needed against the minutes the staff on \
            duty are paid for, anything left undone and why, what one more attendant would change, and how the \
            plan compares with sharing credits out evenly floor by floor.

            With no files it plans the built-in sample hotel (and says so). The sheet goes to standard output, \
            or to the file named by --output; messages and progress go to standard error.

            Exit status: 0 when every mandatory task is on someone's list; 2 when the whole sheet was written but \
            mandatory work is left undone (too few attendants, nobody with the skill, nobody on duty in time: \
            the sheet and standard error say which tasks, why, and what one more attendant would change); 1 on \
            bad input or a write error (nothing is written).

            Midday re-plan: when someone goes home, --replan SHEET.json --absent ID --at HH:MM (with the same \
            files as in the morning) moves only their unfinished rooms, each to someone still on duty with the \
            skill and the minutes left (preferring someone already on that floor), and leaves every other list as \
            it was; what nobody can take is listed as undone.

            Examples:
              The sample hotel's sheet on the screen:
                housekeeping worksheet
              Today's files (as `housekeeping example` writes them), as pages to print:
                housekeeping worksheet --input today/ --format html --output sheet.html
              A property file and the PMS room-status export, one row per task:
                housekeeping worksheet --property hotel.json --status rooms.csv \\
                  --format csv --output tasks.csv
              At most 3 seconds of optimising, for programs:
                housekeeping worksheet --input today/ --time-limit 3 --format json
              A03 went home at 12:30 (the morning sheet saved as morning.json):
                housekeeping worksheet --input today/ --replan morning.json \\
                  --absent A03 --at 12:30
            """
    )

    @OptionGroup(title: "Which hotel and day") public var hotel: HotelInputOptions

    @Option(name: .long, help: ArgumentHelp(
        "How to write the sheet: text (to read or print), json (for other programs), csv (one row per task, for a spreadsheet) or html (a printable page per attendant).",
        valueName: "text|json|csv|html"))
    public var format: String = WorkSheetFormat.text.rawValue

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "Write the sheet to this file instead of the screen. The file is replaced only when the whole sheet is ready.",
        valueName: "file"))
    public var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "The most seconds the planning may take: a safety net, as the searches stop on counts well before it, so that the same input gives the same plan on a quiet and on a busy machine. If a very slow machine reaches it, the best plan found so far is kept and the sheet says how far from the best possible it may be. Below 5 seconds one of the slower improvement steps (dropping a floor from an attendant's list) is skipped.",
        valueName: "seconds"))
    public var timeLimit: Double = 10

    @Option(name: .long, help: ArgumentHelp(
        "Stop as soon as the plan is proven within this fraction of the best possible (0.005 = 0.5 %).",
        valueName: "fraction"))
    public var gap: Double = 0.005

    @Flag(help: "Leave out the figures that depend on this computer's speed (solve times; the bound and gap unless the plan is proven optimal), so the same input always gives the same file.")
    public var reproducible = false

    @Flag(help: "Print no progress messages.")
    public var quiet = false

    @OptionGroup(title: "Midday re-plan") public var replan: WorksheetReplanOptions

    @OptionGroup(title: "Sample hotel (when no files are given)") public var sample: SampleHotelArguments

    public init() {}

    /// The chosen format (valid once ``validate()`` has passed).
    public var outputFormat: WorkSheetFormat { WorkSheetFormat(rawValue: format.lowercased()) ?? .text }

    public func validate() throws {
        guard WorkSheetFormat(rawValue: format.lowercased()) != nil else {
            throw ValidationError("--format '\(format)' is not a format this command writes; use text, json, csv or html")
        }
        guard timeLimit.isFinite, timeLimit > 0 else {
            throw ValidationError("--time-limit must be a number of seconds greater than 0 (got \(timeLimit))")
        }
        guard gap.isFinite, gap >= 0, gap <= 1 else {
            throw ValidationError("--gap must be between 0 and 1, for example 0.01 for 1 % (got \(gap))")
        }
        if let output { try Self.checkWritable(output) }
    }

    public func run() throws {
        let sink = CommandOutput.current
        let (property, day) = try hotel.load(sample: sample.options(date: hotel.calendarDate))
        let sheet = replan.sheet == nil ? try plan(property: property, day: day, sink: sink)
                                        : try replan.replan(property: property, day: day, sink: sink)
        let data: Data
        do {
            data = try outputFormat.render(sheet, property: property, options: WorkSheetRenderOptions(reproducible: reproducible))
        } catch {
            sink.diagnose("error: could not write the work sheet as \(outputFormat.rawValue): \(error)")
            throw ExitCode.failure
        }
        if let output {
            do {
                try AtomicFile.write(data, to: output)
            } catch {
                sink.diagnose("error: \(error)")
                throw ExitCode.failure
            }
            if !quiet {
                sink.diagnose("Wrote the work sheet for \(sheet.date) (\(sheet.attendants.count) attendants, \(sheet.leads.count) leads) to \(output).")
            }
        } else {
            sink.writeData(data)
        }
        let undone = sheet.summary.undoneMandatory
        if !undone.isEmpty {
            let minutes = Int(sheet.summary.missingMinutes.rounded())
            sink.diagnose("warning: \(undone.count) mandatory task\(undone.count == 1 ? "" : "s") left undone (\(minutes) attendant-minutes missing); the sheet's summary lists them and why.")
            throw ExitCode(2)
        }
    }

    /// Plans with the command's options, reporting progress on standard error once a solve passes a second.
    func plan(property: Property, day: DayStatus, sink: CommandOutput) throws -> WorkSheet {
        let quiet = self.quiet
        let options = WorkSheetOptions(timeLimitSeconds: timeLimit, relativeGap: gap, progress: { progress in
            guard !quiet, progress.elapsedSeconds >= 1 else { return }
            sink.diagnose(Self.progressLine(progress))
        })
        do {
            return try WorkSheetPlanner(property: property, day: day, options: options).plan()
        } catch {
            sink.diagnose("error: \(error.description)")
            throw ExitCode.failure
        }
    }

    /// One progress line: elapsed time, the best plan so far and how far from the best possible it may be.
    static func progressLine(_ progress: SolveProgress) -> String {
        var line = String(format: "planning… %5.1f s", progress.elapsedSeconds)
        if let incumbent = progress.incumbentObjective {
            line += String(format: " · best plan so far %.1f", incumbent)
            if let gap = progress.relativeGap {
                line += String(format: " · at most %.1f %% from the best possible", gap * 100)
            }
        } else {
            line += " · no plan yet"
        }
        return line
    }

    /// Fails early, before any planning, when `path` cannot be written: its folder is missing or read-only, or
    /// it names a folder.
    static func checkWritable(_ path: String) throws {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if path.isEmpty || path.hasSuffix("/") {
            throw ValidationError("--output '\(path)' names a folder; give a file name")
        }
        if fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("--output '\(path)' is a folder; give a file name")
        }
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--output '\(path)': the folder \(folder) does not exist")
        }
        guard fileManager.isWritableFile(atPath: folder) else {
            throw ValidationError("--output '\(path)': the folder \(folder) is not writable")
        }
    }
}
