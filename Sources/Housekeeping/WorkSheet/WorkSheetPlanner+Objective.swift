/// The model's objective worked out for a plan, so that plans from the greedy, the floor blocks and GLPK compare.
extension AssignmentEngine {
    /// The objective weight of crew member a working floor f: 1, plus 0.25 off their home or yesterday's floors.
    func floorCost(_ a: Int, _ floor: String) -> Double {
        let home = preferredFloors(a)
        return AssignmentEngine.floorWeight + (home.isEmpty || home.contains(floor) ? 0 : AssignmentEngine.awayFromHomeWeight)
    }

    /// The model's objective for a plan (see ``WorkSheetPlanner``), so that plans from different starts compare
    /// as GLPK would compare them.
    func objectiveValue(_ plan: Plan, band: Double) -> Double { objectiveTerms(plan, band: band).total }

    /// The model's objective for a plan, term by term.
    func objectiveTerms(_ plan: Plan, band: Double) -> ObjectiveTerms {
        var terms = ObjectiveTerms()
        var highest = 0.0
        let allowance = departureAllowance()
        let multipleBuildings = Set(groups.compactMap(\.buildingID)).count > 1
        for a in crew.indices {
            if crew[a].role == .roomAttendant, crew[a].paidMinutes > 0 {
                highest = max(highest, mandatoryRatio(plan, a))
                if allowance[a].isFinite {
                    terms.departuresOverAllowance += AssignmentEngine.departureShareWeight * max(0, Double(plan.departures[a]) - allowance[a])
                }
            }
            for floor in plan.floors[a] {
                terms.floorPairs += AssignmentEngine.floorWeight
                terms.offHomeFloors += floorCost(a, floor) - AssignmentEngine.floorWeight
            }
            if multipleBuildings { terms.buildings += AssignmentEngine.buildingWeight * Double(plan.buildings[a].count) }
        }
        for (g, group) in groups.enumerated() {
            let left = Double(group.count - crew.indices.reduce(0) { $0 + plan.counts[$1][g] })
            if group.isMandatory {
                terms.undone += left * AssignmentEngine.undoneWeight * Double(group.severity)
            } else {
                terms.deepCleansLeft += left * AssignmentEngine.deepCleanWeight
            }
        }
        terms.overBand = AssignmentEngine.overBandWeight * max(0, highest - band)
        terms.highestLoad = AssignmentEngine.loadRatioWeight * highest
        return terms
    }

    /// Best-improvement descent on the day's objective: each round `neighbours` offers the trial plans around the
    /// current one (to `offer`), and the best of them replaces it when it lowers the objective; the rounds go on
    /// while one does and `goOn()` holds.
    func bestImprovement(from start: Plan, band: Double, goOn: () -> Bool = { true },
                         neighbours: (_ plan: Plan, _ offer: (Plan) -> Void) -> Void) -> Plan {
        var plan = start
        var value = objectiveValue(plan, band: band)
        while goOn() {
            var best: (plan: Plan, value: Double)?
            neighbours(plan) { trial in
                let trialValue = objectiveValue(trial, band: band)
                if trialValue < (best?.value ?? value) - 1e-9 { best = (trial, trialValue) }
            }
            guard let best else { break }
            plan = best.plan
            value = best.value
        }
        return plan
    }
}
