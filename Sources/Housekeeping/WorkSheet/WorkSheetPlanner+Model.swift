import Optimization

/// The GLPK model of the assignment (described on ``WorkSheetPlanner``), solved from a starting plan.
extension AssignmentEngine {
    /// Builds the aggregated model, solves it from `start` within `seconds` and returns GLPK's plan (nil when
    /// GLPK has none); the model's size, termination, objective, bound and gap go into `report`.
    func optimise(from start: Plan, symmetry: [[Int]], band: Double, seconds: Double,
                  report: inout SolverReport) throws(OptimizationError) -> Plan? {
        var model = Model(name: "worksheet")
        let floorIDs = Set(groups.compactMap(\.floorID))
        let allPairs = crew.count * floorIDs.count
        let restrict = allPairs > options.fullModelPairLimit
        // Candidate floors per attendant in a big hotel: the greedy plan's floors, their neighbours, home floors.
        let rankedFloors = context.property.floors.map(\.id).filter(floorIDs.contains).sorted { context.rank($0) < context.rank($1) }
        var candidate: [Set<String>] = Array(repeating: floorIDs, count: crew.count)
        if restrict {
            for a in crew.indices {
                var set = preferredFloors(a).intersection(floorIDs)
                for floor in start.floors[a] {
                    guard let position = rankedFloors.firstIndex(of: floor) else { continue }
                    for offset in -2...2 where rankedFloors.indices.contains(position + offset) {
                        set.insert(rankedFloors[position + offset])
                    }
                }
                candidate[a] = set
            }
        }
        var x: [[Variable?]] = Array(repeating: Array(repeating: nil, count: groups.count), count: crew.count)
        var y: [[String: Variable]] = Array(repeating: [:], count: crew.count)
        var b: [[String: Variable]] = Array(repeating: [:], count: crew.count)
        var u: [Variable?] = Array(repeating: nil, count: groups.count)
        var initial: [Variable: Double] = [:]
        var objective = LinearExpression()
        var integerCount = 0
        // With one building, "buildings per attendant" is a constant: no building variables.
        let multipleBuildings = Set(groups.compactMap(\.buildingID)).count > 1
        let greedyDoesAllMandatory = groups.indices.allSatisfy { g in
            !groups[g].isMandatory || crew.indices.reduce(0) { $0 + start.counts[$1][g] } == groups[g].count
        }

        for (g, group) in groups.enumerated() {
            let skilled = group.isRoomTask && !tasks[group.taskIndices[0]].requiredSkills.isEmpty
            for a in group.eligible {
                if restrict, let floor = group.floorID, !candidate[a].contains(floor), !skilled, start.counts[a][g] == 0 { continue }
                let variable = try model.addVariable(.integer, lower: 0, upper: Double(group.count))
                x[a][g] = variable
                integerCount += 1
                initial[variable] = Double(start.counts[a][g])
                if let floor = group.floorID, y[a][floor] == nil {
                    let yv = try model.addVariable(.binary, name: "floor_\(a)_\(floor)")
                    y[a][floor] = yv
                    integerCount += 1
                    initial[yv] = start.floors[a].contains(floor) ? 1 : 0
                    objective.add(floorCost(a, floor), yv)
                }
                if multipleBuildings, let building = group.buildingID, b[a][building] == nil {
                    let bv = try model.addVariable(.binary)
                    b[a][building] = bv
                    integerCount += 1
                    initial[bv] = start.buildings[a].contains(building) ? 1 : 0
                    objective.add(AssignmentEngine.buildingWeight, bv)
                }
            }
            let assigned = crew.indices.reduce(0) { $0 + start.counts[$1][g] }
            // When the greedy plan does every mandatory task, so does the optimum (undone work outweighs all
            // else): the task must be done, with no undone variable. This also spares the simplex from
            // starting at "everything undone".
            let undoneUpper = group.isMandatory && greedyDoesAllMandatory ? 0.0 : Double(group.count)
            let undone = try model.addVariable(.integer, lower: 0, upper: undoneUpper)
            u[g] = undone
            if undoneUpper > 0 { integerCount += 1 }
            initial[undone] = Double(group.count - assigned)
            objective.add(group.isMandatory ? AssignmentEngine.undoneWeight * Double(group.severity) : AssignmentEngine.deepCleanWeight, undone)
            var cover = LinearExpression(undone)
            for a in crew.indices { if let variable = x[a][g] { cover.add(1, variable) } }
            try model.addConstraint(LinearConstraint(lower: Double(group.count), cover, upper: Double(group.count)))
        }
        // Link work to floors, one row per attendant and floor: minutes on the floor ≤ min(paid, floor's work) × y.
        for a in crew.indices {
            let member = crew[a]
            var byFloor: [String: LinearExpression] = [:]
            var floorWork: [String: Double] = [:]
            for (g, group) in groups.enumerated() {
                guard let variable = x[a][g], let floor = group.floorID else { continue }
                let minutes = group.standardMinutes / member.efficiency
                byFloor[floor, default: LinearExpression()].add(minutes, variable)
                floorWork[floor, default: 0] += minutes * Double(group.count)
            }
            for floor in byFloor.keys.sorted() {
                guard let yv = y[a][floor] else { continue }
                let bigM = min(member.paidMinutes, floorWork[floor] ?? 0)
                try model.addConstraint(byFloor[floor]! - bigM * yv <= 0)
            }
        }
        // Every room attendant who can do any room task works at least one floor when there is at least one
        // task per attendant (the fairest plan gives everybody work); this tightens the floor count's bound.
        let roomTasks = groups.filter { $0.isMandatory && $0.isRoomTask }.reduce(0) { $0 + $1.count }
        let roomAttendants = crew.indices.filter { crew[$0].role == .roomAttendant && !y[$0].isEmpty }
        if roomTasks >= roomAttendants.count {
            for a in roomAttendants { try model.addConstraint(LinearExpression.sum(y[a].keys.sorted().map { y[a][$0]! }) >= 1) }
        }
        for a in crew.indices {
            for (floor, yv) in y[a] {
                if let building = context.floorsByID[floor]?.buildingID, let bv = b[a][building] {
                    try model.addConstraint(yv - bv <= 0)
                }
            }
        }
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant }
        // The starting plan's highest load and objective. A better plan has a lower objective, so its highest
        // load z satisfies 1,000 × max(0, z − band) + 100 × z ≤ the start's objective: this bounds z and tells how
        // many attendants each floor needs at least.
        var startZ = 0.0
        for a in roomCrew where crew[a].paidMinutes > 0 { startZ = max(startZ, mandatoryRatio(start, a)) }
        let startObjective = objectiveValue(start, band: band)
        let zCeiling = greedyDoesAllMandatory
            ? max(band, (startObjective + AssignmentEngine.overBandWeight * band) / (AssignmentEngine.overBandWeight + AssignmentEngine.loadRatioWeight)) + 1e-6
            : Double.infinity
        let allowance = departureAllowance()
        // Per floor: at least as many attendants as its mandatory work needs, each carrying at most z × paid.
        let largestCapacity = crew.map { $0.paidMinutes * $0.efficiency }.max() ?? 1
        let perAttendant = max(1, largestCapacity * min(1, zCeiling))
        for floor in floorIDs.sorted() {
            let work = groups.filter { $0.floorID == floor && $0.isMandatory }.reduce(0.0) { $0 + $1.standardMinutes * Double($1.count) }
            let needed = (work / perAttendant - 1e-6).rounded(.up)
            guard needed > 1 else { continue }
            let ys = crew.indices.compactMap { y[$0][floor] }
            try model.addConstraint(LinearExpression.sum(ys) >= min(needed, Double(ys.count)))
        }

