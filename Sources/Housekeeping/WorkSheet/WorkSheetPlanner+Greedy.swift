/// The greedy starting plan and the filling of optional work into spare capacity.
extension AssignmentEngine {
    /// The greedy plan: fixed-time visits first, then skilled work, then a floor-by-floor sweep that fills each
    /// attendant up to their fair share, then deep cleans into spare capacity. When capacity is short the least
    /// important work (stayovers first) is set aside before the sweep.
    func greedy() -> Plan {
        var plan = Plan(crew: crew.count, groups: groups.count)
        var remaining = groups.map(\.count)
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant }
        let standardCapacity = roomCrew.reduce(0.0) { $0 + crew[$1].paidMinutes * crew[$1].efficiency }
        let mandatoryRoomWork = groups.indices.filter { groups[$0].isMandatory && groups[$0].isRoomTask }
            .reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) }

        // Set aside the least important work when it cannot all fit (a 5 % allowance for travel).
        var setAside = Array(repeating: 0, count: groups.count)
        let usable = standardCapacity * 0.95
        if mandatoryRoomWork > usable {
            var excess = mandatoryRoomWork - usable
            let order = groups.indices.filter { groups[$0].isMandatory && groups[$0].isRoomTask }
                .sorted { (groups[$0].severity, -groups[$0].standardMinutes, $0) < (groups[$1].severity, -groups[$1].standardMinutes, $1) }
            for g in order where excess > 0 {
                let take = min(remaining[g], Int((excess / groups[g].standardMinutes).rounded(.up)))
                setAside[g] = take
                remaining[g] -= take
                excess -= Double(take) * groups[g].standardMinutes
            }
        }
        let share = standardCapacity > 0 ? min(1, mandatoryRoomWork / standardCapacity) : 0
        let target = crew.map { $0.role == .roomAttendant ? $0.paidMinutes * $0.efficiency * share : 0 }

        func ratio(_ a: Int) -> Double { crew[a].paidMinutes > 0 ? (plan.work[a] + travel(plan, a)) / crew[a].paidMinutes : 1e9 }
        func best(_ g: Int, preferFloor: Bool) -> Int? {
            var chosen: Int?
            var chosenKey = (2, Double.infinity, 0)
            for a in groups[g].eligible where fits(plan, a, g) {
                let onFloor = groups[g].floorID.map { plan.floors[a].contains($0) } ?? true
                let key = (preferFloor && onFloor && plan.standardWork[a] < target[a] ? 0 : 1, ratio(a), a)
                if key < chosenKey { chosenKey = key; chosen = a }
            }
            return chosen
        }
        // 1. Fixed-time public-area visits and skilled work.
        for g in groups.indices where groups[g].isMandatory && (!groups[g].isRoomTask || !tasks[groups[g].taskIndices[0]].requiredSkills.isEmpty) {
            while remaining[g] > 0, let a = best(g, preferFloor: true) { add(&plan, a, g); remaining[g] -= 1 }
        }
        // 2. The sweep, floor by floor, ready-by work first on each floor.
        let sweepOrder = groups.indices.filter { groups[$0].isMandatory && remaining[$0] > 0 }
            .sorted { (context.rank(groups[$0].floorID), groups[$0].severity > 50 ? 0 : 1, $0) < (context.rank(groups[$1].floorID), groups[$1].severity > 50 ? 0 : 1, $1) }
        let sweepCrew = roomCrew.sorted { (crew[$0].startMinute, -crew[$0].paidMinutes, crew[$0].id) < (crew[$1].startMinute, -crew[$1].paidMinutes, crew[$1].id) }
        var cursor = 0
        for g in sweepOrder {
            while remaining[g] > 0 {
                let minutes = groups[g].standardMinutes
                var assigned: Int?
                var probe = cursor
                while probe < sweepCrew.count {
                    let a = sweepCrew[probe]
                    if mayDo(a, g), fits(plan, a, g), plan.standardWork[a] + minutes / 2 <= target[a] {
                        assigned = a
                        break
                    }
                    // Only move the cursor past attendants who are full; skip ineligible ones for this group only.
                    if probe == cursor, plan.standardWork[a] + minutes / 2 > target[a] { cursor += 1 }
                    probe += 1
                }
                if assigned == nil { assigned = best(g, preferFloor: true) }
                guard let a = assigned else { break }
                add(&plan, a, g)
                remaining[g] -= 1
            }
        }
        // 3. Work set aside: give it out if it fits after all (the allowance may have been generous).
        for g in groups.indices where setAside[g] > 0 {
            remaining[g] += setAside[g]
            while remaining[g] > 0, let a = best(g, preferFloor: true) { add(&plan, a, g); remaining[g] -= 1 }
        }
        // 4. Optional deep cleans into spare capacity.
        fillOptionalWork(&plan)
        return plan
    }

    /// The eligible crew member who can take one more task of group g with the lowest load ratio, preferring
    /// those already on its floor.
    func lightestTaker(_ g: Int, _ plan: Plan, ceiling: Double = .infinity) -> Int? {
        var chosen: Int?
        var chosenKey = (2, Double.infinity, 0)
        for a in groups[g].eligible where fits(plan, a, g) {
            if ceiling.isFinite, crew[a].role == .roomAttendant, crew[a].paidMinutes > 0,
               let floor = groups[g].floorID, !plan.floors[a].contains(floor), !plan.floors[a].isEmpty,
               mandatoryRatio(plan, a) + travelPerFloor / crew[a].paidMinutes > ceiling + 1e-9 { continue }
            let onFloor = groups[g].floorID.map { plan.floors[a].contains($0) } ?? true
            let ratio = crew[a].paidMinutes > 0 ? (plan.work[a] + travel(plan, a)) / crew[a].paidMinutes : 1e9
            let key = (onFloor ? 0 : 1, ratio, a)
            if key < chosenKey { chosenKey = key; chosen = a }
        }
        return chosen
    }

    /// Gives out the optional work (deep cleans) still open into spare capacity, on floors already worked first.
    /// With a `band`, optional work never takes a room attendant to a new floor when the travel would lift them
    /// above both the band and the plan's highest load ratio (travel counts in the load ratio); when nobody can
    /// take a task so, an attendant who may do it first sheds mandatory room tasks to others already on those
    /// tasks' floors, who stay under the same ceiling (a band of 0: never above the plan's highest load).
    func fillOptionalWork(_ plan: inout Plan, band: Double? = nil) {
        let roomCrew = paidRoomCrew
        let ceiling = band.map { max($0, roomCrew.map { mandatoryRatio(plan, $0) }.max() ?? 0) } ?? .infinity
        for g in groups.indices where !groups[g].isMandatory {
            var remaining = groups[g].count - crew.indices.reduce(0) { $0 + plan.counts[$1][g] }
            while remaining > 0, let a = lightestTaker(g, plan, ceiling: ceiling) {
                add(&plan, a, g)
                remaining -= 1
            }
            // Make room: an attendant who may do it sheds mandatory tasks to others on the same floors (who stay
            // within the ceiling) until the task fits their paid minutes and the travel to its floor, if new to
            // them, fits under the ceiling.
            while remaining > 0, ceiling.isFinite, let floor = groups[g].floorID {
                var done = false
                for a in groups[g].eligible where crew[a].role == .roomAttendant && crew[a].paidMinutes > 0 && !plan.floors[a].isEmpty {
                    var trial = plan
                    var moves = 0
                    func newTravel() -> Double { trial.floors[a].contains(floor) ? 0 : travelPerFloor / crew[a].paidMinutes }
                    while mandatoryRatio(trial, a) + newTravel() > ceiling + 1e-9 || !fits(trial, a, g), moves < 8 {
                        moves += 1
                        var chosen: (h: Int, b: Int)?
                        for h in groups.indices where trial.counts[a][h] > 0 && groups[h].isMandatory && groups[h].isRoomTask {
                            guard let hf = groups[h].floorID else { continue }
                            for b in groups[h].eligible where b != a && crew[b].role == .roomAttendant && crew[b].paidMinutes > 0
                                && trial.floors[b].contains(hf) && fits(trial, b, h)
                                && mandatoryRatio(trial, b) + groups[h].standardMinutes / crew[b].efficiency / crew[b].paidMinutes <= ceiling + 1e-9 {
                                if chosen == nil || groups[h].standardMinutes < groups[chosen!.h].standardMinutes { chosen = (h, b) }
                            }
                        }
                        guard let move = chosen else { break }
                        remove(&trial, a, move.h)
                        add(&trial, move.b, move.h)
                    }
                    guard mandatoryRatio(trial, a) + newTravel() <= ceiling + 1e-9, fits(trial, a, g) else { continue }
                    add(&trial, a, g)
                    plan = trial
                    remaining -= 1
                    done = true
                    break
                }
                if !done { break }
            }
        }
    }
}
