import Optimization

/// The planner's working state: the current roster, its cover counts and cost, the best so far, and the clock.
struct RosterSearch {
    let problem: RosterProblem
    let index: RosterIndex
    let options: RosterPlanner.Options
    let progress: ((RosterPlanner.Progress) -> Void)?
    let start = ContinuousClock.now
    var random: SeededGenerator
    /// The cost of one person missing from a hard cover minimum, in the internal objective.
    let shortfallWeight: Int

    /// rows[e][d]: -1 off, else a shift position.
    var rows: [[Int]]
    var counts: [Int]
    /// Which employees have a schedule meeting all their own rules.
    var employeeFeasible: [Bool]
    var best: [[Int]]?
    var bestCost = Int.max
    var lowerBound: Double?
    var secondsToFirst: Double?
    var secondsToBest: Double?
    var subproblemsSolved = 0
    var subproblemsCut = 0
    var employeeMoves = 0
    var branchAndPriceNodes = 0
    var branchAndPriceSeconds = 0.0
    var explanation: [String] = []
    /// Whether column generation converged (then the pool of schedules is worth MIPs).
    var columnsConverged = false
    /// Whether ``RosterPlanner/Options/roundLimit`` ended the improvement.
    var roundLimitReached = false
    /// The schedules generated so far, per employee (column generation).
    var pool: RosterColumnPool
    /// The master's LP over ``pool``, kept warm between column-generation rounds (built at the first).
    var poolMaster: RosterMasterProgram?
    /// Whether the search makes cell moves (``cellMoves(until:)``): not where pricing is exact (construction)
    /// or column generation converged (the search), where the MIPs over the pool and the branch-and-price make
    /// the changes of several people; there the moves only disturbed them (Instance5 at 60 s: 1451 once, against
    /// 1144 without).
    var useCellMoves = true

    init(problem: RosterProblem, options: RosterPlanner.Options, progress: ((RosterPlanner.Progress) -> Void)?) {
        self.problem = problem
        self.index = RosterIndex(problem)
        self.options = options
        self.progress = progress
        self.random = SeededGenerator(seed: options.seed)
        let weights = index.coverRows.map { max($0.underWeight, $0.overWeight) } + index.requestCost.flatMap { $0.flatMap { $0 } }
        shortfallWeight = 1000 + 10 * (weights.max() ?? 0)
        rows = Array(repeating: Array(repeating: -1, count: index.dayCount), count: index.employeeCount)
        counts = Array(repeating: 0, count: index.coverRows.count)
        employeeFeasible = Array(repeating: false, count: index.employeeCount)
        pool = RosterColumnPool(index: index, shortfallWeight: shortfallWeight)
    }

    var elapsed: Double { (ContinuousClock.now - start).seconds }
    var remaining: Double { options.timeLimitSeconds - elapsed }

    /// The internal cost: penalty plus a large weight per person missing from a hard minimum.
    func cost(of rows: [[Int]]) -> Int {
        index.penalty(rows) + shortfallWeight * index.minimumShortfall(index.coverCounts(rows))
    }

    func report(_ phase: String) {
        progress?(RosterPlanner.Progress(
            elapsedSeconds: elapsed, bestPenalty: best.map { index.penalty($0) }, lowerBound: lowerBound, phase: phase))
    }

    /// Records the current roster as the best when it meets every hard rule and costs less.
    mutating func recordIfBetter(_ phase: String) {
        guard employeeFeasible.allSatisfy({ $0 }) else { return }
        let current = cost(of: rows)
        guard current < bestCost, index.minimumShortfall(index.coverCounts(rows)) == 0 else { return }
        if best == nil { secondsToFirst = elapsed }
        best = rows
        bestCost = current
        secondsToBest = elapsed
        report(phase)
    }

    // MARK: - One employee at a time

    /// The value of each assignment of employee e on each day, given everyone else: cover gained (including
    /// hard minimums) minus requests broken. value[d][a + 1].
    func values(for e: Int) -> [[Double]] {
        var value = Array(repeating: Array(repeating: 0.0, count: index.shiftCount + 1), count: index.dayCount)
        for d in 0..<index.dayCount {
            let own = rows[e][d]
            value[d][0] = -Double(index.requestCost[e][d][0])
            for t in 0..<index.shiftCount {
                var gain = -Double(index.requestCost[e][d][t + 1])
                for r in index.rowsAt[d][t] where index.coverRows[r].counts[e] {
                    let row = index.coverRows[r]
                    let others = counts[r] - (own == t ? 1 : 0)
                    gain += Double(row.penalty(others) - row.penalty(others + 1))
                    if others < row.minimum { gain += Double(shortfallWeight) }
                }
                value[d][t + 1] = gain
            }
        }
        return value
    }

    mutating func setRow(_ e: Int, _ row: [Int]) {
        for d in 0..<index.dayCount where rows[e][d] != row[d] {
            if rows[e][d] >= 0 { for r in index.rowsAt[d][rows[e][d]] where index.coverRows[r].counts[e] { counts[r] -= 1 } }
            if row[d] >= 0 { for r in index.rowsAt[d][row[d]] where index.coverRows[r].counts[e] { counts[r] += 1 } }
        }
        rows[e] = row
    }

    /// The change in internal cost if employee e took `row` instead of the current one.
    func costChange(_ e: Int, to row: [Int]) -> Int {
        var change = index.requestPenalty(e, row) - index.requestPenalty(e, rows[e])
        var touched: [Int: Int] = [:]
        for d in 0..<index.dayCount where rows[e][d] != row[d] {
            if rows[e][d] >= 0 { for r in index.rowsAt[d][rows[e][d]] where index.coverRows[r].counts[e] { touched[r, default: 0] -= 1 } }
            if row[d] >= 0 { for r in index.rowsAt[d][row[d]] where index.coverRows[r].counts[e] { touched[r, default: 0] += 1 } }
        }
        for (r, delta) in touched where delta != 0 {
            let cover = index.coverRows[r]
            let before = counts[r], after = counts[r] + delta
            change += cover.penalty(after) - cover.penalty(before)
            change += shortfallWeight * (max(0, cover.minimum - after) - max(0, cover.minimum - before))
        }
        return change
    }

