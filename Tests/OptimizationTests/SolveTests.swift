import Optimization
import Testing

@Suite("Solving models with known optima")
struct SolveTests {
    @Test("LP: max 3x + 5y on the Wyndor polytope is 36 at (2, 6)")
    func linearProgrammeOptimum() throws {
        var model = Model()
        let x = try model.addVariable(.continuous, lower: 0, name: "x")
        let y = try model.addVariable(.continuous, lower: 0, name: "y")
        try model.addConstraint(x <= 4)
        try model.addConstraint(2 * y <= 12)
        try model.addConstraint(3 * x + 2 * y <= 18)
        try model.setObjective(3 * x + 5 * y, sense: .maximize)

        let solution = try model.solve()
        #expect(solution.termination == .optimal)
        #expect(abs(try #require(solution.objective) - 36) < 1e-9)
        #expect(abs(solution[x] - 2) < 1e-9)
        #expect(abs(solution[y] - 6) < 1e-9)
        #expect(abs(solution[3 * x + 5 * y] - 36) < 1e-9)
        #expect(solution.bestBound == solution.objective)
        #expect(solution.relativeGap == 0)
    }

    @Test("LP: the constraint duals of the Wyndor problem are its shadow prices 0, 1.5 and 1; a MIP has none")
    func linearProgrammeDuals() throws {
        var model = Model()
        let x = try model.addVariable(.continuous, lower: 0)
        let y = try model.addVariable(.continuous, lower: 0)
        try model.addConstraint(x <= 4)
        try model.addConstraint(2 * y <= 12)
        try model.addConstraint(3 * x + 2 * y <= 18)
        try model.setObjective(3 * x + 5 * y, sense: .maximize)
        let duals = try model.solve().constraintDuals
        #expect(duals.count == 3)
        for (dual, expected) in zip(duals, [0, 1.5, 1]) { #expect(abs(dual - expected) < 1e-9) }

        var integer = Model()
        let z = try integer.addVariable(.integer, lower: 0, upper: 3)
        try integer.addConstraint(2 * z <= 5)
        try integer.setObjective(LinearExpression(z), sense: .maximize)
        #expect(try integer.solve().constraintDuals.isEmpty)
    }

    @Test("LP: free variables, equalities, ranges and an objective constant")
    func linearProgrammeWithFreeVariablesAndConstant() throws {
        // min x − y + 10  s.t.  x + y = 4,  −1 ≤ x − y ≤ 3,  x, y free  →  x − y = −1, objective 9, x = 1.5, y = 2.5
        var model = Model()
        let x = try model.addVariable(.continuous, lower: -.infinity, upper: .infinity)
        let y = try model.addVariable(.continuous, lower: -.infinity, upper: .infinity)
        try model.addConstraint(x + y == 4)
        try model.addConstraint(LinearConstraint(lower: -1, x - y, upper: 3))
        try model.setObjective(x - y + 10)

        let solution = try model.solve()
        #expect(solution.termination == .optimal)
        #expect(abs(try #require(solution.objective) - 9) < 1e-9)
        #expect(abs(solution[x] - 1.5) < 1e-9)
        #expect(abs(solution[y] - 2.5) < 1e-9)
    }

    @Test("Knapsack MIP: the solver's optimum equals the brute-force optimum over all 2^14 subsets")
    func knapsackMatchesBruteForce() throws {
        var random = SeededGenerator(seed: 7)
        let weights = (0..<14).map { _ in Double(Int.random(in: 3...40, using: &random)) }
        let values = (0..<14).map { _ in Double(Int.random(in: 5...60, using: &random)) }
        let capacity = (weights.reduce(0, +) * 0.4).rounded()

        var best = 0.0
        for subset in 0..<(1 << weights.count) {
            var weight = 0.0, value = 0.0
            for item in weights.indices where subset & (1 << item) != 0 {
                weight += weights[item]
                value += values[item]
            }
            if weight <= capacity { best = max(best, value) }
        }

        var model = Model(name: "knapsack")
        let take = try model.addVariables(weights.count, .binary, namePrefix: "take")
        try model.addConstraint(LinearExpression.sum(zip(weights, take).map { $0 * $1 }) <= capacity)
        try model.setObjective(LinearExpression.sum(zip(values, take).map { $0 * $1 }), sense: .maximize)
        let solution = try model.solve()

        #expect(solution.termination == .optimal)
        #expect(solution.objective == best)
        #expect(solution.values.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(zip(weights, take).map { $0 * solution[$1] }.reduce(0, +) <= capacity)
        #expect(zip(values, take).map { $0 * solution[$1] }.reduce(0, +) == best)
        #expect(try #require(solution.relaxationObjective) >= best)
    }

    @Test("Assignment MIP: 6 × 6 optimum equals the cheapest of all 720 permutations")
    func assignmentMatchesBruteForce() throws {
        var random = SeededGenerator(seed: 11)
        let size = 6
        let cost = (0..<size).map { _ in (0..<size).map { _ in Double(Int.random(in: 1...99, using: &random)) } }

        func permutations(_ items: [Int]) -> [[Int]] {
            guard items.count > 1 else { return [items] }
            return items.flatMap { first in permutations(items.filter { $0 != first }).map { [first] + $0 } }
        }
        let best = permutations(Array(0..<size)).map { perm in perm.enumerated().map { cost[$0][$1] }.reduce(0, +) }.min()!

        var model = Model()
        let x = try (0..<size).map { _ in try model.addVariables(size, .integer, lower: 0, upper: 1) }
        for i in 0..<size {
            try model.addConstraint(LinearExpression.sum(x[i]) == 1)
            try model.addConstraint(LinearExpression.sum((0..<size).map { x[$0][i] }) == 1)
        }
        var objective = LinearExpression()
        for i in 0..<size { for j in 0..<size { objective.add(cost[i][j], x[i][j]) } }
        try model.setObjective(objective)
        let solution = try model.solve()

        #expect(solution.termination == .optimal)
        #expect(solution.objective == best)
        #expect(isFeasible(solution.values, in: model))
        let chosenCost = (0..<size).flatMap { i in (0..<size).map { j in cost[i][j] * solution[x[i][j]] } }.reduce(0, +)
        #expect(chosenCost == best)
    }

    @Test("A MIP with a continuous part: integer values are whole, the optimum is 18 at n = 5, c = 1.5")
    func mixedIntegerWithContinuousPart() throws {
        // max 3n + 2c  s.t.  2n + c ≤ 11.5,  0 ≤ c ≤ 2.5,  n integer ≥ 0:
        // n = 4, c = 2.5 gives 17; n = 5, c = 1.5 gives 18 (best); the relaxation n = 4.5, c = 2.5 gives 18.5
        var model = Model()
        let n = try model.addVariable(.integer, lower: 0, upper: 100)
        let c = try model.addVariable(.continuous, lower: 0, upper: 2.5)
        try model.addConstraint(2 * n + c <= 11.5)
        try model.setObjective(3 * n + 2 * c, sense: .maximize)
        let solution = try model.solve()
        #expect(solution.termination == .optimal)
        #expect(solution[n] == 5)
        #expect(abs(solution[c] - 1.5) < 1e-9)
        #expect(abs(try #require(solution.objective) - 18) < 1e-9)
        #expect(abs(try #require(solution.relaxationObjective) - 18.5) < 1e-9)  // n = 4.5, c = 2.5
    }

    @Test("Infeasible LP and infeasible MIP are results, not errors")
    func infeasible() throws {
        var lp = Model()
        let x = try lp.addVariable(.continuous, lower: 0, upper: 10)
        try lp.addConstraint(x >= 11)
        try lp.setObjective(1 * x)
        let lpSolution = try lp.solve()
        #expect(lpSolution.termination == .infeasible)
        #expect(!lpSolution.hasSolution)
        #expect(lpSolution.values.isEmpty)
        #expect(lpSolution.objective == nil)
        #expect(lpSolution.value(of: x) == nil)

        var mip = Model()
        let y = try mip.addVariable(.integer, lower: 0, upper: 10)
        try mip.addConstraint(2 * y == 7)  // the relaxation is feasible (y = 3.5), the MIP is not
        try mip.setObjective(1 * y)
        let mipSolution = try mip.solve()
        #expect(mipSolution.termination == .infeasible)
        #expect(!mipSolution.hasSolution)
        #expect(try #require(mipSolution.relaxationObjective) == 3.5)
    }

    @Test("Infeasible with presolve on and off gives the same answer")
    func infeasibleWithoutPresolve() throws {
        var model = Model()
        let x = try model.addVariable(.continuous, lower: 0, upper: 1)
        let y = try model.addVariable(.continuous, lower: 0, upper: 1)
        try model.addConstraint(x + y >= 3)
        try model.setObjective(x + y)
        #expect(try model.solve(SolveOptions(presolve: true)).termination == .infeasible)
        #expect(try model.solve(SolveOptions(presolve: false)).termination == .infeasible)
    }

    @Test("Unbounded LP and unbounded MIP")
    func unbounded() throws {
        var lp = Model()
        let x = try lp.addVariable(.continuous, lower: 0)
        let y = try lp.addVariable(.continuous, lower: 0)
        try lp.addConstraint(x - y <= 2)
        try lp.setObjective(x + y, sense: .maximize)
        for presolve in [true, false] {
            let solution = try lp.solve(SolveOptions(presolve: presolve))
            #expect(solution.termination == .unbounded, "presolve \(presolve)")
            #expect(!solution.hasSolution)
        }

        var mip = Model()
        let n = try mip.addVariable(.integer, lower: 0)
        let m = try mip.addVariable(.integer, lower: 0)
        try mip.addConstraint(n - m <= 2)
        try mip.setObjective(n + m, sense: .maximize)
        let mipSolution = try mip.solve()
        #expect(mipSolution.termination == .unbounded)
        #expect(!mipSolution.hasSolution)
    }

    @Test("A MIP whose relaxation is unbounded but which has no integer point is infeasible, not unbounded")
    func unboundedRelaxationOfInfeasibleMIP() throws {
        var model = Model()
        let n = try model.addVariable(.integer, lower: 0, upper: 10)
        let free = try model.addVariable(.continuous, lower: 0)
        try model.addConstraint(2 * n == 5)
        try model.setObjective(1 * free, sense: .maximize)
        let solution = try model.solve()
        #expect(solution.termination == .infeasible)
        #expect(!solution.hasSolution)
    }

    @Test("Models without constraints, without variables, or with an empty objective solve cleanly")
    func degenerateModels() throws {
        // No constraints: the bounds decide.
        var boundsOnly = Model()
        let a = try boundsOnly.addVariable(.integer, lower: -3, upper: 7)
        let b = try boundsOnly.addVariable(.continuous, lower: 1.5, upper: 2)
        try boundsOnly.setObjective(2 * a - b + 1)
        let boundsSolution = try boundsOnly.solve()
        #expect(boundsSolution.termination == .optimal)
        #expect(boundsSolution[a] == -3)
        #expect(boundsSolution[b] == 2)
        #expect(boundsSolution.objective == -7)

        // No variables at all: the objective is its constant.
        var empty = Model()
        try empty.setObjective(LinearExpression(constant: 4.25))
        let emptySolution = try empty.solve()
        #expect(emptySolution.termination == .optimal)
        #expect(emptySolution.objective == 4.25)
        #expect(emptySolution.values.isEmpty)

        // Constant constraints: 0 ≤ 1 holds, 0 ≥ 1 does not.
        var constant = Model()
        let c = try constant.addVariable(.binary)
        try constant.addConstraint(0 * c <= 1)
        try constant.setObjective(1 * c, sense: .maximize)
        #expect(try constant.solve().objective == 1)
        try constant.addConstraint(0 * c >= 1)
        #expect(try constant.solve().termination == .infeasible)

        // An empty objective: any feasible point is optimal with objective 0.
        var feasibility = Model()
        let p = try feasibility.addVariables(4, .integer, lower: 0, upper: 5)
        try feasibility.addConstraint(LinearExpression.sum(p) == 7)
        let feasibilitySolution = try feasibility.solve()
        #expect(feasibilitySolution.termination == .optimal)
        #expect(feasibilitySolution.objective == 0)
        #expect(p.map { feasibilitySolution[$0] }.reduce(0, +) == 7)
    }

    @Test("Fixed variables, including every variable of a MIP fixed")
    func fixedVariables() throws {
        var model = Model()
        let x = try model.addVariables(3, .integer, lower: 0, upper: 10)
        let y = try model.addVariable(.binary)
        try model.addConstraint(LinearExpression.sum(x) + y <= 20)
        try model.setObjective(LinearExpression.sum(x) + 5 * y, sense: .maximize)
        try model.setBounds(of: x[0], lower: 4, upper: 4)
        try model.setBounds(of: y, lower: 0, upper: 0)
        let partlyFixed = try model.solve()
        #expect(partlyFixed.termination == .optimal)
        #expect(partlyFixed[x[0]] == 4)
        #expect(partlyFixed[y] == 0)
        #expect(partlyFixed.objective == 20)

        for variable in x { try model.setBounds(of: variable, lower: 2, upper: 2) }
        try model.setBounds(of: y, lower: 1, upper: 1)
        let allFixed = try model.solve()
        #expect(allFixed.termination == .optimal)
        #expect(allFixed.values == [2, 2, 2, 1])
        #expect(allFixed.objective == 11)

        try model.setBounds(of: y, lower: 1, upper: 1)
        try model.addConstraint(LinearExpression.sum(x) >= 7)  // 6 + … fixed: infeasible
        #expect(try model.solve().termination == .infeasible)
    }

    @Test("A relative gap of 1 stops at the first solution, which is then feasible at the gap limit or optimal")
    func gapLimit() throws {
        let (model, _) = try AssignmentInstance(workers: 5, jobs: 30, seed: 3).model()
        let solution = try model.solve(SolveOptions(relativeGap: 1))
        #expect([.feasibleAtGapLimit, .optimal].contains(solution.termination))
        #expect(isFeasible(solution.values, in: model))
        let objective = try #require(solution.objective)
        let bound = try #require(solution.bestBound)
        #expect(bound <= objective + 1e-9)
        #expect(try #require(solution.relativeGap) <= 1)
    }

    @Test("A solution refuses variables of another model")
    func solutionRefusesForeignVariables() throws {
        var first = Model()
        let x = try first.addVariable(.continuous, lower: 1, upper: 1)
        var second = Model()
        let y = try second.addVariable(.continuous, lower: 2, upper: 2)
        let solution = try first.solve()
        #expect(solution.value(of: x) == 1)
        #expect(solution.value(of: y) == nil)
    }
}
