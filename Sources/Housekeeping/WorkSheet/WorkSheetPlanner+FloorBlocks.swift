/// A compact starting plan by floor blocks: the floors (in building and level order) and the room attendants
/// (in home-floor order) are cut together into blocks — a few consecutive floors worked by their own few
/// attendants, nobody crossing into another block. A block of k attendants on m floors needs at least
/// k + m − 1 attendant × floor pairs, so the fewest pairs come from the most blocks; a dynamic programme picks
/// the cuts, allowing a block only when its work fits within the fairness band of its attendants' paid minutes
/// and every task in it has a qualified attendant in it. Each block is then filled by a sweep, the loads are
/// evened out by moves between attendants on the same floor, and deep cleans fill the spare capacity.
///
/// The OPERA-style baseline fills attendants floor by floor too, but cuts wherever the even share ends, which
/// almost never falls on a floor boundary: it has one block, and is unfair because the share is by credits.
extension AssignmentEngine {
    /// Limits of the dynamic programme: the most floors and attendants one block may have.
    static let blockFloorLimit = 8
    static let blockAttendantLimit = 16

    /// The highest load ratio of a perfectly even day with no travel: the mandatory standard minutes the room
    /// attendants may do ÷ their paid minutes × efficiency. No plan that does all mandatory work has its
    /// busiest room attendant below this.
    func evenLoadRatio() -> Double {
        let roomCrew = Set(crew.indices.filter { crew[$0].role == .roomAttendant && crew[$0].paidMinutes > 0 })
        let capacity = roomCrew.reduce(0.0) { $0 + crew[$1].paidMinutes * crew[$1].efficiency }
        let work = groups.filter { $0.isMandatory && $0.eligible.contains(where: roomCrew.contains) }
            .reduce(0.0) { $0 + $1.standardMinutes * Double($1.count) }
        return capacity > 0 ? work / capacity : 0
    }

