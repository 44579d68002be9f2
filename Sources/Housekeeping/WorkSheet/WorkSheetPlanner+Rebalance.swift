import Optimization

/// The loads re-balanced within the plan's floor pattern: the whole day's model, every attendant re-planned but
/// each only on the floors they work in the plan (``CandidateFloors/startFloors``). That model is small (one floor
/// variable per attendant × floor pair of the plan), so GLPK finds better loads for the floors the starts and the
/// neighbourhood search chose sooner than in the day's model. The attendants' home floors are not opened on
/// purpose: with them (and every floor's suites) open, GLPK found nothing better in 2 s in the benchmark hotels.
extension AssignmentEngine {
    /// The most branch-and-bound nodes GLPK may open on the re-balance: a count, so that it stops at the same plan
    /// on a quiet and on a loaded machine.
    static let rebalanceNodeLimit = 100

    /// GLPK's plan of the whole day with every attendant kept to the floors they work in `start`, when its
    /// objective is lower than the start's, otherwise `start`; and whether GLPK proved that plan optimal for the
    /// restricted model. GLPK gets at most ``rebalanceNodeLimit`` nodes; `secondsLeft` is only a safety net (a machine
    /// far slower than usual may reach it, and then the plan may depend on the machine's speed). A model with more
    /// than ``wholeDayIntegerLimit`` integer variables is not solved.
    func rebalanced(_ start: Plan, band: Double, secondsLeft: Double) throws(OptimizationError) -> (plan: Plan, optimal: Bool) {
        guard secondsLeft > 0 else { return (start, false) }
        let built = try assignmentModel(from: start, for: wholeDay, symmetry: [], band: band, floors: .startFloors)
        guard built.integerCount <= AssignmentEngine.wholeDayIntegerLimit else { return (start, false) }
        let solution = try built.model.solve(SolveOptions(
            timeLimitSeconds: secondsLeft, relativeGap: 0, cuts: [.mixedIntegerRounding, .cover],
            initialSolution: built.initial, nodeLimit: AssignmentEngine.rebalanceNodeLimit))
        let optimal = solution.termination == .optimal
        guard solution.hasSolution else { return (start, optimal) }
        let candidate = plan(of: solution, built, start: start)
        let better = objectiveValue(candidate, band: band) < objectiveValue(start, band: band) - 1e-9
        return (better ? candidate : start, optimal)
    }
}
