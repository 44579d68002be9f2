// The work-sheet benchmark: generated hotels of 120 / 300 / 1,000 / 3,000 rooms, planned end to end
// (tasks, GLPK assignment, order, inspections, carts, baseline) five times each; prints a Markdown table.
//
//   swift build -c release --product WorkSheetBenchmark
//   .build/release/WorkSheetBenchmark [--runs 5] [--sizes 120,300,1000,3000] [--time-limit-scale 1] [--mix-moves N] [--neighbourhood-solves N] [--breakdown] [--export-model DIR] (--help)
//
// `--breakdown` also prints, after the table, the last run's objective term by term for the plan and for the bound
// worked out without the solver (SolverReport.planTerms and boundTerms), so that a gap can be traced to its terms,
// and how many neighbourhoods each run's search re-planned (SolverReport.neighbourhoodSolves).
// `--mix-moves 0` turns off the last pass that mixes departures fairly (WorkSheetOptions.departureMixMoves),
// to compare with and without it in the same conditions; `--neighbourhood-solves 0` likewise turns off the
// neighbourhood search (WorkSheetOptions.neighbourhoodSolves). `--export-model DIR` plans each size once more after
// the timed runs and writes its whole day's model with the plan in it into DIR (see ModelExport.swift), to solve
// with an outside solver for comparison.
import ArgumentParser
import Foundation
import Housekeeping
import Synchronization

struct Size {
    var rooms: Int
    var floors: Int
    var buildings: Int
    var attendants: Int
    /// The planner's time limit: only a safety net, well above what a run needs even on a loaded machine (the
    /// searches stop on counts, so that the plan does not depend on the machine's speed); under 5 s up to 1,000
    /// rooms, where the floor drops would start.
    var timeLimit: Double
}

let allSizes = [
    Size(rooms: 120, floors: 6, buildings: 1, attendants: 10, timeLimit: 2.5),
    Size(rooms: 300, floors: 12, buildings: 1, attendants: 20, timeLimit: 2.5),
    Size(rooms: 1000, floors: 25, buildings: 1, attendants: 60, timeLimit: 4.5),
    Size(rooms: 3000, floors: 25, buildings: 3, attendants: 180, timeLimit: 11),
]

/// The options: a value that does not parse or is out of range stops the benchmark with a message.
struct WorkSheetBenchmarkArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "WorkSheetBenchmark",
        abstract: "Generated hotels planned end to end (tasks, GLPK assignment, order, inspections, carts, baseline).")

    @Option(parsing: .unconditional, help: "Runs per size.")
    var runs = 5
    @Option(help: "Room counts to plan, among 120,300,1000,3000.")
    var sizes = allSizes.map { String($0.rooms) }.joined(separator: ",")
    @Option(parsing: .unconditional, help: "Multiplies each size's solver time limit.")
    var timeLimitScale = 1.0
    @Option(parsing: .unconditional, help: "WorkSheetOptions.departureMixMoves (0 turns the pass off).")
    var mixMoves = WorkSheetOptions().departureMixMoves
    @Option(parsing: .unconditional, help: "WorkSheetOptions.neighbourhoodSolves (0 turns the search off).")
    var neighbourhoodSolves = WorkSheetOptions().neighbourhoodSolves
    @Flag(help: "Also print the last run's objective term by term, plan against bound, per size.")
    var breakdown = false
    @Option(help: "Write each size's whole day model (MPS) and plan (.start) into this directory, from one extra run.")
    var exportModel: String?

    /// The room counts asked for.
    var wanted: Set<Int> { Set(sizes.split(separator: ",").compactMap { Int($0) }) }

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1, got \(runs)") }
        guard timeLimitScale > 0 else { throw ValidationError("--time-limit-scale must be more than 0, got \(timeLimitScale)") }
        guard mixMoves >= 0 else { throw ValidationError("--mix-moves must be 0 or more, got \(mixMoves)") }
        guard neighbourhoodSolves >= 0 else { throw ValidationError("--neighbourhood-solves must be 0 or more, got \(neighbourhoodSolves)") }
        let known = Set(allSizes.map(\.rooms))
        for text in sizes.split(separator: ",") where Int(text).map(known.contains) != true {
            throw ValidationError("--sizes: '\(text)' is not one of \(allSizes.map { String($0.rooms) }.joined(separator: ", "))")
        }
        if let directory = exportModel {
            // Made before the timed runs, so that a directory that cannot be written stops the benchmark at once.
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw ValidationError("--export-model: cannot make the directory '\(directory)': \(error.localizedDescription)")
            }
            guard FileManager.default.isWritableFile(atPath: directory) else {
                throw ValidationError("--export-model: the directory '\(directory)' is not writable")
            }
        }
    }
}