    /// The floor-block plan, or nil when it does not apply (room attendants with public-area work, work the
    /// blocks cannot place) — the caller then keeps the greedy plan. `band` is the highest load ratio a block
    /// may have on average.
    func floorBlockPlan(band: Double) -> Plan? {
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant && crew[$0].paidMinutes > 0 }
        let roomSet = Set(roomCrew)
        let mandatory = groups.indices.filter { groups[$0].isMandatory }
        guard roomCrew.count > 1, !mandatory.isEmpty else { return nil }
        // Room attendants who must also cover public areas are left to the greedy plan.
        for g in mandatory where !groups[g].isRoomTask || groups[g].floorID == nil {
            if groups[g].eligible.contains(where: roomSet.contains) { return nil }
        }
        let roomGroups = mandatory.filter { groups[$0].isRoomTask && groups[$0].floorID != nil }
        let floorOrder = Set(roomGroups.compactMap { groups[$0].floorID }).sorted { (context.rank($0), $0) < (context.rank($1), $1) }
        guard !floorOrder.isEmpty else { return nil }
        let groupsByFloor = Dictionary(grouping: roomGroups) { groups[$0].floorID! }
        let floorWork = floorOrder.map { floor in groupsByFloor[floor]!.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) } }
        let floorUnits = floorOrder.map { floor in groupsByFloor[floor]!.reduce(0) { $0 + groups[$1].count } }
        let floorBuilding = floorOrder.map { context.floorsByID[$0]?.buildingID }
        let sequence = roomCrew.sorted { lhs, rhs in
            let l = preferredFloors(lhs).map { context.rank($0) }.min() ?? Int.max
            let r = preferredFloors(rhs).map { context.rank($0) }.min() ?? Int.max
            return (l, crew[lhs].id) < (r, crew[rhs].id)
        }
        let capacity = sequence.map { crew[$0].paidMinutes * crew[$0].efficiency }
        // Per floor, the work only some may do, as the set of positions in the sequence who may do it.
        let position = Dictionary(uniqueKeysWithValues: sequence.enumerated().map { ($1, $0) })
        let skilledWork: [[Set<Int>]] = floorOrder.map { floor in
            groupsByFloor[floor]!.filter { groups[$0].eligible.count < roomCrew.count }
                .map { Set(groups[$0].eligible.compactMap { position[$0] }) }
        }

        // best[i][j]: the fewest pairs (then the lowest block ratio) covering the first i floors with the first
        // j attendants of the sequence; from[i][j] the block that ends there.
        let floorCount = floorOrder.count, crewCount = sequence.count
        var best = Array(repeating: Array(repeating: (pairs: Int.max, ratio: Double.infinity), count: crewCount + 1), count: floorCount + 1)
        var from = Array(repeating: Array(repeating: (i: 0, j: 0), count: crewCount + 1), count: floorCount + 1)
        best[0][0] = (0, 0)
        for i in 0..<floorCount {
            for j in 0..<crewCount where best[i][j].pairs != Int.max {
                var work = 0.0, units = 0
                for i2 in (i + 1)...min(floorCount, i + AssignmentEngine.blockFloorLimit) {
                    guard floorBuilding[i2 - 1] == floorBuilding[i] else { break }
                    work += floorWork[i2 - 1]
                    units += floorUnits[i2 - 1]
                    let travel = travelPerFloor * Double(i2 - i - 1)
                    var paid = 0.0
                    for j2 in (j + 1)...min(crewCount, j + AssignmentEngine.blockAttendantLimit) {
                        paid += capacity[j2 - 1]
                        guard j2 - j <= units else { break }
                        let ratio = (work + travel) / paid
                        guard ratio <= band else { continue }
                        let pairs = best[i][j].pairs + (j2 - j) + (i2 - i) - 1
                        let key = (pairs, max(best[i][j].ratio, ratio))
                        guard key < best[i2][j2] else { continue }
                        let qualified = skilledWork[i..<i2].allSatisfy { floor in
                            floor.allSatisfy { eligible in (j..<j2).contains(where: eligible.contains) }
                        }
                        if qualified { best[i2][j2] = key; from[i2][j2] = (i, j) }
                    }
                }
            }
        }
        guard best[floorCount][crewCount].pairs != Int.max else { return nil }
        var blocks: [(floors: Range<Int>, members: Range<Int>)] = []
        var at = (i: floorCount, j: crewCount)
        while at.i > 0 {
            let start = from[at.i][at.j]
            blocks.append((start.i..<at.i, start.j..<at.j))
            at = start
        }
        blocks.reverse()

        var plan = Plan(crew: crew.count, groups: groups.count)
        for block in blocks {
            let floors = Array(floorOrder[block.floors])
            guard sweep(floors, groupsByFloor, members: Array(sequence[block.members]), band: band, into: &plan) else { return nil }
        }
        // Public-area posts (their own cleaners), then the loads evened out, then deep cleans into spare capacity.
        for g in mandatory where !groups[g].isRoomTask || groups[g].floorID == nil {
            for _ in 0..<groups[g].count {
                guard let a = lightestTaker(g, plan) else { return nil }
                add(&plan, a, g)
            }
        }
        plan = improve(plan, budget: options.improvementMoves, newFloorsAbove: band)
        fillOptionalWork(&plan)
        return plan
    }

    /// Plans one block as the baseline does, but by minutes and skills: the block's attendants in turn take the
    /// floors' work in order, each up to what is left of the even share of everybody so far (the units that
    /// best fill it, work only some may do first). Work nobody on its floor may do goes to a qualified attendant
    /// of the block (else outside it) last. The sweep is tried both so and with skilled work placed first on
    /// the qualified attendant expected to reach its floor, and the better kept. The order of the attendants
    /// is then improved: while some floor's skilled work was left by the sweep, a qualified attendant trades
    /// places with one who worked that floor, when that keeps within the band, or gives fewer attendant ×
    /// floor pairs, or the same and a lower highest load.
    private func sweep(_ floors: [String], _ groupsByFloor: [String: [Int]], members: [Int], band: Double,
                       into plan: inout Plan) -> Bool {
        func score(_ result: (plan: Plan, deferred: [String])) -> (Int, Int, Double) {
            let highest = members.map { mandatoryRatio(result.plan, $0) }.max() ?? 0
            return (highest > band + 1e-9 ? 1 : 0, members.reduce(0) { $0 + result.plan.floors[$1].count }, highest)
        }
        var order = members
        // Skilled work placed first, on the qualified attendants the sweep will reach its floor with, or not.
        let starts = [true, false].compactMap { skilledFirst in
            sweepOnce(floors, groupsByFloor, order: order, skilledFirst: skilledFirst, into: plan).map { (skilledFirst, $0) }
        }
        guard let start = starts.min(by: { score($0.1) < score($1.1) }) else { return false }
        let skilledFirst = start.0
        var best = start.1
        var bestScore = score(best)
        var tries = 0
        while let floor = best.deferred.first, tries < 2 * members.count {
            tries += 1
            let onFloor = order.indices.filter { best.plan.floors[order[$0]].contains(floor) }
            let skilledWork = groupsByFloor[floor]!.filter { g in !members.allSatisfy(groups[g].eligible.contains) }
            let qualified = order.indices.filter { i in
                !onFloor.contains(i) && skilledWork.allSatisfy { groups[$0].eligible.contains(order[i]) }
            }
            var improved = false
            for i in onFloor {
                for j in qualified {
                    var trial = order
                    trial.swapAt(i, j)
                    guard let result = sweepOnce(floors, groupsByFloor, order: trial, skilledFirst: skilledFirst, into: plan) else { continue }
                    let trialScore = score(result)
                    if trialScore < bestScore { best = result; bestScore = trialScore; order = trial; improved = true }
                }
            }
            if !improved { break }
        }
        plan = best.plan
        return true
    }

    /// One sweep of a block in the given order of attendants; nil when some task has nobody who can take it.
    /// Also returns the floors with work the sweep left (skilled work its attendants there may not do).
    /// With `skilledFirst`, each unit of skilled work is first given to a qualified attendant whose even share
    /// overlaps its floor's work the most (else the nearest in the order), and the sweep fills in around it.
    private func sweepOnce(_ floors: [String], _ groupsByFloor: [String: [Int]], order: [Int], skilledFirst: Bool,
                           into plan: Plan) -> (plan: Plan, deferred: [String])? {
        var trial = plan
        var left: [Int: Int] = [:]
        var work = 0.0
        for floor in floors {
            for g in groupsByFloor[floor]! { left[g] = groups[g].count; work += groups[g].standardMinutes * Double(groups[g].count) }
        }
        let ratio = work / order.reduce(0.0) { $0 + crew[$1].paidMinutes * crew[$1].efficiency }
        let restricted = Set(left.keys.filter { g in !order.allSatisfy(groups[g].eligible.contains) })
        let allowance = departureAllowance()
        var shares: [Double] = []
        for a in order { shares.append((shares.last ?? 0) + crew[a].paidMinutes * crew[a].efficiency) }
        if skilledFirst {
            // The sweep's expected span of each attendant and floor, in minutes of the block's work.
            var floorStart = 0.0
            for floor in floors {
                let floorWork = groupsByFloor[floor]!.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) }
                let span = floorStart..<(floorStart + floorWork)
                floorStart = span.upperBound
                for g in groupsByFloor[floor]! where restricted.contains(g) {
                    for _ in 0..<left[g]! {
                        let takers = order.indices.filter { groups[g].eligible.contains(order[$0]) && fits(trial, order[$0], g) }
                        let key = { (p: Int) -> (Double, Double) in
                            let own = ratio * (p > 0 ? shares[p - 1] : 0)..<(ratio * shares[p])
                            let overlap = min(own.upperBound, span.upperBound) - max(own.lowerBound, span.lowerBound)
                            let distance = max(own.lowerBound - span.upperBound, span.lowerBound - own.upperBound, 0)
                            return (distance, -(overlap - trial.standardWork[order[p]]))
                        }
                        guard let p = takers.min(by: { key($0) < key($1) }) else { break }
                        add(&trial, order[p], g)
                        left[g]! -= 1
                    }
                }
            }
        }
        var position = 0
        var given = 0.0
        for floor in floors {
            while position < order.count {
                let open = groupsByFloor[floor]!.filter { left[$0]! > 0 }
                guard !open.isEmpty else { break }
                let a = order[position]
                let isLast = position == order.count - 1
                // What is left of the even share of everybody so far, so that rounding does not pile up at the end.
                let gap = ratio * shares[position] - (given + trial.standardWork[a])
                let mine = open.filter { groups[$0].eligible.contains(a) && fits(trial, a, $0) }
                // Skilled work first, no departure beyond the attendant's allowance, then the largest.
                let rank = { (g: Int) in
                    (restricted.contains(g) ? 1 : 0,
                     self.groups[g].isDeparture && Double(trial.departures[a]) + 1 > allowance[a] ? 0 : 1,
                     self.groups[g].standardMinutes, -g)
                }
                let chosen = isLast
                    ? mine.max { rank($0) < rank($1) }
                    : mine.filter { groups[$0].standardMinutes <= gap }.max { rank($0) < rank($1) }
                        ?? mine.filter { groups[$0].standardMinutes / 2 <= gap }.min { groups[$0].standardMinutes < groups[$1].standardMinutes }
                if let g = chosen {
                    add(&trial, a, g)
                    left[g]! -= 1
                } else if mine.isEmpty && gap > 0 && open.allSatisfy(restricted.contains) || isLast {
                    break  // only work this attendant may not do is left on the floor: leave it for later
                } else {
                    given += trial.standardWork[a]
                    position += 1
                }
            }
        }
        var deferred: [String] = []
        for (g, count) in left.sorted(by: { $0.key < $1.key }) where count > 0 {
            let floor = groups[g].floorID!
            for _ in 0..<count {
                var takers = order.filter { groups[g].eligible.contains($0) && fits(trial, $0, g) }
                if takers.isEmpty { takers = groups[g].eligible.filter { crew[$0].role == .roomAttendant && fits(trial, $0, g) } }
                let key = { (a: Int) in (trial.floors[a].contains(floor) ? 0 : 1, self.mandatoryRatio(trial, a), a) }
                guard let a = takers.min(by: { key($0) < key($1) }) else { return nil }
                if !deferred.contains(floor) { deferred.append(floor) }
                add(&trial, a, g)
            }
        }
        return (trial, deferred)
    }
}
