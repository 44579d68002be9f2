import Foundation
import Optimization
import Testing

@Suite("Bad input throws a typed OptimizationError instead of reaching GLPK")
struct InputValidationTests {
    @Test("NaN and infinite coefficients in constraints and the objective")
    func nonFiniteCoefficients() throws {
        var model = Model()
        let x = try model.addVariable()
        for bad in [Double.nan, .infinity, -.infinity] {
            #expect(throws: OptimizationError.self) { try model.addConstraint(bad * x <= 1) }
            #expect(throws: OptimizationError.self) { try model.setObjective(bad * x) }
            #expect(throws: OptimizationError.self) { try model.setObjective(x + bad) }
        }
        #expect(throwsError { try model.addConstraint(Double.nan * x <= 1) }?.caseName == "notFinite", "a NaN coefficient should be .notFinite")
        // A coefficient that overflows while the expression is built.
        #expect(throws: OptimizationError.self) { try model.addConstraint(1e308 * x + 1e308 * x <= 1) }
        #expect(model.constraints.isEmpty)
    }

    @Test("NaN bounds, lower above upper, bounds that leave no value")
    func badBounds() throws {
        var model = Model()
        #expect(throws: OptimizationError.self) { try model.addVariable(.continuous, lower: .nan) }
        #expect(throws: OptimizationError.self) { try model.addVariable(.continuous, upper: .nan) }
        #expect(throws: OptimizationError.self) { try model.addVariable(.continuous, lower: 2, upper: 1) }
        #expect(throws: OptimizationError.self) { try model.addVariable(.continuous, lower: .infinity) }
        #expect(throws: OptimizationError.self) { try model.addVariable(.continuous, lower: -.infinity, upper: -.infinity) }
        #expect(model.variables.isEmpty)

        let x = try model.addVariable()
        #expect(throws: OptimizationError.self) { try model.addConstraint(LinearConstraint(lower: .nan, 1 * x, upper: 1)) }
        #expect(throws: OptimizationError.self) { try model.addConstraint(LinearConstraint(lower: 3, 1 * x, upper: 2)) }
        #expect(throws: OptimizationError.self) { try model.addConstraint(1 * x >= .infinity) }
        #expect(throws: OptimizationError.self) { try model.addConstraint(1 * x <= -.infinity) }
        #expect(throws: OptimizationError.self) { try model.addConstraint(x + Double.nan <= 1) }  // NaN constant

        #expect(throws: OptimizationError.self) { try model.setBounds(of: x, lower: .nan, upper: 1) }
        #expect(throws: OptimizationError.self) { try model.setBounds(of: x, lower: 5, upper: 4) }
        #expect(throws: OptimizationError.self) { try model.setBounds(of: x, lower: .infinity, upper: .infinity) }
        #expect(throws: OptimizationError.self) { try model.setBounds(of: x, lower: -.infinity, upper: -.infinity) }
        #expect(model.variables[0].lower == 0 && model.variables[0].upper == .infinity)
        #expect(model.constraints.isEmpty)
    }

