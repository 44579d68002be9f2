/// The loads balanced within a floor pattern by a descent on whole rooms: tasks moved or swapped between two room
/// attendants who may both work the floor, whenever the higher of their two loads falls. Each step lowers the loads
/// sorted from the highest down (lexicographically), so load flows from the busiest attendant along chains of shared
/// floors to the least busy, which a step that must lower the day's highest load at once cannot do. Optional work
/// (deep cleans) in the way is handed to a colleague who may work its floor, so that it does not hold capacity the
/// loads need.
extension AssignmentEngine {
    /// How many trial moves one balancing may evaluate (a count, so that the same input gives the same plan).
    static let balanceMoves = 60_000

    /// `start` with its mandatory room tasks moved and swapped between room attendants, each only onto floors of
    /// `pattern` (per crew index), while the higher load of the two attendants falls, no departures over the
    /// allowance are added and every cap holds; `budget` trial moves at most, the ones made taken off it. When a task
    /// does not fit its receiver, one of the receiver's optional tasks may go to a colleague with its floor in
    /// `pattern` to make room; with `swapsMakeRoom`, a swap is also tried where the task only fits once the
    /// receiver's task has gone the other way (otherwise only where it fits on its own). Floors may be left, never
    /// taken outside `pattern`. The result may be worse than `start` by the day's objective; callers compare.
    func balanced(_ start: Plan, within pattern: [Set<String>], swapsMakeRoom: Bool = true, budget: inout Int) -> Plan {
        var plan = start
        let roomCrew = paidRoomCrew
        guard roomCrew.count > 1 else { return plan }
        let onFloors = groups.indices.filter { groups[$0].isRoomTask && groups[$0].floorID != nil }
        let movable = onFloors.filter { groups[$0].isMandatory }
        let allowance = departureAllowance()
        func excess(_ a: Int) -> Double { allowance[a].isFinite ? max(0, Double(plan.departures[a]) - allowance[a]) : 0 }
        func inPattern(_ a: Int, _ g: Int) -> Bool { groups[g].floorID.map { pattern[a].contains($0) } ?? false }
        var improved = true
        while improved, budget > 0 {
            improved = false
            let order = roomCrew.sorted { (mandatoryRatio(plan, $0), -$0) > (mandatoryRatio(plan, $1), -$1) }
            for a in order {
                let ratioA = mandatoryRatio(plan, a)
                var best: (g: Int, b: Int, h: Int?, ejected: Ejection?, key: Double)?
                func consider(_ g: Int, _ b: Int, _ h: Int?, _ ejected: Ejection?, before: Double) {
                    let key = max(mandatoryRatio(plan, a), mandatoryRatio(plan, b))
                    if key < ratioA - 1e-9, excess(a) + excess(b) <= before + 1e-9, key < (best?.key ?? .infinity) - 1e-12 {
                        best = (g, b, h, ejected, key)
                    }
                }
                for g in movable where plan.counts[a][g] > 0 {
                    for b in groups[g].eligible where b != a && crew[b].role == .roomAttendant && crew[b].paidMinutes > 0
                        && inPattern(b, g) && mandatoryRatio(plan, b) < ratioA - 1e-9 {
                        let before = excess(a) + excess(b)
                        budget -= 1
                        remove(&plan, a, g)
                        var ejected: Ejection?
                        if !fits(plan, b, g) { ejected = makeRoom(&plan, for: g, at: b, within: pattern) }
                        let moves = fits(plan, b, g)
                        add(&plan, b, g)
                        if moves { consider(g, b, nil, ejected, before: before) }  // one task from a to b
                        // Or b gives a task back, which may be what makes room for a's: one that frees at least
                        // b's overflow and brings b below a's load (a floor left saves at most one change).
                        let efficiency = crew[b].efficiency, paid = crew[b].paidMinutes
                        let overflow = plan.work[b] + travel(plan, b) - paid - travelPerFloor
                        let overload = plan.mandatoryWork[b] + travel(plan, b) - travelPerFloor - ratioA * paid
                        for h in movable where (moves || swapsMakeRoom) && h != g && plan.counts[b][h] > 0 && mayDo(a, h)
                            && inPattern(a, h) && groups[h].standardMinutes / efficiency > overflow - 1e-9
                            && groups[h].standardMinutes / efficiency > overload - 1e-9 {
                            budget -= 1
                            remove(&plan, b, h)
                            remove(&plan, b, g)
                            let room = fits(plan, b, g)
                            add(&plan, b, g)
                            if room, fits(plan, a, h) {
                                add(&plan, a, h)
                                consider(g, b, h, ejected, before: before)
                                remove(&plan, a, h)
                            }
                            add(&plan, b, h)
                        }
                        remove(&plan, b, g)
                        if let ejected { remove(&plan, ejected.to, ejected.g); add(&plan, b, ejected.g) }
                        add(&plan, a, g)
                    }
                }
                guard let move = best else { continue }
                if let ejected = move.ejected { remove(&plan, move.b, ejected.g); add(&plan, ejected.to, ejected.g) }
                remove(&plan, a, move.g)
                add(&plan, move.b, move.g)
                if let h = move.h { remove(&plan, move.b, h); add(&plan, a, h) }
                improved = true
                if budget <= 0 { break }
            }
        }
        return plan
    }

    /// An optional task (of group `g`) handed to crew member `to` to make room.
    struct Ejection { var g: Int; var to: Int }

    /// Makes room for one task of group `g` at crew member `b` by handing one of b's optional room tasks to a
    /// colleague whose floors in `pattern` hold its floor and who can fit it; returns what was handed over (nil,
    /// and `plan` unchanged, when no such hand-over lets the task fit).
    func makeRoom(_ plan: inout Plan, for g: Int, at b: Int, within pattern: [Set<String>]) -> Ejection? {
        for h in groups.indices where plan.counts[b][h] > 0 && !groups[h].isMandatory && groups[h].isRoomTask {
            guard let floor = groups[h].floorID else { continue }
            for c in groups[h].eligible where c != b && pattern[c].contains(floor) && fits(plan, c, h) {
                remove(&plan, b, h)
                add(&plan, c, h)
                if fits(plan, b, g) { return Ejection(g: h, to: c) }
                remove(&plan, c, h)
                add(&plan, b, h)
            }
        }
        return nil
    }
}
