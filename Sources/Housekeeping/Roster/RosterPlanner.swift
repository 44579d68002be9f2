import Optimization

/// The roster engine: builds a roster that breaks no hard rule, bounds the penalty from below by column
/// generation, and improves the roster within a time limit.
///
/// 1. **Construction**: employee by employee, the best schedule for that person alone given everyone
///    else (dynamic programming over the days: the sequence rules exact; minutes and weekends exact too when
///    the state space is small, otherwise priced in until met, like shifts per type; GLPK for that employee
///    when pricing fails). Repeated over all staff while the penalty falls, then, when some employee's pricing is
///    not exact in minutes and weekends, cell moves (below) while they help. When every employee has a schedule
///    but a hard cover minimum is still short, the large-neighbourhood search (step 5) runs first until the
///    first roster meeting every hard rule.
/// 2. **Column generation** (at most ``Options/columnGenerationTimeShare`` of the time limit): a master that
///    picks one whole-horizon schedule per employee, cover slacks priced by the cover weights. Its LP
///    relaxation is solved by GLPK; the cover duals price new schedules with the same dynamic programme, until
///    none has a negative reduced cost. Every schedule is checked against its employee's rules before it enters.
///    The **lower bound** is the Lagrangian bound of each complete pricing round (the LP value when pricing
///    converges; valid also when pricing is not exact, because the pricing's own relaxation bounds it).
///    Skipped when some employee's minutes or weekends do not fit the exact pricing (priced in, pricing stalls
///    far below the LP value and the time is better spent searching). The bound then comes from a **relaxed
///    pricing** (at most ``Options/relaxedBoundTimeShare`` of the time limit): column generation over schedules
///    that meet only the sequence rules, each employee's minutes, weekends and shifts per type being linear rows
///    of that master; at each round's duals, the Lagrangian bound (the cover rows' least penalty at a free count
///    plus each employee's best relaxed schedule) is valid whatever the duals, the pricing's schedules being a
///    superset. Ended early when one round takes an eighth of its time (then no bound, and the search gets the
///    time back).
/// 3. **Price-and-branch** (at most ``Options/columnMasterTimeShare`` of the time limit): a diving heuristic
///    (fix the schedule with the largest LP value, price again, repeat), then the master as a MIP over the
///    generated schedules (GLPK, warm-started from the best roster; schedules whose reduced cost shows they
///    cannot beat it are left out).
/// 4. **Branch-and-price** (at most ``Options/branchAndPriceTimeShare`` of the time left, when column
///    generation converged): every schedule that a roster cheaper than the best could use (reduced cost within
///    the gap between the best penalty − 1 and the Lagrangian bound) is listed per employee by a backward dynamic
///    programme, when few enough (the other employees are priced by dynamic programming); a tree branching on
///    whether one employee works on one day (then on one assignment), explored by limited discrepancy, each
///    node's LP solved by column generation and cut by its Lagrangian bound, finds cheaper rosters and, when
///    exhausted, proves the best roster optimal.
/// 5. **Improvement**, until the time limit, ``Options/roundLimit`` or a proven optimum: GLPK sub-problems
///    (a few employees over the whole horizon, many employees over a few days, or the people able to fix a
///    short-staffed shift; at most ``Options/subproblemBinaryLimit`` binaries, everyone else fixed,
///    warm-started), alternating with batches of ruin-and-recreate moves (clear a few employees, re-plan each
///    by dynamic programming, accept by simulated annealing that cools over ``Options/coolingMoves`` moves),
///    and, when column generation did not converge, cell moves whenever the roster changed since they last found
///    nothing: for each cover row short of its
///    preferred level and each request not honoured, one person's assignment that day changed to fill or honour
///    it, with at most one compensating change (someone else takes over the shift left, or the same person's
///    working day moves), priced in O(1) from the cover counts (fast on a year of 150 staff, where one dynamic
///    programme per person costs seconds).
///    The sub-problem size does not grow with the instance. When a better roster was found, its schedules join
///    the pool and the MIP over the pool runs again.
///
/// The search stops as soon as the penalty equals the bound rounded up (``Stop/provenOptimal``).
///
/// Determinism: no choice depends on the clock, only where the search stops. A run ended by
/// ``Options/roundLimit`` (or a proof of optimality) before the time limit gives the same roster for the same
/// seed, unless a GLPK solve was cut by its own time limit (``Result/subproblemsCutByTimeLimit`` counts them).
/// A run ended by the time limit depends on how far the machine got.
///
/// ```swift
/// let planner = RosterPlanner(problem: problem)
/// let result = try planner.plan(RosterPlanner.Options(timeLimitSeconds: 30, seed: 1)) { progress in
///     print(progress.elapsedSeconds, progress.bestPenalty ?? -1)
/// }
/// if let roster = result.roster { ... } else { print(result.explanation) }
/// ```
public struct RosterPlanner: Sendable {
    /// Limits and tuning of the search.
    public struct Options: Sendable, Hashable {
        /// Stop after this many seconds (the whole plan, bound included).
        public var timeLimitSeconds: Double
        /// Seed of the random choices (neighbourhoods, orders).
        public var seed: UInt64
        /// The most binary variables in one GLPK sub-problem.
        public var subproblemBinaryLimit: Int
        /// The time limit of one GLPK sub-problem, in seconds.
        public var subproblemTimeLimitSeconds: Double
        /// Ruin-and-recreate moves between two GLPK sub-problems.
        public var moveBatch: Int
        /// The starting temperature of the ruin-and-recreate acceptance, as a share of the mean cover weight
        /// (0 accepts only moves that do not raise the cost).
        public var annealing: Double
        /// Ruin-and-recreate moves in one cooling cycle: the temperature falls linearly from its start to 0 over
        /// this many moves, then the search returns to the best roster and heats up again. Without a
        /// ``roundLimit`` the temperature is also at most the share of the search's time left (large instances,
        /// where fewer moves than a cycle fit, still end cold).
        public var coolingMoves: Int
        /// The share of the time limit that column generation (the lower bound and the pool of schedules) may use.
        public var columnGenerationTimeShare: Double
        /// The share of the time limit that the Lagrangian bound with a relaxed pricing may use, when column
        /// generation is skipped (some employee's pricing is not exact in minutes and weekends).
        public var relaxedBoundTimeShare: Double
        /// The share of the time limit that the MIP over the generated schedules may use.
        public var columnMasterTimeShare: Double
        /// The share of the time left after the MIP over the generated schedules that the branch-and-price may
        /// use (only when column generation converged; the rest goes to the improvement search): it lists the
        /// schedules that a cheaper roster could use, searches for one, and proves the best roster optimal when
        /// its tree is exhausted.
        public var branchAndPriceTimeShare: Double
        /// The most improvement rounds (one GLPK sub-problem and ``moveBatch`` moves each), or nil for no limit;
        /// it also limits the branch-and-price to 10 nodes per round.
        /// A run stopped by this limit rather than the clock is deterministic (see the type's discussion).
        public var roundLimit: Int?

