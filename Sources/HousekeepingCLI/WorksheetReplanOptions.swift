import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// `worksheet --replan SHEET.json --absent A03 --at 12:30`: the midday re-plan of a sheet saved as JSON in the
/// morning, when staff went home; only their unfinished work moves.
public struct WorksheetReplanOptions: ParsableArguments {
    @Option(name: .customLong("replan"), help: ArgumentHelp(
        "Re-plan this morning's sheet (saved with --format json) from --at, for the staff named by --absent who went home. Give the same hotel files as in the morning.",
        valueName: "sheet.json"))
    public var sheet: String?

    @Option(name: .customLong("absent"), parsing: .singleValue, help: ArgumentHelp(
        "With --replan: who went home (a staff id; repeat, or separate with commas).", valueName: "id"))
    public var absent: [String] = []

    @Option(name: .customLong("at"), help: ArgumentHelp(
        "With --replan: when they left; work finished by then stays, the rest of their work moves.", valueName: "HH:MM"))
    public var at: String?

    public init() {}

    /// The staff ids who went home.
    public var absentIDs: Set<String> {
        Set(absent.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    public mutating func validate() throws {
        guard sheet != nil else {
            if !absent.isEmpty || at != nil { throw ValidationError("--absent and --at go with --replan SHEET.json") }
            return
        }
        guard !absentIDs.isEmpty else { throw ValidationError("--replan needs --absent ID: who went home") }
        guard let at else { throw ValidationError("--replan needs --at HH:MM: when they left") }
        guard TimeOfDay(parsing: at) != nil else { throw ValidationError("--at '\(at)' is not a time; expected HH:MM") }
    }

    /// Reads the morning sheet and re-plans it. Problems (the file, a different day, an unknown person) are
    /// printed and end the command with exit status 1.
    func replan(property: Property, day: DayStatus, sink: CommandOutput) throws -> WorkSheet {
        guard let path = sheet, let time = at.flatMap(TimeOfDay.init(parsing:)) else { throw ExitCode.failure }
        var report = ValidationReport()
        guard let text = HotelFiles.read(path, &report),
              let decoded = JSONDocument.decode(WorkSheetDocument.self, from: text, file: path, report: &report) else {
            sink.diagnose(report.description)
            throw ExitCode.failure
        }
        let document = decoded.value
        guard document.date == day.date else {
            sink.diagnose("error: \(path) is the sheet for \(document.date), but the hotel files are for \(day.date)")
            throw ExitCode.failure
        }
        let planner = WorkSheetPlanner(property: property, day: day)
        do {
            var morning = try planner.sheet(following: Dictionary(
                document.attendants.map { ($0.id, $0.tasks.map(\.taskID)) }, uniquingKeysWith: { first, _ in first }))
            let saved = Dictionary(document.summary.undone.map { ($0.taskID, $0) }, uniquingKeysWith: { first, _ in first })
            for i in morning.summary.undone.indices {
                if let line = saved[morning.summary.undone[i].task.id] {
                    morning.summary.undone[i].reason = line.reason
                    morning.summary.undone[i].explanation = line.explanation
                }
            }
            let timesNow = morning.scheduledTasks.map { "\($0.item.task.id) \($0.item.start) \($0.item.finish)" }
            let timesSaved = document.attendants.flatMap { $0.tasks.map { "\($0.taskID) \($0.start) \($0.finish)" } }
            if Set(timesNow) != Set(timesSaved) {
                sink.diagnose("warning: the times in \(path) differ from these files' (were the files changed since the morning?); the re-plan uses the times from these files")
            }
            return try planner.replan(morning, absent: absentIDs, at: time)
        } catch {
            sink.diagnose("error: \(path): \(error.description)")
            throw ExitCode.failure
        }
    }
}