let arguments = WorkSheetBenchmarkArguments.parseOrExit()
let runs = arguments.runs
let wanted = arguments.wanted
let scale = arguments.timeLimitScale
let mixMoves = arguments.mixMoves
let neighbourhoodSolves = arguments.neighbourhoodSolves
var breakdowns: [(rooms: Int, solver: SolverReport, neighbourhoodSolves: [Int])] = []

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
func f(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

print("| rooms | attendants on duty | groups | variables (integer) | constraints | median plan s | max plan s | solve s (last run) | started from greedy | termination | gap % | load ÷ fair share | floors/attendant mean (max) | undone | most departures ÷ fair share | baseline load ÷ fair share | baseline floors mean (max) | baseline most departures ÷ fair share |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for size in allSizes where wanted.contains(size.rooms) {
    let hotel = SampleHotel(SampleHotelOptions(rooms: size.rooms, floors: size.floors, buildings: size.buildings,
                                               attendants: size.attendants, seed: 1))
    var times: [Double] = []
    var last: WorkSheet?
    var gaps: [Double] = []
    var neighbourhoodSolveCounts: [Int] = []
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let start = clock.now
        let sheet = try WorkSheetPlanner(property: hotel.property, day: hotel.day,
                                         options: WorkSheetOptions(timeLimitSeconds: size.timeLimit * scale, relativeGap: 0.01,
                                                                   departureMixMoves: mixMoves,
                                                                   neighbourhoodSolves: neighbourhoodSolves)).plan()
        let elapsed = clock.now - start
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        gaps.append(sheet.summary.solver.relativeGap ?? .nan)
        if let solves = sheet.summary.solver.neighbourhoodSolves { neighbourhoodSolveCounts.append(solves) }
        last = sheet
    }
    guard let sheet = last else { continue }
    if let directory = arguments.exportModel {
        let exported = Mutex<DayModelExport?>(nil)
        var options = WorkSheetOptions(timeLimitSeconds: size.timeLimit * scale, relativeGap: 0.01,
                                       departureMixMoves: mixMoves, neighbourhoodSolves: neighbourhoodSolves)
        options.modelExport = { export in exported.withLock { $0 = export } }
        let exportSheet = try WorkSheetPlanner(property: hotel.property, day: hotel.day, options: options).plan()
        if let export = exported.withLock({ $0 }) {
            do {
                try writeDayModel(export, rooms: size.rooms, directory: directory)
            } catch {
                FileHandle.standardError.write(Data("--export-model: cannot write the \(size.rooms)-room model into '\(directory)': \(error.localizedDescription)\n".utf8))
                exit(1)
            }
            print("exported \(size.rooms) rooms: plan objective \(export.objective) (reported \(exportSheet.summary.solver.objective.map { f($0) } ?? "-")), \(export.model.variables.count) variables, \(export.model.constraints.count) constraints")
        }
    }
    let s = sheet.summary
    let onDuty = sheet.attendants.filter { $0.role == .roomAttendant }.count
    print("| \(size.rooms) | \(onDuty) | \(s.solver.workGroups) | \(s.solver.variables) (\(s.solver.integerVariables)) | \(s.solver.constraints) | \(f(median(times))) | \(f(times.max() ?? .nan)) | \(f(s.solver.solveSeconds)) | \(s.solver.startedFromGreedy.map { $0 ? "yes" : "no" } ?? "-") | \(s.solver.termination) | \(f(median(gaps) * 100)) | \(f(s.quality.highestLoadOverFairShare, 3)) | \(f(s.quality.floorsPerAttendantMean)) (\(s.quality.floorsPerAttendantMax)) | \(s.undoneMandatory.count) | \(f(s.quality.highestDeparturesOverFairShare)) | \(f(s.baseline.highestLoadOverFairShare, 3)) | \(f(s.baseline.floorsPerAttendantMean)) (\(s.baseline.floorsPerAttendantMax)) | \(f(s.baseline.highestDeparturesOverFairShare)) |")
    FileHandle.standardOutput.synchronizeFile()
    breakdowns.append((size.rooms, s.solver, neighbourhoodSolveCounts))
}

/// The objective term by term, plan against the bound worked out without the solver, one table per size.
if arguments.breakdown {
    for (rooms, solver, solves) in breakdowns {
        print("\n\(rooms) rooms: objective \(solver.objective.map { f($0) } ?? "-"), best bound \(solver.bestBound.map { f($0) } ?? "-") (GLPK's or the one below, the higher); neighbourhood sub-solves per run \(solves.isEmpty ? "-" : solves.map(String.init).joined(separator: ", "))\n")
        print("| term | plan | bound | plan − bound |")
        print("|---|---|---|---|")
        guard let plan = solver.planTerms else { continue }
        let bound = solver.boundTerms
        for (term, boundTerm) in zip(plan.named + [("total", plan.total)], (bound?.named ?? []) + [("total", bound?.total ?? .nan)]) {
            let value = bound == nil ? "-" : f(boundTerm.value)
            print("| \(term.name) | \(f(term.value)) | \(value) | \(bound == nil ? "-" : f(term.value - boundTerm.value)) |")
        }
    }
}
