// The only file that imports GLPK. Every problem is built, solved and freed inside one synchronous call,
// because GLPK keeps per-thread state (Debian's libglpk keeps its environment in thread-local storage, so
// solves on different threads do not share anything); inputs were validated by `Model` before they arrive here.
import CGLPK
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

extension Model {
    /// Solves the model with GLPK: the LP relaxation by the simplex method, then, when the model has integer
    /// variables, branch-and-cut.
    ///
    /// The call is synchronous and self-contained (the GLPK problem is built, solved and freed inside it), so
    /// solves on different threads run in parallel. Nothing is printed on standard output; with
    /// ``SolveOptions/verbose`` the solver's log goes to standard error.
    ///
    /// A MIP whose LP relaxation is unbounded is either unbounded or infeasible; the solver then searches for
    /// any integer-feasible point (within the time limit) and answers ``Solution/Termination/infeasible`` when
    /// there is none, ``Solution/Termination/unbounded`` otherwise (also when the time limit left it undecided).
    ///
    /// - Returns: the ``Solution``, whatever the outcome (optimal, feasible at a limit, infeasible, …).
    /// - Throws: ``OptimizationError`` for invalid options or an initial solution that is not finite or names a
    ///   variable of another model, and ``OptimizationError/solverFailure(_:)`` when GLPK fails numerically.
    public func solve(_ options: SolveOptions = SolveOptions()) throws(OptimizationError) -> Solution {
        try options.validate()
        let start = ContinuousClock.now
        func elapsed() -> Double { (ContinuousClock.now - start).seconds }
        func remainingMilliseconds() -> Int32 {
            guard let limit = options.timeLimitSeconds else { return Int32.max }  // GLPK: INT_MAX = no limit
            let milliseconds = ((limit - elapsed()) * 1000).rounded(.down)
            return milliseconds >= Double(Int32.max - 1) ? Int32.max - 1 : Int32(max(0, milliseconds))
        }

        // An initial solution is checked here, because GLPK accepts any integral point it is offered.
        var initial: [Double]?
        var initialAccepted: Bool?
        var initialSeconds: Double?
        if let given = options.initialSolution {
            let point = try startingPoint(from: given)
            initialAccepted = violation(of: point) == nil
            if initialAccepted == true { initial = point; initialSeconds = elapsed() }
        }
        /// The answer when the solver stopped without a solution of its own: the initial solution, if feasible.
        func withoutIncumbent(_ termination: Solution.Termination, bound: Double? = nil,
                              relaxation: Double? = nil) -> Solution {
            if termination == .noSolutionAtTimeLimit, let initial {
                let objective = self.objective.evaluate { initial[$0.index] }
                return Solution(modelID: id, termination: .feasibleAtTimeLimit, objective: objective,
                                bestBound: bound.map { sense.weaker(bound: $0, than: objective) },
                                relaxationObjective: relaxation, values: initial, initialSolutionAccepted: true,
                                firstSolutionSeconds: initialSeconds, solveSeconds: elapsed())
            }
            return Solution(modelID: id, termination: termination, bestBound: bound, relaxationObjective: relaxation,
                            values: [], initialSolutionAccepted: initialAccepted, solveSeconds: elapsed())
        }

        let problem = GLPKProblem(self, verbose: options.verbose)
        defer { problem.free() }

        // 1. The LP relaxation.
        switch solveRelaxation(problem, options: options, timeLimit: remainingMilliseconds()) {
        case .failed(let code):
            throw .solverFailure("simplex returned GLPK code \(code)")
        case .timeLimit:
            return withoutIncumbent(.noSolutionAtTimeLimit)
        case .infeasible:
            return withoutIncumbent(.infeasible)
        case .unbounded:
            guard isMixedInteger else { return withoutIncumbent(.unbounded) }
            let feasible = initial != nil
                || hasIntegerPoint(problem, options: options, timeLimit: remainingMilliseconds())
            return withoutIncumbent(feasible ? .unbounded : .infeasible)
        case .optimal:
            break
        }
        let relaxation = glp_get_obj_val(problem.pointer)

        guard isMixedInteger else {
            let values = (0..<variables.count).map { glp_get_col_prim(problem.pointer, Int32($0 + 1)) }
            let duals = (0..<constraints.count).map { glp_get_row_dual(problem.pointer, Int32($0 + 1)) }
            return Solution(modelID: id, termination: .optimal, objective: relaxation, bestBound: relaxation,
                            relaxationObjective: relaxation, values: values, constraintDuals: duals,
                            initialSolutionAccepted: initialAccepted, firstSolutionSeconds: elapsed(),
                            solveSeconds: elapsed())
        }

        // 2. Branch-and-cut.
        let search = BranchAndCutSearch(initial: initial, options: options, sense: sense, start: start,
                                        rootBound: relaxation)
        var mip = glp_iocp()
        glp_init_iocp(&mip)
        mip.msg_lev = options.verbose ? GLP_MSG_ON : GLP_MSG_OFF
        mip.tm_lim = remainingMilliseconds()
        mip.mip_gap = options.relativeGap
        mip.br_tech = options.branching.glpkCode
        mip.bt_tech = options.backtracking.glpkCode
        mip.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        mip.mir_cuts = options.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        mip.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        mip.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        mip.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        mip.ps_heur = options.proximitySearch ? GLP_ON : GLP_OFF
        mip.ps_tm_lim = Int32(min(options.proximitySearchSeconds * 1000, Double(Int32.max - 1)).rounded(.up))
        mip.presolve = GLP_OFF  // the root LP is already solved; GLPK's MIP presolver would solve it again
        mip.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<BranchAndCutSearch>.fromOpaque(info).takeUnretainedValue().callback(tree)
        }
        mip.cb_info = Unmanaged.passUnretained(search).toOpaque()
        let code = withExtendedLifetime(search) { glp_intopt(problem.pointer, &mip) }

