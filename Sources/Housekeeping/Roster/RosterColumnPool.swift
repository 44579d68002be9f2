import Optimization

/// The column-generation master: a pool of whole-horizon schedules (columns) per employee, and the model
/// that picks exactly one per employee.
///
/// Master: `Σ_k λ[e][k] = 1` per employee (its dual is the employee's price); per cover row, the count
/// `Σ a[r][e][k] λ[e][k]` with under, over and (hard-minimum) shortfall slacks priced by the cover weights, as in
/// ``RosterSubproblem``. A column costs its employee's request penalty. The LP relaxation's duals price the
/// next columns (``EmployeeScheduleSearch/pricedSchedule(base:rounds:exactOperationLimit:countingShifts:)``); the MIP over the
/// pool gives rosters. Every column meets all of its employee's rules (checked before it enters).
struct RosterColumnPool {
    let index: RosterIndex
    let shortfallWeight: Int
    /// columns[e]: the schedules of employee e (rows of assignments, -1 off).
    private(set) var columns: [[[Int]]]
    private var known: [Set<[Int]>]

    init(index: RosterIndex, shortfallWeight: Int) {
        self.index = index
        self.shortfallWeight = shortfallWeight
        columns = Array(repeating: [], count: index.employeeCount)
        known = Array(repeating: [], count: index.employeeCount)
    }

    var columnCount: Int { columns.reduce(0) { $0 + $1.count } }

    /// Adds a schedule of employee e unless it is already in the pool or breaks one of e's rules. Returns
    /// whether it was added.
    @discardableResult
    mutating func add(_ e: Int, _ row: [Int]) -> Bool {
        guard !known[e].contains(row), index.employeeViolationCount(e, row) == 0 else { return false }
        known[e].insert(row)
        columns[e].append(row)
        return true
    }

    /// The pool of the schedules that `keep(e, row)` accepts (a branch-and-price node's share of the pool).
    func subset(keeping keep: (Int, [Int]) -> Bool) -> RosterColumnPool {
        var subset = RosterColumnPool(index: index, shortfallWeight: shortfallWeight)
        for e in 0..<index.employeeCount {
            subset.columns[e] = columns[e].filter { keep(e, $0) }
            subset.known[e] = Set(subset.columns[e])
        }
        return subset
    }

    /// Adds a schedule of employee e already checked against e's rules (it came from another pool), unless it is
    /// already in this one.
    mutating func insertChecked(_ e: Int, _ row: [Int]) {
        guard known[e].insert(row).inserted else { return }
        columns[e].append(row)
    }

    /// The master over the pool: LP relaxation (`relaxed`) or MIP. `fixed[e]`, when set, keeps only that
    /// column of employee e (diving); `excluded[e][k]` keeps column k of employee e at 0 (reduced-cost fixing).
    struct Master {
        var model = Model(name: "roster master")
        /// lambda[e][k]
        var lambda: [[Variable]] = []
        /// The constraint position of each employee's convexity row.
        var convexityRow: [Int] = []
        /// For each cover row: the constraint positions of its slack rows (under, over, shortfall).
        var coverConstraints: [[Int]] = []
        /// For each cover row: its under, over and shortfall variables, when it has them.
        var under: [Variable?] = [], over: [Variable?] = [], shortfall: [Variable?] = []

        /// A starting point for the MIP: the pool's column `chosen[e]` for each employee, slacks to match.
        func start(chosen: [Int], index: RosterIndex, counts: [Int]) -> [Variable: Double] {
            var point: [Variable: Double] = [:]
            for (e, k) in chosen.enumerated() { point[lambda[e][k]] = 1 }
            for (r, row) in index.coverRows.enumerated() {
                if let v = under[r] { point[v] = Double(max(0, row.preferred - counts[r])) }
                if let v = over[r] { point[v] = Double(max(0, counts[r] - row.preferred)) }
                if let v = shortfall[r] { point[v] = Double(max(0, row.minimum - counts[r])) }
            }
            return point
        }
    }

    /// The position of a schedule of employee e in the pool, when it is there.
    func position(of row: [Int], for e: Int) -> Int? {
        known[e].contains(row) ? columns[e].firstIndex(of: row) : nil
    }

    func master(relaxed: Bool, fixed: [Int?]? = nil, excluded: [[Bool]]? = nil) throws(OptimizationError) -> Master {
        var master = Master()
        let kind: VariableKind = relaxed ? .continuous : .binary
        var objective = LinearExpression()
        var coverExpression = Array(repeating: LinearExpression(), count: index.coverRows.count)
        for e in 0..<index.employeeCount {
            var variables: [Variable] = []
            for (k, row) in columns[e].enumerated() {
                let keep = (fixed?[e].map { $0 == k } ?? true) && !(excluded?[e][k] ?? false)
                let v = try master.model.addVariable(kind, lower: 0, upper: keep ? 1 : 0)
                variables.append(v)
                objective.add(Double(index.requestPenalty(e, row)), v)
                for d in 0..<index.dayCount where row[d] >= 0 {
                    for r in index.rowsAt[d][row[d]] where index.coverRows[r].counts[e] { coverExpression[r].add(1, v) }
                }
            }
            master.lambda.append(variables)
            master.convexityRow.append(master.model.constraints.count)
            try master.model.addConstraint(LinearExpression.sum(variables) == 1)
        }
        for (r, row) in index.coverRows.enumerated() {
            var positions: [Int] = []
            let count = coverExpression[r]
            var under: Variable?, over: Variable?, shortfall: Variable?
            defer { master.under.append(under); master.over.append(over); master.shortfall.append(shortfall) }
            if row.underWeight > 0 {
                let underVariable = try master.model.addVariable(.continuous, lower: 0)
                under = underVariable
                objective.add(Double(row.underWeight), underVariable)
                positions.append(master.model.constraints.count)
                try master.model.addConstraint(count + underVariable >= Double(row.preferred))
            }
            if row.overWeight > 0 {
                let overVariable = try master.model.addVariable(.continuous, lower: 0)
                over = overVariable
                objective.add(Double(row.overWeight), overVariable)
                positions.append(master.model.constraints.count)
                try master.model.addConstraint(count - overVariable <= Double(row.preferred))
            }
            if row.minimum > 0 {
                let shortfallVariable = try master.model.addVariable(.continuous, lower: 0)
                shortfall = shortfallVariable
                objective.add(Double(shortfallWeight), shortfallVariable)
                positions.append(master.model.constraints.count)
                try master.model.addConstraint(count + shortfallVariable >= Double(row.minimum))
            }
            master.coverConstraints.append(positions)
        }
        try master.model.setObjective(objective, sense: .minimize)
        return master
    }

    /// The pricing values of employee e from the master's duals: value[d][a + 1] = the duals of the cover rows
    /// the assignment counts in, minus its request cost (so a column's reduced cost is −Σ value − the convexity
    /// dual).
    func pricingValues(_ e: Int, master: Master, duals: [Double]) -> [[Double]] {
        var value = Array(repeating: Array(repeating: 0.0, count: index.shiftCount + 1), count: index.dayCount)
        for d in 0..<index.dayCount {
            value[d][0] = -Double(index.requestCost[e][d][0])
            for t in 0..<index.shiftCount {
                var gain = -Double(index.requestCost[e][d][t + 1])
                for r in index.rowsAt[d][t] where index.coverRows[r].counts[e] {
                    for position in master.coverConstraints[r] { gain += duals[position] }
                }
                value[d][t + 1] = gain
            }
        }
        return value
    }
}
