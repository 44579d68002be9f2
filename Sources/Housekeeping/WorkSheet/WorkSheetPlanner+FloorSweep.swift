/// Filling one floor block: the sweep that gives each attendant their even share floor by floor, the order of
/// the block's attendants that lets qualified attendants cover restricted work, and the evening out of loads.
extension AssignmentEngine {
    /// Plans one block as the baseline does, but by minutes and skills: the block's attendants in turn take the
    /// floors' work in order, each up to what is left of the even share of everybody so far (the units that
    /// best fill it, work only some may do first). Work nobody on its floor may do goes to a qualified attendant
    /// of the block (else outside it) last. The sweep is tried both so and with skilled work placed first on
    /// the qualified attendant expected to reach its floor, and the better kept. The order of the attendants
    /// is then improved: while some floor's skilled work was left by the sweep, a qualified attendant trades
    /// places with one who worked that floor, when that keeps within the band, or gives fewer attendant ×
    /// floor pairs, or the same and a lower highest load.
    func sweep(_ floors: [String], _ groupsByFloor: [String: [Int]], members: [Int], band: Double,
                       into plan: inout Plan) -> Bool {
        func score(_ result: (plan: Plan, deferred: [String])) -> (Int, Int, Double) {
            let highest = members.map { mandatoryRatio(result.plan, $0) }.max() ?? 0
            return (highest > band + 1e-9 ? 1 : 0, members.reduce(0) { $0 + result.plan.floors[$1].count }, highest)
        }
        var order = members
        let groupsOfBlock = floors.flatMap { groupsByFloor[$0]! }
        // Candidates: the home-floor order and the order that puts qualified attendants where skilled work is;
        // each swept with skilled work placed first or not, then evened out within the block, and scored by
        // the block's pairs after that (not before: evening out can open floors).
        var candidates: [(order: [Int], skilledFirst: Bool, result: (plan: Plan, deferred: [String]))] = []
        var orders = [members]
        let covering = coveringOrder(floors, groupsByFloor, members: members, band: band).order
        if covering != members { orders.append(covering) }
        for candidateOrder in orders {
            for skilledFirst in [true, false] {
                guard var result = sweepOnce(floors, groupsByFloor, order: candidateOrder, skilledFirst: skilledFirst, band: band, into: plan) else { continue }
                evenOut(&result.plan, members: members, groupsOfBlock: groupsOfBlock, band: band)
                candidates.append((candidateOrder, skilledFirst, result))
            }
            // With `staircaseFill`, the staircase in the last order (the covering one, when it differs) too.
            if staircaseFill, candidateOrder == orders.last, var result = staircase(floors, groupsByFloor, order: candidateOrder, band: band, into: plan) {
                evenOut(&result.plan, members: members, groupsOfBlock: groupsOfBlock, band: band)
                candidates.append((candidateOrder, true, result))
            }
        }
        guard let start = candidates.min(by: { score($0.result) < score($1.result) }) else { return false }
        order = start.order
        let skilledFirst = start.skilledFirst
        let startResult = start.result
        var best = startResult
        var bestScore = score(best)
        var tries = 0
        while let floor = best.deferred.first, tries < 2 * members.count {
            tries += 1
            let onFloor = order.indices.filter { best.plan.floors[order[$0]].contains(floor) }
            let skilledWork = groupsByFloor[floor]!.filter { g in !members.allSatisfy { mayDo($0, g) } }
            let qualified = order.indices.filter { i in
                !onFloor.contains(i) && skilledWork.allSatisfy { mayDo(order[i], $0) }
            }
            var improved = false
            for i in onFloor {
                for j in qualified {
                    var trial = order
                    trial.swapAt(i, j)
                    guard var result = sweepOnce(floors, groupsByFloor, order: trial, skilledFirst: skilledFirst, band: band, into: plan) else { continue }
                    evenOut(&result.plan, members: members, groupsOfBlock: groupsOfBlock, band: band)
                    let trialScore = score(result)
                    if trialScore < bestScore { best = result; bestScore = trialScore; order = trial; improved = true }
                }
            }
            if !improved { break }
        }
        // Still above the band after evening out: try the order with two near attendants traded, both sweeps.
        if bestScore.0 == 1 {
            let base = order
            search: for i in base.indices {
                for j in base.indices where j > i && j - i <= 3 {
                    var trial = base
                    trial.swapAt(i, j)
                    for first in [skilledFirst, !skilledFirst] {
                        guard var result = sweepOnce(floors, groupsByFloor, order: trial, skilledFirst: first, band: band, into: plan) else { continue }
                        evenOut(&result.plan, members: members, groupsOfBlock: groupsOfBlock, band: band)
                        let trialScore = score(result)
                        if trialScore < bestScore { best = result; bestScore = trialScore }
                    }
                    if bestScore.0 == 0 && bestScore.1 <= members.count + floors.count - 1 { break search }
                }
            }
        }
        plan = best.plan
        return true
    }

