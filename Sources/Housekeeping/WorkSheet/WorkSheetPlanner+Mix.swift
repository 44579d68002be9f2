/// The last pass over the assignment: departures mixed fairly between the room attendants.
extension AssignmentEngine {
    /// Evens out the departures without making anything else worse. While a move budget lasts, the room
    /// attendant with the most departures relative to their fair share (the day's departures in proportion to
    /// paid minutes × efficiency, as in ``PlanQuality/highestDeparturesOverFairShare``) gives one departure to
    /// another room attendant who ends up with a lower ratio than theirs was, and takes back one or two
    /// non-departure room tasks (stayovers, linen changes, touch-ups, pickups) from them. A swap is only made
    /// when:
    /// - both already work the floors they receive work on (no new attendant × floor pair, so floors and
    ///   buildings per attendant never rise; a floor may be left);
    /// - both may do what they receive (skills, and shift times against checkout and ready-by: the groups'
    ///   eligibility) and keep their caps and paid minutes (``fits(_:_:_:)``);
    /// - neither's load ratio, (mandatory work + travel) ÷ paid minutes, ends above the fairness band `band`
    ///   (the even ratio × (1 + ``WorkSheetOptions/fairnessTolerance``)), or above the plan's highest before the
    ///   pass when that is higher: a plan within the band stays within it, one above it gets no higher.
    ///
    /// Of the possible swaps the pass takes the one after which the higher of the two attendants' departure
    /// ratios is lowest, then the fewest floors, then the closest minutes, then the lowest load (the first in
    /// a fixed order of groups and attendants on a tie); it stops when the attendant with the most departures has no such
    /// swap, or after `evaluations` trial swaps (a count, not a time, so the same input gives the same plan).
    func mixDepartures(_ start: Plan, band: Double, budget evaluations: Int) -> Plan {
        var plan = start
        var budget = evaluations
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant && crew[$0].paidMinutes > 0 }
        guard roomCrew.count > 1, budget > 0 else { return plan }
        let isRoomCrew = Set(roomCrew)
        let capacity = roomCrew.reduce(0.0) { $0 + crew[$1].paidMinutes * crew[$1].efficiency }
        let total = roomCrew.reduce(0) { $0 + plan.departures[$1] }
        guard total > 0, capacity > 0 else { return plan }
        var share = Array(repeating: 0.0, count: crew.count)
        for a in roomCrew { share[a] = Double(total) * crew[a].paidMinutes * crew[a].efficiency / capacity }
        func mix(_ a: Int, _ departures: Int) -> Double { Double(departures) / share[a] }
        let limit = max(band, roomCrew.map { mandatoryRatio(plan, $0) }.max() ?? 0)
        // Non-departure mandatory room work, the kind a departure is swapped for.
        let others = groups.indices.filter { groups[$0].isMandatory && groups[$0].isRoomTask && !groups[$0].isDeparture }
        let departureGroups = groups.indices.filter { groups[$0].isMandatory && groups[$0].isDeparture }

        /// Applies the swap (a gives one task of g to b, b gives `k` tasks of h to a) when it keeps every rule;
        /// leaves the plan as it was and returns false otherwise.
        func apply(_ a: Int, _ g: Int, _ b: Int, _ h: Int, _ k: Int) -> Bool {
            remove(&plan, a, g)
            remove(&plan, b, h, k)
            guard fits(plan, b, g) else {
                add(&plan, b, h, k); add(&plan, a, g)
                return false
            }
            add(&plan, b, g)
            var added = 0
            while added < k, fits(plan, a, h) { add(&plan, a, h); added += 1 }
            if added == k, mandatoryRatio(plan, a) <= limit + 1e-9, mandatoryRatio(plan, b) <= limit + 1e-9 { return true }
            if added > 0 { remove(&plan, a, h, added) }
            remove(&plan, b, g)
            add(&plan, b, h, k); add(&plan, a, g)
            return false
        }

        var swaps = 0
        while budget > 0, swaps < 4 * total {
            // The attendant with the most departures for their share (the first such, by crew order).
            var top = roomCrew[0]
            for a in roomCrew where mix(a, plan.departures[a]) > mix(top, plan.departures[top]) + 1e-12 { top = a }
            let current = mix(top, plan.departures[top])
            var best: (g: Int, b: Int, h: Int, k: Int, key: (Double, Int, Double, Double))?
            search: for g in departureGroups where plan.counts[top][g] > 0 {
                for b in groups[g].eligible where b != top && isRoomCrew.contains(b)
                    && (groups[g].floorID.map { plan.floors[b].contains($0) } ?? true) {
                    let after = max(mix(top, plan.departures[top] - 1), mix(b, plan.departures[b] + 1))
                    guard after < current - 1e-9 else { continue }
                    if let chosen = best, after > chosen.key.0 + 1e-12 { continue }
                    for h in others where plan.counts[b][h] > 0 && groups[h].eligible.contains(top)
                        && (groups[h].floorID.map { plan.floors[top].contains($0) } ?? true) {
                        for k in 1...min(2, plan.counts[b][h]) {
                            budget -= 1
                            guard apply(top, g, b, h, k) else {
                                if budget <= 0 { break search }
                                continue
                            }
                            let key = (after, plan.floors[top].count + plan.floors[b].count,
                                       abs(groups[g].standardMinutes - Double(k) * groups[h].standardMinutes),
                                       max(mandatoryRatio(plan, top), mandatoryRatio(plan, b)))
                            // Undo the trial.
                            remove(&plan, top, h, k)
                            remove(&plan, b, g)
                            add(&plan, b, h, k); add(&plan, top, g)
                            if best == nil || key < best!.key { best = (g, b, h, k, key) }
                            if budget <= 0 { break search }
                        }
                    }
                }
            }
            guard let swap = best, apply(top, swap.g, swap.b, swap.h, swap.k) else { break }
            swaps += 1
        }
        return plan
    }
}

extension SheetAssembler {
    /// The tasks flagged as missing their ready-by time or finishing after the end of the shift, counted in the
    /// lists of `assignment` that differ from `other`'s, each ordered as the sheet orders it.
    func lateTasks(in assignment: AssignmentResult, comparedWith other: AssignmentResult) -> Int {
        var count = 0
        for (a, member) in crew.enumerated() where assignment.tasksByCrew[a] != other.tasksByCrew[a] {
            count += sequence(assignment.tasksByCrew[a].map { tasks[$0] }, for: member)
                .filter { $0.flags.contains(.missesReadyBy) || $0.flags.contains(.finishesAfterShift) }.count
        }
        return count
    }
}
