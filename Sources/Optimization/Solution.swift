/// The outcome of a solve: why the solver stopped, and the best solution it had.
///
/// Why the solver stopped is not the same as whether there is a solution: check ``hasSolution`` before
/// reading values. "Infeasible" is a result, not an error.
public struct Solution: Sendable {
    /// The ``Model/id`` of the model that was solved, so that variables of another model are not read here.
    let modelID: Int

    /// Why the solver stopped.
    public enum Termination: String, Sendable, Hashable, Codable {
        /// The solution is proven optimal (within the solver's tolerances).
        case optimal
        /// A feasible solution was found (or the accepted initial solution is returned) but the time limit
        /// stopped the search before proving optimality.
        case feasibleAtTimeLimit
        /// A feasible solution within the requested relative gap was found.
        case feasibleAtGapLimit
        /// No solution satisfies the constraints.
        case infeasible
        /// The objective can improve without limit. For a MIP: its relaxation is unbounded and an integer point
        /// exists (or the time limit ended the search for one, so it may still be infeasible).
        case unbounded
        /// The time limit was reached before any feasible solution was found.
        case noSolutionAtTimeLimit
    }

    /// Why the solver stopped.
    public var termination: Termination
    /// The objective of the returned solution (`nil` when there is none).
    public var objective: Double?
    /// The best proven bound on the optimum (a lower bound when minimising), when one is known; never better
    /// than ``objective``.
    public var bestBound: Double?
    /// The objective of the LP relaxation at the root, when it was solved.
    public var relaxationObjective: Double?
    /// The value of every variable, by ``Variable/index``; empty when there is no solution. Integer and binary
    /// variables hold exact whole numbers.
    public var values: [Double]
    /// For a pure LP solved to optimality: the dual value (shadow price) of every constraint, by its position in
    /// ``Model/constraints``: how much the objective changes per unit the constraint's active bound moves.
    /// Empty otherwise (a MIP, or no optimal solution).
    public var constraintDuals: [Double] = []
    /// Whether ``SolveOptions/initialSolution`` was accepted: it satisfied every bound, integrality and
    /// constraint (within 1e-6, scaled for large bounds). `nil` when none was given.
    public var initialSolutionAccepted: Bool?
    /// Seconds from the start of the solve to the first feasible solution it could have returned, when there is
    /// one; an accepted initial solution counts from the moment it was checked, at the start.
    public var firstSolutionSeconds: Double?
    /// Seconds the whole solve took.
    public var solveSeconds: Double

    /// Whether ``values`` holds a feasible solution.
    public var hasSolution: Bool {
        switch termination {
        case .optimal, .feasibleAtTimeLimit, .feasibleAtGapLimit: true
        case .infeasible, .unbounded, .noSolutionAtTimeLimit: false
        }
    }

    /// The relative gap `|objective − bound| / max(|objective|, 1e-9)`, when both are known.
    public var relativeGap: Double? {
        guard let objective, let bestBound else { return nil }
        return Solution.relativeGap(objective: objective, bound: bestBound)
    }

    /// The value of a variable in the solution.
    ///
    /// - Precondition: ``hasSolution`` is true and `variable` belongs to the solved model (like an array index,
    ///   a violation stops the program); ``value(of:)`` is the checked alternative.
    public subscript(variable: Variable) -> Double {
        precondition(variables(contain: variable), "no value for \(variable): check hasSolution first")
        return values[variable.index]
    }

    /// The value of a linear expression in the solution, with the same precondition as the variable subscript.
    public subscript(expression: LinearExpression) -> Double {
        expression.evaluate { self[$0] }
    }

    /// The value of a variable, or `nil` when the solution has none or the variable belongs to another model.
    public func value(of variable: Variable) -> Double? {
        variables(contain: variable) ? values[variable.index] : nil
    }

    private func variables(contain variable: Variable) -> Bool {
        variable.modelID == modelID && values.indices.contains(variable.index)
    }

    static func relativeGap(objective: Double, bound: Double) -> Double {
        abs(objective - bound) / max(abs(objective), 1e-9)
    }
}