        public init(
            timeLimitSeconds: Double = 60, seed: UInt64 = 1, subproblemBinaryLimit: Int = 250,
            subproblemTimeLimitSeconds: Double = 0.5, moveBatch: Int = 20, annealing: Double = 0.2,
            coolingMoves: Int = 5000, columnGenerationTimeShare: Double = 0.3, columnMasterTimeShare: Double = 0.2,
            branchAndPriceTimeShare: Double = 0.7, roundLimit: Int? = nil, relaxedBoundTimeShare: Double = 0.1
        ) {
            self.timeLimitSeconds = timeLimitSeconds
            self.seed = seed
            self.subproblemBinaryLimit = subproblemBinaryLimit
            self.subproblemTimeLimitSeconds = subproblemTimeLimitSeconds
            self.moveBatch = moveBatch
            self.annealing = annealing
            self.coolingMoves = coolingMoves
            self.columnGenerationTimeShare = columnGenerationTimeShare
            self.columnMasterTimeShare = columnMasterTimeShare
            self.branchAndPriceTimeShare = branchAndPriceTimeShare
            self.roundLimit = roundLimit
            self.relaxedBoundTimeShare = relaxedBoundTimeShare
        }
    }

    /// A progress report, sent when the best roster improves or a phase ends.
    public struct Progress: Sendable, Hashable {
        /// Seconds since planning started.
        public var elapsedSeconds: Double
        /// The penalty of the best roster so far (nil before the first one).
        public var bestPenalty: Int?
        /// The best lower bound on the penalty known so far.
        public var lowerBound: Double?
        /// What the engine is doing: "construction", "bound", "search".
        public var phase: String
    }

    /// Why the search stopped.
    public enum Stop: String, Sendable, Hashable, Codable {
        /// The roster's penalty equals the lower bound: it is optimal.
        case provenOptimal
        /// The time limit ended the search.
        case timeLimit
        /// ``Options/roundLimit`` ended the search.
        case roundLimit
        /// No roster meeting the hard rules was found (see ``Result/explanation``).
        case noFeasibleRoster
    }

    /// What the planner found.
    public struct Result: Sendable {
        /// The best roster (meets every hard rule), or nil when none was found.
        public var roster: Roster?
        /// Its exact evaluation.
        public var evaluation: RosterEvaluation?
        /// The best lower bound on the penalty, when computed.
        public var lowerBound: Double?
        /// Seconds from the start to the first roster meeting every hard rule.
        public var secondsToFirstRoster: Double?
        /// Seconds from the start to the best roster.
        public var secondsToBest: Double?
        /// Seconds the whole plan took.
        public var elapsedSeconds: Double
        /// Why the search stopped.
        public var stop: Stop
        /// Sub-problems solved by GLPK.
        public var subproblemsSolved: Int
        /// Of those, how many were cut by their own time limit (then the run may differ between machines).
        public var subproblemsCutByTimeLimit: Int
        /// Single-employee re-plans that changed the roster.
        public var employeeMoves: Int
        /// When no roster was found: which rule for which person, or which cover cannot be met.
        public var explanation: [String]
        /// Branch-and-price nodes whose LP was solved (0 when the tree did not run).
        public var branchAndPriceNodes: Int = 0
        /// Seconds spent in the branch-and-price tree (with ``branchAndPriceNodes``, its speed).
        public var branchAndPriceSeconds: Double = 0
    }

    /// The problem to plan.
    public let problem: RosterProblem

    public init(problem: RosterProblem) {
        self.problem = problem
    }

    /// Plans a roster.
    /// - Parameters:
    ///   - options: the time limit, seed and sub-problem limits.
    ///   - progress: called with each improvement and phase change (on the calling thread).
    /// - Throws: ``RosterProblemError`` when the problem is invalid.
    public func plan(_ options: Options = Options(), progress: ((Progress) -> Void)? = nil) throws(RosterProblemError) -> Result {
        try problem.validate()
        var search = RosterSearch(problem: problem, options: options, progress: progress)
        return search.run()
    }
}
