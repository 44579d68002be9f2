import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

/// `housekeeping roster score INSTANCE.txt ROSTER.csv`: scores a roster exactly by the benchmark's rules.
public struct RosterScoreCommand: ParsableCommand {
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable { case text, json }

    public static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a roster CSV against a benchmark instance: hard violations and penalty by kind.",
        discussion: """
            Exit status: 0 when the roster breaks no hard rule, 2 when it breaks one or more (each is listed), \
            1 when a file cannot be read or parsed.
            """
    )

    @Argument(help: "The instance file (Curtois & Qu format).")
    public var instance: String

    @Argument(help: "The roster CSV (header employee,0,1,…; one row per employee).")
    public var roster: String

    @Option(help: "Output format: text or json.")
    public var format: Format = .text

    public init() {}

    public func run() throws {
        let problem = try BenchmarkFiles.readInstance(instance)
        let parsed = try BenchmarkFiles.readRoster(roster, problem: problem)
        let evaluation = try RosterEvaluation(problem: problem, roster: parsed)
        print(Self.render(evaluation, format: format), terminator: "")
        if !evaluation.isFeasible { throw ExitCode(2) }
    }

    /// The report printed for an evaluation.
    public static func render(_ evaluation: RosterEvaluation, format: Format) -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = ScoreReport(evaluation)
            let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        case .text:
            var lines = [
                "feasible: \(evaluation.isFeasible ? "yes" : "no")",
                "hard violations: \(evaluation.violations.count)",
            ]
            lines += evaluation.violations.map { "  \($0)" }
            lines += [
                "penalty: \(evaluation.penalty)",
                "  shift on requests: \(evaluation.onRequestPenalty)",
                "  shift off requests: \(evaluation.offRequestPenalty)",
                "  cover under: \(evaluation.underCoverPenalty)",
                "  cover over: \(evaluation.overCoverPenalty)",
            ]
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

/// The JSON shape of `roster score --format json`.
struct ScoreReport: Codable {
    struct PenaltyByKind: Codable {
        var shiftOnRequests: Int
        var shiftOffRequests: Int
        var coverUnder: Int
        var coverOver: Int
    }
    var feasible: Bool
    var penalty: Int
    var penaltyByKind: PenaltyByKind
    var violations: [RosterViolation]

    init(_ evaluation: RosterEvaluation) {
        feasible = evaluation.isFeasible
        penalty = evaluation.penalty
        penaltyByKind = PenaltyByKind(
            shiftOnRequests: evaluation.onRequestPenalty, shiftOffRequests: evaluation.offRequestPenalty,
            coverUnder: evaluation.underCoverPenalty, coverOver: evaluation.overCoverPenalty)
        violations = evaluation.violations
    }
}
