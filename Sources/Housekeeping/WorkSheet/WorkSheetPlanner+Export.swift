import Optimization

/// The day's whole model with a plan in it, for solving with an outside solver (``WorkSheetOptions/modelExport``).
public struct DayModelExport: Sendable {
    /// The model: every attendant re-planned, every floor open to everyone. Its rows derived from the plan (the
    /// highest load ratio a better plan may have, the attendants each floor needs at that ratio) and the symmetry
    /// rows cut off no plan at least as good, so its optimum is the day's optimum.
    public var model: Model
    /// The plan as the model's values, one per variable in the model's order (``Variable/index``).
    public var values: [Double]
    /// The plan's objective (``WorkSheetPlanner``'s objective, term by term in ``SolverReport/planTerms``).
    public var objective: Double
}

extension AssignmentEngine {
    /// The day's whole model built around `plan` (identical attendants' lists ordered as the symmetry rows want
    /// them), with the plan's values.
    func dayModelExport(around plan: Plan, band: Double) throws(OptimizationError) -> DayModelExport {
        let classes = symmetryClasses()
        let start = ordered(plan, symmetry: classes)
        let built = try assignmentModel(from: start, for: wholeDay, symmetry: classes, band: band, floors: .all)
        var values = Array(repeating: 0.0, count: built.model.variables.count)
        for (variable, value) in built.initial { values[variable.index] = value }
        return DayModelExport(model: built.model, values: values, objective: objectiveValue(start, band: band))
    }
}
