// The second file that imports GLPK (next to GLPKBackend.swift): a linear programme that stays alive between
// solves, so a column-generation master or a branch-and-bound node re-solves from the previous basis.
import CGLPK
#if canImport(Glibc)
import Glibc
#endif

/// A linear programme kept in the solver between solves: add rows and columns, change a column's bounds, and
/// solve again from the previous optimal basis (a warm start) instead of building and solving from scratch.
///
/// ```swift
/// let lp = LinearProgram(sense: .minimize)
/// let demand = try lp.addRow(lower: 2, upper: .infinity)          // x + y ≥ 2
/// let x = try lp.addColumn(cost: 1, upper: 1, entries: [(demand, 1)])
/// let y = try lp.addColumn(cost: 3, entries: [(demand, 1)])
/// let first = try lp.solve()                                     // x = 1, y = 1, objective 4
/// try lp.setColumnBounds(x, lower: 0, upper: 0)                 // forbid x (a branching decision)
/// let second = try lp.solve(.dual)                               // y = 2, objective 6, warm
/// ```
///
/// Rows and columns are numbered from 0 in the order they were added. A row is `lower ≤ Σ a·x ≤ upper`
/// (`-infinity` / `infinity` for a missing side); its coefficients come with the columns that enter it (or
/// with ``addRow(lower:upper:entries:name:)``). Every input is checked before GLPK sees it (GLPK stops the
/// whole process on a bad index or bound): NaN, an infinite coefficient, a lower bound above the upper, an index
/// out of range or named twice in one row or column throw ``OptimizationError``.
///
/// **Warm starts.** The simplex keeps its basis when the programme changes: a new column enters non-basic at a
/// bound and a new row enters with its slack basic, so the last basis stays valid. After adding columns (the
/// last basis stays primal feasible) the primal simplex is the natural choice; after tightening bounds (the
/// last basis stays dual feasible) the dual simplex. If the last basis turns out singular, the solve
/// starts again from an advanced basis (`glp_adv_basis`).
///
/// **Threads.** GLPK keeps its state per thread (Debian's build), and a GLPK problem freed on another thread than
/// the one that made it corrupts that state. A `LinearProgram` is therefore not `Sendable`: create, use and
/// release it on one thread. Each call checks the thread and throws ``OptimizationError/wrongThread(_:)``
/// when it is another; a programme released on another thread leaks its GLPK problem rather than corrupt
/// that thread's GLPK state.
public final class LinearProgram {
    /// The simplex variant of a solve.
    public enum Method: Sendable, Hashable {
        /// The primal simplex: best after columns were added.
        case primal
        /// The dual simplex (falling back to the primal one if it fails): best after bounds were tightened or
        /// rows added.
        case dual
    }

    /// How a solve ended.
    public enum Status: String, Sendable, Hashable {
        /// An optimal basic solution was found.
        case optimal
        /// No point meets every row and bound.
        case infeasible
        /// The objective can improve without limit.
        case unbounded
        /// The time limit stopped the simplex before it finished.
        case timeLimit
    }

    /// What one solve found: values for every column and row at that moment (later changes to the programme do
    /// not alter it).
    public struct Solution: Sendable {
        /// How the solve ended. The other fields hold the solver's last basic solution whatever the status;
        /// they are an optimum only when the status is ``Status/optimal``.
        public var status: Status
        /// The objective value.
        public var objective: Double
        /// values[j]: the value of column j.
        public var values: [Double]
        /// reducedCosts[j]: the reduced cost of column j (its cost minus the duals of the rows it enters).
        public var reducedCosts: [Double]
        /// duals[i]: the dual value (shadow price) of row i: how much the objective changes per unit of the
        /// row's active bound.
        public var duals: [Double]
        /// Simplex iterations this solve took (a warm start takes few).
        public var iterations: Int
    }

    private let pointer: OpaquePointer
    private let owner: pthread_t
    /// Whether the last solve's basis can be reused (false after a failure, until a basis is rebuilt).
    private var basisTrusted = true

    /// The number of rows.
    public private(set) var rowCount = 0
    /// The number of columns.
    public private(set) var columnCount = 0
    /// Minimise or maximise.
    public let sense: Model.Sense

