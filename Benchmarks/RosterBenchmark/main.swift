// Roster benchmark: Curtois & Qu Instances 1–6 and a generated hotel month, with the penalty found, the known
// optimum, the time to the best roster and the lower bound. Run in release mode (see Benchmarks/README.md):
//   swift run -c release RosterBenchmark --help   (the options: RosterBenchmarkArguments.swift)
import ArgumentParser
import Foundation
import Housekeeping
import HousekeepingIO

let optimum = ["Instance1": 607, "Instance2": 828, "Instance3": 1001, "Instance4": 1716, "Instance5": 1143, "Instance6": 1950]

let arguments = RosterBenchmarkArguments.parseOrExit()
let directory = arguments.instances
let timeLimit = arguments.timeLimit
let runs = arguments.runs
let only = arguments.only.map { Set($0.split(separator: ",").map(String.init)) }
let syntheticStaff = arguments.syntheticStaff
let base = arguments.plannerOptions
let verbose = arguments.verbose

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
func format(_ value: Double?, _ digits: Int = 1) -> String { value.map { String(format: "%.\(digits)f", $0) } ?? "–" }

struct Run {
    var penalty: Int?; var toBest: Double?; var toFirst: Double?; var bound: Double?; var feasible: Bool; var at10: Int?
    /// Wall-clock seconds of the whole `plan` call (index, construction, every GLPK call), and the scorer's count
    /// of hard violations.
    var wall: Double = 0; var hardViolations: Int = 0; var stop = ""
    /// The scorer's penalty by kind: "under / over / requests (on + off)".
    var breakdown = "–"
}

@MainActor func solve(_ problem: RosterProblem, seed: UInt64, label: String) -> Run {
    var options = base
    options.seed = seed
    let planner = RosterPlanner(problem: problem)
    nonisolated(unsafe) var at10: Int?
    let clock = ContinuousClock.now
    do {
        let result = try planner.plan(options) { progress in
            if progress.elapsedSeconds <= 10, let penalty = progress.bestPenalty { at10 = penalty }
            if verbose { log(String(format: "  %@ [%6.2f s] %@ %@ bound %@", label, progress.elapsedSeconds, progress.phase,
                                    progress.bestPenalty.map(String.init) ?? "-", format(progress.lowerBound))) }
        }
        if verbose { log("  \(label): \(result.subproblemsSolved) sub-problems (\(result.subproblemsCutByTimeLimit) cut by their time limit), \(result.employeeMoves) employee moves, \(result.branchAndPriceNodes) branch-and-price nodes in \(format(result.branchAndPriceSeconds, 1)) s, stop \(result.stop)") }
        if result.roster == nil { log("  \(label): no roster: " + result.explanation.prefix(10).joined(separator: "; ")) }
        // Every roster is re-scored from scratch: the figure reported is the scorer's, not the engine's.
        let wall = (ContinuousClock.now - clock) / .seconds(1)
        let evaluation = try result.roster.map { try RosterEvaluation(problem: problem, roster: $0) }
        return Run(penalty: evaluation?.penalty, toBest: result.secondsToBest, toFirst: result.secondsToFirstRoster,
                   bound: result.lowerBound, feasible: evaluation?.isFeasible ?? false, at10: at10, wall: wall,
                   hardViolations: evaluation?.violations.count ?? 0, stop: result.stop.rawValue,
                   breakdown: evaluation.map { "\($0.underCoverPenalty) / \($0.overCoverPenalty) / \($0.onRequestPenalty + $0.offRequestPenalty)" } ?? "–")
    } catch {
        log("\(label): \(error)")
        return Run(penalty: nil, toBest: nil, toFirst: nil, bound: nil, feasible: false, at10: nil)
    }
}

