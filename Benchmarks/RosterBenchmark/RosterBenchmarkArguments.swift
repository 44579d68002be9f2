import ArgumentParser
import Housekeeping

/// The benchmark's options: a value that does not parse or is out of range stops it with a message (it used to
/// fall back silently to the default).
struct RosterBenchmarkArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "RosterBenchmark",
        abstract: "Curtois & Qu Instances 1–6, a generated hotel month and generated Curtois-format instances: "
            + "penalty, time to the best roster, lower bound, re-scored by the independent scorer.",
        discussion: "With no option it runs Instances 1–6 and the hotel month at 60 s each (about 6 minutes).")

    @Option(help: "The directory holding Instance1.txt … Instance6.txt.")
    var instances = "../shared/benchmarks/curtois"
    @Option(parsing: .unconditional, help: "Seconds per run.")
    var timeLimit: Double = 60
    @Option(parsing: .unconditional, help: "Runs (seeds 1…N) per instance.")
    var runs = 1
    @Option(help: "Only these instances, e.g. Instance1,Instance5.")
    var only: String?
    @Option(parsing: .unconditional, help: "Staff of the generated hotel month.")
    var syntheticStaff = 100
    @Flag(help: "Skip the generated hotel month.")
    var skipSynthetic = false
    @Flag(help: "Skip Instances 1–6.")
    var skipInstances = false
    @Option(help: "Only generated Curtois-format instances of these sizes, STAFFxDAYSxSHIFTS, e.g. 50x84x5,150x364x32.")
    var generated: String?
    @Option(parsing: .unconditional, help: "The seed of the generated instances.")
    var generatedSeed: UInt64 = 1
    @Option(help: "Write the generated instances into this directory instead of solving them.")
    var writeGenerated: String?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.subproblemBinaryLimit.")
    var subproblemBinaries: Int?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.subproblemTimeLimitSeconds.")
    var subproblemSeconds: Double?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.moveBatch.")
    var moveBatch: Int?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.annealing.")
    var annealing: Double?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.columnGenerationTimeShare (0…1).")
    var columnShare: Double?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.relaxedBoundTimeShare (0…1).")
    var boundShare: Double?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.columnMasterTimeShare (0…1).")
    var masterShare: Double?
    @Option(parsing: .unconditional, help: "RosterPlanner.Options.branchAndPriceTimeShare (0…1).")
    var branchShare: Double?
    @Flag(help: "Progress of every run on stderr.")
    var verbose = false

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be more than 0 seconds, got \(timeLimit)") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1, got \(runs)") }
        guard syntheticStaff >= 1 else { throw ValidationError("--synthetic-staff must be at least 1, got \(syntheticStaff)") }
        if let subproblemBinaries, subproblemBinaries < 1 {
            throw ValidationError("--subproblem-binaries must be at least 1, got \(subproblemBinaries)")
        }
        if let subproblemSeconds, subproblemSeconds <= 0 {
            throw ValidationError("--subproblem-seconds must be more than 0, got \(subproblemSeconds)")
        }
        if let moveBatch, moveBatch < 0 { throw ValidationError("--move-batch must be 0 or more, got \(moveBatch)") }
        if let annealing, annealing < 0 { throw ValidationError("--annealing must be 0 or more, got \(annealing)") }
        for (name, share) in [("--column-share", columnShare), ("--master-share", masterShare), ("--branch-share", branchShare), ("--bound-share", boundShare)] {
            if let share, !(0...1).contains(share) { throw ValidationError("\(name) must be between 0 and 1, got \(share)") }
        }
        for text in generatedSizes where GeneratedCurtoisInstance.Size(text) == nil {
            throw ValidationError("--generated: '\(text)' is not STAFFxDAYSxSHIFTS (e.g. 150x364x32)")
        }
    }

    /// The sizes listed by `--generated`.
    var generatedSizes: [String] { generated.map { $0.split(separator: ",").map(String.init) } ?? [] }

    /// The planner options these arguments give (seed set per run).
    var plannerOptions: RosterPlanner.Options {
        var options = RosterPlanner.Options(timeLimitSeconds: timeLimit)
        if let subproblemBinaries { options.subproblemBinaryLimit = subproblemBinaries }
        if let subproblemSeconds { options.subproblemTimeLimitSeconds = subproblemSeconds }
        if let moveBatch { options.moveBatch = moveBatch }
        if let annealing { options.annealing = annealing }
        if let columnShare { options.columnGenerationTimeShare = columnShare }
        if let boundShare { options.relaxedBoundTimeShare = boundShare }
        if let masterShare { options.columnMasterTimeShare = masterShare }
        if let branchShare { options.branchAndPriceTimeShare = branchShare }
        return options
    }
}
