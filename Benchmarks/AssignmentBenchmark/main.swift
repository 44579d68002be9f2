// A generalised assignment benchmark for the Optimization layer: attendants (workers) take rooms (jobs), each
// room goes to exactly one attendant, each attendant has a capacity in minutes, and the total cost is minimised.
// The instance comes from a seeded generator, so every run of the same options solves the same model.
//
//   swift build -c release --product AssignmentBenchmark
//   .build/release/AssignmentBenchmark [--workers 60] [--jobs 1000] [--seed 1] [--runs 5] [--time-limit 10]
//                                      [--tightness 0.8] [--initial both|none|greedy] [--heuristics]
//                                      [--write-mps PATH]
//
// The report (a Markdown table of medians) goes to stdout; per-run progress goes to stderr.
import Foundation
import Optimization

// MARK: - Options

struct Options {
    var workers = 60
    var jobs = 1000
    var seed: UInt64 = 1
    var runs = 5
    var timeLimitSeconds = 10.0
    /// Capacity of each attendant as a share of (their total minutes over all rooms) / (number of attendants).
    var tightness = 0.8
    var initialModes: [Bool] = [false, true]
    /// Turn on GLPK's feasibility pump, proximity search (for at most a third of the time limit) and all cuts.
    var heuristics = false
    /// Write the model in free MPS format to this path (to compare with `glpsol` or other solvers) and stop.
    var mpsPath: String?

    static let usage = """
        usage: AssignmentBenchmark [--workers N] [--jobs N] [--seed N] [--runs N] [--time-limit SECONDS]
                                   [--tightness SHARE] [--initial both|none|greedy] [--heuristics]
                                   [--write-mps PATH]
        """

    init(arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        func value(_ name: String) throws(UsageError) -> String {
            guard let value = remaining.popFirst() else { throw UsageError("\(name) needs a value") }
            return value
        }
        func number<T: LosslessStringConvertible>(_ name: String, _ valid: (T) -> Bool) throws(UsageError) -> T {
            let text = try value(name)
            guard let parsed = T(text), valid(parsed) else { throw UsageError("\(name): '\(text)' is not valid") }
            return parsed
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--workers": workers = try number(argument) { (n: Int) in n > 0 }
            case "--jobs": jobs = try number(argument) { (n: Int) in n > 0 }
            case "--seed": seed = try number(argument) { (_: UInt64) in true }
            case "--runs": runs = try number(argument) { (n: Int) in n > 0 }
            case "--time-limit": timeLimitSeconds = try number(argument) { (s: Double) in s >= 0 && s.isFinite }
            case "--tightness": tightness = try number(argument) { (s: Double) in s > 0 && s.isFinite }
            case "--initial":
                switch try value(argument) {
                case "both": initialModes = [false, true]
                case "none": initialModes = [false]
                case "greedy": initialModes = [true]
                case let other: throw UsageError("--initial: '\(other)' is not both, none or greedy")
                }
            case "--heuristics": heuristics = true
            case "--write-mps": mpsPath = try value(argument)
            case "--help", "-h": throw UsageError(nil)
            default: throw UsageError("unknown argument '\(argument)'")
            }
        }
    }
}

struct UsageError: Error {
    var message: String?
    init(_ message: String?) { self.message = message }
}

// MARK: - The instance

/// SplitMix64: a small, fast, seeded generator, so the instance is the same on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Minutes 5…25 per room and attendant, costs 10…50 (walking, preferences), capacities
/// `tightness × Σ minutes / workers` (Martello and Toth's "type C" uses 0.8).
struct AssignmentInstance {
    var minutes: [[Double]]  // [worker][job]
    var costs: [[Double]]  // [worker][job]
    var capacities: [Double]

    init(workers: Int, jobs: Int, seed: UInt64, tightness: Double) {
        var random = SeededGenerator(seed: seed)
        minutes = (0..<workers).map { _ in (0..<jobs).map { _ in Double(Int.random(in: 5...25, using: &random)) } }
        costs = (0..<workers).map { _ in (0..<jobs).map { _ in Double(Int.random(in: 10...50, using: &random)) } }
        capacities = minutes.map { row in (tightness * row.reduce(0, +) / Double(workers)).rounded(.down) }
    }