    @Test("Fractional bounds on integer variables, and binary bounds outside 0…1")
    func integerBounds() throws {
        var model = Model()
        #expect(throws: OptimizationError.nonIntegralBounds("x0: bound 0.5 is not a whole number")) {
            try model.addVariable(.integer, lower: 0.5, upper: 3)
        }
        #expect(throws: OptimizationError.self) { try model.addVariable(.integer, lower: 0, upper: 2.5) }
        let n = try model.addVariable(.integer, lower: 0, upper: 3)
        #expect(throws: OptimizationError.self) { try model.setBounds(of: n, lower: 0.25, upper: 3) }
        let b = try model.addVariable(.binary)
        #expect(throws: OptimizationError.self) { try model.setBounds(of: b, lower: -1, upper: 1) }
        #expect(throws: OptimizationError.self) { try model.setBounds(of: b, lower: 0, upper: 2) }
        #expect(throws: OptimizationError.self) { try model.setBounds(of: b, lower: 0, upper: 0.5) }
        try model.setBounds(of: b, lower: 1, upper: 1)
        #expect(model.variables[b.index].lower == 1)
    }

    @Test("A variable from another model is refused everywhere")
    func foreignVariable() throws {
        var first = Model()
        let mine = try first.addVariable()
        var second = Model()
        let other = try second.addVariable()
        _ = try second.addVariable()
        let beyond = try second.addVariable()  // index 2: out of range in `first` too

        #expect(throws: OptimizationError.self) { try first.addConstraint(mine + other <= 1) }
        #expect(throws: OptimizationError.self) { try first.addConstraint(beyond <= 1) }
        #expect(throws: OptimizationError.self) { try first.setObjective(1 * other) }
        #expect(throws: OptimizationError.self) { try first.setBounds(of: other, lower: 0, upper: 1) }
        #expect(throws: OptimizationError.self) { _ = try first.solve(SolveOptions(initialSolution: [other: 0])) }
        #expect(throwsError { try first.setObjective(1 * other) }?.caseName == "foreignVariable", "expected .foreignVariable")
    }

    @Test("Empty, over-long and control-character names")
    func badNames() throws {
        var model = Model()
        let long = String(repeating: "é", count: 128)  // 256 bytes in UTF-8
        for name in ["", long, "tab\there", "new\nline", "nul\u{0}", "bell\u{7}", "del\u{7F}", "c1\u{85}"] {
            #expect(throws: OptimizationError.self, "\(name.debugDescription)") { try model.addVariable(name: name) }
            #expect(throws: OptimizationError.self, "\(name.debugDescription)") {
                try model.addConstraint(LinearExpression() <= 1, name: name)
            }
        }
        #expect(throws: OptimizationError.self) { try model.addVariables(2, namePrefix: String(repeating: "a", count: 254)) }
        #expect(model.variables.isEmpty && model.constraints.isEmpty)
        try model.addVariable(name: String(repeating: "a", count: 255))
        try model.addVariable(name: "Zimmer 101 — Böden")
        #expect(model.variables.count == 2)
    }

    @Test("Bad solve options: negative or non-finite time limit, gap outside 0…1, bad intervals")
    func badOptions() throws {
        var model = Model()
        let x = try model.addVariable(.integer, lower: 0, upper: 3)
        try model.setObjective(1 * x)
        let bad: [SolveOptions] = [
            SolveOptions(timeLimitSeconds: -1), SolveOptions(timeLimitSeconds: .nan),
            SolveOptions(timeLimitSeconds: .infinity), SolveOptions(relativeGap: -0.1),
            SolveOptions(relativeGap: 1.5), SolveOptions(relativeGap: .nan),
            SolveOptions(proximitySearchSeconds: 0), SolveOptions(progressIntervalSeconds: -1),
            SolveOptions(progressIntervalSeconds: .nan),
        ]
        for options in bad {
            #expect(throwsError { _ = try model.solve(options) }?.caseName == "invalidOption", "expected .invalidOption")
        }
        // Extreme but valid values do not trap in the millisecond conversion.
        let huge = try model.solve(SolveOptions(timeLimitSeconds: 1e300, proximitySearch: true, proximitySearchSeconds: 1e300))
        #expect(huge.termination == .optimal)
        #expect(huge.objective == 0)
    }

    @Test("NaN or infinite values in an initial solution")
    func badInitialSolution() throws {
        var model = Model()
        let x = try model.addVariable(.integer, lower: 0, upper: 3)
        try model.setObjective(1 * x)
        for bad in [Double.nan, .infinity, -.infinity] {
            #expect(throwsError { _ = try model.solve(SolveOptions(initialSolution: [x: bad])) }?.caseName == "invalidInitialSolution", "expected .invalidInitialSolution for \(bad)")
        }
    }

    @Test("Export refuses duplicate names, a model without variables as LP, and a missing directory")
    func badExports() throws {
        let directory = try temporaryDirectory()
        var model = Model()
        try model.addVariable(name: "same")
        try model.addVariable(name: "same")
        #expect(throws: OptimizationError.self) { try model.writeMPS(toPath: directory + "/dup.mps") }

        var noColumns = Model()
        try noColumns.setObjective(LinearExpression(constant: 1))
        #expect(throws: OptimizationError.self) { try noColumns.writeLP(toPath: directory + "/nocolumns.lp") }
        try noColumns.writeMPS(toPath: directory + "/nocolumns.mps")  // MPS can hold it

        var fine = Model()
        let y = try fine.addVariable(name: "y")
        try fine.addConstraint(y <= 1)
        #expect(throws: OptimizationError.self) { try fine.writeLP(toPath: directory + "/missing/dir/model.lp") }
    }
}

/// The `OptimizationError` thrown by `body`, or `nil` when it throws nothing (or something else).
func throwsError(_ body: () throws -> Void) -> OptimizationError? {
    do {
        try body()
        return nil
    } catch {
        return error as? OptimizationError
    }
}

extension OptimizationError {
    /// The name of the case, to check which kind of error was thrown.
    var caseName: String {
        switch self {
        case .foreignVariable: "foreignVariable"
        case .notFinite: "notFinite"
        case .invalidBounds: "invalidBounds"
        case .nonIntegralBounds: "nonIntegralBounds"
        case .invalidName: "invalidName"
        case .invalidOption: "invalidOption"
        case .invalidInitialSolution: "invalidInitialSolution"
        case .solverFailure: "solverFailure"
        case .exportFailed: "exportFailed"
        case .wrongThread: "wrongThread"
        }
    }
}

/// A fresh directory under the temporary directory for files written by a test.
func temporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("optimization-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}