    /// Re-plans employee e alone, everyone else fixed; keeps the new schedule when it costs less (or when the
    /// employee had none meeting their rules). Returns whether the roster changed.
    @discardableResult
    mutating func reoptimise(_ e: Int) -> Bool {
        let searcher = EmployeeScheduleSearch(index: index, employee: e)
        guard let row = searcher.bestSchedule(base: values(for: e)) else { return false }
        if !employeeFeasible[e] || costChange(e, to: row) < 0 {
            setRow(e, row)
            employeeFeasible[e] = true
            employeeMoves += 1
            return true
        }
        return false
    }

    /// Builds the first roster employee by employee (always completed: a roster is needed whatever the time
    /// limit), then repeats single-employee re-planning while it helps and time remains.
    mutating func construct() {
        for e in 0..<index.employeeCount {
            if !reoptimise(e) {
                // The price adjustment found no schedule: try the slower exact search over minutes and weekends
                // (or, when even that does not fit, four times the price-adjustment rounds), then GLPK for this
                // employee alone while the time limit allows.
                var row = EmployeeScheduleSearch(index: index, employee: e).bestSchedule(
                    base: values(for: e), rounds: 240, exactOperationLimit: 40_000_000)
                if row == nil && remaining > 0.1 { row = solveSingleEmployee(e) }
                if let row {
                    setRow(e, row)
                    employeeFeasible[e] = true
                }
            }
        }
        recordIfBetter("construction")
        descend()
        while useCellMoves && remaining > 0 && cellMoves(until: options.timeLimitSeconds) {}
    }

    /// Single-employee re-planning in a seeded order until a whole pass changes nothing (or time runs out).
    mutating func descend() {
        var improved = true
        while improved && remaining > 0 {
            improved = false
            var order = Array(0..<index.employeeCount)
            order.shuffle(using: &random)
            for e in order where remaining > 0 {
                if reoptimise(e) { improved = true }
            }
            recordIfBetter("descent")
        }
    }

    // MARK: - The whole run

    mutating func run() -> RosterPlanner.Result {
        report("construction")
        let exact = exactPricing
        useCellMoves = !exact
        construct()
        if best == nil && employeeFeasible.allSatisfy({ $0 }) {
            // Everyone has a schedule of their own but a cover minimum is short: the search prices the shortfall
            // heavily, so it repairs the roster with the time there is.
            improve(untilFeasible: true)
        }
        if best == nil {
            explain()
        } else {
            let total = options.timeLimitSeconds
            // The schedules are only worth a dive and a MIP when pricing converged in its share of the time
            // (otherwise the pool is poor and the search gets the time). Column generation only runs when every
            // employee's pricing is exact in minutes and weekends: priced in, they stall far below the LP value
            // (hotel months with 450- and 480-minute shifts), and the search makes better use of the time.
            if exact {
                columnsConverged = generateColumns(until: min(total, elapsed + total * options.columnGenerationTimeShare))
            } else {
                boundByRelaxedPricing(until: min(total, elapsed + total * options.relaxedBoundTimeShare))
            }
            useCellMoves = !columnsConverged
            if columnsConverged {
                let masterEnd = min(total, elapsed + total * options.columnMasterTimeShare)
                dive(until: (elapsed + masterEnd) / 2)
                if !isProvenOptimal { solveColumnMaster(timeLimit: masterEnd - elapsed) }
                solveEnumeratedMaster(until: elapsed + max(0, total - elapsed) * options.branchAndPriceTimeShare)
            }
            improve()
        }
        let stop: RosterPlanner.Stop
        if best == nil {
            stop = .noFeasibleRoster
        } else if let lowerBound, Double(index.penalty(best!)) <= lowerBound.rounded(.up) + 1e-9 {
            stop = .provenOptimal
        } else {
            stop = roundLimitReached ? .roundLimit : .timeLimit
        }
        let roster = best.map { rows in
            Roster(shifts: rows.map { $0.map { $0 >= 0 ? problem.shiftTypes[$0].id : nil } })
        }
        let evaluation = best.map { RosterEvaluation(index: index, rows: $0, problem: problem) }
        report("done")
        return RosterPlanner.Result(
            roster: roster, evaluation: evaluation, lowerBound: lowerBound, secondsToFirstRoster: secondsToFirst,
            secondsToBest: secondsToBest, elapsedSeconds: elapsed, stop: stop, subproblemsSolved: subproblemsSolved,
            subproblemsCutByTimeLimit: subproblemsCut, employeeMoves: employeeMoves,
            explanation: explanation, branchAndPriceNodes: branchAndPriceNodes,
            branchAndPriceSeconds: branchAndPriceSeconds)
    }

    /// Whether every employee's pricing tracks minutes and weekends exactly (``EmployeeScheduleSearch/exactResources(operationLimit:countingShifts:)``).
    var exactPricing: Bool {
        (0..<index.employeeCount).allSatisfy {
            EmployeeScheduleSearch(index: index, employee: $0).exactResources(operationLimit: Self.pricingOperationLimit) != nil
        }
    }

    /// Whether the best roster is proven optimal by the bound.
    var isProvenOptimal: Bool {
        guard let best, let lowerBound else { return false }
        return Double(index.penalty(best)) <= lowerBound.rounded(.up) + 1e-9
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