    /// An empty programme, owned by the calling thread.
    public init(sense: Model.Sense = .minimize) {
        glp_term_out(GLP_OFF)
        pointer = glp_create_prob()
        owner = pthread_self()
        self.sense = sense
        glp_set_obj_dir(pointer, sense == .minimize ? GLP_MIN : GLP_MAX)
    }

    deinit {
        // Freed on another thread, GLPK would unlink the problem's memory from that thread's list: leak it instead.
        if pthread_equal(owner, pthread_self()) != 0 { glp_delete_prob(pointer) }
    }

    /// Adds a row `lower ≤ Σ coefficient·column ≤ upper` and returns its index. Columns added later may enter it.
    /// - Throws: ``OptimizationError`` for a NaN or empty range, an unknown or repeated column, or a coefficient
    ///   that is not finite.
    @discardableResult
    public func addRow(lower: Double, upper: Double, entries: [(column: Int, coefficient: Double)] = [],
                       name: String? = nil) throws(OptimizationError) -> Int {
        try checkThread()
        let label = name.map { "row '\($0)'" } ?? "row \(rowCount)"
        try Model.checkBounds(kind: .continuous, lower: lower, upper: upper, label: label)
        if let name { try Model.check(name: name) }
        let (indices, values) = try checkedEntries(entries.map { ($0.column, $0.coefficient) }, count: columnCount,
                                                   label: label, what: "column")
        glp_add_rows(pointer, 1)
        rowCount += 1
        let row = Int32(rowCount)
        if let name { glp_set_row_name(pointer, row, name) }
        let (type, low, up) = glpkBounds(lower, upper)
        glp_set_row_bnds(pointer, row, type, low, up)
        if !entries.isEmpty { glp_set_mat_row(pointer, row, Int32(entries.count), indices, values) }
        return rowCount - 1
    }

    /// Adds a column with its objective `cost`, its bounds, and its coefficients in existing rows; returns its
    /// index. It enters non-basic at a bound, so the last basis stays valid (and primal feasible).
    /// - Throws: ``OptimizationError`` for a NaN or empty range, an unknown or repeated row, or a value that is
    ///   not finite.
    @discardableResult
    public func addColumn(cost: Double, lower: Double = 0, upper: Double = .infinity,
                          entries: [(row: Int, coefficient: Double)], name: String? = nil) throws(OptimizationError) -> Int {
        try checkThread()
        let label = name.map { "column '\($0)'" } ?? "column \(columnCount)"
        guard cost.isFinite else { throw .notFinite("\(label): cost \(cost)") }
        try Model.checkBounds(kind: .continuous, lower: lower, upper: upper, label: label)
        if let name { try Model.check(name: name) }
        let (indices, values) = try checkedEntries(entries.map { ($0.row, $0.coefficient) }, count: rowCount,
                                                   label: label, what: "row")
        glp_add_cols(pointer, 1)
        columnCount += 1
        let column = Int32(columnCount)
        if let name { glp_set_col_name(pointer, column, name) }
        let (type, low, up) = glpkBounds(lower, upper)
        glp_set_col_bnds(pointer, column, type, low, up)
        glp_set_obj_coef(pointer, column, cost)
        if !entries.isEmpty { glp_set_mat_col(pointer, column, Int32(entries.count), indices, values) }
        return columnCount - 1
    }

    /// Changes the bounds of a column (`lower == upper` fixes it: to 0 to forbid a column, to 1 to force it).
    /// - Throws: ``OptimizationError`` for an unknown column or a NaN or empty range.
    public func setColumnBounds(_ column: Int, lower: Double, upper: Double) throws(OptimizationError) {
        try checkThread()
        guard (0..<columnCount).contains(column) else {
            throw .invalidOption("column \(column) does not exist (the programme has \(columnCount))")
        }
        try Model.checkBounds(kind: .continuous, lower: lower, upper: upper, label: "column \(column)")
        let (type, low, up) = glpkBounds(lower, upper)
        glp_set_col_bnds(pointer, Int32(column + 1), type, low, up)
    }

