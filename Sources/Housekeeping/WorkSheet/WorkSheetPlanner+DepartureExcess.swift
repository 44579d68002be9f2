/// A descent on departures over the allowance, one of the two terms of the objective the bound counts as 0. The
/// departure-mix pass works on the attendant with the most departures for their share and stops when that one has
/// no swap; this one works on everybody over their allowance, and takes a move whenever the whole objective falls,
/// whatever term pays for it. It also takes away floors an attendant barely works, since the moves that
/// remove departures (and the deep cleans put into spare capacity before it) leave such floors behind. A departure
/// may also go to a colleague new to its floor, one attendant × floor pair for two points of departures over, but
/// only while the plan works no more floors per attendant than the usual method does (``usualFloorPairs(_:)``):
/// a plan the objective prefers that has the attendants on more floors than the incumbent method would be a step
/// back for them, and the planner's promise is fewer.
extension AssignmentEngine {
    /// The most tasks an attendant may have on a floor for the descent to try handing them all to colleagues there.
    static let thinFloorTasks = 2

    /// Lowers the objective of `start` while `budget` trial moves last (a count, not a time, so that the same input
    /// gives the same plan), taking the best move of each round:
    /// - a room attendant over their departure allowance gives a departure to one who works its floor, taking back
    ///   nothing, or one or two non-departure room tasks (of one group or of two) from them on a floor they work;
    /// - while the room attendants' pairs of mandatory work (``mandatoryFloorPairs(_:)``) are under `pairCeiling`,
    ///   such a departure may also go to a colleague new to its floor (in a building they already work), taking back
    ///   nothing or work on floors the giver works, and work back from a colleague on the floor may fall on a floor
    ///   new to the giver: one pair more;
    /// - a room attendant who works more than one floor gives all their tasks on one of them (up to
    ///   ``thinFloorTasks``, deep cleans too) to colleagues who work it, each task to the least loaded who may
    ///   take it: one attendant × floor pair less.
    ///
    /// No move takes those pairs above `pairCeiling` (nil: above the start's) or, when they are above it already,
    /// adds one; every move keeps skills, times and caps (``fits(_:_:_:)``); the objective decides.
    func lowerDepartureExcess(_ start: Plan, band: Double, budget: Int, pairCeiling: Int? = nil) -> Plan {
        var plan = start
        var budget = budget
        let roomCrew = paidRoomCrew
        let isRoomCrew = Set(roomCrew)
        let allowance = departureAllowance()
        let multipleBuildings = Set(groups.compactMap(\.buildingID)).count > 1
        let departureGroups = groups.indices.filter { groups[$0].isMandatory && groups[$0].isDeparture }
        let others = groups.indices.filter { groups[$0].isMandatory && groups[$0].isRoomTask && !groups[$0].isDeparture }
        guard roomCrew.count > 1 else { return plan }
        // Moves that add a pair are tried only while the plan is under the ceiling, and none is taken above it.
        let ceiling = pairCeiling ?? mandatoryFloorPairs(start)
        var pairs = mandatoryFloorPairs(plan)

        /// The objective's terms that a move between `members` can change: their departures over the allowance,
        /// floors and buildings, and the highest load (everybody's).
        func value(_ plan: Plan, _ members: [Int]) -> Double {
            var value = 0.0
            var highest = 0.0
            for a in roomCrew { highest = max(highest, mandatoryRatio(plan, a)) }
            for a in members {
                if allowance[a].isFinite {
                    value += AssignmentEngine.departureShareWeight * max(0, Double(plan.departures[a]) - allowance[a])
                }
                for floor in plan.floors[a] { value += floorCost(a, floor) }
                if multipleBuildings { value += AssignmentEngine.buildingWeight * Double(plan.buildings[a].count) }
            }
            return value + AssignmentEngine.overBandWeight * max(0, highest - band) + AssignmentEngine.loadRatioWeight * highest
        }

        while budget > 0 {
            var best: (plan: Plan, gain: Double)?
            func consider(_ trial: Plan, _ members: [Int]) {
                budget -= 1
                let trialPairs = pairs + members.reduce(0) { $0 + mandatoryFloors(trial, $1) - mandatoryFloors(plan, $1) }
                guard trialPairs <= max(ceiling, pairs) else { return }
                let gain = value(plan, members) - value(trial, members)
                if gain > 1e-9, best == nil || gain > best!.gain + 1e-9 { best = (trial, gain) }
            }
            for a in roomCrew where allowance[a].isFinite && Double(plan.departures[a]) > allowance[a] && budget > 0 {
                for g in departureGroups where plan.counts[a][g] > 0 {
                    guard let floor = groups[g].floorID else { continue }
                    let opening = pairs < ceiling
                    for b in groups[g].eligible where b != a && isRoomCrew.contains(b) && budget > 0 {
                        // A colleague new to the floor takes it as the one pair the move adds, in a building they
                        // work, so the work back must fall on floors the giver works.
                        let opensFloor = !plan.floors[b].contains(floor)
                        if opensFloor, !opening || groups[g].buildingID.map({ !plan.buildings[b].contains($0) }) ?? false { continue }
                        var given = plan
                        remove(&given, a, g)
                        guard fits(given, b, g) else { continue }
                        add(&given, b, g)
                        consider(given, [a, b])
                        // Work back: one or two tasks of one group, or one each of two groups.
                        let back = others.filter { h in
                            given.counts[b][h] > 0 && groups[h].eligible.contains(a)
                                && groups[h].floorID.map { (!opensFloor && opening) || given.floors[a].contains($0) } ?? false
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
                            if fitted { consider(trial, [a, b]) }
                        }
                    }
                }
            }
            for x in roomCrew where plan.floors[x].count > 1 && budget > 0 {
                for floor in plan.floors[x].sorted() where units(plan, x, onFloor: floor) <= AssignmentEngine.thinFloorTasks {
                    if let (trial, members) = handedOver(floor, of: x, plan, to: isRoomCrew) { consider(trial, members) }
                }
            }
            guard let chosen = best else { break }
            plan = chosen.plan
            pairs = mandatoryFloorPairs(plan)
        }
        return objectiveValue(plan, band: band) < objectiveValue(start, band: band) - 1e-9 ? plan : start
    }

