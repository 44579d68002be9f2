import Optimization

/// A small deterministic generator (SplitMix64), so that every "random" instance is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A generalised assignment problem: each job goes to exactly one worker, workers have capacities, minimise cost.
struct AssignmentInstance {
    var costs: [[Double]]  // [worker][job]
    var loads: [[Double]]  // [worker][job]
    var capacities: [Double]

    init(workers: Int, jobs: Int, seed: UInt64, slack: Double = 1.6) {
        var random = SeededGenerator(seed: seed)
        costs = (0..<workers).map { _ in (0..<jobs).map { _ in Double(Int.random(in: 10...50, using: &random)) } }
        loads = (0..<workers).map { _ in (0..<jobs).map { _ in Double(Int.random(in: 5...25, using: &random)) } }
        capacities = loads.map { row in (slack * row.reduce(0, +) / Double(workers)).rounded(.down) }
    }

    /// Martello and Toth's "type D" instance: loads 1…100, costs 111 − load ± 10 (so cheap jobs are heavy),
    /// capacities 80 % of the average load. Hard for branch-and-bound.
    init(typeDWorkers workers: Int, jobs: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        loads = (0..<workers).map { _ in (0..<jobs).map { _ in Double(Int.random(in: 1...100, using: &random)) } }
        costs = loads.map { row in row.map { 111 - $0 + Double(Int.random(in: -10...10, using: &random)) } }
        capacities = loads.map { row in (0.8 * row.reduce(0, +) / Double(workers)).rounded(.down) }
    }

    /// The model and its variables `x[worker][job]`.
    func model() throws -> (Model, [[Variable]]) {
        var model = Model(name: "assignment")
        let workers = costs.count, jobs = costs[0].count
        var x: [[Variable]] = []
        for worker in 0..<workers {
            x.append(try model.addVariables(jobs, .binary, namePrefix: "x\(worker)"))
        }
        for job in 0..<jobs {
            try model.addConstraint(LinearExpression.sum((0..<workers).map { x[$0][job] }) == 1, name: "job\(job)")
        }
        for worker in 0..<workers {
            let load = LinearExpression.sum((0..<jobs).map { loads[worker][$0] * x[worker][$0] })
            try model.addConstraint(load <= capacities[worker], name: "capacity\(worker)")
        }
        var cost = LinearExpression()
        for worker in 0..<workers { for job in 0..<jobs { cost.add(costs[worker][job], x[worker][job]) } }
        try model.setObjective(cost, sense: .minimize)
        return (model, x)
    }
}

/// A market-split instance (Cornuéjols and Dawande): `rows` equations over `columns` binaries with
/// coefficients 0…99 and a right-hand side built from a hidden solution, so it is feasible, yet
/// branch-and-bound needs a very long time to find any solution.
struct MarketSplitInstance {
    var coefficients: [[Double]]
    var hidden: [Double]

    init(rows: Int, columns: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        coefficients = (0..<rows).map { _ in (0..<columns).map { _ in Double(Int.random(in: 0...99, using: &random)) } }
        hidden = (0..<columns).map { _ in Double(Int.random(in: 0...1, using: &random)) }
    }

    func model() throws -> (Model, [Variable]) {
        var model = Model(name: "market-split")
        let x = try model.addVariables(hidden.count, .binary, namePrefix: "x")
        for (row, coefficients) in coefficients.enumerated() {
            let target = zip(coefficients, hidden).map { $0 * $1 }.reduce(0, +)
            try model.addConstraint(LinearExpression.sum(zip(coefficients, x).map { $0 * $1 }) == target, name: "split\(row)")
        }
        try model.setObjective(LinearExpression.sum(x), sense: .minimize)
        return (model, x)
    }
}

/// Checks that `values` satisfy every bound, integrality and constraint of `model` within `tolerance`.
func isFeasible(_ values: [Double], in model: Model, tolerance: Double = 1e-6) -> Bool {
    guard values.count == model.variables.count else { return false }
    for (value, definition) in zip(values, model.variables) {
        if value < definition.lower - tolerance || value > definition.upper + tolerance { return false }
        if definition.kind != .continuous && value != value.rounded() { return false }
    }
    for definition in model.constraints {
        let activity = definition.constraint.expression.evaluate { values[$0.index] }
        if activity < definition.constraint.lower - tolerance || activity > definition.constraint.upper + tolerance {
            return false
        }
    }
    return true
}