        let status = glp_mip_status(problem.pointer)
        let hasIncumbent = status == GLP_OPT || status == GLP_FEAS
        let termination: Solution.Termination
        switch (code, status) {
        case (0, GLP_OPT): termination = .optimal
        case (0, GLP_NOFEAS): termination = .infeasible
        case (GLP_EMIPGAP, _) where hasIncumbent: termination = .feasibleAtGapLimit
        case (GLP_ETMLIM, _), (GLP_ESTOP, _): termination = hasIncumbent ? .feasibleAtTimeLimit : .noSolutionAtTimeLimit
        case (0, GLP_FEAS): termination = .feasibleAtTimeLimit
        default: throw .solverFailure("branch-and-cut returned GLPK code \(code), status \(status)")
        }
        if termination == .optimal { search.bestBound = glp_mip_obj_val(problem.pointer) }
        search.report(incumbent: hasIncumbent ? glp_mip_obj_val(problem.pointer) : nil)

        guard hasIncumbent else {
            return withoutIncumbent(termination, bound: search.bestBound, relaxation: relaxation)
        }
        let values = variables.enumerated().map { index, definition in
            let value = glp_mip_col_val(problem.pointer, Int32(index + 1))
            return definition.kind == .continuous ? value : value.rounded()
        }
        let objective = glp_mip_obj_val(problem.pointer)
        return Solution(modelID: id, termination: termination, objective: objective,
                        bestBound: termination == .optimal
                            ? objective : search.bestBound.map { sense.weaker(bound: $0, than: objective) },
                        relaxationObjective: relaxation, values: values,
                        initialSolutionAccepted: initialAccepted,
                        firstSolutionSeconds: initialSeconds ?? search.firstSolutionSeconds ?? elapsed(),
                        solveSeconds: elapsed())
    }

    private enum RelaxationOutcome { case optimal, infeasible, unbounded, timeLimit, failed(Int32) }

    /// Solves the LP relaxation of `problem` with the simplex method.
    private func solveRelaxation(_ problem: GLPKProblem, options: SolveOptions, timeLimit: Int32) -> RelaxationOutcome {
        let start = ContinuousClock.now
        var lp = glp_smcp()
        glp_init_smcp(&lp)
        lp.msg_lev = options.verbose ? GLP_MSG_ON : GLP_MSG_OFF
        lp.tm_lim = timeLimit
        lp.presolve = options.presolve ? GLP_ON : GLP_OFF
        var code = glp_simplex(problem.pointer, &lp)
        if code != 0 && code != GLP_ETMLIM && options.presolve {
            // The presolver proved infeasibility or unboundedness without a basis (GLP_ENOPFS, GLP_ENODFS), or
            // failed: solve again without it, so that the status is definite and a basis exists.
            lp.presolve = GLP_OFF
            let used = Int32(clamping: Int((ContinuousClock.now - start).seconds * 1000))
            if timeLimit != Int32.max { lp.tm_lim = max(0, timeLimit - used) }
            code = glp_simplex(problem.pointer, &lp)
        }
        if code == GLP_ETMLIM { return .timeLimit }
        if code != 0 { return .failed(code) }
        switch glp_get_status(problem.pointer) {
        case GLP_OPT: return .optimal
        case GLP_NOFEAS, GLP_INFEAS: return .infeasible
        case GLP_UNBND: return .unbounded
        default:
            if glp_get_prim_stat(problem.pointer) == GLP_NOFEAS { return .infeasible }
            if glp_get_dual_stat(problem.pointer) == GLP_NOFEAS { return .unbounded }
            return .failed(0)
        }
    }

    /// Whether the MIP `problem`, whose relaxation is unbounded, has any integer-feasible point. A feasible MIP
    /// with rational data and an unbounded relaxation is itself unbounded (Meyer, 1974). Returns `true` when the
    /// time limit leaves the question open, so the answer stays "unbounded or infeasible".
    private func hasIntegerPoint(_ problem: GLPKProblem, options: SolveOptions, timeLimit: Int32) -> Bool {
        let start = ContinuousClock.now
        for column in 0...Int32(variables.count) { glp_set_obj_coef(problem.pointer, column, 0) }
        var feasibilityOptions = options
        feasibilityOptions.presolve = false
        switch solveRelaxation(problem, options: feasibilityOptions, timeLimit: timeLimit) {
        case .infeasible: return false
        case .optimal: break
        case .unbounded, .timeLimit, .failed: return true
        }
        var mip = glp_iocp()
        glp_init_iocp(&mip)
        mip.msg_lev = options.verbose ? GLP_MSG_ON : GLP_MSG_OFF
        if timeLimit != Int32.max {
            mip.tm_lim = max(0, timeLimit - Int32(clamping: Int((ContinuousClock.now - start).seconds * 1000)))
        }
        let code = glp_intopt(problem.pointer, &mip)
        return !(code == 0 && glp_mip_status(problem.pointer) == GLP_NOFEAS)
    }

    /// Writes the model in CPLEX LP format, which GLPK's `glpsol --lp`, CPLEX, Gurobi, HiGHS and CBC read.
    ///
    /// Names that the format does not allow are adjusted by GLPK (`take[0]` becomes `take(0)`, spaces become
    /// `_`); unnamed variables and constraints are written as `x_<n>` and `r_<n>` (1-based). The objective
    /// constant is written only as a comment, which readers ignore. The file is written to a temporary name and
    /// moved into place, so a failure leaves nothing half-written.
    ///
    /// A model without constraints is written with one empty constraint `no_constraints: 0 x <= 0`, because
    /// GLPK writes no readable LP file without rows.
    ///
    /// - Throws: ``OptimizationError/exportFailed(_:)`` when the file cannot be written, when two variables or
    ///   two constraints share a name, or when the model has no variables (GLPK writes no readable LP file
    ///   for it; ``writeMPS(toPath:)`` can).
    public func writeLP(toPath path: String) throws(OptimizationError) {
        if variables.isEmpty {
            throw .exportFailed("\(path): the LP format cannot hold a model without variables; use MPS")
        }
        try write(toPath: path) { glp_write_lp($0, nil, $1) }
    }

    /// Writes the model in free MPS format (`glpsol --freemps`).
    ///
    /// MPS has no objective sense: readers assume minimisation, so solve an exported maximisation with
    /// `glpsol --freemps FILE --max`. The objective constant is written as the right-hand side of the
    /// objective row. A model without constraints is written with one empty constraint `no_constraints` (0 ≤ 0),
    /// because GLPK's writer stops the process on a column with no entry at all. The file is written to a
    /// temporary name and moved into place, so a failure leaves nothing half-written.
    ///
    /// - Throws: ``OptimizationError/exportFailed(_:)`` when the file cannot be written or two variables or two
    ///   constraints share a name.
    public func writeMPS(toPath path: String) throws(OptimizationError) {
        try write(toPath: path) { glp_write_mps($0, GLP_MPS_FILE, nil, $1) }
    }

    private static let exportCounter = Atomic<Int>(0)

    private func write(toPath path: String, _ writer: (OpaquePointer, String) -> Int32) throws(OptimizationError) {
        if let duplicate = Model.firstDuplicate(variables.lazy.compactMap(\.name)) {
            throw .exportFailed("\(path): two variables are named '\(duplicate)'; exported names must be unique")
        }
        if let duplicate = Model.firstDuplicate(constraints.lazy.compactMap(\.name)) {
            throw .exportFailed("\(path): two constraints are named '\(duplicate)'; exported names must be unique")
        }
        let problem = GLPKProblem(self, verbose: false)
        defer { problem.free() }
        if constraints.isEmpty {
            glp_add_rows(problem.pointer, 1)
            glp_set_row_name(problem.pointer, 1, "no_constraints")
            glp_set_row_bnds(problem.pointer, 1, GLP_UP, 0, 0)
        }
        let serial = Model.exportCounter.wrappingAdd(1, ordering: .relaxed).oldValue
        let temporary = path + ".partial-\(getpid())-\(serial)"
        guard writer(problem.pointer, temporary) == 0 else {
            unlink(temporary)
            throw .exportFailed("could not write \(path)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .exportFailed("could not move the finished file to \(path)")
        }
    }

    private static func firstDuplicate<S: Sequence<String>>(_ names: S) -> String? {
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted { return name }
        return nil
    }

    private func startingPoint(from given: [Variable: Double]) throws(OptimizationError) -> [Double] {
        var point = variables.map { definition in min(max(0, definition.lower), definition.upper) }
        for (variable, value) in given {
            try check(variable, in: "initial solution")
            guard value.isFinite else {
                throw .invalidInitialSolution("\(displayName(of: variable)) = \(value)")
            }
            point[variable.index] = variables[variable.index].kind == .continuous ? value : value.rounded()
        }
        return point
    }
}

