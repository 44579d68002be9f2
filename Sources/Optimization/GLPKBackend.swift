// The only file that imports GLPK. Every problem is built, solved and freed inside one synchronous call,
// because GLPK keeps per-thread state; inputs were validated by `Model` before they arrive here.
import CGLPK
#if canImport(Glibc)
import Glibc
#endif

extension Model {
    /// Solves the model with GLPK: the LP relaxation by the simplex method, then, when the model has integer
    /// variables, branch-and-cut.
    ///
    /// - Returns: the ``Solution``, whatever the outcome (optimal, feasible at a limit, infeasible, …).
    /// - Throws: ``OptimizationError`` for invalid options or an initial solution that is not finite, and
    ///   ``OptimizationError/solverFailure(_:)`` when GLPK fails numerically.
    public func solve(_ options: SolveOptions = SolveOptions()) throws(OptimizationError) -> Solution {
        try options.validate()
        let start = ContinuousClock.now
        var initial: [Double]?
        if let given = options.initialSolution { initial = try startingPoint(from: given) }

        let problem = GLPKProblem(self, verbose: options.verbose)
        defer { problem.free() }

        func elapsed() -> Double { (ContinuousClock.now - start).seconds }
        func remainingMilliseconds() -> Int32 {
            guard let limit = options.timeLimitSeconds else { return Int32.max }
            return Int32(clamping: max(0, Int(((limit - elapsed()) * 1000).rounded(.down))))
        }

        // 1. The LP relaxation.
        var lp = glp_smcp()
        glp_init_smcp(&lp)
        lp.msg_lev = options.verbose ? GLP_MSG_ON : GLP_MSG_OFF
        lp.tm_lim = remainingMilliseconds()
        lp.presolve = options.presolve ? GLP_ON : GLP_OFF
        var code = glp_simplex(problem.pointer, &lp)
        if code == GLP_ENOPFS || code == GLP_ENODFS || (code != 0 && options.presolve && code != GLP_ETMLIM) {
            // The presolver proved infeasibility without a basis (or failed): solve again without it so the
            // status is definite.
            lp.presolve = GLP_OFF
            lp.tm_lim = remainingMilliseconds()
            code = glp_simplex(problem.pointer, &lp)
        }
        if code == GLP_ETMLIM {
            return Solution(termination: .noSolutionAtTimeLimit, values: [], initialSolutionAccepted: initial.map { _ in false },
                            solveSeconds: elapsed())
        }
        if code != 0 { throw .solverFailure("simplex returned GLPK code \(code)") }

        switch glp_get_status(problem.pointer) {
        case GLP_NOFEAS, GLP_INFEAS:
            return Solution(termination: .infeasible, values: [], initialSolutionAccepted: initial.map { _ in false },
                            solveSeconds: elapsed())
        case GLP_UNBND:
            return Solution(termination: .unbounded, values: [], initialSolutionAccepted: initial.map { _ in false },
                            solveSeconds: elapsed())
        case GLP_OPT:
            break
        default:
            if glp_get_prim_stat(problem.pointer) == GLP_NOFEAS {
                return Solution(termination: .infeasible, values: [], solveSeconds: elapsed())
            }
            if glp_get_dual_stat(problem.pointer) == GLP_NOFEAS {
                return Solution(termination: .unbounded, values: [], solveSeconds: elapsed())
            }
            throw .solverFailure("simplex ended with undefined status")
        }
        let relaxation = glp_get_obj_val(problem.pointer)

        guard isMixedInteger else {
            let values = (0..<variables.count).map { glp_get_col_prim(problem.pointer, Int32($0 + 1)) }
            return Solution(termination: .optimal, objective: relaxation, bestBound: relaxation,
                            relaxationObjective: relaxation, values: values, firstSolutionSeconds: elapsed(),
                            solveSeconds: elapsed())
        }

        // 2. Branch-and-cut.
        let search = BranchAndCutSearch(initial: initial, options: options, start: start, rootBound: relaxation)
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
        mip.ps_tm_lim = Int32(clamping: Int(options.proximitySearchSeconds * 1000))
        mip.presolve = GLP_OFF
        mip.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<BranchAndCutSearch>.fromOpaque(info).takeUnretainedValue().callback(tree)
        }
        mip.cb_info = Unmanaged.passUnretained(search).toOpaque()
        code = withExtendedLifetime(search) { glp_intopt(problem.pointer, &mip) }

