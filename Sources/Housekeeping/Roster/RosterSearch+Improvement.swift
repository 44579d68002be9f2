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
        let options = SolveOptions(timeLimitSeconds: max(0.1, min(remaining, max(2, options.timeLimitSeconds / 10))))
        guard let solution = try? subproblem.model.solve(options), solution.hasSolution else { return nil }
        let row = subproblem.rows(from: solution, current: rows)[e]
        return index.employeeViolationCount(e, row) == 0 ? row : nil
    }

    /// Large-neighbourhood search until the time limit or a proven optimum.
    mutating func improve() {
        let allowedPerDay = (0..<index.employeeCount).map { e in max(1, (0..<index.shiftCount).filter { index.allows(e, $0) }.count) }
        let averageAllowed = Double(allowedPerDay.reduce(0, +)) / Double(max(1, index.employeeCount))
        var round = 0
        var sinceImprovement = 0
        while remaining > 0.05 && !isProvenOptimal {
            round += 1
            let maximumStaff = min(index.employeeCount, 8)
            let staffCount = maximumStaff <= 2 ? maximumStaff : Int.random(in: 2...maximumStaff, using: &random)
            var staff = Array(0..<index.employeeCount)
            staff.shuffle(using: &random)
            staff = Array(staff.prefix(staffCount)).sorted()
            let budget = Double(options.subproblemBinaryLimit) / (Double(staffCount) * averageAllowed)
            let length = min(index.dayCount, max(min(7, index.dayCount), Int(budget)))
            let first = length >= index.dayCount ? 0 : Int.random(in: 0...(index.dayCount - length), using: &random)
            let limit = min(remaining, options.subproblemTimeLimitSeconds)
            if reoptimise(staff: staff, days: first..<(first + length), timeLimit: limit) {
                sinceImprovement = 0
                recordIfBetter("search")
            } else {
                sinceImprovement += 1
            }
            if sinceImprovement > 0 && sinceImprovement % 20 == 0 {
                descend()
            }
        }
        recordIfBetter("search")
    }

    /// The lower bound: a short branch-and-cut of the whole model (its root is the LP relaxation with cuts),
    /// warm-started from the best roster. Skipped when the model is too large.
    mutating func computeLowerBound() {
        let binaries = (0..<index.employeeCount).reduce(0) { total, e in
            total + index.dayCount * (0..<index.shiftCount).filter { index.allows(e, $0) }.count
        }
        guard binaries <= options.lowerBoundBinaryLimit, let best else { return }
        let saved = rows
        rows = best
        counts = index.coverCounts(rows)
        defer { }
        guard let whole = try? RosterSubproblem(
            index: index, rows: rows, counts: counts, staff: Array(0..<index.employeeCount), days: 0..<index.dayCount,
            shortfallWeight: shortfallWeight)
        else { rows = saved; counts = index.coverCounts(rows); return }
        report("bound")
        let limit = max(0.1, min(remaining, options.timeLimitSeconds * options.lowerBoundTimeShare))
        let solveOptions = SolveOptions(timeLimitSeconds: limit, cuts: .all, initialSolution: whole.start)
        if let solution = try? whole.model.solve(solveOptions) {
            if let bound = solution.bestBound ?? solution.relaxationObjective { lowerBound = bound }
            if solution.hasSolution {
                let candidate = whole.rows(from: solution, current: rows)
                let valid = (0..<index.employeeCount).allSatisfy { index.employeeViolationCount($0, candidate[$0]) == 0 }
                if valid && cost(of: candidate) < cost(of: rows) {
                    for e in 0..<index.employeeCount { setRow(e, candidate[e]) }
                    recordIfBetter("bound")
                }
            }
        }
        report("bound")
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
            explanation.append("day \(row.day) shift \(index.shiftIDs[row.shift]): \(count) people available, minimum \(row.minimum)")
        }
    }
}
