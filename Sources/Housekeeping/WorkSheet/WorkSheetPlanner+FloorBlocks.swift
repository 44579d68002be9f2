/// A compact starting plan by floor blocks: the floors (in building and level order) and the room attendants
/// (in home-floor order) are cut together into blocks — a few consecutive floors worked by their own few
/// attendants, nobody crossing into another block. A block of k attendants on m floors needs at least
/// k + m − 1 attendant × floor pairs, so the fewest pairs come from the most blocks; a dynamic programme picks
/// the cuts, allowing a block only when its work fits within the fairness band of its attendants' paid minutes
/// and every task in it has a qualified attendant in it, and charging a pair more for each floor whose
/// restricted work (suites) no order of the block's attendants lets fall within a qualified attendant's span
/// (``coveringOrder(_:_:members:band:)``). With up to 60 room attendants the sequence the cut works on is
/// improved by trading attendants of different kinds. Each block is then filled by a sweep, the loads are
/// evened out by moves between attendants on the same floor, and deep cleans fill the spare capacity.
///
/// The OPERA-style baseline fills attendants floor by floor too, but cuts wherever the even share ends, which
/// almost never falls on a floor boundary: it has one block, and is unfair because the share is by credits.
extension AssignmentEngine {
    /// The load ratio a block's sweep fills its attendants to: the block's even ratio, or (with `fillShare` > 0)
    /// that share of the way up to the band, so that the rounding to whole tasks does not pile up above the band
    /// on the block's last attendant.
    func fillRatio(_ even: Double, band: Double) -> Double { even + max(0, band - even) * fillShare }

    /// The most room attendants for which the block plans are also filled without deep cleans reserved.
    static let bothReservationsAttendantLimit = 40
    /// The most room attendants for which the block plans reserve deep cleans before the fill.
    static let reservationAttendantLimit = 60

    /// Limits of the dynamic programme: the most floors and attendants one block may have.
    static let blockFloorLimit = 8
    static let blockAttendantLimit = 16
    /// How many trades of two attendants in the sequence the floor-block cut may try (up to 60 attendants).
    static let sequenceTrades = 150
    /// How many block coverings (the check that a block's suites fall within qualified attendants' spans) those
    /// trades may compute in all: a count, not a time, so that the same input gives the same plan.
    static let sequenceTradeCoverings = 30_000

    /// The highest load ratio of a perfectly even day with no travel: the mandatory standard minutes the room
    /// attendants may do ÷ their paid minutes × efficiency. No plan that does all mandatory work has its
    /// busiest room attendant below this.
    func evenLoadRatio() -> Double {
        let roomCrew = Set(paidRoomCrew)
        let capacity = roomCrew.reduce(0.0) { $0 + crew[$1].paidMinutes * crew[$1].efficiency }
        let work = groups.filter { $0.isMandatory && $0.eligible.contains(where: roomCrew.contains) }
            .reduce(0.0) { $0 + $1.standardMinutes * Double($1.count) }
        return capacity > 0 ? work / capacity : 0
    }

