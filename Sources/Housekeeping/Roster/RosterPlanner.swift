import Optimization

/// The roster engine: builds a roster that breaks no hard rule, then improves it within a time limit.
///
/// 1. **Construction**: employee by employee, the best schedule for that person alone given everyone
///    else (dynamic programming over the days: the sequence rules exact; minutes and weekends exact too when
///    the state space is small, otherwise priced in until met, like shifts per type; GLPK for that employee
///    when pricing fails). Repeated over all staff while the penalty falls.
/// 2. **Improvement**, until the time limit: GLPK sub-problems (a few employees over the whole horizon,
///    many employees over a few days, or the people able to fix a short-staffed shift; at most
///    ``Options/subproblemBinaryLimit`` binaries, everyone else fixed, warm-started from the current roster),
///    alternating with batches of ruin-and-recreate moves (clear a few employees, re-plan each by dynamic
///    programming, accept by simulated annealing cooling with the time left; the best roster is kept apart).
///    The sub-problem size does not grow with the instance.
/// 3. **Lower bound**: a short branch-and-cut of the whole model (its root is the LP relaxation with GLPK's
///    cuts), when the model has at most ``Options/lowerBoundBinaryLimit`` binaries; the search stops early
///    when the roster's penalty meets the bound.
///
/// Determinism: construction depends on the seed only. The search's choices come from the seed, except what
/// depends on the clock: the annealing temperature (it cools with the time left), how far the search got,
/// GLPK sub-problems cut by their time limit (``Result/subproblemsCutByTimeLimit`` counts them) and the
/// bound's branch-and-cut. So two runs with the same seed can differ; the roster is always re-scored exactly.
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
        /// Compute the lower bound (LP relaxation of the whole model) when it has at most this many binaries.
        public var lowerBoundBinaryLimit: Int
        /// The share of the time limit the lower bound may use.
        public var lowerBoundTimeShare: Double

        public init(
            timeLimitSeconds: Double = 60, seed: UInt64 = 1, subproblemBinaryLimit: Int = 250,
            subproblemTimeLimitSeconds: Double = 0.5, moveBatch: Int = 20, annealing: Double = 0.2, lowerBoundBinaryLimit: Int = 60_000, lowerBoundTimeShare: Double = 0.15
        ) {
            self.timeLimitSeconds = timeLimitSeconds
            self.seed = seed
            self.subproblemBinaryLimit = subproblemBinaryLimit
            self.subproblemTimeLimitSeconds = subproblemTimeLimitSeconds
            self.moveBatch = moveBatch
            self.annealing = annealing
            self.lowerBoundBinaryLimit = lowerBoundBinaryLimit
            self.lowerBoundTimeShare = lowerBoundTimeShare
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
