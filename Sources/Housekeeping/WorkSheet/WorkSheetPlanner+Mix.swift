/// The last pass over the assignment: departures mixed fairly between the room attendants.
extension AssignmentEngine {
    /// Evens out the departures without making anything else worse. While a move budget lasts, the room
    /// attendant with the most departures relative to their fair share (the day's departures in proportion to
    /// paid minutes × efficiency, as in ``PlanQuality/highestDeparturesOverFairShare``) gives one departure to
    /// another room attendant who ends up with a lower ratio than theirs was, and takes back nothing or one or
    /// two non-departure room tasks (stayovers, linen changes, touch-ups, pickups) from them; when no such swap
    /// exists, a chain of two (a departure to a middle attendant, who passes one of theirs on, the work going
    /// back the other way). A swap is only made when:
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
        let roomCrew = paidRoomCrew
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

        // Every change to the plan is logged, so that a trial can be undone exactly.
        var log: [(added: Bool, member: Int, group: Int, count: Int)] = []
        func put(_ a: Int, _ g: Int, _ count: Int = 1) { add(&plan, a, g, count); log.append((true, a, g, count)) }
        func take(_ a: Int, _ g: Int, _ count: Int = 1) { remove(&plan, a, g, count); log.append((false, a, g, count)) }
        func undo() {
            for entry in log.reversed() {
                if entry.added { remove(&plan, entry.member, entry.group, entry.count) } else { add(&plan, entry.member, entry.group, entry.count) }
            }
            log.removeAll()
        }
        /// Applies the swaps in order (`from` gives one task of g to `to`, `to` gives k tasks of h back) and keeps
        /// them when every rule holds and nobody involved ends above the limit; otherwise undoes them.
        func apply(_ steps: [(from: Int, g: Int, to: Int, h: Int, k: Int)]) -> Bool {
            log.removeAll()
            for step in steps {
                guard plan.counts[step.from][step.g] > 0, step.k == 0 || plan.counts[step.to][step.h] >= step.k else { undo(); return false }
                take(step.from, step.g)
                if step.k > 0 { take(step.to, step.h, step.k) }
                guard fits(plan, step.to, step.g) else { undo(); return false }
                put(step.to, step.g)
                for _ in 0..<step.k {
                    guard fits(plan, step.from, step.h) else { undo(); return false }
                    put(step.from, step.h)
                }
            }
            for step in steps where mandatoryRatio(plan, step.from) > limit + 1e-9 || mandatoryRatio(plan, step.to) > limit + 1e-9 {
                undo()
                return false
            }
            return true
        }
        func onFloor(_ a: Int, _ g: Int) -> Bool { groups[g].floorID.map { plan.floors[a].contains($0) } ?? true }
        /// Non-departure work `giver` may hand `receiver` on a floor the receiver works: (group, how many), or
        /// nothing (k = 0: the departure is simply moved).
        func returns(_ giver: Int, _ receiver: Int) -> [(h: Int, k: Int)] {
            var result: [(h: Int, k: Int)] = [(-1, 0)]
            for h in others where plan.counts[giver][h] > 0 && mayDo(receiver, h) && onFloor(receiver, h) {
                for k in 1...min(2, plan.counts[giver][h]) { result.append((h, k)) }
            }
            return result
        }

        typealias Step = (from: Int, g: Int, to: Int, h: Int, k: Int)
        var swaps = 0
        while budget > 0, swaps < 4 * total {
            // The attendant with the most departures for their share (the first such, by crew order).
            var top = roomCrew[0]
            for a in roomCrew where mix(a, plan.departures[a]) > mix(top, plan.departures[top]) + 1e-12 { top = a }
            let current = mix(top, plan.departures[top])
            var best: (steps: [Step], key: (Double, Int, Double, Double))?
            func consider(_ steps: [Step], after: Double) {
                budget -= 1
                guard apply(steps) else { return }
                var involved: [Int] = []
                for step in steps { for a in [step.from, step.to] where !involved.contains(a) { involved.append(a) } }
                let minutes = steps.reduce(0.0) { $0 + abs(groups[$1.g].standardMinutes - ($1.k > 0 ? Double($1.k) * groups[$1.h].standardMinutes : 0)) }
                let key = (after, involved.reduce(0) { $0 + plan.floors[$1].count }, minutes,
                           involved.map { mandatoryRatio(plan, $0) }.max() ?? 0)
                undo()
                if best == nil || key < best!.key { best = (steps, key) }
            }
            // One swap: top gives a departure to b, who works its floor, for work on a floor top works.
            search: for g in departureGroups where plan.counts[top][g] > 0 {
                for b in groups[g].eligible where b != top && isRoomCrew.contains(b) && onFloor(b, g) {
                    let after = max(mix(top, plan.departures[top] - 1), mix(b, plan.departures[b] + 1))
                    guard after < current - 1e-9 else { continue }
                    if let chosen = best, after > chosen.key.0 + 1e-12 { continue }
                    for back in returns(b, top) {
                        consider([(top, g, b, back.h, back.k)], after: after)
                        if budget <= 0 { break search }
                    }
                }
            }
            // A chain of two when no single swap helps: top gives a departure to m (who works its floor), m gives
            // one to b (who works that one's floor); work goes back the other way, b to m and m to top. m keeps
            // their departures.
            if best == nil {
                chain: for g in departureGroups where plan.counts[top][g] > 0 {
                    for m in groups[g].eligible where m != top && isRoomCrew.contains(m) && onFloor(m, g) {
                        let toTop = returns(m, top)
                        for g2 in departureGroups where plan.counts[m][g2] > 0 || g2 == g {
                            for b in groups[g2].eligible where b != top && b != m && isRoomCrew.contains(b) && onFloor(b, g2) {
                                let after = max(mix(top, plan.departures[top] - 1), mix(b, plan.departures[b] + 1))
                                guard after < current - 1e-9 else { continue }
                                if let chosen = best, after > chosen.key.0 + 1e-12 { continue }
                                for back in returns(b, m) {
                                    for first in toTop {
                                        consider([(top, g, m, first.h, first.k), (m, g2, b, back.h, back.k)], after: after)
                                        if budget <= 0 { break chain }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            guard let chosen = best, apply(chosen.steps) else { break }
            log.removeAll()
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