    /// The most attendant × floor pairs of mandatory work (``mandatoryFloorPairs(_:)``) the room attendants of
    /// `plan` may have while their floors per attendant stay at most the usual method's (the baseline's: the day's
    /// credits shared evenly, floor by floor in room order), counted as the work sheet's summary counts both.
    func usualFloorPairs(_ plan: Plan) -> Int {
        let working = crew.indices.filter { crew[$0].role == .roomAttendant && mandatoryFloors(plan, $0) > 0 }.count
        let usual = SheetAssembler.baseline(tasks: tasks, crew: crew, context: context).floorsPerAttendantMean
        return Int((usual * Double(working) + 1e-9).rounded(.down))
    }

    /// The room attendants' attendant × floor pairs of mandatory work (a floor where someone has only deep cleans
    /// does not count, as in the work sheet's floors per attendant).
    func mandatoryFloorPairs(_ plan: Plan) -> Int {
        crew.indices.filter { crew[$0].role == .roomAttendant }.reduce(0) { $0 + mandatoryFloors(plan, $1) }
    }

    /// How many floors crew member `a` has mandatory work on in `plan`.
    func mandatoryFloors(_ plan: Plan, _ a: Int) -> Int {
        var floors = Set<String>()
        for g in groups.indices where plan.counts[a][g] > 0 && groups[g].isMandatory {
            if let floor = groups[g].floorID { floors.insert(floor) }
        }
        return floors.count
    }

    /// `plan` with every task `x` has on `floor` given to colleagues in `colleagues` who work that floor, each to the
    /// least loaded (then the first in crew order) who may take it, and the attendants involved (x first); nil when
    /// some task has no such taker.
    private func handedOver(_ floor: String, of x: Int, _ plan: Plan, to colleagues: Set<Int>) -> (Plan, [Int])? {
        var trial = plan
        var members = [x]
        for g in groups.indices where trial.counts[x][g] > 0 && groups[g].floorID == floor {
            while trial.counts[x][g] > 0 {
                let takers = groups[g].eligible.filter { b in
                    b != x && colleagues.contains(b) && trial.floors[b].contains(floor) && fits(trial, b, g)
                }
                guard let b = takers.min(by: { (mandatoryRatio(trial, $0), $0) < (mandatoryRatio(trial, $1), $1) }) else { return nil }
                remove(&trial, x, g)
                add(&trial, b, g)
                if !members.contains(b) { members.append(b) }
            }
        }
        return (trial, members)
    }
}