    var workers: Int { minutes.count }
    var jobs: Int { minutes[0].count }

    func model() throws -> (Model, [[Variable]]) {
        var model = Model(name: "assignment")
        var x: [[Variable]] = []
        x.reserveCapacity(workers)
        for _ in 0..<workers { x.append(try model.addVariables(jobs, .binary)) }
        for job in 0..<jobs {
            try model.addConstraint(LinearExpression.sum((0..<workers).map { x[$0][job] }) == 1)
        }
        for worker in 0..<workers {
            var load = LinearExpression()
            for job in 0..<jobs { load.add(minutes[worker][job], x[worker][job]) }
            try model.addConstraint(load <= capacities[worker])
        }
        var cost = LinearExpression()
        for worker in 0..<workers { for job in 0..<jobs { cost.add(costs[worker][job], x[worker][job]) } }
        try model.setObjective(cost)
        return (model, x)
    }

    /// Regret greedy on cost, and when that runs out of room, regret greedy on minutes (which packs tighter),
    /// then cheaper moves of single rooms while any helps; `nil` when some room is left without an attendant.
    func greedy() -> [Int]? {
        guard var choice = greedy(by: costs) ?? greedy(by: minutes) else { return nil }
        var left = capacities
        for (job, worker) in choice.enumerated() { left[worker] -= minutes[worker][job] }
        var improved = true
        while improved {
            improved = false
            for job in 0..<jobs {
                let current = choice[job]
                let better = (0..<workers).filter { minutes[$0][job] <= left[$0] && costs[$0][job] < costs[current][job] }
                guard let target = better.min(by: { costs[$0][job] < costs[$1][job] }) else { continue }
                left[current] += minutes[current][job]
                left[target] -= minutes[target][job]
                choice[job] = target
                improved = true
            }
        }
        return choice
    }

    /// Repeatedly places the room whose best and second-best fitting attendants differ most in `desirability`
    /// with its best attendant; `nil` when some room fits nobody.
    func greedy(by desirability: [[Double]]) -> [Int]? {
        var left = capacities
        var choice = Array(repeating: -1, count: jobs)
        var open = Set(0..<jobs)
        while !open.isEmpty {
            var pick: (job: Int, worker: Int, regret: Double)?
            for job in open.sorted() {
                var best: (worker: Int, cost: Double)?, second = Double.infinity
                for worker in 0..<workers where minutes[worker][job] <= left[worker] {
                    let cost = desirability[worker][job]
                    if let current = best, cost >= current.cost {
                        second = min(second, cost)
                    } else {
                        if let current = best { second = current.cost }
                        best = (worker, cost)
                    }
                }
                guard let best else { return nil }
                let regret = second - best.cost
                if pick == nil || regret > pick!.regret { pick = (job, best.worker, regret) }
            }
            let chosen = pick!
            choice[chosen.job] = chosen.worker
            left[chosen.worker] -= minutes[chosen.worker][chosen.job]
            open.remove(chosen.job)
        }
        return choice
    }
}

// MARK: - Measuring

struct Run {
    var buildSeconds: Double
    /// Processor time of the process during the solve: on a shared machine, compare it with the wall time.
    var cpuSeconds: Double
    var solution: Solution
}

/// User plus system processor time of this process so far, in seconds.
func processorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let (whole, fraction) = (ContinuousClock.now - start).components
    return Double(whole) + Double(fraction) / 1e18
}

func format(_ value: Double?, _ digits: Int = 2) -> String {
    guard let value else { return "–" }
    return String(format: "%.\(digits)f", value)
}

