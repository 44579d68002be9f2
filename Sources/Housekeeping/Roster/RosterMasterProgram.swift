import Optimization

/// The column-generation master's LP relaxation kept alive in GLPK (``LinearProgram``), for column generation,
/// the dive and the branch-and-price tree: a node (or a dive's fixing) forbids schedules by fixing their columns
/// at 0, new schedules enter as new columns, and each solve starts from the last basis instead of building the
/// LP again and solving it cold.
///
/// The rows are those of ``RosterColumnPool/master(relaxed:excluded:)`` in the same order (one convexity
/// row per employee, then the slack rows of each cover row), so duals read the same way.
/// A class, not `Sendable` (it owns a ``LinearProgram``): it lives inside one ``RosterSearch`` call.
final class RosterMasterProgram {
    private let lp: LinearProgram
    private let pool: RosterColumnPool
    /// columns[e]: the schedules of employee e in the LP; lpColumn[e][k] the LP column of columns[e][k].
    private(set) var columns: [[[Int]]]
    private var lpColumn: [[Int]]
    /// Whether each column is allowed now (upper bound 1) or forbidden (fixed at 0).
    private var allowed: [[Bool]]
    private var known: [[[Int]: Int]]
    /// The row of each employee's convexity constraint.
    let convexityRow: [Int]
    /// coverConstraints[r]: the rows of cover row r's slack constraints.
    let coverConstraints: [[Int]]

    /// The master over the schedules of `pool` (already checked against their employees' rules).
    init(pool: RosterColumnPool) throws(OptimizationError) {
        let index = pool.index
        let lp = LinearProgram(sense: .minimize)
        var convexityRow: [Int] = []
        for _ in 0..<index.employeeCount { convexityRow.append(try lp.addRow(lower: 1, upper: 1)) }
        var coverConstraints: [[Int]] = []
        for r in index.coverRows.indices {
            var rows: [Int] = []
            for side in pool.coverSides(r) {
                let row = try lp.addRow(lower: side.lower, upper: side.upper)
                try lp.addColumn(cost: side.cost, entries: [(row, side.slack)])
                rows.append(row)
            }
            coverConstraints.append(rows)
        }
        self.lp = lp
        self.pool = pool
        self.convexityRow = convexityRow
        self.coverConstraints = coverConstraints
        columns = Array(repeating: [], count: index.employeeCount)
        lpColumn = columns.map { _ in [] }
        allowed = columns.map { _ in [] }
        known = columns.map { _ in [:] }
        for e in 0..<index.employeeCount {
            for row in pool.columns[e] { try insert(e, row) }
        }
    }

    /// Adds a schedule of employee e, allowed, unless it is in the LP or breaks one of e's rules. Returns
    /// whether it was added.
    @discardableResult
    func add(_ e: Int, _ row: [Int]) throws(OptimizationError) -> Bool {
        guard known[e][row] == nil, pool.index.employeeViolationCount(e, row) == 0 else { return false }
        return try insert(e, row)
    }

    /// Whether employee e has a schedule allowed now.
    func hasAllowed(_ e: Int) -> Bool { allowed[e].contains(true) }

    /// Adds a schedule of employee e (already checked against e's rules), allowed, unless it is in the LP.
    /// Returns whether it was added.
    @discardableResult
    private func insert(_ e: Int, _ row: [Int]) throws(OptimizationError) -> Bool {
        guard known[e][row] == nil else { return false }
        var entries: [Int: Double] = [convexityRow[e]: 1]
        for r in pool.coverRows(e, row) {
            for position in coverConstraints[r] { entries[position, default: 0] += 1 }
        }
        let column = try lp.addColumn(cost: Double(pool.index.requestPenalty(e, row)), upper: 1,
                                      entries: entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        known[e][row] = columns[e].count
        columns[e].append(row)
        lpColumn[e].append(column)
        allowed[e].append(true)
        return true
    }

    /// Allows exactly the schedules that `keep(e, row)` accepts (the others are fixed at 0).
    func restrict(to keep: (Int, [Int]) -> Bool) throws(OptimizationError) {
        for e in columns.indices {
            for (k, row) in columns[e].enumerated() {
                let allow = keep(e, row)
                guard allow != allowed[e][k] else { continue }
                allowed[e][k] = allow
                try lp.setColumnBounds(lpColumn[e][k], lower: 0, upper: allow ? 1 : 0)
            }
        }
    }

    /// Solves the LP from the last basis by the primal simplex. Measured on Curtois Instance 5, a node's first
    /// solve (after its bound changes) took 69 primal iterations on average against 119 dual ones, so the
    /// primal simplex serves both bound changes and new columns.
    func solve(timeLimitSeconds: Double) throws(OptimizationError) -> LinearProgram.Solution {
        try lp.solve(.primal, timeLimitSeconds: timeLimitSeconds)
    }

    /// The pricing values of employee e from the duals of a solve (as ``RosterColumnPool/pricingValues(_:master:duals:)``).
    func pricingValues(_ e: Int, duals: [Double]) -> [[Double]] {
        pool.pricingValues(e, coverConstraints: coverConstraints, duals: duals)
    }

    /// The weight of each schedule of employee e in a solution (in the order of ``columns``).
    func weights(_ e: Int, in solution: LinearProgram.Solution) -> [Double] {
        lpColumn[e].map { solution.values[$0] }
    }
}
