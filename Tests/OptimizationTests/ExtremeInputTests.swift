import Optimization
import Testing

@Suite("Extreme but valid input never stops the process")
struct ExtremeInputTests {
    // Built with explicit terms rather than operators: long operator chains on literals make the type checker slow.

    @Test("Huge and tiny finite coefficients and bounds: GLPK answers or fails numerically, it does not abort",
          arguments: [1e300, 1e-300, 1e150, 1e-150])
    func extremeMagnitudes(magnitude: Double) throws {
        var model = Model()
        let x = try model.addVariable(.continuous, lower: -magnitude, upper: magnitude)
        let n = try model.addVariable(.integer, lower: 0, upper: 1e15)
        try model.addConstraint(LinearConstraint(lower: -.infinity, LinearExpression(terms: [x: magnitude, n: 1]),
                                                 upper: magnitude))
        try model.addConstraint(LinearConstraint(lower: -magnitude, LinearExpression(terms: [x: 1, n: -magnitude]),
                                                 upper: 1 / magnitude))
        try model.setObjective(LinearExpression(terms: [x: 1, n: magnitude]), sense: .maximize)
        do {
            let solution = try model.solve(SolveOptions(timeLimitSeconds: 2))
            if solution.hasSolution { #expect(solution.values.count == 2) }
        } catch {  // typed: the do block throws only OptimizationError
            #expect(error.caseName == "solverFailure", "\(error)")  // a numerical failure is a fair, typed answer
        }
    }

    @Test("A subnormal coefficient and integer bounds of ±1e308")
    func subnormalAndHugeIntegerBounds() throws {
        var model = Model()
        let n = try model.addVariable(.integer, lower: -1e308, upper: 1e308)
        let y = try model.addVariable(.continuous, lower: 0, upper: 1)
        try model.addConstraint(LinearConstraint(lower: -.infinity, LinearExpression(terms: [n: Double.leastNonzeroMagnitude, y: 1]), upper: 1))
        try model.addConstraint(LinearConstraint(lower: -3, LinearExpression(terms: [n: 1]), upper: 3))
        try model.setObjective(LinearExpression(terms: [n: 1, y: 1]), sense: .maximize)
        do {
            let solution = try model.solve(SolveOptions(timeLimitSeconds: 2))
            if solution.hasSolution { #expect(solution.values[n.index] == 3) }
        } catch {  // typed: the do block throws only OptimizationError
            #expect(error.caseName == "solverFailure", "\(error)")
        }
    }
}
