/// A descent on the two terms of the objective the bound counts as 0 — deep cleans left undone and departures
/// over the allowance — by moves the earlier passes do not make because they keep the plan's highest load and
/// floors: a move is made when the whole objective falls, whatever term pays for it.
extension AssignmentEngine {
    /// Lowers the objective of `start` by two kinds of move, the best of each round first, while `budget` trial
    /// moves last (a count, not a time, so that the same input gives the same plan):
    /// - a deep clean still open goes to a room attendant who may do it (also on a floor new to them), who first
    ///   sheds none, one, … up to ``leftoverSheds`` mandatory room tasks (each tried), each to the attendant on that
    ///   task's floor who may do it and ends lowest;
    /// - a room attendant over their departure allowance gives a departure to one who works its floor, taking back
    ///   nothing, or one or two non-departure room tasks (of one group or of two) from them on a floor they work.
    /// Every move keeps skills, times and caps (``fits(_:_:_:)``); the objective decides.
    func lowerLeftovers(_ start: Plan, band: Double, budget: Int) -> Plan {
        var plan = start
        var budget = budget
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant && crew[$0].paidMinutes > 0 }
        let isRoomCrew = Set(roomCrew)
        let allowance = departureAllowance()
        let multipleBuildings = Set(groups.compactMap(\.buildingID)).count > 1
        let optional = groups.indices.filter { !groups[$0].isMandatory && groups[$0].isRoomTask }
        let departureGroups = groups.indices.filter { groups[$0].isMandatory && groups[$0].isDeparture }
        let others = groups.indices.filter { groups[$0].isMandatory && groups[$0].isRoomTask && !groups[$0].isDeparture }
        guard roomCrew.count > 1 else { return plan }

        /// The objective's terms that a move between `members` can change: their departures over the allowance,
        /// floors and buildings, and the highest load (everybody's).
        func value(_ plan: Plan, _ members: Set<Int>) -> Double {
            var value = 0.0
            var highest = 0.0
            for a in roomCrew { highest = max(highest, mandatoryRatio(plan, a)) }
            for a in members {
                if isRoomCrew.contains(a), allowance[a].isFinite {
                    value += AssignmentEngine.departureShareWeight * max(0, Double(plan.departures[a]) - allowance[a])
                }
                for floor in plan.floors[a] { value += floorCost(a, floor) }
                if multipleBuildings { value += AssignmentEngine.buildingWeight * Double(plan.buildings[a].count) }
            }
            return value + AssignmentEngine.overBandWeight * max(0, highest - band) + AssignmentEngine.loadRatioWeight * highest
        }
        /// The mandatory room task of `a` to shed, and who takes it: the attendant on its floor who may do it,
        /// fits it and ends with the lowest load ratio.
        func lightestShed(_ plan: Plan, from a: Int) -> (h: Int, b: Int)? {
            var chosen: (h: Int, b: Int, ratio: Double)?
            for h in groups.indices where plan.counts[a][h] > 0 && groups[h].isMandatory && groups[h].isRoomTask {
                guard let floor = groups[h].floorID else { continue }
                for b in groups[h].eligible where b != a && isRoomCrew.contains(b) && plan.floors[b].contains(floor) && fits(plan, b, h) {
                    let ratio = mandatoryRatio(plan, b) + groups[h].standardMinutes / crew[b].efficiency / crew[b].paidMinutes
                    if chosen == nil || ratio < chosen!.ratio - 1e-12 { chosen = (h, b, ratio) }
                }
            }
            return chosen.map { ($0.h, $0.b) }
        }
        func moved(_ plan: inout Plan, _ g: Int, from a: Int, to b: Int, _ count: Int = 1) {
            remove(&plan, a, g, count)
            add(&plan, b, g, count)
        }

        while budget > 0 {
            var best: (plan: Plan, gain: Double)?
            func consider(_ trial: Plan, _ members: Set<Int>, bonus: Double) {
                budget -= 1
                let gain = value(plan, members) - value(trial, members) + bonus
                if gain > 1e-9, best == nil || gain > best!.gain + 1e-9 { best = (trial, gain) }
            }
            // A deep clean still open, with room made for it.
            for g in optional where crew.indices.reduce(0, { $0 + plan.counts[$1][g] }) < groups[g].count {
                for a in groups[g].eligible where isRoomCrew.contains(a) && budget > 0 {
                    var trial = plan
                    var members: Set<Int> = [a]
                    for sheds in 0...AssignmentEngine.leftoverSheds {
                        if fits(trial, a, g) {
                            var placed = trial
                            add(&placed, a, g)
                            consider(placed, members, bonus: AssignmentEngine.deepCleanWeight)
                        }
                        guard sheds < AssignmentEngine.leftoverSheds, let shed = lightestShed(trial, from: a) else { break }
                        moved(&trial, shed.h, from: a, to: shed.b)
                        members.insert(shed.b)
                    }
                }
            }
            // A departure from an attendant over the allowance, for nothing or for work back.
            for a in roomCrew where allowance[a].isFinite && Double(plan.departures[a]) > allowance[a] && budget > 0 {
                for g in departureGroups where plan.counts[a][g] > 0 {
                    guard let floor = groups[g].floorID else { continue }
                    for b in groups[g].eligible where b != a && isRoomCrew.contains(b) && plan.floors[b].contains(floor) && budget > 0 {
                        var given = plan
                        remove(&given, a, g)
                        guard fits(given, b, g) else { continue }
                        add(&given, b, g)
                        consider(given, [a, b], bonus: 0)
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
                            if fitted { consider(trial, [a, b], bonus: 0) }
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