extension Model.Sense {
    /// `bound` made no better than `objective`: a proven bound can never beat a solution that exists.
    func weaker(bound: Double, than objective: Double) -> Double {
        self == .minimize ? min(bound, objective) : max(bound, objective)
    }
}

/// Owns one GLPK problem object, built from a validated `Model`, with the terminal output set for it.
private final class GLPKProblem {
    let pointer: OpaquePointer
    private var freed = false

    init(_ model: Model, verbose: Bool) {
        if verbose {
            glp_term_out(GLP_ON)
            glp_term_hook({ _, text in
                if let text { _ = Glibc.write(2, text, strlen(text)) }
                return 1
            }, nil)
        } else {
            glp_term_out(GLP_OFF)
        }
        pointer = glp_create_prob()
        if let name = model.name { glp_set_prob_name(pointer, name) }
        glp_set_obj_dir(pointer, model.sense == .minimize ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(pointer, 0, model.objective.constant)

        if !model.variables.isEmpty { glp_add_cols(pointer, Int32(model.variables.count)) }
        for (index, definition) in model.variables.enumerated() {
            let column = Int32(index + 1)
            if let name = definition.name { glp_set_col_name(pointer, column, name) }
            switch definition.kind {
            case .continuous: glp_set_col_kind(pointer, column, GLP_CV)
            case .integer: glp_set_col_kind(pointer, column, GLP_IV)
            case .binary: glp_set_col_kind(pointer, column, GLP_BV)
            }
            let (type, lower, upper) = glpkBounds(definition.lower, definition.upper)
            glp_set_col_bnds(pointer, column, type, lower, upper)
        }
        for (variable, coefficient) in model.objective.terms {
            glp_set_obj_coef(pointer, Int32(variable.index + 1), coefficient)
        }

        if !model.constraints.isEmpty { glp_add_rows(pointer, Int32(model.constraints.count)) }
        var indices: [Int32] = [0]
        var values: [Double] = [0]
        for (index, definition) in model.constraints.enumerated() {
            let row = Int32(index + 1)
            if let name = definition.name { glp_set_row_name(pointer, row, name) }
            let (type, lower, upper) = glpkBounds(definition.constraint.lower, definition.constraint.upper)
            glp_set_row_bnds(pointer, row, type, lower, upper)
            let terms = definition.constraint.expression.terms.sorted { $0.key.index < $1.key.index }
            indices.removeSubrange(1...)
            values.removeSubrange(1...)
            for (variable, coefficient) in terms {
                indices.append(Int32(variable.index + 1))
                values.append(coefficient)
            }
            glp_set_mat_row(pointer, row, Int32(terms.count), indices, values)
        }
    }

    func free() {
        guard !freed else { return }
        freed = true
        glp_delete_prob(pointer)
        glp_term_hook(nil, nil)
        glp_term_out(GLP_OFF)
    }

    deinit { free() }

}

/// GLPK's bound type and bounds for `lower ≤ x ≤ upper` (either side may be infinite; checked before).
func glpkBounds(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
    switch (lower.isFinite, upper.isFinite) {
    case (false, false): (GLP_FR, 0, 0)
    case (true, false): (GLP_LO, lower, 0)
    case (false, true): (GLP_UP, 0, upper)
    case (true, true): lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
    }
}

/// The state of one branch-and-cut run, reached from GLPK's callback.
private final class BranchAndCutSearch {
    /// A feasible starting point (already checked), offered to GLPK at the first heuristic call.
    let initial: [Double]?
    let options: SolveOptions
    let sense: Model.Sense
    let start: ContinuousClock.Instant
    var bestBound: Double?
    var firstSolutionSeconds: Double?
    private var offeredInitial = false
    private var lastReport: Double = 0

