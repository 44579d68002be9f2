import Optimization

/// The GLPK model of the assignment (described on ``WorkSheetPlanner``), for the whole crew or for a neighbourhood
/// of it, solved from a starting plan.
extension AssignmentEngine {
    /// Who the model may re-plan: some crew members and the floors open to them. The others keep their counts.
    struct Neighbourhood: Hashable {
        /// Crew indices, sorted.
        var attendants: [Int]
        /// The floors the attendants may work; the floors they work in the start are always open to them too.
        var floors: Set<String>
    }

    /// The aggregated model built from a starting plan, with what is needed to read a plan back from a solution.
    struct AssignmentModel {
        var model: Model
        /// How many tasks of group g crew member a does (`x[a][g]`), nil where the model has no such variable.
        var x: [[Variable?]]
        /// Whether each crew member is re-planned (otherwise their counts are the start's).
        var isFree: [Bool]
        /// The starting plan as the model's values.
        var initial: [Variable: Double]
        var integerCount: Int
        /// Whether attendants may only work floors near the start's, so that GLPK's bound does not hold for the hotel.
        var restricted: Bool
    }

    /// Which floors each re-planned attendant may work in ``assignmentModel(from:for:symmetry:band:floors:)``.
    /// Whatever the policy, the groups an attendant does in the start stay open to them.
    enum CandidateFloors {
        /// Every floor up to ``WorkSheetOptions/fullModelPairLimit`` attendant × floor pairs; above it, the
        /// start's floors, two floors either side of them and the attendant's home floors (and every floor's
        /// groups that need skills).
        case nearStartAbovePairLimit
        /// Every floor, whatever the hotel's size (for the model export).
        case all
        /// Only the floors the attendant works in the start: the start's floor pattern, with the loads free to
        /// move within it (and floors to be left).
        case startFloors
    }

    /// The whole day's model: every crew member re-planned, every floor open.
    var wholeDay: Neighbourhood {
        Neighbourhood(attendants: Array(crew.indices), floors: Set(groups.compactMap(\.floorID)))
    }

