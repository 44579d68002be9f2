import Optimization

extension RosterSearch {
    /// The steps an exact pricing search may take (ten times more when priced shift-type maximums stall).
    static let pricingOperationLimit = 4_000_000

    /// Column generation from the best roster's schedules: solve the master's LP relaxation, price one new
    /// schedule per employee with the cover duals (``EmployeeScheduleSearch/pricedSchedule(base:rounds:exactOperationLimit:countingShifts:)``),
    /// repeat until no schedule has a negative reduced cost or `deadline` (seconds since the start) passes.
    /// Each complete pricing round gives a valid lower bound (the Lagrangian bound: the LP value plus each
    /// employee's most negative reduced cost, bounded from below by the pricing's own bound); at convergence it
    /// is the LP value. Returns whether pricing ended with no new schedule and the bound within 5 % of the LP
    /// value (then the pool is worth a dive and a MIP).
    @discardableResult
    mutating func generateColumns(until deadline: Double) -> Bool {
        guard let best else { return false }
        for e in 0..<index.employeeCount { pool.add(e, best[e]) }
        let begin = elapsed, budget = deadline - begin
        var firstRound = true
        while elapsed < deadline && !isProvenOptimal {
            // The first round may use the whole budget (its Lagrangian bound is worth having); later ones a quarter.
            let roundStart = elapsed
            let roundDeadline = firstRound ? deadline : min(deadline, roundStart + budget / 4)
            firstRound = false
            guard let round = priceRound(fixed: nil, deadline: roundDeadline) else { return false }
            if let lagrangian = round.lagrangian, lagrangian.isFinite {
                // Penalties are whole numbers: a bound a rounding error above one is that whole number. No
                // weight is negative, so neither is any penalty.
                let bound = max(0, lagrangian - 1e-6 * max(1, abs(lagrangian)))
                if bound > (lowerBound ?? -.infinity) {
                    lowerBound = bound
                    report("bound")
                }
            }
            if round.converged, let lagrangian = round.lagrangian {
                // No new schedule. The pool is worth a dive and a MIP when the bound meets the LP value or
                // pricing stalled close to it, not when it stalled far below (priced rules oscillating).
                return round.value - lagrangian <= 0.05 * max(1, abs(round.value))
            }
            // Scale guard: a round (the LP and a pricing per employee) that takes a quarter of the budget shows
            // pricing cannot converge in it (a year of 150 staff and 32 shift types); the search gets the time.
            // Nor is it worth more time when a quarter of the budget gave no positive bound (pricing not exact on
            // long horizons and 30-minute units: the Lagrangian bound stays at 0 and the search is better off).
            if elapsed - roundStart >= budget / 4 || (elapsed - begin >= budget / 4 && (lowerBound ?? 0) <= 0) { return false }
        }
        return false
    }

    /// One round of column generation: the master's LP (employees with a `fixed` column keep it), then one
    /// pricing per other employee. Nil when the LP could not be solved.
    private mutating func priceRound(fixed: [Int?]?, deadline: Double) -> PriceRound? {
        guard let master = try? poolProgram(), (try? master.restrict(to: { e, row in
                  fixed?[e].map { pool.columns[e][$0] == row } ?? true })) != nil,
              let solution = try? master.solve(timeLimitSeconds: max(0.01, deadline - elapsed)),
              solution.status == .optimal
        else { return nil }
        let value = solution.objective
        let duals = solution.duals
        var lagrangian: Double? = value
        var added = 0
        for e in 0..<index.employeeCount where fixed?[e] == nil {
            if elapsed >= deadline { lagrangian = nil; break }
            let values = master.pricingValues(e, duals: duals)
            let search = EmployeeScheduleSearch(index: index, employee: e)
            let convexityDual = duals[master.convexityRow[e]]
            func reducedCost(_ row: [Int]?) -> Double {
                guard let row else { return .infinity }
                return -(0..<index.dayCount).reduce(0.0) { $0 + values[$1][row[$1] + 1] } - convexityDual
            }
            var priced = search.pricedSchedule(base: values, exactOperationLimit: Self.pricingOperationLimit, countingShifts: true)
            if -priced.valueBound - convexityDual < -1e-6 && reducedCost(priced.row) >= -1e-6
                && search.countsMoreShifts(at: 10 * Self.pricingOperationLimit, than: Self.pricingOperationLimit) {
                // Priced shift-type maximums stalled short of the bound: count them exactly in a larger search.
                let larger = search.pricedSchedule(base: values, exactOperationLimit: 10 * Self.pricingOperationLimit, countingShifts: true)
                priced = EmployeeScheduleSearch.PricedSchedule(
                    row: reducedCost(larger.row) < reducedCost(priced.row) ? larger.row : priced.row,
                    valueBound: min(priced.valueBound, larger.valueBound))
            }
            lagrangian? += min(0, -priced.valueBound - convexityDual)
            if reducedCost(priced.row) < -1e-6 && pool.add(e, priced.row!) { added += 1 }
        }
        let weights = (0..<index.employeeCount).map { master.weights($0, in: solution) }
        return PriceRound(value: value, lagrangian: lagrangian, converged: lagrangian != nil && added == 0, weights: weights)
    }

