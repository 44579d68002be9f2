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

    /// The master over the pool: LP relaxation (`relaxed`) or MIP. `excluded[e][k]` keeps column k of employee e
    /// at 0 (reduced-cost fixing). Column generation and the dive use the warm ``RosterMasterProgram`` instead.
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

    /// One slack row of the master for a cover row: `count + slack·s` within `lower…upper`, the slack `s ≥ 0`
    /// costing `cost` per person short or over.
    struct CoverSide {
        /// Under (+1: `count + under ≥ preferred`), over (−1: `count − over ≤ preferred`) or shortfall
        /// (+1: `count + shortfall ≥ minimum`).
        enum Kind { case under, over, shortfall }
        var kind: Kind
        var slack: Double
        var cost: Double
        var lower: Double
        var upper: Double
    }

    /// The master's slack rows of cover row r, in the order under, over, shortfall (those it has).
    func coverSides(_ r: Int) -> [CoverSide] {
        let row = index.coverRows[r]
        var sides: [CoverSide] = []
        if row.underWeight > 0 {
            sides.append(CoverSide(kind: .under, slack: 1, cost: Double(row.underWeight), lower: Double(row.preferred), upper: .infinity))
        }
        if row.overWeight > 0 {
            sides.append(CoverSide(kind: .over, slack: -1, cost: Double(row.overWeight), lower: -.infinity, upper: Double(row.preferred)))
        }
        if row.minimum > 0 {
            sides.append(CoverSide(kind: .shortfall, slack: 1, cost: Double(shortfallWeight), lower: Double(row.minimum), upper: .infinity))
        }
        return sides
    }

    /// The cover rows that a schedule of employee e counts in, once per day it counts.
    func coverRows(_ e: Int, _ row: [Int]) -> [Int] {
        var rows: [Int] = []
        for d in 0..<index.dayCount where row[d] >= 0 {
            for r in index.rowsAt[d][row[d]] where index.coverRows[r].counts[e] { rows.append(r) }
        }
        return rows
    }

    func master(relaxed: Bool, excluded: [[Bool]]? = nil) throws(OptimizationError) -> Master {
        var master = Master()
        let kind: VariableKind = relaxed ? .continuous : .binary
        var objective = LinearExpression()
        var coverExpression = Array(repeating: LinearExpression(), count: index.coverRows.count)
        for e in 0..<index.employeeCount {
            var variables: [Variable] = []
            for (k, row) in columns[e].enumerated() {
                let keep = !(excluded?[e][k] ?? false)
                let v = try master.model.addVariable(kind, lower: 0, upper: keep ? 1 : 0)
                variables.append(v)
                objective.add(Double(index.requestPenalty(e, row)), v)
                for r in coverRows(e, row) { coverExpression[r].add(1, v) }
            }
            master.lambda.append(variables)
            master.convexityRow.append(master.model.constraints.count)
            try master.model.addConstraint(LinearExpression.sum(variables) == 1)
        }
        for r in index.coverRows.indices {
            var positions: [Int] = []
            var under: Variable?, over: Variable?, shortfall: Variable?
            for side in coverSides(r) {
                let slack = try master.model.addVariable(.continuous, lower: 0)
                switch side.kind {
                case .under: under = slack
                case .over: over = slack
                case .shortfall: shortfall = slack
                }
                objective.add(side.cost, slack)
                positions.append(master.model.constraints.count)
                try master.model.addConstraint(LinearConstraint(lower: side.lower, coverExpression[r] + side.slack * slack, upper: side.upper))
            }
            master.under.append(under)
            master.over.append(over)
            master.shortfall.append(shortfall)
            master.coverConstraints.append(positions)
        }
        try master.model.setObjective(objective, sense: .minimize)
        return master
    }

    /// The pricing values of employee e from the master's duals: value[d][a + 1] = the duals of the cover rows
    /// the assignment counts in, minus its request cost (so a column's reduced cost is −Σ value − the convexity
    /// dual).
    func pricingValues(_ e: Int, master: Master, duals: [Double]) -> [[Double]] {
        pricingValues(e, coverConstraints: master.coverConstraints, duals: duals)
    }

    /// The pricing values of employee e from the duals of a master whose cover row r has its slack rows at
    /// the positions `coverConstraints[r]`.
    func pricingValues(_ e: Int, coverConstraints: [[Int]], duals: [Double]) -> [[Double]] {
        var value = Array(repeating: Array(repeating: 0.0, count: index.shiftCount + 1), count: index.dayCount)
        for d in 0..<index.dayCount {
            value[d][0] = -Double(index.requestCost[e][d][0])
            for t in 0..<index.shiftCount {
                var gain = -Double(index.requestCost[e][d][t + 1])
                for r in index.rowsAt[d][t] where index.coverRows[r].counts[e] {
                    for position in coverConstraints[r] { gain += duals[position] }
                }
                value[d][t + 1] = gain
            }
        }
        return value
    }
}
