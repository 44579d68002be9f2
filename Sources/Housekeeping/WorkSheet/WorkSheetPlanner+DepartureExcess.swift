/// A descent on departures over the allowance, one of the two terms of the objective the bound counts as 0. The
/// departure-mix pass works on the attendant with the most departures for their share and stops when that one has
/// no swap; this one works on everybody over their allowance, and takes a move whenever the whole objective falls,
/// whatever term pays for it.
extension AssignmentEngine {
    /// Lowers the objective of `start` while `budget` trial moves last (a count, not a time, so that the same input
    /// gives the same plan), taking the best move of each round: a room attendant over their departure allowance
    /// gives a departure to one who works its floor, taking back nothing, or one or two non-departure room tasks
    /// (of one group or of two) from them on a floor they work. No move adds an attendant × floor pair; every move
    /// keeps skills, times and caps (``fits(_:_:_:)``); the objective decides.
    func lowerDepartureExcess(_ start: Plan, band: Double, budget: Int) -> Plan {
        var plan = start
        var budget = budget
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant && crew[$0].paidMinutes > 0 }
        let isRoomCrew = Set(roomCrew)
        let allowance = departureAllowance()
        let multipleBuildings = Set(groups.compactMap(\.buildingID)).count > 1
        let departureGroups = groups.indices.filter { groups[$0].isMandatory && groups[$0].isDeparture }
        let others = groups.indices.filter { groups[$0].isMandatory && groups[$0].isRoomTask && !groups[$0].isDeparture }
        guard roomCrew.count > 1 else { return plan }

        /// The objective's terms that a move between two attendants can change: their departures over the
        /// allowance, floors and buildings, and the highest load (everybody's).
        func value(_ plan: Plan, _ members: [Int]) -> Double {
            var value = 0.0
            var highest = 0.0
            for a in roomCrew { highest = max(highest, mandatoryRatio(plan, a)) }
            for a in members {
                if allowance[a].isFinite {
                    value += AssignmentEngine.departureShareWeight * max(0, Double(plan.departures[a]) - allowance[a])
                }
                for floor in plan.floors[a] { value += floorCost(a, floor) }
                if multipleBuildings { value += AssignmentEngine.buildingWeight * Double(plan.buildings[a].count) }
            }
            return value + AssignmentEngine.overBandWeight * max(0, highest - band) + AssignmentEngine.loadRatioWeight * highest
        }

        while budget > 0 {
            var best: (plan: Plan, gain: Double)?
            func consider(_ trial: Plan, _ members: [Int]) {
                budget -= 1
                let gain = value(plan, members) - value(trial, members)
                if gain > 1e-9, best == nil || gain > best!.gain + 1e-9 { best = (trial, gain) }
            }
            for a in roomCrew where allowance[a].isFinite && Double(plan.departures[a]) > allowance[a] && budget > 0 {
                for g in departureGroups where plan.counts[a][g] > 0 {
                    guard let floor = groups[g].floorID else { continue }
                    for b in groups[g].eligible where b != a && isRoomCrew.contains(b) && plan.floors[b].contains(floor) && budget > 0 {
                        var given = plan
                        remove(&given, a, g)
                        guard fits(given, b, g) else { continue }
                        add(&given, b, g)
                        consider(given, [a, b])
                        // Work back: one or two tasks of one group, or one each of two groups.
                        let back = others.filter { h in
                            given.counts[b][h] > 0 && groups[h].eligible.contains(a) && groups[h].floorID.map { given.floors[a].contains($0) } ?? false
                        }
                        var returns: [[Int]] = back.map { [$0] } + back.filter { given.counts[b][$0] > 1 }.map { [$0, $0] }
                        for (i, h1) in back.enumerated() { for h2 in back[(i + 1)...] { returns.append([h1, h2]) } }
                        for tasks in returns where budget > 0 {
                            var trial = given
                            var fitted = true
                            for h in tasks {
                                remove(&trial, b, h)
                                guard fits(trial, a, h) else { fitted = false; break }
                                add(&trial, a, h)
                            }
                            if fitted { consider(trial, [a, b]) }
                        }
                    }
                }
            }
            guard let chosen = best else { break }
            plan = chosen.plan
        }
        return objectiveValue(plan, band: band) < objectiveValue(start, band: band) - 1e-9 ? plan : start
    }
}
