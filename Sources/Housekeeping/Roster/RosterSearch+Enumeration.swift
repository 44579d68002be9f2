import Optimization

extension RosterSearch {
    /// The most values one employee's enumeration table may hold (8 bytes each).
    static let enumerationTableLimit = 6_000_000
    /// The most assignments (schedules × days) an enumeration may list, all employees together.
    static let enumerationAssignmentLimit = 4_000_000
    /// The most schedules listed for one employee (beyond, the branch-and-price prices that employee by
    /// dynamic programming).
    static let enumerationEmployeeLimit = 40_000
    /// The steps of the exact state space an enumeration may use per employee (its table must also fit
    /// ``enumerationTableLimit``).
    static let enumerationOperationLimit = 40_000_000

    /// Closes the gap between the best roster and the column-generation bound (after column generation
    /// converged): with the duals `π` of the master's LP over the pool, the Lagrangian bound is
    /// `L = π·b − Σ_e max_e`, where `max_e` is the best pricing value of employee e over the exact state space.
    /// Any roster costing at most `U = best − 1` satisfies `Σ_e (max_e − value_e) ≤ U − L`, so each of its
    /// schedules is within `U − L` of its employee's best. For each employee with few enough such schedules,
    /// all of them are listed (``EmployeeScheduleSearch/enumerate(value:resources:margin:limit:isCancelled:)``);
    /// then ``branchAndPrice(schedules:deadline:)`` searches for a cheaper roster (listed employees priced by
    /// scanning their list, the others by dynamic programming) and, when its tree is exhausted, proves the
    /// best roster optimal. Skipped when an employee's exact state space does not fit, or when fewer than half
    /// of the employees have their schedules listed (the best roster is still far from the bound). Returns
    /// whether the best roster improved.
    @discardableResult
    mutating func solveEnumeratedMaster(until deadline: Double) -> Bool {
        guard best != nil, elapsed < deadline, !isProvenOptimal else { return false }
        guard let relaxation = try? pool.master(relaxed: true),
              let lp = try? relaxation.model.solve(SolveOptions(timeLimitSeconds: max(0.01, deadline - elapsed))),
              lp.termination == .optimal, let lpValue = lp.objective
        else { return false }
        let duals = lp.constraintDuals
        let clockStart = start
        let cancelled = { (ContinuousClock.now - clockStart).seconds >= deadline }
        var spaces: [(search: EmployeeScheduleSearch, resources: EmployeeScheduleSearch.ExactResources, values: [[Double]])] = []
        var coverTerm = lpValue   // π·b: the dual objective without the convexity duals
        for e in 0..<index.employeeCount {
            let search = EmployeeScheduleSearch(index: index, employee: e)
            guard let resources = search.exactResources(operationLimit: Self.enumerationOperationLimit, countingShifts: true),
                  search.enumerationTableSize(resources: resources) <= Self.enumerationTableLimit
            else { return false }
            spaces.append((search, resources, pool.pricingValues(e, master: relaxation, duals: duals)))
            coverTerm -= duals[relaxation.convexityRow[e]]
        }
        // The bound, from each employee's best value.
        var maxima: [Double] = []
        for space in spaces {
            let enumeration = space.search.enumerate(value: space.values, resources: space.resources, margin: 0, limit: 0, isCancelled: cancelled)
            guard enumeration.maximum < .infinity else { return false }
            maxima.append(enumeration.maximum)
        }
        let lagrangian = coverTerm - maxima.reduce(0, +)
        if lagrangian.isFinite {
            let bound = max(0, lagrangian - 1e-6 * max(1, abs(lagrangian)))
            if bound > (lowerBound ?? -.infinity) {
                lowerBound = bound
                report("bound")
            }
        }
        guard !isProvenOptimal, elapsed < deadline else { return false }
        // Every schedule within the gap, for each employee with few enough (the others are priced by the
        // dynamic programme in the branch-and-price).
        let margin = Double(bestCost - 1) - lagrangian + 1e-6 * max(1, abs(lagrangian))
        var listed: [[[Int]]?] = []
        var total = 0
        for space in spaces {
            let limit = min(Self.enumerationEmployeeLimit, Self.enumerationAssignmentLimit / index.dayCount - total)
            let enumeration = space.search.enumerate(
                value: space.values, resources: space.resources, margin: margin, limit: limit, isCancelled: cancelled)
            listed.append(enumeration.complete ? enumeration.rows : nil)
            if enumeration.complete { total += enumeration.rows.count }
        }
        // Worth a tree only when most employees' lists are complete (the best roster is close to the bound);
        // otherwise the search makes better use of the time.
        guard elapsed < deadline, listed.filter({ $0 != nil }).count * 2 >= index.employeeCount else { return false }
        let before = bestCost
        branchAndPrice(schedules: listed, deadline: deadline)
        return bestCost < before
    }
}
