import Optimization
import Synchronization
import Testing

@Suite("Time limits, initial solutions and progress reports")
struct TimeLimitTests {
    /// A generalised assignment problem GLPK cannot prove optimal in a fraction of a second.
    static let hardAssignment = AssignmentInstance(typeDWorkers: 10, jobs: 60, seed: 2026)
    /// Four market-split equations over 30 binaries: feasible, but branch-and-bound finds no solution quickly.
    static let marketSplit = MarketSplitInstance(rows: 4, columns: 30, seed: 42)

    @Test("A MIP stopped by the time limit reports an honest incumbent, bound and gap, or no solution")
    func timeLimitedMIPIsHonest() throws {
        let (model, _) = try Self.hardAssignment.model()
        let limit = 0.5
        let solution = try model.solve(SolveOptions(timeLimitSeconds: limit))

        #expect([.feasibleAtTimeLimit, .noSolutionAtTimeLimit].contains(solution.termination))
        #expect(solution.solveSeconds < limit + 1.5)  // GLPK checks the clock between nodes; the machine is shared
        let relaxation = try #require(solution.relaxationObjective)
        let bound = try #require(solution.bestBound)
        #expect(bound >= relaxation - 1e-6)  // branching only raises the lower bound of a minimisation
        if solution.hasSolution {
            let objective = try #require(solution.objective)
            #expect(bound <= objective + 1e-9)
            #expect(abs(model.objective.evaluate { solution[$0] } - objective) < 1e-6)
            #expect(solution.values.allSatisfy { $0 == 0 || $0 == 1 })
            #expect(isFeasible(solution.values, in: model))
            #expect(try #require(solution.relativeGap) >= 0)
            #expect(try #require(solution.firstSolutionSeconds) <= solution.solveSeconds)
        } else {
            #expect(solution.values.isEmpty)
            #expect(solution.objective == nil)
        }
    }

    @Test("A node limit stops the branch-and-cut as a time limit does, and gives the same answer every time")
    func nodeLimitStopsTheSearchTheSameWayEveryTime() throws {
        let (model, _) = try Self.hardAssignment.model()
        let options = SolveOptions(timeLimitSeconds: 60, nodeLimit: 20)
        let first = try model.solve(options)
        #expect([.feasibleAtTimeLimit, .noSolutionAtTimeLimit].contains(first.termination))
        #expect(first.solveSeconds < 30)  // far below the time limit: the node limit stopped it
        let second = try model.solve(options)
        #expect(second.termination == first.termination)
        #expect(second.values == first.values)
        #expect(second.bestBound == first.bestBound)
        #expect(throws: OptimizationError.self) { try model.solve(SolveOptions(nodeLimit: 0)) }
    }

    @Test("A feasible MIP whose solutions are too rare to find in 0.3 s reports no solution at the time limit")
    func noSolutionAtTimeLimit() throws {
        let (model, _) = try Self.marketSplit.model()
        let solution = try model.solve(SolveOptions(timeLimitSeconds: 0.3))
        #expect(solution.termination == .noSolutionAtTimeLimit)
        #expect(!solution.hasSolution)
        #expect(solution.values.isEmpty && solution.objective == nil && solution.firstSolutionSeconds == nil)
        #expect(solution.initialSolutionAccepted == nil)
    }

    @Test("A feasible initial solution is accepted and used when the solver finds none of its own in time")
    func initialSolutionIsUsed() throws {
        let (model, x) = try Self.marketSplit.model()
        let hidden = Self.marketSplit.hidden
        let initial = Dictionary(uniqueKeysWithValues: zip(x, hidden))
        let solution = try model.solve(SolveOptions(timeLimitSeconds: 0.3, initialSolution: initial))

        #expect(solution.initialSolutionAccepted == true)
        #expect(solution.hasSolution)
        #expect([.feasibleAtTimeLimit, .optimal].contains(solution.termination))
        #expect(isFeasible(solution.values, in: model))
        #expect(try #require(solution.objective) <= hidden.reduce(0, +))
        #expect(try #require(solution.firstSolutionSeconds) <= solution.solveSeconds)
    }

