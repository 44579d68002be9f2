import Optimization

extension RosterSearch {
    /// Solves the sub-problem of `staff` over `days` with GLPK, warm-started from the current roster, and keeps
    /// the result when every rule still holds and the cost did not rise. Returns whether the cost fell.
    @discardableResult
    mutating func reoptimise(staff: [Int], days: Range<Int>, timeLimit: Double, acceptEqual: Bool = true) -> Bool {
        guard timeLimit > 0.01 else { return false }
        guard let subproblem = try? RosterSubproblem(
            index: index, rows: rows, counts: counts, staff: staff, days: days, shortfallWeight: shortfallWeight)
        else { return false }
        let options = SolveOptions(timeLimitSeconds: timeLimit, initialSolution: subproblem.start)
        guard let solution = try? subproblem.model.solve(options), solution.hasSolution else { return false }
        subproblemsSolved += 1
        if solution.termination != .optimal { subproblemsCut += 1 }
        let candidate = subproblem.rows(from: solution, current: rows)
        for e in staff where index.employeeViolationCount(e, candidate[e]) > 0 { return false }
        let before = cost(of: rows), after = cost(of: candidate)
        guard after < before || (acceptEqual && after == before) else { return false }
        for e in staff {
            setRow(e, candidate[e])
            employeeFeasible[e] = true
        }
        return after < before
    }

    /// A schedule meeting every rule of one employee, from GLPK (used when pricing found none).
    mutating func solveSingleEmployee(_ e: Int) -> [Int]? {
        guard let subproblem = try? RosterSubproblem(
            index: index, rows: rows, counts: counts, staff: [e], days: 0..<index.dayCount, shortfallWeight: shortfallWeight)
        else { return nil }
        let options = SolveOptions(timeLimitSeconds: max(0.05, min(remaining / 2, 2)))
        guard let solution = try? subproblem.model.solve(options), solution.hasSolution else { return nil }
        let row = subproblem.rows(from: solution, current: rows)[e]
        return index.employeeViolationCount(e, row) == 0 ? row : nil
    }

    /// Large-neighbourhood search until the time limit, the round limit or a proven optimum: GLPK sub-problems
    /// over a few employees (and a window of days when the horizon is long), alternating with ruin-and-recreate
    /// moves accepted by simulated annealing. The temperature falls with the number of moves:
    /// linearly to 0 over ``RosterPlanner/Options/coolingMoves`` moves, then the search returns to the best
    /// roster and starts a new cycle; without a round limit it is also at most the share of the search's time
    /// left (so it reaches 0 by the time limit when fewer moves than a cycle fit). With `untilFeasible` it stops at
    /// the first roster meeting every hard rule (the repair of a construction that left a cover minimum short).
    mutating func improve(untilFeasible: Bool = false) {
        let allowedPerDay = (0..<index.employeeCount).map { e in max(1, (0..<index.shiftCount).filter { index.allows(e, $0) }.count) }
        let averageAllowed = Double(allowedPerDay.reduce(0, +)) / Double(max(1, index.employeeCount))
        var round = 0
        let weights = index.coverRows.flatMap { [$0.underWeight, $0.overWeight] }.filter { $0 > 0 }
        let startTemperature = options.annealing * Double(weights.reduce(0, +)) / Double(max(1, weights.count))
        let cycle = max(1, options.coolingMoves)
        var moves = 0
        // When fewer moves than a cycle fit in the time (large instances), the temperature also falls with the
        // time left, so that the search still ends cold; not under a round limit (runs stay deterministic).
        let searchTime = max(1e-9, options.timeLimitSeconds - elapsed)
        var costAtLastColumnMaster = bestCost
        var movesAtFruitlessPass = -1
        while remaining > 0.05 && !isProvenOptimal && round < (options.roundLimit ?? .max) && !(untilFeasible && best != nil) {
            round += 1
            // New best rosters bring new schedules: the MIP over the pool again (small after reduced-cost fixing).
            if columnsConverged && round % 25 == 0 && bestCost < costAtLastColumnMaster {
                costAtLastColumnMaster = bestCost
                solveColumnMaster(timeLimit: min(remaining, 4 * options.subproblemTimeLimitSeconds))
            }
            // Cell moves again only when the roster changed since a pass found nothing (a pass costs seconds on a
            // year of 150 staff).
            if useCellMoves && employeeMoves != movesAtFruitlessPass && !cellMoves(until: options.timeLimitSeconds) {
                movesAtFruitlessPass = employeeMoves
            }
            let (staff, days) = neighbourhood(kind: round % 3, averageAllowed: averageAllowed)
            if reoptimise(staff: staff, days: days, timeLimit: min(remaining, options.subproblemTimeLimitSeconds)) {
                movesAtFruitlessPass = -1
                recordIfBetter("search")
            }
            // Ruin and recreate: a batch of cheap moves.
            for _ in 0..<options.moveBatch where remaining > 0.05 {
                let count = min(index.employeeCount, Int.random(in: 2...max(2, min(6, index.employeeCount)), using: &random))
                var cooling = Double(cycle - moves % cycle) / Double(cycle)
                if options.roundLimit == nil { cooling = min(cooling, max(0, remaining) / searchTime) }
                if ruinAndRecreate(employeeCount: count, temperature: startTemperature * cooling) { recordIfBetter("search") }
                moves += 1
                if moves % cycle == 0, let best { for e in 0..<index.employeeCount { setRow(e, best[e]) } }
            }
        }
        roundLimitReached = round >= (options.roundLimit ?? .max)
        recordIfBetter("search")
    }