    /// The master's LP over the pool, kept in GLPK between rounds (``RosterMasterProgram``): the schedules
    /// the pool gained since the last round enter as columns and the LP is re-solved from its last basis.
    private mutating func poolProgram() throws(OptimizationError) -> RosterMasterProgram {
        guard let program = poolMaster else {
            let program = try RosterMasterProgram(pool: pool)
            poolMaster = program
            return program
        }
        for e in 0..<index.employeeCount where program.columns[e].count < pool.columns[e].count {
            for row in pool.columns[e][program.columns[e].count...] { try program.add(e, row) }
        }
        return program
    }

    struct PriceRound {
        /// The LP value of the master over the pool.
        var value: Double
        /// The Lagrangian bound, when every employee was priced.
        var lagrangian: Double?
        /// Whether every employee was priced and none gave a new schedule.
        var converged: Bool
        /// weights[e][k]: the LP value of each column.
        var weights: [[Double]]
    }

    /// A diving heuristic (price-and-branch without backtracking): re-solve the column LP, fix the column with
    /// the largest value (every column at 1 at once), price again, until every employee has one column; keeps
    /// the roster when it costs less. Gives up when the LP shows the dive cannot beat the best roster.
    mutating func dive(until deadline: Double) {
        guard best != nil else { return }
        var fixed = [Int?](repeating: nil, count: index.employeeCount)
        while elapsed < deadline && !isProvenOptimal {
            var round: PriceRound?
            for _ in 0..<20 {   // re-optimise the LP after the last fixing, a bounded number of rounds
                round = priceRound(fixed: fixed, deadline: deadline)
                guard let current = round, !current.converged, elapsed < deadline else { break }
            }
            guard let round, (round.value - 1e-6).rounded(.up) < Double(bestCost) else { return }
            var chosen: (e: Int, k: Int, weight: Double)?
            for e in 0..<index.employeeCount where fixed[e] == nil {
                for (k, weight) in round.weights[e].enumerated() {
                    if weight > 1 - 1e-6 { fixed[e] = k } else if weight > (chosen?.weight ?? 0) { chosen = (e, k, weight) }
                }
            }
            if fixed.allSatisfy({ $0 != nil }) { break }
            if let chosen, fixed[chosen.e] == nil { fixed[chosen.e] = chosen.k }
        }
        guard fixed.allSatisfy({ $0 != nil }) else { return }
        let candidate = (0..<index.employeeCount).map { pool.columns[$0][fixed[$0]!] }
        guard cost(of: candidate) < bestCost else { return }
        for e in 0..<index.employeeCount {
            setRow(e, candidate[e])
            employeeFeasible[e] = true
        }
        recordIfBetter("dive")
    }

    /// Solves the master as a MIP over the pool's columns with GLPK, warm-started from the current roster, and
    /// keeps the result when it costs less than the best. Reduced-cost fixing first: with the pool's LP value
    /// `z` and a column's reduced cost `c`, any roster using the column costs at least `z + c`, so columns that
    /// cannot beat the best roster stay out of the MIP (which is then far smaller when the LP is tight).
    /// Returns whether the best roster improved.
    @discardableResult
    mutating func solveColumnMaster(timeLimit: Double) -> Bool {
        guard timeLimit > 0.01, best != nil else { return false }
        let deadline = elapsed + timeLimit
        for e in 0..<index.employeeCount {
            pool.add(e, rows[e])
            if let best { pool.add(e, best[e]) }
        }
        let current = (0..<index.employeeCount).compactMap { pool.position(of: rows[$0], for: $0) }
        guard current.count == index.employeeCount,
              let relaxation = try? pool.master(relaxed: true),
              let lp = try? relaxation.model.solve(SolveOptions(timeLimitSeconds: timeLimit)),
              lp.termination == .optimal, let value = lp.objective
        else { return false }
        let slack = Double(bestCost) - 1 - value + 1e-6
        guard slack >= 0 else { return false }
        let excluded = (0..<index.employeeCount).map { e in
            let values = pool.pricingValues(e, master: relaxation, duals: lp.constraintDuals)
            let convexityDual = lp.constraintDuals[relaxation.convexityRow[e]]
            return pool.columns[e].enumerated().map { k, row in
                k != current[e] && -(0..<index.dayCount).reduce(0.0) { $0 + values[$1][row[$1] + 1] } - convexityDual > slack
            }
        }
        guard elapsed < deadline, let master = try? pool.master(relaxed: false, excluded: excluded) else { return false }
        let start = master.start(chosen: current, index: index, counts: counts)
        let options = SolveOptions(timeLimitSeconds: deadline - elapsed, initialSolution: start)
        guard let solution = try? master.model.solve(options), solution.hasSolution else { return false }
        subproblemsSolved += 1
        if solution.termination != .optimal { subproblemsCut += 1 }
        let candidate = (0..<index.employeeCount).map { e in
            pool.columns[e][master.lambda[e].firstIndex { solution[$0] > 0.5 } ?? current[e]]
        }
        guard cost(of: candidate) < bestCost else { return false }
        for e in 0..<index.employeeCount {
            setRow(e, candidate[e])
            employeeFeasible[e] = true
        }
        recordIfBetter("columns")
        return true
    }
}
