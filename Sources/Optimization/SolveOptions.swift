/// How to solve a ``Model``: limits, presolve, cuts, heuristics, a starting solution and progress reports.
///
/// The defaults suit most small models: no time limit, proven optimality, presolve on, no extra cuts,
/// and no solver output.
public struct SolveOptions: Sendable {
    /// Families of cutting planes the branch-and-cut may add.
    public struct Cuts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Gomory's mixed-integer cuts.
        public static let gomory = Cuts(rawValue: 1 << 0)
        /// Mixed-integer rounding cuts.
        public static let mixedIntegerRounding = Cuts(rawValue: 1 << 1)
        /// Mixed cover cuts.
        public static let cover = Cuts(rawValue: 1 << 2)
        /// Clique cuts.
        public static let clique = Cuts(rawValue: 1 << 3)
        /// All four families.
        public static let all: Cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }

    /// Which fractional variable the branch-and-cut branches on.
    public enum Branching: String, Sendable, Hashable {
        /// The fractional variable with the lowest index.
        case firstFractional
        /// The fractional variable with the highest index.
        case lastFractional
        /// The variable whose fractional part is closest to ½.
        case mostFractional
        /// Driebeck and Tomlin's heuristic (GLPK's default).
        case driebeckTomlin
        /// Hybrid pseudo-cost heuristic.
        case pseudoCost
    }

    /// Which open node the branch-and-cut explores next.
    public enum Backtracking: String, Sendable, Hashable {
        /// The most recently created node (dives quickly to solutions).
        case depthFirst
        /// The oldest node.
        case breadthFirst
        /// The node with the best local bound (GLPK's default).
        case bestLocalBound
        /// The best-projection heuristic.
        case bestProjection
    }

    /// Stop after this many seconds (wall clock, whole solve); `nil` for no limit.
    public var timeLimitSeconds: Double?
    /// Stop the branch-and-cut once its tree has held this many nodes (a count, so that, unlike the time limit,
    /// where it stops does not depend on the machine's speed or load); `nil` for no limit. A solve stopped by it
    /// ends as one stopped by the time limit (``Solution/Termination/feasibleAtTimeLimit`` or
    /// ``Solution/Termination/noSolutionAtTimeLimit``).
    public var nodeLimit: Int?
    /// Stop when the relative gap between incumbent and best bound is at most this (0 = prove optimality).
    public var relativeGap: Double
    /// Run GLPK's LP presolver before the root relaxation.
    public var presolve: Bool
    /// Cut families to generate.
    public var cuts: Cuts
    /// Run the feasibility pump heuristic at the root.
    public var feasibilityPump: Bool
    /// Run the proximity search heuristic, for at most `proximitySearchSeconds`.
    public var proximitySearch: Bool
    /// The time budget of the proximity search, in seconds.
    public var proximitySearchSeconds: Double
    /// The branching rule.
    public var branching: Branching
    /// The node-selection rule.
    public var backtracking: Backtracking
    /// A feasible solution to start the branch-and-cut from. Variables not listed take 0, moved into their
    /// bounds; integer and binary values are rounded to the nearest whole number. It is checked against every
    /// bound and constraint first: if it is not feasible it is ignored, and ``Solution/initialSolutionAccepted``
    /// says which. An accepted solution is also the answer (``Solution/Termination/feasibleAtTimeLimit``) when
    /// the time limit stops the solver before it finds a solution of its own.
    public var initialSolution: [Variable: Double]?
    /// Called with the elapsed time, incumbent and best bound, at most every `progressIntervalSeconds`
    /// while the branch-and-cut runs, and once when it ends. A pure LP, or a MIP stopped before branch-and-cut
    /// begins, reports nothing. It is called on the solving thread from inside GLPK: keep it short, and do not
    /// start another solve from it.
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// The interval between two progress reports, in seconds.
    public var progressIntervalSeconds: Double
    /// Send the solver's own log to standard error (it never goes to standard output).
    public var verbose: Bool

    public init(
        timeLimitSeconds: Double? = nil, relativeGap: Double = 0, presolve: Bool = true, cuts: Cuts = [],
        feasibilityPump: Bool = false, proximitySearch: Bool = false, proximitySearchSeconds: Double = 10,
        branching: Branching = .driebeckTomlin, backtracking: Backtracking = .bestLocalBound,
        initialSolution: [Variable: Double]? = nil, progress: (@Sendable (SolveProgress) -> Void)? = nil,
        progressIntervalSeconds: Double = 1, verbose: Bool = false, nodeLimit: Int? = nil
    ) {
        self.timeLimitSeconds = timeLimitSeconds
        self.nodeLimit = nodeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.cuts = cuts
        self.feasibilityPump = feasibilityPump
        self.proximitySearch = proximitySearch
        self.proximitySearchSeconds = proximitySearchSeconds
        self.branching = branching
        self.backtracking = backtracking
        self.initialSolution = initialSolution
        self.progress = progress
        self.progressIntervalSeconds = progressIntervalSeconds
        self.verbose = verbose
    }

    func validate() throws(OptimizationError) {
        if let limit = timeLimitSeconds, !(limit >= 0) || !limit.isFinite {
            throw .invalidOption("time limit \(limit) s must be a finite number ≥ 0")
        }
        if let limit = nodeLimit, limit < 1 { throw .invalidOption("node limit \(limit) must be ≥ 1") }
        if !(relativeGap >= 0 && relativeGap <= 1) { throw .invalidOption("relative gap \(relativeGap) must be in 0…1") }
        if !(proximitySearchSeconds > 0) || !proximitySearchSeconds.isFinite {
            throw .invalidOption("proximity search time \(proximitySearchSeconds) s must be > 0")
        }
        if !(progressIntervalSeconds > 0) || !progressIntervalSeconds.isFinite {
            throw .invalidOption("progress interval \(progressIntervalSeconds) s must be > 0")
        }
    }
}

/// A progress report during a solve.
public struct SolveProgress: Sendable, Hashable {
    /// Seconds since the solve started.
    public var elapsedSeconds: Double
    /// The objective of the best solution found so far, if any.
    public var incumbentObjective: Double?
    /// The best bound on the optimum known so far, if any.
    public var bestBound: Double?

    public init(elapsedSeconds: Double, incumbentObjective: Double? = nil, bestBound: Double? = nil) {
        self.elapsedSeconds = elapsedSeconds
        self.incumbentObjective = incumbentObjective
        self.bestBound = bestBound
    }

    /// The relative gap between the two, if both are known.
    public var relativeGap: Double? {
        guard let incumbentObjective, let bestBound else { return nil }
        return Solution.relativeGap(objective: incumbentObjective, bound: bestBound)
    }
}