        let z = try model.addVariable(.continuous, lower: 0, upper: zCeiling, name: "highestLoad")
        objective.add(AssignmentEngine.loadRatioWeight, z)
        let overBand = try model.addVariable(.continuous, lower: 0, name: "overBand")
        objective.add(AssignmentEngine.overBandWeight, overBand)
        try model.addConstraint(LinearExpression(z) - overBand <= band)
        initial[overBand] = max(0, startZ - band)
        var standardByCrew: [LinearExpression] = []
        for a in crew.indices {
            let member = crew[a]
            let travelVariable = try model.addVariable(.continuous, lower: 0, name: "travel_\(a)")
            let startTravel = travel(start, a)
            initial[travelVariable] = startTravel
            var travelFloor = LinearExpression()
            for (_, yv) in y[a] { travelFloor.add(travelPerFloor, yv) }
            for (_, bv) in b[a] { travelFloor.add(travelPerBuilding, bv) }
            // travel ≥ τf (floors − 1) + τb (buildings − 1); with one building there are no building variables,
            // so there is no building change to subtract either.
            try model.addConstraint(travelFloor - LinearExpression(travelVariable)
                                    <= travelPerFloor + (multipleBuildings ? travelPerBuilding : 0))

            var work = LinearExpression()
            var mandatory = LinearExpression()
            var rooms = LinearExpression(), departures = LinearExpression(), credits = LinearExpression(), area = LinearExpression()
            var standard = LinearExpression()
            for (g, group) in groups.enumerated() {
                guard let variable = x[a][g] else { continue }
                let minutes = group.standardMinutes / member.efficiency
                work.add(minutes, variable)
                standard.add(group.standardMinutes, variable)
                if group.isMandatory { mandatory.add(minutes, variable) }
                if group.isRoomTask {
                    rooms.add(1, variable)
                    if group.isDeparture { departures.add(1, variable) }
                    credits.add(group.credits, variable)
                    area.add(group.areaSquareMetres, variable)
                }
            }
            try model.addConstraint(work + travelVariable <= member.paidMinutes)
            if let cap = caps.rooms { try model.addConstraint(rooms <= Double(cap)) }
            if let cap = caps.departures { try model.addConstraint(departures <= Double(cap)) }
            if let cap = caps.credits { try model.addConstraint(credits <= cap) }
            if let cap = caps.areaSquareMetres { try model.addConstraint(area <= cap) }
            if member.role == .roomAttendant, member.paidMinutes > 0 {
                try model.addConstraint(mandatory + travelVariable - member.paidMinutes * z <= 0)
                // Departures mixed fairly: at most max(share + 1, 1.25 × share), a penalised excess beyond.
                if allowance[a].isFinite {
                    let excess = try model.addVariable(.continuous, lower: 0, name: "departureExcess_\(a)")
                    objective.add(AssignmentEngine.departureShareWeight, excess)
                    initial[excess] = max(0, Double(start.departures[a]) - allowance[a])
                    try model.addConstraint(departures - excess <= allowance[a])
                }
            }
            standardByCrew.append(standard)
        }
        initial[z] = startZ
        for members in symmetry {
            for (first, second) in zip(members, members.dropFirst()) {
                try model.addConstraint(standardByCrew[first] - standardByCrew[second] >= 0)
            }
        }
        try model.setObjective(objective)