    /// The floor-block plan, or nil when it does not apply (room attendants with public-area work, work the
    /// blocks cannot place) — the caller then keeps the greedy plan. `band` is the highest load ratio a block
    /// may have on average.
    func floorBlockPlan(band: Double, fillShares: [Double] = [0.5]) -> Plan? {
        guard let layout = floorLayout() else { return nil }
        let roomCrew = layout.roomCrew, floorOrder = layout.floorOrder, groupsByFloor = layout.groupsByFloor
        let floorWork = floorOrder.map { floor in groupsByFloor[floor]!.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) } }
        // Per floor, the groups not every room attendant may do: the only ones a block's covering has to place.
        let floorSkilledGroups = floorOrder.map { floor in groupsByFloor[floor]!.filter { g in !roomCrew.allSatisfy { mayDo($0, g) } } }
        let floorUnits = floorOrder.map { floor in groupsByFloor[floor]!.reduce(0) { $0 + groups[$1].count } }
        let floorBuilding = floorOrder.map { context.floorsByID[$0]?.buildingID }
        let homeSequence = homeOrder(roomCrew)
        let floorCount = floorOrder.count, crewCount = homeSequence.count
        // best[i][j]: the fewest pairs (then the lowest block ratio) covering the first i floors with the first
        // j attendants of the sequence; from[i][j] the block that ends there. A block whose restricted work (suites)
        // cannot all fall within the spans of attendants who may do it, in the best order of its attendants,
        // costs a pair more per such floor (the sweep will have to cross there).
        // The uncovered floors of each block (floors i..<i + di, attendants j..<j + dj of the current sequence),
        // computed when first needed; a trial trade of positions p and q recomputes the blocks that hold them.
        let floorSpan = AssignmentEngine.blockFloorLimit + 1, crewSpan = AssignmentEngine.blockAttendantLimit + 1
        var uncoveredCache = [Int16](repeating: -1, count: floorCount * floorSpan * crewCount * crewSpan)
        func cacheIndex(_ i: Int, _ di: Int, _ j: Int, _ dj: Int) -> Int { ((i * floorSpan + di) * crewCount + j) * crewSpan + dj }
        var tradeCoverings = 0
        func cut(_ sequence: [Int], traded: (Int, Int)? = nil) -> (pairs: Int, ratio: Double, blocks: [(floors: Range<Int>, members: Range<Int>)])? {
            let capacity = sequence.map { crew[$0].paidMinutes * crew[$0].efficiency }
            // Per floor, per group of work not everybody may do: whether the attendant at each place of the sequence may.
            let skilledWork: [[[Bool]]] = floorOrder.map { floor in
                groupsByFloor[floor]!.filter { groups[$0].eligible.count < roomCrew.count }
                    .map { g in sequence.map { mayDo($0, g) } }
            }
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
                                floor.allSatisfy { eligible in (j..<j2).contains { eligible[$0] } }
                            }
                            guard qualified else { continue }
                            let index = cacheIndex(i, i2 - i, j, j2 - j)
                            let holdsTrade = traded.map { (j..<j2).contains($0.0) || (j..<j2).contains($0.1) } ?? false
                            let uncovered: Int
                            if !holdsTrade, uncoveredCache[index] >= 0 {
                                uncovered = Int(uncoveredCache[index])
                            } else {
                                uncovered = coveringOrder(floorSkilledGroups[i..<i2], work: floorWork[i..<i2], members: sequence[j..<j2], band: band).uncovered
                                if !holdsTrade { uncoveredCache[index] = Int16(uncovered) }
                                if traded != nil { tradeCoverings += 1 }
                            }
                            let penalised = (pairs + uncovered, key.1)
                            if penalised < best[i2][j2] { best[i2][j2] = penalised; from[i2][j2] = (i, j) }
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
            return (best[floorCount][crewCount].pairs, best[floorCount][crewCount].ratio, Array(blocks.reversed()))
        }
        var sequence = homeSequence
        guard var chosen = cut(sequence) else { return nil }
        // With up to 60 room attendants, trade attendants of different kinds (capacity, skills, shift) between places in the
        // sequence while that lets the cut use fewer pairs: the home-floor order is only a starting point.
        if crewCount <= 60 {
            struct Kind: Hashable { var capacity: Double; var skills: [String]; var shift: String }
            let kind = { (a: Int) in Kind(capacity: self.crew[a].paidMinutes * self.crew[a].efficiency,
                                          skills: self.crew[a].staff.skills.map(\.rawValue).sorted(), shift: self.crew[a].shift.id) }
            var evaluations = 0
            var improved = true
            while improved, evaluations < AssignmentEngine.sequenceTrades, tradeCoverings < AssignmentEngine.sequenceTradeCoverings {
                improved = false
                search: for p in 0..<crewCount {
                    for q in (p + 1)..<min(crewCount, p + AssignmentEngine.blockAttendantLimit + 1) where kind(sequence[p]) != kind(sequence[q]) {
                        evaluations += 1
                        var trial = sequence
                        trial.swapAt(p, q)
                        if let result = cut(trial, traded: (p, q)), (result.pairs, result.ratio) < (chosen.pairs, chosen.ratio) {
                            sequence = trial
                            chosen = result
                            improved = true
                            // Forget the blocks that hold the traded attendants.
                            for i in 0..<floorCount {
                                for di in 1..<floorSpan {
                                    for j in max(0, p - crewSpan)..<min(crewCount, q + 1) {
                                        for dj in 1..<crewSpan where (j..<(j + dj)).contains(p) || (j..<(j + dj)).contains(q) {
                                            uncoveredCache[cacheIndex(i, di, j, dj)] = -1
                                        }
                                    }
                                }
                            }
                            break search
                        }
                        if evaluations >= AssignmentEngine.sequenceTrades || tradeCoverings >= AssignmentEngine.sequenceTradeCoverings { break search }
                    }
                }
            }
        }
        return sweptPlan(chosen.blocks.map { (Array(floorOrder[$0.floors]), Array(sequence[$0.members])) }, layout,
                         band: band, fillShares: fillShares)
    }

    /// The day's mandatory work as the floor plans (blocks, components) share it out, or nil when they do not
    /// apply: fewer than two room attendants, no room work on floors, or room attendants with public-area work
    /// (the greedy plan then stands).
    struct FloorLayout {
        /// Room attendants with paid minutes.
        var roomCrew: [Int]
        /// The mandatory groups.
        var mandatory: [Int]
        /// The floors with mandatory room work, in building and level order.
        var floorOrder: [String]
        /// The mandatory room groups of each floor.
        var groupsByFloor: [String: [Int]]
    }

    func floorLayout() -> FloorLayout? {
        let roomCrew = paidRoomCrew
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
        return FloorLayout(roomCrew: roomCrew, mandatory: mandatory, floorOrder: floorOrder,
                           groupsByFloor: Dictionary(grouping: roomGroups) { groups[$0].floorID! })
    }

    /// Attendants in home-floor order: by their lowest home or yesterday's floor (building and level), then id.
    func homeOrder(_ members: [Int]) -> [Int] {
        members.sorted { lhs, rhs in
            let l = preferredFloors(lhs).map { context.rank($0) }.min() ?? Int.max
            let r = preferredFloors(rhs).map { context.rank($0) }.min() ?? Int.max
            return (l, crew[lhs].id) < (r, crew[rhs].id)
        }
    }

    /// A plan from blocks of floors, each worked by its own attendants: each block swept (at each fill share, with
    /// and without the block's deep cleans reserved first),
    /// public-area posts given to their cleaners, the loads evened out by the local search and deep cleans put
    /// into spare capacity; the best plan by the objective is kept. Nil when no sweep places every task.
    func sweptPlan(_ blocks: [(floors: [String], members: [Int])], _ layout: FloorLayout, band: Double,
                   fillShares: [Double]) -> Plan? {
        var kept: (plan: Plan, value: Double)?
        // Each fill share without and with the deep cleans reserved before each block's fill (``reserveOptionalWork``)
        // up to ``bothReservationsAttendantLimit`` room attendants; only with them up to ``reservationAttendantLimit``
        // (both cost too much time there: 2.9 s at 1,000 rooms); only without above it (3,000 rooms: 817.25 with them
        // against 816.00, one run).
        let count = layout.roomCrew.count
        let reservations = count <= AssignmentEngine.bothReservationsAttendantLimit ? [false, true]
            : count <= AssignmentEngine.reservationAttendantLimit ? [true] : [false]
        shares: for (share, reserving) in fillShares.flatMap({ share in reservations.map { (share, $0) } }) {
            var engine = self
            engine.fillShare = share
            var plan = Plan(crew: crew.count, groups: groups.count)
            for block in blocks {
                if reserving {
                    engine.reserveOptionalWork(block.floors, layout.groupsByFloor, members: block.members, band: band, into: &plan)
                }
                guard engine.sweep(block.floors, layout.groupsByFloor, members: block.members, band: band, into: &plan) else { continue shares }
            }
            // Public-area posts (their own cleaners), then the loads evened out, then deep cleans into spare capacity.
            for g in layout.mandatory where !groups[g].isRoomTask || groups[g].floorID == nil {
                for _ in 0..<groups[g].count {
                    guard let a = lightestTaker(g, plan) else { continue shares }
                    add(&plan, a, g)
                }
            }
            plan = improve(plan, budget: options.improvementMoves, newFloorsAbove: band)
            fillOptionalWork(&plan, band: band)
            let value = objectiveValue(plan, band: band)
            if kept == nil || value < kept!.value - 1e-9 { kept = (plan, value) }
        }
        return kept?.plan
    }
}