// --generated runs only the generated instances.
let generatedOnly = arguments.generated != nil
if !arguments.skipInstances && !generatedOnly {
    print("| instance | optimum | penalty (median of \(runs)) | all runs | time to best, s (median) | lower bound | hard violations |")
    print("|---|---|---|---|---|---|---|")
    for name in optimum.keys.sorted() where only?.contains(name) ?? true {
        let path = "\(directory)/\(name).txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { log("cannot read \(path)"); continue }
        let problem: RosterProblem
        do { problem = try CurtoisInstance.parse(text, file: path) } catch { log("\(error)"); continue }
        var results: [Run] = []
        for seed in 1...UInt64(max(1, runs)) {
            let run = solve(problem, seed: seed, label: name)
            log("\(name) seed \(seed): penalty \(run.penalty.map(String.init) ?? "none"), best at \(format(run.toBest, 2)) s, bound \(format(run.bound))")
            results.append(run)
        }
        let penalties = results.compactMap(\.penalty).map(Double.init)
        let allRuns = results.map { $0.penalty.map(String.init) ?? "none" }.joined(separator: ", ")
        print("| \(name) | \(optimum[name]!) | \(penalties.isEmpty ? "none" : format(median(penalties), 0)) | \(allRuns) | \(format(median(results.compactMap(\.toBest)), 2)) | \(format(results.compactMap(\.bound).max(), 1)) | \(results.allSatisfy(\.feasible) ? "0" : "SOME") |")
    }
}

if !arguments.skipSynthetic && !generatedOnly {
    let problem = SyntheticHotelMonth.make(staffCount: syntheticStaff, seed: 2026)
    print("")
    print("| generated month | staff | days | first feasible, s | penalty at 10 s | penalty at \(format(timeLimit, 0)) s | lower bound | gap |")
    print("|---|---|---|---|---|---|---|---|")
    let run = solve(problem, seed: 1, label: "synthetic")
    let gap = run.penalty.flatMap { p in run.bound.map { b in p > 0 ? (Double(p) - b) / Double(p) * 100 : 0 } }
    print("| seed 2026 | \(syntheticStaff) | \(problem.dayCount) | \(format(run.toFirst, 2)) | \(run.at10.map(String.init) ?? "–") | \(run.penalty.map(String.init) ?? "none") | \(format(run.bound)) | \(gap.map { String(format: "%.1f %%", $0) } ?? "–") |")
}

// Generated instances in the Curtois & Qu format (GeneratedCurtoisInstance.swift), shaped like the published
// Instances 7–24: written as text, read back by the importer, solved, re-scored.
if generatedOnly {
    let generatedSeed = arguments.generatedSeed
    let sizes = arguments.generatedSizes
    if arguments.writeGenerated == nil {
        print("")
        print("| generated instance (seed \(generatedSeed)) | staff | days | shift types | run seed | first feasible, s | penalty at 10 s | penalty at \(format(timeLimit, 0)) s | under / over / requests | lower bound | hard violations | plan wall, s | stop |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    }
    for text in sizes {
        guard let size = GeneratedCurtoisInstance.Size(text) else { log("--generated: '\(text)' is not STAFFxDAYSxSHIFTS"); exit(1) }
        let file = GeneratedCurtoisInstance.text(size, seed: generatedSeed)
        if let directory = arguments.writeGenerated {
            let path = "\(directory)/\(size.name)-seed\(generatedSeed).txt"
            do { try file.write(toFile: path, atomically: true, encoding: .utf8) } catch { log("\(path): \(error)"); exit(1) }
            log("wrote \(path)")
            continue
        }
        let problem: RosterProblem
        do { problem = try CurtoisInstance.parse(file, file: size.name) } catch { log("\(error)"); exit(1) }
        for seed in 1...UInt64(max(1, runs)) {
            let run = solve(problem, seed: seed, label: size.name)
            log("\(size.name) seed \(seed): penalty \(run.penalty.map(String.init) ?? "none"), first at \(format(run.toFirst, 2)) s, wall \(format(run.wall, 2)) s, stop \(run.stop)")
            print("| \(size.name) | \(size.staff) | \(size.days) | \(size.shifts) | \(seed) | \(format(run.toFirst, 2)) | \(run.at10.map(String.init) ?? "–") | \(run.penalty.map(String.init) ?? "none") | \(run.breakdown) | \(format(run.bound)) | \(run.penalty == nil ? "no roster" : String(run.hardViolations)) | \(format(run.wall, 2)) | \(run.stop) |")
        }
    }
}