        let solution = try model.solve(SolveOptions(
            timeLimitSeconds: seconds, relativeGap: options.relativeGap,
            cuts: [.mixedIntegerRounding, .cover], initialSolution: initial, progress: options.progress))
        report.variables = model.variables.count
        report.integerVariables = integerCount
        report.constraints = model.constraints.count
        report.termination = solution.termination.rawValue
        report.solveSeconds = solution.solveSeconds
        report.startedFromGreedy = solution.initialSolutionAccepted
        // A bound GLPK never set (±DBL_MAX) is no bound. GLPK's bound holds for the hotel only when the model is
        // not restricted to floors near the start; the bound worked out without the solver always does. The
        // better of the two is reported.
        let solverBound = restrict ? nil : solution.bestBound.flatMap { abs($0) < 1e20 ? $0 : nil }
        report.boundTerms = objectiveLowerBound(start: start, band: band)
        report.bestBound = [solverBound, report.boundTerms?.total].compactMap { $0 }.max()
        guard solution.hasSolution else { return nil }
        report.method = .glpk
        report.objective = solution.objective
        if let objective = solution.objective, let bound = report.bestBound {
            report.relativeGap = abs(objective) > 1e-9 ? max(0, objective - bound) / abs(objective) : 0
        } else {
            report.relativeGap = nil
        }
        var plan = Plan(crew: crew.count, groups: groups.count)
        for a in crew.indices {
            for g in groups.indices {
                guard let variable = x[a][g] else { continue }
                let count = Int(solution[variable].rounded())
                if count > 0 { add(&plan, a, g, count) }
            }
        }
        return plan
    }
}