    /// Builds the aggregated model for the crew members of `neighbourhood`, the others keeping their counts in
    /// `start`: their tasks come off each group's count, their travel and loads are constants, and the highest
    /// load ratio is at least theirs. Only the groups some free member may do on the neighbourhood's floors (or on
    /// no floor) are in the model, and the objective holds only the terms the free members can change, so that it
    /// is the day's objective less a constant. With ``wholeDay`` it is the day's model. `floors` tells which floors
    /// each attendant may work (``CandidateFloors``); the model is `restricted` when some attendant may not work
    /// every floor, and its GLPK bound then does not hold for the hotel.
    func assignmentModel(from start: Plan, for neighbourhood: Neighbourhood, symmetry: [[Int]], band: Double,
                         floors policy: CandidateFloors = .nearStartAbovePairLimit) throws(OptimizationError) -> AssignmentModel {
        var model = Model(name: "worksheet")
        let free = neighbourhood.attendants
        var isFree = Array(repeating: false, count: crew.count)
        for a in free { isFree[a] = true }
        let fixed = crew.indices.filter { !isFree[$0] }
        let openFloors = free.reduce(neighbourhood.floors) { $0.union(start.floors[$1]) }
        let inModel = groups.indices.filter { g in
            groups[g].eligible.contains { isFree[$0] } && (groups[g].floorID.map(openFloors.contains) ?? true)
        }
        let fixedDone = groups.indices.map { g in fixed.reduce(0) { $0 + start.counts[$1][g] } }
        let floorIDs = Set(inModel.compactMap { groups[$0].floorID })
        let allPairs = free.count * floorIDs.count
        let restrict = switch policy {
        case .nearStartAbovePairLimit: allPairs > options.fullModelPairLimit
        case .all: false
        case .startFloors: true
        }
        // Candidate floors per attendant: the start's floors; in a big hotel also their neighbours and home floors.
        let reach = policy == .startFloors ? 0 : 2
        let rankedFloors = context.property.floors.map(\.id).filter(floorIDs.contains).sorted { context.rank($0) < context.rank($1) }
        var candidate: [Set<String>] = Array(repeating: floorIDs, count: crew.count)
        if restrict {
            for a in free {
                var set = policy == .startFloors ? [] : preferredFloors(a).intersection(floorIDs)
                for floor in start.floors[a] {
                    guard let position = rankedFloors.firstIndex(of: floor) else { continue }
                    for offset in -reach...reach where rankedFloors.indices.contains(position + offset) {
                        set.insert(rankedFloors[position + offset])
                    }
                }
                candidate[a] = set
            }
        }
        var x: [[Variable?]] = Array(repeating: Array(repeating: nil, count: groups.count), count: crew.count)
        var y: [[String: Variable]] = Array(repeating: [:], count: crew.count)
        var b: [[String: Variable]] = Array(repeating: [:], count: crew.count)
        var initial: [Variable: Double] = [:]
        var objective = LinearExpression()
        var integerCount = 0
        // With one building, "buildings per attendant" is a constant: no building variables.
        let multipleBuildings = Set(groups.compactMap(\.buildingID)).count > 1
        let greedyDoesAllMandatory = groups.indices.allSatisfy { g in
            !groups[g].isMandatory || crew.indices.reduce(0) { $0 + start.counts[$1][g] } == groups[g].count
        }

        for g in inModel {
            let group = groups[g]
            let left = Double(group.count - fixedDone[g])  // the tasks the kept attendants leave
            let skilled = group.isRoomTask && !tasks[group.taskIndices[0]].requiredSkills.isEmpty
            for a in group.eligible where isFree[a] {
                if restrict, let floor = group.floorID, !candidate[a].contains(floor), !skilled || policy == .startFloors,
                   start.counts[a][g] == 0 { continue }
                let variable = try model.addVariable(.integer, lower: 0, upper: left)
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
            let undoneUpper = group.isMandatory && greedyDoesAllMandatory ? 0.0 : left
            let undone = try model.addVariable(.integer, lower: 0, upper: undoneUpper)
            if undoneUpper > 0 { integerCount += 1 }
            initial[undone] = Double(group.count - assigned)
            objective.add(group.isMandatory ? AssignmentEngine.undoneWeight * Double(group.severity) : AssignmentEngine.deepCleanWeight, undone)
            var cover = LinearExpression(undone)
            for a in free { if let variable = x[a][g] { cover.add(1, variable) } }
            try model.addConstraint(LinearConstraint(lower: left, cover, upper: left))
        }
        // Link work to floors, one row per attendant and floor: minutes on the floor ≤ min(paid, floor's work) × y.
        for a in free {
            let member = crew[a]
            var byFloor: [String: LinearExpression] = [:]
            var floorWork: [String: Double] = [:]
            for g in inModel {
                guard let variable = x[a][g], let floor = groups[g].floorID else { continue }
                let minutes = groups[g].standardMinutes / member.efficiency
                byFloor[floor, default: LinearExpression()].add(minutes, variable)
                floorWork[floor, default: 0] += minutes * Double(groups[g].count - fixedDone[g])
            }
            for floor in byFloor.keys.sorted() {
                guard let yv = y[a][floor] else { continue }
                let bigM = min(member.paidMinutes, floorWork[floor] ?? 0)
                try model.addConstraint(byFloor[floor]! - bigM * yv <= 0)
            }
        }
        // Every room attendant who can do any room task works at least one floor when there is at least one
        // task per attendant (the fairest plan gives everybody work); this tightens the floor count's bound. The
        // room attendants kept as they are count among them.
        let roomTasks = groups.filter { $0.isMandatory && $0.isRoomTask }.reduce(0) { $0 + $1.count }
        let roomAttendants = free.filter { crew[$0].role == .roomAttendant && !y[$0].isEmpty }
        let fixedRoomAttendants = fixed.filter { crew[$0].role == .roomAttendant }.count
        if roomTasks >= roomAttendants.count + fixedRoomAttendants {
            for a in roomAttendants { try model.addConstraint(LinearExpression.sum(y[a].keys.sorted().map { y[a][$0]! }) >= 1) }
        }
        // Floors in order, so that the rows come in the same order in every run (a dictionary's order changes).
        for a in free {
            for floor in y[a].keys.sorted() {
                if let building = context.floorsByID[floor]?.buildingID, let bv = b[a][building], let yv = y[a][floor] {
                    try model.addConstraint(yv - bv <= 0)
                }
            }
        }
        let roomCrew = paidRoomCrew
        // The starting plan's highest load and objective. A better plan has a lower objective, so its highest
        // load z satisfies 1,000 × max(0, z − band) + 100 × z ≤ the start's objective: this bounds z and tells how
        // many attendants each floor needs at least. The attendants kept as they are hold z at least at theirs.
        let startZ = roomCrew.reduce(0.0) { max($0, mandatoryRatio(start, $1)) }
        let fixedZ = roomCrew.filter { !isFree[$0] }.reduce(0.0) { max($0, mandatoryRatio(start, $1)) }
        let startObjective = objectiveValue(start, band: band)
        let zCeiling = greedyDoesAllMandatory
            ? max(band, (startObjective + AssignmentEngine.overBandWeight * band) / (AssignmentEngine.overBandWeight + AssignmentEngine.loadRatioWeight)) + 1e-6
            : Double.infinity
        let allowance = departureAllowance()
        // Per floor: at least as many attendants as its mandatory work needs, each carrying at most z × paid
        // (the attendants kept on it count). Only when the model does every mandatory task: on a short-staffed day
        // a better plan may leave some of a floor's work undone with fewer attendants there (the rows cut such plans
        // off, and the start itself when it does so).
        let largestCapacity = crew.map { $0.paidMinutes * $0.efficiency }.max() ?? 1
        let perAttendant = max(1, largestCapacity * min(1, zCeiling))
        for floor in floorIDs.sorted() where greedyDoesAllMandatory {
            let work = groups.filter { $0.floorID == floor && $0.isMandatory }.reduce(0.0) { $0 + $1.standardMinutes * Double($1.count) }
            let needed = (work / perAttendant - 1e-6).rounded(.up)
            let kept = Double(fixed.filter { start.floors[$0].contains(floor) }.count)
            let ys = free.compactMap { y[$0][floor] }
            let least = min(needed, Double(ys.count) + kept) - kept
            guard needed > 1, least > 0 else { continue }
            try model.addConstraint(LinearExpression.sum(ys) >= least)
        }

        let z = try model.addVariable(.continuous, lower: fixedZ, upper: max(fixedZ, zCeiling), name: "highestLoad")
        objective.add(AssignmentEngine.loadRatioWeight, z)
        let overBand = try model.addVariable(.continuous, lower: 0, name: "overBand")
        objective.add(AssignmentEngine.overBandWeight, overBand)
        try model.addConstraint(LinearExpression(z) - overBand <= band)
        initial[overBand] = max(0, startZ - band)
        var standardByCrew: [LinearExpression] = Array(repeating: LinearExpression(), count: crew.count)
        for a in free {
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
            for g in inModel {
                guard let variable = x[a][g] else { continue }
                let group = groups[g]
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
            standardByCrew[a] = standard
        }
        initial[z] = startZ
        // Identical attendants ordered by standard work (only those re-planned here).
        for members in symmetry {
            let freeMembers = members.filter { isFree[$0] }
            for (first, second) in zip(freeMembers, freeMembers.dropFirst()) {
                try model.addConstraint(standardByCrew[first] - standardByCrew[second] >= 0)
            }
        }
        try model.setObjective(objective)
        return AssignmentModel(model: model, x: x, isFree: isFree, initial: initial, integerCount: integerCount,
                               restricted: restrict)
    }

    /// The plan of a solution of `built`: the free crew members' counts from the solution, the others' from `start`.
    func plan(of solution: Solution, _ built: AssignmentModel, start: Plan) -> Plan {
        var plan = Plan(crew: crew.count, groups: groups.count)
        for a in crew.indices {
            for g in groups.indices {
                let count = built.isFree[a] ? built.x[a][g].map { Int(solution[$0].rounded()) } ?? 0 : start.counts[a][g]
                if count > 0 { add(&plan, a, g, count) }
            }
        }
        return plan
    }

    /// How much branch-and-bound GLPK may do on the day's model, in nodes × integer variables: a count, so that it
    /// stops at the same plan on a quiet and on a loaded machine, and in nodes a model of 500 integer variables gets
    /// 4,000 and one of 50 gets 40,000 (a node costs more in a bigger model). The small hotels of the tests are
    /// solved to optimality within it.
    static let dayModelNodeWork = 2_000_000
    /// The most integer variables a model of the whole day (the day's model, or the re-balance's) may have for GLPK
    /// to solve it. Above it GLPK found nothing better than its start before the clock stopped it: on the day's model
    /// nothing in 89 nodes (0.2 s) at 120 rooms (594 integer variables) nor in 7,729 (9 s) on the sample hotel (697);
    /// at 300 rooms (2,643) it could not even finish the root of the branch-and-cut (1.5 s), nor at 1,000 (6,121;
    /// 5.8 s), and the LP relaxation alone took more than 9.5 s at 3,000; the re-balance found nothing in 100 nodes at
    /// 1,000 rooms (1,124 integer variables, 0.4 s) nor at 3,000 (9.6 s).
    static let wholeDayIntegerLimit = 500

    /// Builds the day's model (``wholeDay``), solves it from `start` within ``dayModelNodeWork`` (`seconds` is
    /// only a safety net, which a machine far slower than usual may reach) and returns GLPK's plan (nil when GLPK
    /// has none, or when the model has more than ``wholeDayIntegerLimit`` integer variables and is not solved); the
    /// model's size, termination, objective, bound and gap go into `report`. GLPK's progress reports reach
    /// ``WorkSheetOptions/progress`` with `elapsedBefore` (the planning time before the solve) added.
    func optimise(from start: Plan, symmetry: [[Int]], band: Double, seconds: Double, elapsedBefore: Double = 0,
                  report: inout SolverReport) throws(OptimizationError) -> Plan? {
        let built = try assignmentModel(from: start, for: wholeDay, symmetry: symmetry, band: band)
        report.variables = built.model.variables.count
        report.integerVariables = built.integerCount
        report.constraints = built.model.constraints.count
        report.boundTerms = objectiveLowerBound(start: start, band: band)
        guard built.integerCount <= AssignmentEngine.wholeDayIntegerLimit else {
            let objective = objectiveValue(start, band: band)
            report.method = .glpk
            report.termination = SolverReport.tooLargeToSolve
            report.bestBound = report.boundTerms?.total
            report.objective = objective
            report.relativeGap = report.bestBound.map { SolverReport.relativeGap(objective: objective, bound: $0) }
            return nil
        }
        let solution = try built.model.solve(SolveOptions(
            timeLimitSeconds: seconds, relativeGap: options.relativeGap,
            cuts: [.mixedIntegerRounding, .cover], initialSolution: built.initial,
            progress: options.progress.map { progress in
                { @Sendable (solve: SolveProgress) in
                    var since = solve
                    since.elapsedSeconds += elapsedBefore  // GLPK counts from its own start; the planner's from its
                    progress(since)
                }
            },
            nodeLimit: max(1, AssignmentEngine.dayModelNodeWork / max(1, built.integerCount))))
        report.termination = solution.termination.rawValue
        report.solveSeconds = solution.solveSeconds
        report.startedFromGreedy = solution.initialSolutionAccepted
        // A bound GLPK never set (±DBL_MAX) is no bound. GLPK's bound holds for the hotel only when the model is
        // not restricted to floors near the start; the bound worked out without the solver always does. The
        // better of the two is reported.
        let solverBound = built.restricted ? nil : solution.bestBound.flatMap { abs($0) < 1e20 ? $0 : nil }
        report.bestBound = [solverBound, report.boundTerms?.total].compactMap { $0 }.max()
        guard solution.hasSolution else { return nil }
        report.method = .glpk
        report.objective = solution.objective
        report.relativeGap = solution.objective.flatMap { objective in
            report.bestBound.map { SolverReport.relativeGap(objective: objective, bound: $0) }
        }
        return plan(of: solution, built, start: start)
    }
}