    /// An order of the block's attendants in which every floor's restricted work (work only some of them may
    /// do, such as suites) falls inside the even-share span of attendants who may do it: the attendants are laid
    /// out along the block's work in home-floor order, but a qualified attendant is placed as late as possible
    /// while the floor's restricted work can still fall within their span, so that one qualified attendant
    /// straddles two floors and covers both.
    func coveringOrder(_ floors: [String], _ groupsByFloor: [String: [Int]], members: [Int], band: Double) -> (order: [Int], uncovered: Int) {
        let floorGroups = floors.map { groupsByFloor[$0]! }
        let work = floorGroups.map { $0.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) } }
        return coveringOrder(floorGroups[...], work: work[...], members: members[...], band: band)
    }

    /// ``coveringOrder(_:_:members:band:)`` on the floor block's work (standard minutes per floor, summed over
    /// the floor's groups in their order) and, per floor, its groups in that order or only those of them that
    /// not every member may do (`floorGroups`), as slices of the whole layout's, so that the floor-block cut tries
    /// its many blocks without building them.
    func coveringOrder(_ floorGroups: ArraySlice<[Int]>, work: ArraySlice<Double>, members: ArraySlice<Int>,
                       band: Double) -> (order: [Int], uncovered: Int) {
        let restricted = floorGroups.map { floor in floor.filter { g in !members.allSatisfy { mayDo($0, g) } } }
        // No work only some of the members may do: the order stays as it is (the search below would keep it).
        guard restricted.contains(where: { !$0.isEmpty }) else { return (Array(members), 0) }
        let members = Array(members), work = Array(work)
        let floorCount = work.count
        let capacity = members.map { crew[$0].paidMinutes * crew[$0].efficiency }
        let total = work.reduce(0, +), paid = capacity.reduce(0, +)
        guard total > 0, paid > 0 else { return (members, 0) }
        let ratio = fillRatio(total / paid, band: band)
        var ends: [Double] = []
        for w in work { ends.append((ends.last ?? 0) + w) }
        var need = restricted.map { $0.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) } }
        // Whether the member at place p may do all the restricted work of floor f, at [p * floorCount + f].
        var qualifiedTable: [Bool] = []
        qualifiedTable.reserveCapacity(members.count * floorCount)
        for a in members { for floor in restricted { qualifiedTable.append(floor.allSatisfy { mayDo(a, $0) }) } }
        func qualified(_ p: Int, _ f: Int) -> Bool { qualifiedTable[p * floorCount + f] }
        var pool = Array(members.indices)
        var order: [Int] = []
        var x = 0.0
        while !pool.isEmpty {
            let j = ends.firstIndex { $0 > x + 1e-9 } ?? (floorCount - 1)
            // Would the next attendant, if not qualified here, jump over restricted work that then nobody covers?
            func leavesUncovered(_ p: Int) -> Bool {
                let end = x + ratio * capacity[p]
                var f = j
                while f < floorCount {
                    let coveredByP = qualified(p, f)
                    if ends[f] <= end + 1e-9 {
                        if need[f] > 1e-9 && !coveredByP { return true }
                    } else {
                        // The floor goes on past this attendant: what is left of it must still hold its need.
                        let after = ends[f] - max(end, f > 0 ? ends[f - 1] : 0)
                        let left = coveredByP ? need[f] - (end - max(x, f > 0 ? ends[f - 1] : 0)) : need[f]
                        if left > after + 1e-9 { return true }
                        break
                    }
                    f += 1
                }
                return false
            }
            // Prefer, in home order, someone who does not waste a qualification; else a qualified attendant
            // that covers the current floor (and the next, when their span reaches it).
            let restrictedAhead = need[j...].contains { $0 > 1e-9 }
            let plain = pool.first { p in !restrictedAhead || !(j..<floorCount).contains { qualified(p, $0) && need[$0] > 1e-9 } }
            var chosen: Int
            if let p = plain, !leavesUncovered(p) {
                chosen = p
            } else if let p = pool.first(where: { !leavesUncovered($0) }) {
                chosen = p
            } else {
                chosen = pool.max { a, b in
                    let ka = (j..<floorCount).filter { qualified(a, $0) && need[$0] > 1e-9 }.count
                    let kb = (j..<floorCount).filter { qualified(b, $0) && need[$0] > 1e-9 }.count
                    return (ka, -a) < (kb, -b)
                }!
            }
            let end = x + ratio * capacity[chosen]
            for f in j..<floorCount where qualified(chosen, f) {
                let start = max(x, f > 0 ? ends[f - 1] : 0)
                guard start < end else { break }
                need[f] = max(0, need[f] - (min(end, ends[f]) - start))
            }
            order.append(members[chosen])
            pool.removeAll { $0 == chosen }
            x = end
        }
        return (order, need.filter { $0 > 1e-9 }.count)
    }

    /// Evens out a block's loads without opening floors: while a member is above the band, one task moves to
    /// (or is swapped with a smaller one of) another member already on that floor who stays within the band.
    func evenOut(_ plan: inout Plan, members: [Int], groupsOfBlock: [Int], band: Double) {
        var rounds = 0
        while rounds < 40 * members.count {
            rounds += 1
            guard let top = members.max(by: { (mandatoryRatio(plan, $0), -$0) < (mandatoryRatio(plan, $1), -$1) }) else { return }
            let topRatio = mandatoryRatio(plan, top)
            guard topRatio > band + 1e-9 else { return }
            var bestMove: (g: Int, b: Int, h: Int?, ratio: Double)?
            // Tries g from top to b (and h from b to top, when given), keeps it as the best move when it lowers the
            // higher of the two ratios the most, and puts the plan back.
            func consider(_ g: Int, to b: Int, takingBack h: Int?) {
                remove(&plan, top, g)
                if let h { remove(&plan, b, h) }
                if fits(plan, b, g) {
                    add(&plan, b, g)
                    if h.map({ fits(plan, top, $0) }) ?? true {
                        if let h { add(&plan, top, h) }
                        let worst = max(mandatoryRatio(plan, top), mandatoryRatio(plan, b))
                        if worst < topRatio - 1e-9, bestMove == nil || worst < bestMove!.ratio { bestMove = (g, b, h, worst) }
                        if let h { remove(&plan, top, h) }
                    }
                    remove(&plan, b, g)
                }
                if let h { add(&plan, b, h) }
                add(&plan, top, g)
            }
            for g in groupsOfBlock where plan.counts[top][g] > 0 && groups[g].isMandatory && groups[g].isRoomTask {
                guard let floor = groups[g].floorID else { continue }
                for b in members where b != top && plan.floors[b].contains(floor) && mayDo(b, g) {
                    consider(g, to: b, takingBack: nil)
                    // Swap for a smaller task of b on a floor top already works.
                    for h in groupsOfBlock where plan.counts[b][h] > 0 && groups[h].isMandatory && groups[h].isRoomTask
                        && groups[h].standardMinutes < groups[g].standardMinutes && mayDo(top, h)
                        && plan.floors[top].contains(groups[h].floorID ?? "") {
                        consider(g, to: b, takingBack: h)
                    }
                }
            }
            guard let move = bestMove else {
                return
            }
            remove(&plan, top, move.g)
            add(&plan, move.b, move.g)
            if let h = move.h { remove(&plan, move.b, h); add(&plan, top, h) }
        }
    }

    /// One sweep of a block in the given order of attendants; nil when some task has nobody who can take it.
    /// Also returns the floors with work the sweep left (skilled work its attendants there may not do).
    /// With `skilledFirst`, each unit of skilled work is first given to a qualified attendant whose even share
    /// overlaps its floor's work the most (else the nearest in the order), and the sweep fills in around it.
    func sweepOnce(_ floors: [String], _ groupsByFloor: [String: [Int]], order: [Int], skilledFirst: Bool,
                           band: Double, into plan: Plan) -> (plan: Plan, deferred: [String])? {
        var trial = plan
        var left: [Int: Int] = [:]
        var work = 0.0
        for floor in floors {
            for g in groupsByFloor[floor]! { left[g] = groups[g].count; work += groups[g].standardMinutes * Double(groups[g].count) }
        }
        let restricted = Set(left.keys.filter { g in !order.allSatisfy { mayDo($0, g) } })
        let allowance = departureAllowance()
        // Where each attendant's share of the block's work ends, in the sweep's order (a share is smaller for an
        // attendant with deep cleans reserved: ``fillTargets(_:work:plan:ratio:)``).
        var shares: [Double] = []
        for target in fillTargets(order, work: work, plan: plan, ratio: { fillRatio($0, band: band) }).targets {
            shares.append((shares.last ?? 0) + target)
        }
        if skilledFirst {
            // The sweep's expected span of each attendant and floor, in minutes of the block's work.
            var floorStart = 0.0
            for floor in floors {
                let floorWork = groupsByFloor[floor]!.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) }
                let span = floorStart..<(floorStart + floorWork)
                floorStart = span.upperBound
                for g in groupsByFloor[floor]! where restricted.contains(g) {
                    for _ in 0..<left[g]! {
                        let takers = order.indices.filter { mayDo(order[$0], g) && fits(trial, order[$0], g) }
                        let key = { (p: Int) -> (Double, Double) in
                            let own = (p > 0 ? shares[p - 1] : 0)..<shares[p]
                            let overlap = min(own.upperBound, span.upperBound) - max(own.lowerBound, span.lowerBound)
                            let distance = max(own.lowerBound - span.upperBound, span.lowerBound - own.upperBound, 0)
                            return (distance, -(overlap - mandatoryStandardWork(trial, order[p])))
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
                let gap = shares[position] - (given + mandatoryStandardWork(trial, a))
                let mine = open.filter { g in
                    guard mayDo(a, g), fits(trial, a, g) else { return false }
                    // Nobody but the block's last attendant goes above the band (travel included).
                    guard !isLast else { return true }
                    let floorChange = groups[g].floorID.map { !trial.floors[a].contains($0) && !trial.floors[a].isEmpty } ?? false
                    let load = trial.mandatoryWork[a] + groups[g].standardMinutes / crew[a].efficiency + travel(trial, a)
                        + (floorChange ? travelPerFloor : 0)
                    return load <= band * crew[a].paidMinutes + 1e-9
                }
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
                    given += mandatoryStandardWork(trial, a)
                    position += 1
                }
            }
        }
        guard let deferred = placeLeftOver(left, order: order, into: &trial) else { return nil }
        return (trial, deferred)
    }

    /// Places the tasks a fill left (`left`: count by group), each with a qualified attendant of the block
    /// (`order`) — else a qualified room attendant outside it — who already works its floor, else the least
    /// loaded. Returns the floors of the tasks so placed, or nil when some task has nobody who can take it.
    func placeLeftOver(_ left: [Int: Int], order: [Int], into trial: inout Plan) -> [String]? {
        var deferred: [String] = []
        for (g, count) in left.sorted(by: { $0.key < $1.key }) where count > 0 {
            let floor = groups[g].floorID!
            for _ in 0..<count {
                var takers = order.filter { mayDo($0, g) && fits(trial, $0, g) }
                if takers.isEmpty { takers = groups[g].eligible.filter { crew[$0].role == .roomAttendant && fits(trial, $0, g) } }
                let plan = trial
                let key = { (a: Int) in (plan.floors[a].contains(floor) ? 0 : 1, self.mandatoryRatio(plan, a), a) }
                guard let a = takers.min(by: { key($0) < key($1) }) else { return nil }
                if !deferred.contains(floor) { deferred.append(floor) }
                add(&trial, a, g)
            }
        }
        return deferred
    }
}
