// A 0-1 knapsack solved through the Optimization layer: the smallest complete use of the API.
#if canImport(Glibc)
import Glibc
#endif
import Optimization

let weights: [Double] = [12, 7, 11, 8, 9]
let values: [Double] = [24, 13, 23, 15, 16]
let capacity = 26.0

var model = Model(name: "knapsack")
let take = try model.addVariables(weights.count, .binary, namePrefix: "take")
try model.addConstraint(LinearExpression.sum(zip(weights, take).map { $0 * $1 }) <= capacity, name: "capacity")
try model.setObjective(LinearExpression.sum(zip(values, take).map { $0 * $1 }), sense: .maximize)

let solution = try model.solve(SolveOptions(timeLimitSeconds: 5))
guard solution.hasSolution, let objective = solution.objective else {
    print("no packing: \(solution.termination)")
    exit(1)
}
let chosen = take.indices.filter { solution[take[$0]] == 1 }
print("value \(objective) from items \(chosen.map(String.init).joined(separator: ", ")) (\(solution.termination))")
