import Foundation
import Synchronization
import Optimization
import Testing

@Suite("LinearProgram: an LP kept alive and re-solved warm")
struct LinearProgramTests {
    /// min 2x + 3y subject to x + y ≥ 4 and x + 3y ≥ 6, x, y ≥ 0. By hand: the optimum is the vertex where both
    /// rows are tight, x = 3, y = 1, objective 9; the duals solve u₀ + u₁ = 2, u₀ + 3u₁ = 3: u₀ = 1.5, u₁ = 0.5.
    static func handSolved(xUpper: Double = .infinity) throws -> (LinearProgram, x: Int, y: Int) {
        let lp = LinearProgram(sense: .minimize)
        let first = try lp.addRow(lower: 4, upper: .infinity, name: "first")
        let second = try lp.addRow(lower: 6, upper: .infinity, name: "second")
        let x = try lp.addColumn(cost: 2, upper: xUpper, entries: [(first, 1), (second, 1)], name: "x")
        let y = try lp.addColumn(cost: 3, entries: [(first, 1), (second, 3)])
        return (lp, x, y)
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test("The objective, values, reduced costs and duals match the hand-solved LP")
    func handSolvedOptimum() throws {
        let (lp, x, y) = try Self.handSolved()
        let solution = try lp.solve()
        #expect(solution.status == .optimal)
        #expect(Self.close(solution.objective, 9))
        #expect(Self.close(solution.values[x], 3) && Self.close(solution.values[y], 1))
        #expect(Self.close(solution.duals[0], 1.5) && Self.close(solution.duals[1], 0.5))
        #expect(Self.close(solution.reducedCosts[x], 0) && Self.close(solution.reducedCosts[y], 0))
        #expect(lp.rowCount == 2 && lp.columnCount == 2)
    }

    @Test("Solving again with nothing changed takes no simplex iteration (the basis is kept)")
    func unchangedResolveIsFree() throws {
        let (lp, _, _) = try Self.handSolved()
        let first = try lp.solve()
        #expect(first.iterations > 0)
        let again = try lp.solve(.dual)
        #expect(again.iterations == 0)
        #expect(Self.close(again.objective, 9))
    }

    @Test("A warm dual re-solve after a bound change equals a cold solve of the changed LP (x ≤ 2: x = 2, y = 2, 10)")
    func boundChangeResolveEqualsColdSolve() throws {
        let (lp, x, y) = try Self.handSolved()
        _ = try lp.solve()
        try lp.setColumnBounds(x, lower: 0, upper: 2)
        let warm = try lp.solve(.dual)
        let (cold, _, _) = try Self.handSolved(xUpper: 2)
        let reference = try cold.solve()
        #expect(warm.status == .optimal && reference.status == .optimal)
        #expect(Self.close(warm.objective, 10) && Self.close(reference.objective, 10))
        #expect(Self.close(warm.values[x], reference.values[x]) && Self.close(warm.values[y], reference.values[y]))
        #expect(zip(warm.duals, reference.duals).allSatisfy { Self.close($0, $1) })
        // Releasing the bound again returns to the first optimum.
        try lp.setColumnBounds(x, lower: 0, upper: .infinity)
        #expect(Self.close(try lp.solve(.dual).objective, 9))
    }

    @Test("A column added after a solve enters the warm re-solve (z covers both rows at cost 0.9: z = 6, objective 5.4)")
    func addedColumnResolve() throws {
        let (lp, x, y) = try Self.handSolved()
        let before = try lp.solve()
        // Its reduced cost under the old duals is 0.9 − 1.5 − 0.5 = −1.1: it improves the LP. The new duals
        // (0, 0.9) price x at 2 − 0.9 and y at 3 − 2.7, both above 0: z alone is the unique optimum.
        let z = try lp.addColumn(cost: 0.9, entries: [(0, 1), (1, 1)])
        let after = try lp.solve(.primal)
        #expect(after.status == .optimal)
        #expect(Self.close(after.objective, 5.4))
        #expect(Self.close(after.duals[0], 0) && Self.close(after.duals[1], 0.9))
        #expect(Self.close(after.values[z], 6) && Self.close(after.values[x], 0) && Self.close(after.values[y], 0))
        #expect(after.iterations <= before.iterations + 2)
    }

    @Test("A row added after a solve is honoured (x + y ≤ 3 with x + y ≥ 4: infeasible), and an open direction is unbounded")
    func infeasibleAndUnbounded() throws {
        let (lp, x, y) = try Self.handSolved()
        _ = try lp.solve()
        try lp.addRow(lower: -.infinity, upper: 3, entries: [(column: x, coefficient: 1), (column: y, coefficient: 1)])
        #expect(try lp.solve(.dual).status == .infeasible)

        let open = LinearProgram(sense: .maximize)
        let row = try open.addRow(lower: 1, upper: .infinity)
        try open.addColumn(cost: 1, entries: [(row, 1)])
        #expect(try open.solve().status == .unbounded)
    }

    @Test("Bad input throws instead of reaching GLPK: NaN, an infinite coefficient, empty bounds, unknown or repeated indices, a negative time limit")
    func inputIsChecked() throws {
        let (lp, x, _) = try Self.handSolved()
        #expect(throws: OptimizationError.self) { try lp.addColumn(cost: .nan, entries: []) }
        #expect(throws: OptimizationError.self) { try lp.addColumn(cost: 1, entries: [(0, .infinity)]) }
        #expect(throws: OptimizationError.self) { try lp.addColumn(cost: 1, entries: [(5, 1)]) }
        #expect(throws: OptimizationError.self) { try lp.addColumn(cost: 1, entries: [(0, 1), (0, 2)]) }
        #expect(throws: OptimizationError.self) { try lp.addRow(lower: 2, upper: 1) }
        #expect(throws: OptimizationError.self) { try lp.addRow(lower: 0, upper: 1, entries: [(column: 9, coefficient: 1)]) }
        #expect(throws: OptimizationError.self) { try lp.setColumnBounds(x, lower: 1, upper: 0) }
        #expect(throws: OptimizationError.self) { try lp.setColumnBounds(7, lower: 0, upper: 1) }
        #expect(throws: OptimizationError.self) { try lp.solve(timeLimitSeconds: -1) }
        #expect(lp.rowCount == 2 && lp.columnCount == 2)
        #expect(Self.close(try lp.solve().objective, 9))
    }

    /// Carries a programme to another thread, only to check that it refuses to work there.
    private struct Smuggled: @unchecked Sendable { let lp: LinearProgram }

    @Test("Used on another thread than its own, a LinearProgram throws wrongThread")
    func otherThreadIsRefused() throws {
        let (lp, _, _) = try Self.handSolved()
        let smuggled = Smuggled(lp: lp)
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Result<LinearProgram.Solution, OptimizationError>?>(nil)
        let thread = Thread {
            let outcome = Result { () throws(OptimizationError) in try smuggled.lp.solve() }
            result.withLock { $0 = outcome }
            done.signal()
        }
        thread.start()
        done.wait()
        let outcome = try #require(result.withLock { $0 })
        guard case .failure(.wrongThread) = outcome else {
            Issue.record("expected wrongThread, got \(outcome)")
            return
        }
        #expect(Self.close(try lp.solve().objective, 9))
    }
}
