/// The local search that improves a plan before the solver sees it.
extension AssignmentEngine {
    /// Improves a plan by local search before the solver sees it: moves and swaps single tasks away from the
    /// most loaded attendant while that lowers the highest load, then empties floors an attendant barely
    /// works on (fewest tasks first) when others on that floor can take the work without raising the highest
    /// load, and swaps departures for stayovers where someone has more than their allowance. A move that puts
    /// somebody on a floor they do not already work is only made while the highest load is above
    /// `newFloorsAbove` (a load ratio; 0: always allowed).
    func improve(_ start: Plan, budget evaluations: Int, newFloorsAbove: Double = 0) -> Plan {
        var plan = start
        // A budget of trial moves, not of seconds, so that the same input always gives the same plan.
        var budget = evaluations
        let roomCrew = paidRoomCrew
        guard roomCrew.count > 1 else { return plan }
        func highest() -> (Int, Double) {
            var best = (roomCrew[0], -1.0)
            for a in roomCrew { let r = mandatoryRatio(plan, a); if r > best.1 + 1e-12 { best = (a, r) } }
            return best
        }
        var rounds = 0
        // 1. Lower the highest load.
        while rounds < 20 * roomCrew.count, budget > 0 {
            rounds += 1
            let (top, topRatio) = highest()
            let newFloors = topRatio > newFloorsAbove + 1e-12
            var bestMove: (g: Int, b: Int, h: Int?, key: (Int, Double))?
            for g in groups.indices where plan.counts[top][g] > 0 && groups[g].isMandatory && groups[g].isRoomTask {
                for b in groups[g].eligible where b != top && crew[b].role == .roomAttendant {
                    // Move one task of g from top to b.
                    budget -= 1
                    remove(&plan, top, g)
                    if fits(plan, b, g) {
                        add(&plan, b, g)
                        let newTop = mandatoryRatio(plan, top), newB = mandatoryRatio(plan, b)
                        let addsFloor = groups[g].floorNumber.map { plan.floorUnits[b][$0] == 1 } ?? false
                        if newTop < topRatio - 1e-9, newB < topRatio - 1e-9, newFloors || !addsFloor {
                            let key = (addsFloor ? 1 : 0, max(newTop, newB))
                            if bestMove == nil || key < bestMove!.key { bestMove = (g, b, nil, key) }
                        }
                        remove(&plan, b, g)
                    }
                    add(&plan, top, g)
                }
            }
            if bestMove == nil {
                // Swap: a larger task of top for a smaller one of b on the same floor.
                outer: for g in groups.indices where plan.counts[top][g] > 0 && groups[g].isMandatory && groups[g].isRoomTask {
                    for b in groups[g].eligible where b != top && crew[b].role == .roomAttendant {
                        for h in groups.indices where plan.counts[b][h] > 0 && groups[h].isMandatory && groups[h].isRoomTask
                            && groups[h].standardMinutes < groups[g].standardMinutes && mayDo(top, h)
                            && (groups[h].floorID == groups[g].floorID || plan.floors[top].contains(groups[h].floorID ?? ""))
                            && (newFloors || plan.floors[b].contains(groups[g].floorID ?? "")) {
                            budget -= 1
                            remove(&plan, top, g); remove(&plan, b, h)
                            if fits(plan, b, g) {
                                add(&plan, b, g)
                                if fits(plan, top, h) {
                                    add(&plan, top, h)
                                    let newTop = mandatoryRatio(plan, top), newB = mandatoryRatio(plan, b)
                                    if newTop < topRatio - 1e-9, newB < topRatio - 1e-9 {
                                        let key = (plan.floors[b].count + plan.floors[top].count, max(newTop, newB))
                                        if bestMove == nil || key < bestMove!.key { bestMove = (g, b, h, key) }
                                    }
                                    remove(&plan, top, h)
                                }
                                remove(&plan, b, g)
                            }
                            add(&plan, b, h); add(&plan, top, g)
                            if budget <= 0 { break outer }
                        }
                    }
                }
            }
            guard let move = bestMove else { break }
            remove(&plan, top, move.g)
            add(&plan, move.b, move.g)
            if let h = move.h { remove(&plan, move.b, h); add(&plan, top, h) }
        }
        // 2. Empty floors an attendant barely works on, without raising the highest load.
        let ceiling = highest().1
        for a in roomCrew where plan.floors[a].count > 1 {
            guard budget > 0 else { break }
            budget -= 1
            for floor in plan.floors[a].sorted(by: { (units(plan, a, onFloor: $0), $0) < (units(plan, a, onFloor: $1), $1) }) {
                guard plan.floors[a].count > 1 else { continue }
                var trial = plan
                var ok = true
                for g in groups.indices where trial.counts[a][g] > 0 && groups[g].floorID == floor {
                    while trial.counts[a][g] > 0 {
                        remove(&trial, a, g)
                        let takers = groups[g].eligible.filter { b in
                            b != a && trial.floors[b].contains(floor) && fits(trial, b, g)
                        }
                        guard let b = takers.min(by: { mandatoryRatio(trial, $0) < mandatoryRatio(trial, $1) }) else { ok = false; break }
                        add(&trial, b, g)
                        if mandatoryRatio(trial, b) > ceiling + 1e-9 { ok = false; break }
                    }
                    if !ok { break }
                }
                if ok { plan = trial }
            }
        }
        // 3. Departures over an attendant's allowance: swap one for a stayover of someone under theirs, on a
        //    floor both work, without raising the highest load.
        let allowance = departureAllowance()
        let limit = highest().1
        for a in roomCrew where allowance[a].isFinite {
            var guardCount = 0
            while Double(plan.departures[a]) > allowance[a], budget > 0, guardCount < 50 {
                guardCount += 1
                var done = false
                search: for g in groups.indices where plan.counts[a][g] > 0 && groups[g].isDeparture && groups[g].isMandatory {
                    for b in groups[g].eligible where b != a && crew[b].role == .roomAttendant
                        && Double(plan.departures[b]) + 1 <= allowance[b] {
                        for h in groups.indices where plan.counts[b][h] > 0 && groups[h].isMandatory && groups[h].isRoomTask
                            && !groups[h].isDeparture && mayDo(a, h)
                            && (groups[h].floorID.map { plan.floors[a].contains($0) } ?? true)
                            && (groups[g].floorID.map { plan.floors[b].contains($0) } ?? true) {
                            budget -= 1
                            var trial = plan
                            remove(&trial, a, g); remove(&trial, b, h)
                            guard fits(trial, b, g) else { continue }
                            add(&trial, b, g)
                            guard fits(trial, a, h) else { continue }
                            add(&trial, a, h)
                            if mandatoryRatio(trial, a) <= limit + 1e-9, mandatoryRatio(trial, b) <= limit + 1e-9 {
                                plan = trial
                                done = true
                                break search
                            }
                        }
                    }
                }
                if !done { break }
            }
        }
        return plan
    }
}