func log(_ text: String) {
    var line = text + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

func main() throws -> Int32 {
    let options: Options
    do {
        options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
    } catch {
        if let message = error.message { log("error: \(message)") }
        log(Options.usage)
        return error.message == nil ? 0 : 2
    }

    let instance = AssignmentInstance(workers: options.workers, jobs: options.jobs, seed: options.seed,
                                      tightness: options.tightness)
    let buildStart = ContinuousClock.now
    let (model, _) = try instance.model()
    let firstBuildSeconds = seconds(since: buildStart)
    let nonzeros = model.constraints.reduce(0) { $0 + $1.constraint.expression.terms.count }
    if let path = options.mpsPath {
        try model.writeMPS(toPath: path)
        log("wrote \(path)")
        return 0
    }

    let greedyStart = ContinuousClock.now
    let greedy = instance.greedy()
    let greedySeconds = seconds(since: greedyStart)
    let greedyCost = greedy.map { choice in choice.enumerated().map { instance.costs[$1][$0] }.reduce(0, +) }
    /// The greedy assignment as an initial solution for the variables `x` of one model.
    func initialSolution(_ x: [[Variable]]) -> [Variable: Double]? {
        guard let greedy else { return nil }
        var point: [Variable: Double] = [:]
        for (job, worker) in greedy.enumerated() { point[x[worker][job]] = 1 }
        return point
    }

    print("## AssignmentBenchmark: \(options.workers) workers × \(options.jobs) jobs, seed \(options.seed)")
    print()
    print("Model: \(model.constraints.count) rows, \(model.variables.count) columns, \(nonzeros) nonzeros; "
          + "built in \(format(firstBuildSeconds)) s. Tightness \(options.tightness), "
          + "time limit \(format(options.timeLimitSeconds, 1)) s, \(options.runs) runs per row, "
          + (options.heuristics ? "feasibility pump, proximity search and all cuts on." : "GLPK defaults (no cuts, no heuristics)."))
    if let greedyCost {
        print("Greedy start: cost \(format(greedyCost, 0)) in \(format(greedySeconds)) s.")
    } else {
        print("Greedy start: found no feasible assignment (rows with a greedy start are skipped).")
    }
    print()
    print("| start | termination | LP bound | first solution s | objective | best bound | gap % | solve s | solve CPU s | build s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")

    for useInitial in options.initialModes {
        if useInitial && greedy == nil { continue }
        var runs: [Run] = []
        for run in 1...options.runs {
            let start = ContinuousClock.now
            let (runModel, runX) = try instance.model()  // timed in each run, as an application would build it
            let buildSeconds = seconds(since: start)
            let cpuStart = processorSeconds()
            var solveOptions = SolveOptions(timeLimitSeconds: options.timeLimitSeconds,
                                            initialSolution: useInitial ? initialSolution(runX) : nil)
            if options.heuristics {
                solveOptions.feasibilityPump = true
                solveOptions.proximitySearch = true
                solveOptions.proximitySearchSeconds = max(0.001, options.timeLimitSeconds / 3)
                solveOptions.cuts = .all
            }
            let solution = try runModel.solve(solveOptions)
            runs.append(Run(buildSeconds: buildSeconds, cpuSeconds: processorSeconds() - cpuStart, solution: solution))
            log("run \(run)/\(options.runs) \(useInitial ? "greedy" : "none"): \(solution.termination), "
                + "objective \(format(solution.objective, 0)), bound \(format(solution.bestBound, 1)), "
                + "first solution \(format(solution.firstSolutionSeconds)) s, solve \(format(solution.solveSeconds)) s "
                + "(CPU \(format(processorSeconds() - cpuStart)) s)")
        }
        let terminations = Dictionary(grouping: runs.map(\.solution.termination.rawValue), by: { $0 })
            .sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value.count)" }.joined(separator: ", ")
        let gaps = runs.compactMap { $0.solution.relativeGap.map { $0 * 100 } }
        let row = [
            useInitial ? "greedy" : "none", terminations,
            format(median(runs.compactMap(\.solution.relaxationObjective)), 1),
            format(median(runs.compactMap(\.solution.firstSolutionSeconds))),
            format(median(runs.compactMap(\.solution.objective)), 0),
            format(median(runs.compactMap(\.solution.bestBound)), 1),
            format(median(gaps), 3),
            format(median(runs.map(\.solution.solveSeconds))),
            format(median(runs.map(\.cpuSeconds))),
            format(median(runs.map(\.buildSeconds))),
        ]
        print("| " + row.joined(separator: " | ") + " |")
        let solveTimes = runs.map(\.solution.solveSeconds)
        log("solve seconds min…max: \(format(solveTimes.min()))…\(format(solveTimes.max()))")
    }
    return 0
}

do {
    exit(try main())
} catch {
    log("error: \(error)")
    exit(1)
}