    /// Chooses the employees and days of the next GLPK sub-problem, at most ``RosterPlanner/Options/subproblemBinaryLimit``
    /// binaries whatever the instance's size:
    /// - kind 0: two or three employees over the whole horizon (or the longest window that fits);
    /// - kind 1: as many employees as fit over a window of two to four days (swaps between people on the same days);
    /// - kind 2: around a day and shift with a cover penalty, the employees who could work that shift.
    mutating func neighbourhood(kind: Int, averageAllowed: Double) -> ([Int], Range<Int>) {
        let limit = Double(options.subproblemBinaryLimit)
        let dayCount = index.dayCount, employeeCount = index.employeeCount
        func window(_ length: Int, around centre: Int? = nil) -> Range<Int> {
            let length = max(1, min(dayCount, length))
            let latest = dayCount - length
            let first = centre.map { min(latest, max(0, $0 - length / 2)) } ?? Int.random(in: 0...latest, using: &random)
            return first..<(first + length)
        }
        func someStaff(_ count: Int, from pool: [Int]) -> [Int] {
            var shuffled = pool
            shuffled.shuffle(using: &random)
            return Array(shuffled.prefix(max(1, count))).sorted()
        }
        let everyone = Array(0..<employeeCount)
        switch kind {
        case 1:
            let length = Int.random(in: 2...4, using: &random)
            let count = min(employeeCount, max(2, Int(limit / (Double(length) * averageAllowed))))
            return (someStaff(count, from: everyone), window(length))
        case 2:
            let penalised = index.coverRows.indices.filter { index.coverRows[$0].penalty(counts[$0]) > 0 }
            if let pick = penalised.randomElement(using: &random) {
                let row = index.coverRows[pick]
                let able = everyone.filter { row.counts[$0] && index.allows($0, row.shift) && !index.leave[$0][row.day] }
                let length = Int.random(in: 3...7, using: &random)
                let count = min(able.count, max(2, Int(limit / (Double(length) * averageAllowed))))
                if count >= 2 { return (someStaff(count, from: able), window(length, around: row.day)) }
            }
            fallthrough
        default:
            let count = min(employeeCount, Int.random(in: 2...3, using: &random))
            let length = Int(limit / (Double(count) * averageAllowed))
            return (someStaff(count, from: everyone), window(max(7, length)))
        }
    }

    /// Why no roster was found: each employee with no schedule meeting their own rules, and unmet minimums.
    mutating func explain() {
        for e in 0..<index.employeeCount where !employeeFeasible[e] {
            let person = problem.staff[e]
            var reasons: [String] = []
            let available = (0..<index.dayCount).filter { !index.leave[e][$0] }.count
            let longest = (0..<index.shiftCount).filter { index.allows(e, $0) }.map { index.minutes[$0] }.max() ?? 0
            if available * longest < person.minimumMinutes {
                reasons.append("at most \(available) days × \(longest) minutes = \(available * longest) minutes can be worked (leave, allowed shifts), minimum is \(person.minimumMinutes)")
            }
            if person.minimumMinutes > person.maximumMinutes {
                reasons.append("minimum minutes \(person.minimumMinutes) exceed maximum \(person.maximumMinutes)")
            }
            if reasons.isEmpty {
                reasons.append("no schedule meets minimum minutes \(person.minimumMinutes) together with the run, weekend, leave and per-shift limits")
            }
            explanation.append("employee \(person.id): " + reasons.joined(separator: "; "))
        }
        for (row, count) in zip(index.coverRows, counts) where count < row.minimum {
            explanation.append("day \(row.day) shift \(index.shiftIDs[row.shift]): \(count) rostered when the search stopped, minimum \(row.minimum)")
        }
    }
}
