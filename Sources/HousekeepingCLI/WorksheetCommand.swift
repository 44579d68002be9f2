import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// `housekeeping worksheet`: plans the day's work sheet (the built-in sample hotel when no files are given).
public struct WorksheetCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "worksheet",
        abstract: "Plan the day's work sheet: rooms to attendants, in order, with inspections and cart loads.",
        discussion: """
            Derives the day's tasks from the room status and the standards, assigns them to the attendants on \
            duty with GLPK (starting from a greedy plan, stopping at the time limit with the best plan and its \
            gap), orders each list and picks the leads' inspections. With no input files it plans the built-in \
            sample hotel. The sheet goes to standard output; progress for solves over a second goes to standard \
            error.
            """
    )

    @OptionGroup public var hotel: HotelInputOptions

    @OptionGroup(title: "Sample hotel (when no files are given)") public var sample: SampleHotelArguments

    @Option(name: .long, help: "Stop the solver after this many seconds and keep the best plan.")
    public var timeLimit: Double = 10

    @Option(name: .long, help: "Stop once the plan is proven within this relative gap (0.01 = 1 %).")
    public var gap: Double = 0.005

    @Flag(help: "Print no progress to standard error.")
    public var quiet = false

    public init() {}

    public func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a number of seconds > 0") }
        guard gap.isFinite, gap >= 0, gap <= 1 else { throw ValidationError("--gap must be between 0 and 1") }
    }

    public func run() throws {
        let (property, day) = try hotel.load(sample: sample.options(date: hotel.calendarDate))
        let sheet = try plan(property: property, day: day)
        print(WorksheetPlainText.render(sheet), terminator: "")
    }

    /// Plans with the command's options, reporting progress on standard error.
    func plan(property: Property, day: DayStatus) throws -> WorkSheet {
        let quiet = self.quiet
        let options = WorkSheetOptions(timeLimitSeconds: timeLimit, relativeGap: gap, progress: { progress in
            guard !quiet, progress.elapsedSeconds >= 1 else { return }
            let incumbent = progress.incumbentObjective.map { String(format: "%.2f", $0) } ?? "-"
            let bound = progress.bestBound.map { String(format: "%.2f", $0) } ?? "-"
            FileHandle.standardError.write(Data(String(format: "[%6.1f s] plan %@  bound %@\n", progress.elapsedSeconds,
                                                       incumbent as NSString, bound as NSString).utf8))
        })
        do {
            return try WorkSheetPlanner(property: property, day: day, options: options).plan()
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
