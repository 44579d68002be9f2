/// Filling one floor block as a staircase: k attendants on m floors with k + m − 1 attendant × floor pairs.
extension AssignmentEngine {
    /// Fills a block as a staircase: the attendants, in the given order, are laid along the block's work floor by
    /// floor, each over a stretch as long as their share of it (the block's work and its m − 1 floor changes
    /// shared in proportion to paid minutes × efficiency), so that each takes the rest of one floor and the start
    /// of the next and the block has at most k + m − 1 pairs. Each floor's tasks are then given out among the
    /// attendants whose stretches reach it: work only some may do first, to the qualified attendant there with the
    /// most of their stretch still open, then the rest, largest first, the same way (a departure beyond the
    /// attendant's allowance counting as if their stretch were that much shorter). Deep cleans on the block's
    /// floors are laid out with the mandatory work when the block's load ratio stays within the band with them.
    /// The rounding to whole tasks on a floor moves the stretch of the attendant who goes on to the next floor, so
    /// it does not pile up on the last attendant. Work nobody on its floor may do is placed as
    /// ``placeLeftOver(_:order:into:)`` places it. Nil when some task has nobody who can take it; also returns the
    /// floors with work placed so.
    func staircase(_ floors: [String], _ groupsByFloor: [String: [Int]], order: [Int], band: Double,
                   into plan: Plan) -> (plan: Plan, deferred: [String])? {
        guard !order.isEmpty else { return nil }
        var trial = plan
        let capacity = order.map { crew[$0].paidMinutes * crew[$0].efficiency }
        let paid = capacity.reduce(0, +)
        guard paid > 0 else { return nil }
        let meanEfficiency = order.reduce(0.0) { $0 + crew[$1].efficiency } / Double(order.count)
        let travelWork = travelPerFloor * meanEfficiency * Double(floors.count - 1)
        // The optional room work on the block's floors that its attendants may do (deep cleans), laid out with
        // the rest when the block's ratio stays within the band, so that it costs no floor change of its own.
        let floorSet = Set(floors)
        var optional: [String: [Int]] = [:]
        for g in groups.indices where !groups[g].isMandatory && groups[g].isRoomTask && floorSet.contains(groups[g].floorID ?? "")
            && order.contains(where: { mayDo($0, g) }) {
            optional[groups[g].floorID!, default: []].append(g)
        }
        let optionalLeft = optional.values.joined().reduce(into: [Int: Int]()) { counts, g in
            counts[g] = groups[g].count - crew.indices.reduce(0) { $0 + plan.counts[$1][g] }
        }
        let minutes = { (floor: String, withOptional: Bool) in
            groupsByFloor[floor]!.reduce(0.0) { $0 + self.groups[$1].standardMinutes * Double(self.groups[$1].count) }
                + (withOptional ? (optional[floor] ?? []).reduce(0.0) { $0 + self.groups[$1].standardMinutes * Double(optionalLeft[$1]!) } : 0)
        }
        let withOptional = (floors.reduce(0.0) { $0 + minutes($1, true) } + travelWork) / paid <= band + 1e-9
        let floorWork = floors.map { minutes($0, withOptional) }
        // Each attendant's share: the block's ratio × capacity, less for an attendant with deep cleans reserved
        // (``fillTargets(_:work:plan:ratio:)``).
        let targets = fillTargets(order, work: floorWork.reduce(0, +) + travelWork, plan: plan, ratio: { $0 }).targets
        let last = order.count - 1
        let allowance = departureAllowance()
        // Standard minutes of mandatory work given so far, floor changes included (work the attendants already have
        // counts too).
        var spent = order.map { mandatoryStandardWork(trial, $0) + travel(trial, $0) * crew[$0].efficiency }
        var next = 0  // the first attendant not yet started
        var carried: Int?  // the attendant who goes on from the previous floor
        var left: [Int: Int] = [:]
        for (j, floor) in floors.enumerated() {
            // The stretches that reach this floor: what is left of the carried attendant's share, then whole shares.
            var stretch: [(p: Int, minutes: Double)] = []
            var room = floorWork[j]
            func share(_ p: Int) -> Double { p == last ? .infinity : targets[p] - spent[p] }
            if let p = carried, share(p) - travelPerFloor * crew[order[p]].efficiency > 0 {
                spent[p] += travelPerFloor * crew[order[p]].efficiency
                let take = min(share(p), room)
                stretch.append((p, take))
                room -= take
            }
            while room > 1e-9, next < order.count {
                let take = min(share(next), room)
                stretch.append((next, take))
                room -= take
                next += 1
            }
            // The floor's tasks: work only some may do first, then the largest.
            var units: [Int] = []
            for g in groupsByFloor[floor]! { units.append(contentsOf: repeatElement(g, count: groups[g].count)) }
            if withOptional { for g in optional[floor] ?? [] { units.append(contentsOf: repeatElement(g, count: optionalLeft[g]!)) } }
            let restricted = { (g: Int) in !self.groups[g].isMandatory || !order.allSatisfy { self.mayDo($0, g) } }
            units.sort { (restricted($0) ? 0 : 1, -groups[$0].standardMinutes, $0) < (restricted($1) ? 0 : 1, -groups[$1].standardMinutes, $1) }
            var open = stretch.map(\.minutes)
            for g in units {
                let minutes = groups[g].standardMinutes
                let key = { (i: Int) -> Double in
                    let a = order[stretch[i].p]
                    let over = self.groups[g].isDeparture && Double(trial.departures[a]) + 1 > allowance[a]
                    return open[i] - (over ? minutes : 0)
                }
                let takers = stretch.indices.filter { mayDo(order[stretch[$0].p], g) && fits(trial, order[stretch[$0].p], g) }
                guard let i = takers.max(by: { (key($0), -$0) < (key($1), -$1) }) else {
                    if groups[g].isMandatory { left[g, default: 0] += 1 }
                    continue
                }
                add(&trial, order[stretch[i].p], g)
                open[i] -= minutes
                spent[stretch[i].p] += minutes
            }
            carried = stretch.last.map(\.p)
        }
        guard let deferred = placeLeftOver(left, order: order, into: &trial) else { return nil }
        return (trial, deferred)
    }
}