    @Test("With a time limit of 0 a MIP has no solution, unless a feasible initial solution is given")
    func zeroTimeLimit() throws {
        let instance = AssignmentInstance(workers: 10, jobs: 80, seed: 2026, slack: 1.15)
        let (model, x) = try instance.model()
        let none = try model.solve(SolveOptions(timeLimitSeconds: 0))
        #expect(none.termination == .noSolutionAtTimeLimit)
        #expect(none.values.isEmpty)

        let greedy = try #require(greedyAssignment(instance))
        var initial: [Variable: Double] = [:]
        for (job, worker) in greedy.enumerated() { initial[x[worker][job]] = 1 }
        let solution = try model.solve(SolveOptions(timeLimitSeconds: 0, initialSolution: initial))
        #expect(solution.termination == .feasibleAtTimeLimit)
        #expect(solution.initialSolutionAccepted == true)
        #expect(isFeasible(solution.values, in: model))
        let greedyCost = greedy.enumerated().map { instance.costs[$1][$0] }.reduce(0, +)
        #expect(solution.objective == greedyCost)
        for (job, worker) in greedy.enumerated() { #expect(solution[x[worker][job]] == 1) }
    }

    @Test("A greedy initial solution to a harder MIP is accepted, and the result is at least as good")
    func initialSolutionImprovedUpon() throws {
        let instance = AssignmentInstance(workers: 5, jobs: 30, seed: 5, slack: 1.3)
        let (model, x) = try instance.model()
        let greedy = try #require(greedyAssignment(instance))
        var initial: [Variable: Double] = [:]
        for (job, worker) in greedy.enumerated() { initial[x[worker][job]] = 1 }
        let solution = try model.solve(SolveOptions(timeLimitSeconds: 2, initialSolution: initial))
        #expect(solution.initialSolutionAccepted == true)
        #expect(solution.hasSolution)
        #expect(isFeasible(solution.values, in: model))
        let greedyCost = greedy.enumerated().map { instance.costs[$1][$0] }.reduce(0, +)
        #expect(try #require(solution.objective) <= greedyCost)
    }

    @Test("An infeasible initial solution is reported not accepted, and the solve goes on without it")
    func infeasibleInitialSolution() throws {
        var model = Model()
        let x = try model.addVariables(3, .integer, lower: 0, upper: 4)
        try model.addConstraint(x[0] + x[1] + x[2] <= 5)
        try model.setObjective(LinearExpression.sum(x), sense: .maximize)

        let violations: [[Variable: Double]] = [
            [x[0]: 4, x[1]: 4],  // breaks the constraint
            [x[0]: 5],  // above an upper bound
            [x[0]: -1],  // below a lower bound
        ]
        for initial in violations {
            let solution = try model.solve(SolveOptions(timeLimitSeconds: 0, initialSolution: initial))
            #expect(solution.initialSolutionAccepted == false)
            #expect(!solution.hasSolution)  // the time limit of 0 leaves nothing, and the bad start is not returned
            let solved = try model.solve(SolveOptions(initialSolution: initial))
            #expect(solved.initialSolutionAccepted == false)
            #expect(solved.termination == .optimal)
            #expect(solved.objective == 5)
        }
        // Values of integer variables are rounded to the nearest whole number before the check.
        let rounded = try model.solve(SolveOptions(timeLimitSeconds: 0, initialSolution: [x[0]: 1.9999999, x[1]: 3.0000001]))
        #expect(rounded.initialSolutionAccepted == true)
        #expect(rounded.values == [2, 3, 0])
    }

    @Test("Progress reports arrive during a longer solve with sensible values")
    func progressReports() throws {
        let (model, _) = try Self.hardAssignment.model()
        let reports = Mutex<[SolveProgress]>([])
        let limit = 1.0
        let solution = try model.solve(SolveOptions(
            timeLimitSeconds: limit, progress: { report in reports.withLock { $0.append(report) } },
            progressIntervalSeconds: 0.1))
        let received = reports.withLock { $0 }

        #expect(received.count >= 3)
        #expect(zip(received, received.dropFirst()).allSatisfy { $0.elapsedSeconds <= $1.elapsedSeconds })
        #expect(zip(received, received.dropFirst().dropLast()).allSatisfy { $1.elapsedSeconds - $0.elapsedSeconds >= 0.1 })
        #expect(received.allSatisfy { $0.elapsedSeconds >= 0 && $0.elapsedSeconds <= solution.solveSeconds })
        let relaxation = try #require(solution.relaxationObjective)
        for report in received {
            let bound = try #require(report.bestBound)
            #expect(bound >= relaxation - 1e-6)
            if let incumbent = report.incumbentObjective {
                #expect(bound <= incumbent + 1e-9)
                #expect(try #require(report.relativeGap) >= 0)
            }
        }
        // The last report is the final state.
        #expect(received.last?.incumbentObjective == solution.objective)
    }
}

/// Assigns each job, most demanding first, to the cheapest worker with room left; `nil` when one does not fit.
func greedyAssignment(_ instance: AssignmentInstance) -> [Int]? {
    let workers = instance.costs.count, jobs = instance.costs[0].count
    var left = instance.capacities
    var choice = Array(repeating: -1, count: jobs)
    let order = (0..<jobs).sorted { a, b in
        let loadA = (0..<workers).map { instance.loads[$0][a] }.reduce(0, +)
        let loadB = (0..<workers).map { instance.loads[$0][b] }.reduce(0, +)
        return loadA != loadB ? loadA > loadB : a < b
    }
    for job in order {
        let fitting = (0..<workers).filter { instance.loads[$0][job] <= left[$0] }
        guard let worker = fitting.min(by: { instance.costs[$0][job] < instance.costs[$1][job] }) else { return nil }
        left[worker] -= instance.loads[worker][job]
        choice[job] = worker
    }
    return choice
}