    /// Solves the programme from the last basis.
    /// - Parameters:
    ///   - method: the primal or the dual simplex.
    ///   - timeLimitSeconds: the most seconds the simplex may take (nil: no limit).
    /// - Returns: the solution, whatever the status (optimal, infeasible, unbounded, time limit).
    /// - Throws: ``OptimizationError/invalidOption(_:)`` for a negative or NaN time limit,
    ///   ``OptimizationError/solverFailure(_:)`` when GLPK fails even from a fresh basis.
    public func solve(_ method: Method = .primal, timeLimitSeconds: Double? = nil) throws(OptimizationError) -> Solution {
        try checkThread()
        if let timeLimitSeconds, !(timeLimitSeconds >= 0) {
            throw .invalidOption("time limit \(timeLimitSeconds) s; it must be 0 or more")
        }
        glp_term_out(GLP_OFF)
        let start = ContinuousClock.now
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.meth = method == .primal ? GLP_PRIMAL : GLP_DUALP
        parameters.presolve = GLP_OFF  // the presolver discards the basis
        func remaining() -> Int32 {
            guard let timeLimitSeconds else { return Int32.max }
            let milliseconds = ((timeLimitSeconds - (ContinuousClock.now - start).seconds) * 1000).rounded(.down)
            return milliseconds >= Double(Int32.max - 1) ? Int32.max - 1 : Int32(max(0, milliseconds))
        }
        let iterationsBefore = glp_get_it_cnt(pointer)
        if !basisTrusted { glp_adv_basis(pointer, 0) }
        parameters.tm_lim = remaining()
        var code = glp_simplex(pointer, &parameters)
        if code == GLP_EBADB || code == GLP_ESING || code == GLP_ECOND || code == GLP_EFAIL {
            // The last basis cannot be factorised (or the simplex lost its way from it): start from a fresh one.
            glp_adv_basis(pointer, 0)
            parameters.meth = GLP_PRIMAL
            parameters.tm_lim = remaining()
            code = glp_simplex(pointer, &parameters)
        }
        basisTrusted = code == 0 || code == GLP_ETMLIM || code == GLP_EITLIM
        let status: Status
        switch code {
        case 0:
            switch glp_get_status(pointer) {
            case GLP_OPT: status = .optimal
            case GLP_NOFEAS: status = .infeasible
            case GLP_UNBND: status = .unbounded
            default:
                if glp_get_prim_stat(pointer) == GLP_NOFEAS { status = .infeasible }
                else if glp_get_dual_stat(pointer) == GLP_NOFEAS { status = .unbounded }
                else { throw .solverFailure("simplex ended with GLPK status \(glp_get_status(pointer))") }
            }
        case GLP_ETMLIM: status = .timeLimit
        default: throw .solverFailure("simplex returned GLPK code \(code)")
        }
        return Solution(
            status: status, objective: glp_get_obj_val(pointer),
            values: (0..<columnCount).map { glp_get_col_prim(pointer, Int32($0 + 1)) },
            reducedCosts: (0..<columnCount).map { glp_get_col_dual(pointer, Int32($0 + 1)) },
            duals: (0..<rowCount).map { glp_get_row_dual(pointer, Int32($0 + 1)) },
            iterations: Int(glp_get_it_cnt(pointer) - iterationsBefore))
    }

    private func checkThread() throws(OptimizationError) {
        guard pthread_equal(owner, pthread_self()) != 0 else {
            throw .wrongThread("a LinearProgram must be used on the thread that created it")
        }
    }

    /// GLPK's 1-based index and value arrays for `entries`, each index checked against `count` and used once.
    private func checkedEntries(_ entries: [(Int, Double)], count: Int, label: String,
                                what: String) throws(OptimizationError) -> ([Int32], [Double]) {
        var indices: [Int32] = [0], values: [Double] = [0]
        var seen = Set<Int>()
        for (index, coefficient) in entries {
            guard (0..<count).contains(index) else {
                throw .invalidOption("\(label): \(what) \(index) does not exist (the programme has \(count))")
            }
            guard seen.insert(index).inserted else { throw .invalidOption("\(label): \(what) \(index) named twice") }
            guard coefficient.isFinite else { throw .notFinite("\(label): coefficient \(coefficient) in \(what) \(index)") }
            indices.append(Int32(index + 1))
            values.append(coefficient)
        }
        return (indices, values)
    }
}

@available(*, unavailable, message: "GLPK keeps its state per thread: use a LinearProgram on the thread that made it")
extension LinearProgram: Sendable {}