        let status = glp_mip_status(problem.pointer)
        let hasIncumbent = status == GLP_OPT || status == GLP_FEAS
        let termination: Solution.Termination
        switch (code, status) {
        case (0, GLP_OPT): termination = .optimal
        case (0, GLP_NOFEAS), (GLP_ENOPFS, _): termination = .infeasible
        case (GLP_EMIPGAP, _) where hasIncumbent: termination = .feasibleAtGapLimit
        case (GLP_ETMLIM, _), (GLP_ESTOP, _): termination = hasIncumbent ? .feasibleAtTimeLimit : .noSolutionAtTimeLimit
        case (0, GLP_FEAS): termination = .feasibleAtTimeLimit
        default: throw .solverFailure("branch-and-cut returned GLPK code \(code), status \(status)")
        }
        search.report(incumbent: hasIncumbent ? glp_mip_obj_val(problem.pointer) : nil)

        guard hasIncumbent else {
            return Solution(termination: termination, bestBound: search.bestBound, relaxationObjective: relaxation,
                            values: [], initialSolutionAccepted: search.initialAccepted, solveSeconds: elapsed())
        }
        let values = variables.enumerated().map { index, definition in
            let value = glp_mip_col_val(problem.pointer, Int32(index + 1))
            return definition.kind == .continuous ? value : value.rounded()
        }
        let objective = glp_mip_obj_val(problem.pointer)
        return Solution(termination: termination, objective: objective,
                        bestBound: termination == .optimal ? objective : search.bestBound,
                        relaxationObjective: relaxation, values: values,
                        initialSolutionAccepted: search.initialAccepted,
                        firstSolutionSeconds: search.firstSolutionSeconds ?? elapsed(), solveSeconds: elapsed())
    }

    /// Writes the model in CPLEX LP format, which GLPK's `glpsol --lp`, CPLEX, Gurobi, HiGHS and CBC read.
    /// The file is written to a temporary name and moved into place, so a failure leaves nothing half-written.
    public func writeLP(toPath path: String) throws(OptimizationError) {
        try write(toPath: path) { glp_write_lp($0, nil, $1) }
    }

    /// Writes the model in free MPS format (`glpsol --freemps`).
    /// The file is written to a temporary name and moved into place, so a failure leaves nothing half-written.
    public func writeMPS(toPath path: String) throws(OptimizationError) {
        try write(toPath: path) { glp_write_mps($0, GLP_MPS_FILE, nil, $1) }
    }

    private func write(toPath path: String, _ writer: (OpaquePointer, String) -> Int32) throws(OptimizationError) {
        let problem = GLPKProblem(self, verbose: false)
        defer { problem.free() }
        let temporary = path + ".partial-\(getpid())"
        guard writer(problem.pointer, temporary) == 0 else {
            unlink(temporary)
            throw .exportFailed("could not write \(path)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .exportFailed("could not move the finished file to \(path)")
        }
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
            let (type, lower, upper) = GLPKProblem.boundType(definition.lower, definition.upper)
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
            let (type, lower, upper) = GLPKProblem.boundType(definition.constraint.lower, definition.constraint.upper)
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

    static func boundType(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): (GLP_FR, 0, 0)
        case (true, false): (GLP_LO, lower, 0)
        case (false, true): (GLP_UP, 0, upper)
        case (true, true): lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
        }
    }
}

/// The state of one branch-and-cut run, reached from GLPK's callback.
private final class BranchAndCutSearch {
    let initial: [Double]?
    let options: SolveOptions
    let start: ContinuousClock.Instant
    var bestBound: Double?
    var initialAccepted: Bool?
    var firstSolutionSeconds: Double?
    private var offeredInitial = false
    private var lastReport: Double = 0

    init(initial: [Double]?, options: SolveOptions, start: ContinuousClock.Instant, rootBound: Double) {
        self.initial = initial
        self.options = options
        self.start = start
        self.bestBound = rootBound
        self.initialAccepted = initial == nil ? nil : false
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
                if glp_ios_heur_sol(tree, point) == 0, glp_mip_status(glp_ios_get_prob(tree)) != GLP_UNDEF {
                    initialAccepted = true
                    firstSolutionSeconds = firstSolutionSeconds ?? elapsed
                }
            }
        case GLP_IBINGO:
            firstSolutionSeconds = firstSolutionSeconds ?? elapsed
        default:
            break
        }
        guard options.progress != nil, elapsed - lastReport >= options.progressIntervalSeconds else { return }
        let problem = glp_ios_get_prob(tree)
        let status = glp_mip_status(problem)
        report(incumbent: status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil)
    }

    func report(incumbent: Double?) {
        lastReport = elapsed
        options.progress?(SolveProgress(elapsedSeconds: lastReport, incumbentObjective: incumbent, bestBound: bestBound))
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
