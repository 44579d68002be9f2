import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// `housekeeping roster benchmark INSTANCE.txt --time-limit S --output ROSTER.csv`: solves a benchmark instance.
public struct RosterBenchmarkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Solve a Curtois & Qu benchmark instance and write the roster as CSV.",
        discussion: """
            Prints the penalty and the lower bound to standard output and progress to standard error. The CSV \
            is written to a temporary file and renamed, so it is never half-written. The same seed gives the \
            same roster unless a GLPK sub-problem is cut by its time limit.
            """
    )

    @Argument(help: "The instance file (Curtois & Qu format, CRLF or LF).")
    public var instance: String

    @Option(name: .long, help: "Stop after this many seconds.")
    public var timeLimit: Double = 60

    @Option(help: "Seed of the search's random choices.")
    public var seed: UInt64 = 1

    @Option(help: "Where to write the roster CSV.")
    public var output: String

    @Flag(help: "Print no progress to standard error.")
    public var quiet = false

    public init() {}

    public func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a number of seconds > 0") }
        guard !output.isEmpty else { throw ValidationError("--output needs a file path") }
    }

    public func run() throws {
        let problem = try BenchmarkFiles.readInstance(instance)
        let planner = RosterPlanner(problem: problem)
        let options = RosterPlanner.Options(timeLimitSeconds: timeLimit, seed: seed)
        let quiet = self.quiet
        let result = try planner.plan(options) { progress in
            guard !quiet else { return }
            let penalty = progress.bestPenalty.map(String.init) ?? "-"
            let bound = progress.lowerBound.map { String(format: "%.1f", $0) } ?? "-"
            FileHandle.standardError.write(Data(String(
                format: "[%7.2f s] %-12@ penalty %@  bound %@\n", progress.elapsedSeconds,
                progress.phase as NSString, penalty as NSString, bound as NSString).utf8))
        }
        guard let roster = result.roster, let evaluation = result.evaluation else {
            FileHandle.standardError.write(Data(("no roster meets every hard rule:\n" +
                result.explanation.map { "  \($0)\n" }.joined()).utf8))
            throw ExitCode(2)
        }
        try BenchmarkFiles.writeAtomically(CurtoisRosterCSV.write(roster, problem: problem), to: output)
        print("penalty: \(evaluation.penalty)")
        print("lower bound: \(result.lowerBound.map { String(format: "%.2f", $0) } ?? "not computed")")
        print("stopped: \(result.stop.rawValue) after \(String(format: "%.2f", result.elapsedSeconds)) s; best found at \(String(format: "%.2f", result.secondsToBest ?? 0)) s; \(result.subproblemsSolved) sub-problems")
    }
}