    init(initial: [Double]?, options: SolveOptions, sense: Model.Sense, start: ContinuousClock.Instant,
         rootBound: Double) {
        self.initial = initial
        self.options = options
        self.sense = sense
        self.start = start
        self.bestBound = rootBound
    }

    var elapsed: Double { (ContinuousClock.now - start).seconds }

    func callback(_ tree: OpaquePointer) {
        let node = glp_ios_best_node(tree)
        if node != 0 { bestBound = glp_ios_node_bound(tree, node) }
        switch glp_ios_reason(tree) {
        case GLP_IHEUR where !offeredInitial:
            offeredInitial = true
            if var point = initial {
                point.insert(0, at: 0)  // GLPK arrays are 1-based
                // GLPK only checks integrality and improvement; feasibility was checked by `Model.violation`.
                if glp_ios_heur_sol(tree, point) == 0 { firstSolutionSeconds = firstSolutionSeconds ?? elapsed }
            }
        case GLP_IBINGO:
            firstSolutionSeconds = firstSolutionSeconds ?? elapsed
        default:
            break
        }
        if let limit = options.nodeLimit {
            var active: Int32 = 0, held: Int32 = 0, total: Int32 = 0
            glp_ios_tree_size(tree, &active, &held, &total)
            if Int(total) >= limit { glp_ios_terminate(tree) }
        }
        guard options.progress != nil, elapsed - lastReport >= options.progressIntervalSeconds else { return }
        let problem = glp_ios_get_prob(tree)
        let status = glp_mip_status(problem)
        report(incumbent: status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil)
    }

    func report(incumbent: Double?) {
        lastReport = elapsed
        guard let progress = options.progress else { return }
        let bound = bestBound.map { bound in incumbent.map { sense.weaker(bound: bound, than: $0) } ?? bound }
        progress(SolveProgress(elapsedSeconds: lastReport, incumbentObjective: incumbent, bestBound: bound))
    }
}

extension SolveOptions.Branching {
    var glpkCode: Int32 {
        switch self {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .pseudoCost: GLP_BR_PCH
        }
    }
}

extension SolveOptions.Backtracking {
    var glpkCode: Int32 {
        switch self {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestLocalBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
