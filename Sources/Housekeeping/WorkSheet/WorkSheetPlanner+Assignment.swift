import Optimization

/// Identical work: tasks on one floor of one kind, room type, priority, skills and set of attendants who may
/// do them. The model decides integer counts per group and attendant; rooms are given out afterwards.
struct WorkGroup: Sendable {
    var floorID: String?
    var buildingID: String?
    var kind: HousekeepingTask.Kind
    var standardMinutes: Double
    var credits: Double
    var areaSquareMetres: Double
    var isMandatory: Bool
    var severity: Int
    var isRoomTask: Bool
    var isDeparture: Bool
    /// Crew indices who may do these tasks.
    var eligible: [Int]
    /// Tasks (indices into the task list), in the order they are given out: ready-by first, then room number.
    var taskIndices: [Int]
    var count: Int { taskIndices.count }
}

/// The outcome of the assignment: who does which task, what is left undone, and how it was solved.
struct AssignmentResult: Sendable {
    struct Load: Sendable {
        var ratio: Double
    }
    /// Task indices per crew index (unordered).
    var tasksByCrew: [[Int]]
    var undone: [UndoneTask]
    /// Planned travel minutes per crew index (floors − 1 and buildings − 1 changes).
    var travelByCrew: [Double]
    var loads: [Load]
    var report: SolverReport
}

/// Builds the aggregated model, the greedy starting plan, solves with GLPK and gives the rooms out.
struct AssignmentEngine {
    let context: PlanningContext
    let tasks: [HousekeepingTask]
    let crew: [CrewMember]
    let options: WorkSheetOptions

    // Objective weights, in order of importance (see WorkSheetPlanner's documentation).
    static let undoneWeight = 10_000.0
    /// Per unit of the highest load ratio above the fairness band (the even ratio × (1 + tolerance)).
    static let overBandWeight = 1_000.0
    /// Per unit of the highest load ratio: one floor (weight 1) is worth 0.01 of it, about five minutes of an
    /// eight-hour shift — the minutes a floor change costs.
    static let loadRatioWeight = 100.0
    static let departureShareWeight = 2.0
    static let deepCleanWeight = 5.0
    static let floorWeight = 1.0
    static let buildingWeight = 3.0
    static let awayFromHomeWeight = 0.25

    private(set) var groups: [WorkGroup] = []
    /// How far up from a block's even ratio towards the band the floor-block sweep fills each attendant (0…1).
    var fillShare = 0.5
    /// Tasks nobody on duty may do, with the reason.
    private(set) var impossible: [Int: UndoneTask.Reason] = [:]
    /// The assignment before the last pass mixed departures, when that pass changed anything (the planner keeps
    /// it instead when the mixed lists would miss more ready-by times or run later past the end of a shift).
    private(set) var unmixed: AssignmentResult?

    init(context: PlanningContext, tasks: [HousekeepingTask], crew: [CrewMember], options: WorkSheetOptions) {
        self.context = context
        self.tasks = tasks
        self.crew = crew
        self.options = options
    }

    var travelPerFloor: Double { max(0, context.property.standards.travelMinutesPerFloorChange) }
    var travelPerBuilding: Double { max(0, context.property.standards.travelMinutesPerBuildingChange) }
    var caps: AttendantCaps { context.property.standards.caps }

    /// Whether crew member `member` may do `task` at all (role, skill, time).
    func eligibility(_ task: HousekeepingTask, _ member: CrewMember, publicAreaCleanersOnDuty: Bool) -> (skill: Bool, time: Bool) {
        if task.kind == .publicArea {
            guard member.role == (publicAreaCleanersOnDuty ? .publicAreaCleaner : .roomAttendant) else { return (false, false) }
        } else if member.role != .roomAttendant {
            return (false, false)
        }
        let skill = member.has(task.requiredSkills)
        let minutes = task.minutes(atEfficiency: member.efficiency)
        let earliest = Double(max(member.startMinute, task.earliestStart?.minutesAfterMidnight ?? 0))
        var time = earliest + minutes <= Double(member.endMinute) + 0.001
        if let ready = task.readyBy { time = time && Double(member.startMinute) + minutes <= Double(ready.minutesAfterMidnight) + 0.001 }
        if task.kind == .publicArea, let at = task.earliestStart {
            time = member.startMinute <= at.minutesAfterMidnight && at.minutesAfterMidnight + Int(minutes.rounded(.up)) <= member.endMinute
        }
        return (skill, time)
    }

    mutating func buildGroups() {
        let publicCleaners = crew.contains { $0.role == .publicAreaCleaner }
        struct Key: Hashable {
            var floor: String?
            var kind: HousekeepingTask.Kind
            var type: String?
            var priority: HousekeepingTask.Priority
            var severity: Int
            var minutes: Double
            var credits: Double
            var area: Double
            var post: String?
            var eligible: [Int]
        }
        var index: [Key: Int] = [:]
        var built: [WorkGroup] = []
        for (taskIndex, task) in tasks.enumerated() {
            var eligible: [Int] = []
            var anySkill = false
            for (memberIndex, member) in crew.enumerated() {
                let check = eligibility(task, member, publicAreaCleanersOnDuty: publicCleaners)
                if check.skill { anySkill = true }
                if check.skill && check.time { eligible.append(memberIndex) }
            }
            if eligible.isEmpty {
                impossible[taskIndex] = anySkill ? .noAttendantInTime : .noQualifiedAttendant
                continue
            }
            let key = Key(floor: task.floorID, kind: task.kind, type: task.roomTypeID, priority: task.priority,
                          severity: task.undoneSeverity, minutes: task.standardMinutes, credits: task.credits,
                          area: task.areaSquareMetres, post: task.kind == .publicArea ? task.id : nil, eligible: eligible)
            if let at = index[key] {
                built[at].taskIndices.append(taskIndex)
            } else {
                index[key] = built.count
                built.append(WorkGroup(floorID: task.floorID, buildingID: task.buildingID, kind: task.kind,
                                       standardMinutes: task.standardMinutes, credits: task.credits,
                                       areaSquareMetres: task.areaSquareMetres, isMandatory: task.isMandatory,
                                       severity: task.undoneSeverity, isRoomTask: task.isRoomTask,
                                       isDeparture: task.kind == .departureClean, eligible: eligible, taskIndices: [taskIndex]))
            }
        }
        for g in built.indices {
            built[g].taskIndices.sort { lhs, rhs in
                let a = tasks[lhs], b = tasks[rhs]
                return (a.readyBy?.minutesAfterMidnight ?? 9_999, a.id) < (b.readyBy?.minutesAfterMidnight ?? 9_999, b.id)
            }
        }
        // A stable order: floors in building/level order, then kind, then the rest of the key.
        built.sort { lhs, rhs in
            let l = (context.rank(lhs.floorID), lhs.kind, tasks[lhs.taskIndices[0]].id)
            let r = (context.rank(rhs.floorID), rhs.kind, tasks[rhs.taskIndices[0]].id)
            return l < r
        }
        groups = built
    }

    // MARK: - Plan state shared by the greedy and the solver

    /// Counts per group and crew member, with the derived totals.
    struct Plan {
        var counts: [[Int]]  // [crew][group]
        var floors: [Set<String>]
        var buildings: [Set<String>]
        var floorUnits: [[String: Int]]
        var buildingUnits: [[String: Int]]
        var work: [Double]  // minutes after efficiency, all work
        var mandatoryWork: [Double]
        var standardWork: [Double]
        var rooms: [Int]
        var departures: [Int]
        var credits: [Double]
        var area: [Double]

        init(crew: Int, groups: Int) {
            counts = Array(repeating: Array(repeating: 0, count: groups), count: crew)
            floors = Array(repeating: [], count: crew)
            buildings = Array(repeating: [], count: crew)
            floorUnits = Array(repeating: [:], count: crew)
            buildingUnits = floorUnits
            work = Array(repeating: 0, count: crew)
            mandatoryWork = work
            standardWork = work
            rooms = Array(repeating: 0, count: crew)
            departures = rooms
            credits = work
            area = work
        }
    }

    func travel(_ plan: Plan, _ a: Int) -> Double {
        travelPerFloor * Double(max(0, plan.floors[a].count - 1)) + travelPerBuilding * Double(max(0, plan.buildings[a].count - 1))
    }

    /// Whether one more task of group g fits crew member a (capacity and caps).
    func fits(_ plan: Plan, _ a: Int, _ g: Int) -> Bool {
        let group = groups[g]
        let member = crew[a]
        var floors = plan.floors[a].count
        var buildings = plan.buildings[a].count
        if let floor = group.floorID, !plan.floors[a].contains(floor) { floors += 1 }
        if let building = group.buildingID, !plan.buildings[a].contains(building) { buildings += 1 }
        let travel = travelPerFloor * Double(max(0, floors - 1)) + travelPerBuilding * Double(max(0, buildings - 1))
        if plan.work[a] + group.standardMinutes / member.efficiency + travel > member.paidMinutes + 1e-6 { return false }
        if group.isRoomTask {
            if let cap = caps.rooms, plan.rooms[a] + 1 > cap { return false }
            if let cap = caps.departures, group.isDeparture, plan.departures[a] + 1 > cap { return false }
            if let cap = caps.credits, plan.credits[a] + group.credits > cap + 1e-6 { return false }
            if let cap = caps.areaSquareMetres, plan.area[a] + group.areaSquareMetres > cap + 1e-6 { return false }
        }
        return true
    }

    func add(_ plan: inout Plan, _ a: Int, _ g: Int, _ count: Int = 1) {
        let group = groups[g]
        let minutes = group.standardMinutes / crew[a].efficiency * Double(count)
        plan.counts[a][g] += count
        if let floor = group.floorID { plan.floors[a].insert(floor); plan.floorUnits[a][floor, default: 0] += count }
        if let building = group.buildingID { plan.buildings[a].insert(building); plan.buildingUnits[a][building, default: 0] += count }
        plan.work[a] += minutes
        plan.standardWork[a] += group.standardMinutes * Double(count)
        if group.isMandatory { plan.mandatoryWork[a] += minutes }
        if group.isRoomTask {
            plan.rooms[a] += count
            if group.isDeparture { plan.departures[a] += count }
            plan.credits[a] += group.credits * Double(count)
            plan.area[a] += group.areaSquareMetres * Double(count)
        }
    }

    func remove(_ plan: inout Plan, _ a: Int, _ g: Int, _ count: Int = 1) {
        let group = groups[g]
        let minutes = group.standardMinutes / crew[a].efficiency * Double(count)
        plan.counts[a][g] -= count
        if let floor = group.floorID {
            plan.floorUnits[a][floor, default: 0] -= count
            if plan.floorUnits[a][floor]! <= 0 { plan.floorUnits[a][floor] = nil; plan.floors[a].remove(floor) }
        }
        if let building = group.buildingID {
            plan.buildingUnits[a][building, default: 0] -= count
            if plan.buildingUnits[a][building]! <= 0 { plan.buildingUnits[a][building] = nil; plan.buildings[a].remove(building) }
        }
        plan.work[a] -= minutes
        plan.standardWork[a] -= group.standardMinutes * Double(count)
        if group.isMandatory { plan.mandatoryWork[a] -= minutes }
        if group.isRoomTask {
            plan.rooms[a] -= count
            if group.isDeparture { plan.departures[a] -= count }
            plan.credits[a] -= group.credits * Double(count)
            plan.area[a] -= group.areaSquareMetres * Double(count)
        }
    }

    /// The departures each room attendant may have before the excess is penalised: max(share + 1, 1.25 ×
    /// share), rounded up, where the share is the day's departures in proportion to paid minutes × efficiency.
    func departureAllowance() -> [Double] {
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant }
        let standardCapacity = roomCrew.reduce(0.0) { $0 + crew[$1].paidMinutes * crew[$1].efficiency }
        let departureTotal = Double(groups.filter(\.isDeparture).reduce(0) { $0 + $1.count })
        var allowance: [Double] = Array(repeating: .infinity, count: crew.count)
        guard departureTotal > 0, standardCapacity > 0 else { return allowance }
        for a in roomCrew {
            let share = departureTotal * crew[a].paidMinutes * crew[a].efficiency / standardCapacity
            allowance[a] = max(share + 1, share * 1.25).rounded(.up)
        }
        return allowance
    }

    /// The load ratio the model minimises for one attendant: (mandatory work + travel) ÷ paid minutes.
    func mandatoryRatio(_ plan: Plan, _ a: Int) -> Double {
        crew[a].paidMinutes > 0 ? (plan.mandatoryWork[a] + travel(plan, a)) / crew[a].paidMinutes : 0
    }

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
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant && crew[$0].paidMinutes > 0 }
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
                        let addsFloor = groups[g].floorID.map { plan.floorUnits[b][$0] == 1 } ?? false
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
                            && groups[h].standardMinutes < groups[g].standardMinutes && groups[h].eligible.contains(top)
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
            for floor in plan.floors[a].sorted(by: { (plan.floorUnits[a][$0] ?? 0, $0) < (plan.floorUnits[a][$1] ?? 0, $1) }) {
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
                            && !groups[h].isDeparture && groups[h].eligible.contains(a)
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

    // MARK: - Greedy

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
                    if groups[g].eligible.contains(a), fits(plan, a, g), plan.standardWork[a] + minutes / 2 <= target[a] {
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
    /// above both the band and the plan's highest load ratio (travel counts in the load ratio).
    func fillOptionalWork(_ plan: inout Plan, band: Double? = nil) {
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant && crew[$0].paidMinutes > 0 }
        let ceiling = band.map { max($0, roomCrew.map { mandatoryRatio(plan, $0) }.max() ?? 0) } ?? .infinity
        for g in groups.indices where !groups[g].isMandatory {
            var remaining = groups[g].count - crew.indices.reduce(0) { $0 + plan.counts[$1][g] }
            while remaining > 0, let a = lightestTaker(g, plan, ceiling: ceiling) {
                add(&plan, a, g)
                remaining -= 1
            }
            // Make room: an attendant who may do it sheds mandatory tasks to others on the same floors (who stay
            // within the ceiling) until the travel to its floor fits under the ceiling.
            while remaining > 0, ceiling.isFinite, let floor = groups[g].floorID {
                var done = false
                for a in groups[g].eligible where crew[a].role == .roomAttendant && crew[a].paidMinutes > 0
                    && !plan.floors[a].contains(floor) && !plan.floors[a].isEmpty {
                    var trial = plan
                    var moves = 0
                    while mandatoryRatio(trial, a) + travelPerFloor / crew[a].paidMinutes > ceiling + 1e-9, moves < 8 {
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
                    guard mandatoryRatio(trial, a) + travelPerFloor / crew[a].paidMinutes <= ceiling + 1e-9, fits(trial, a, g) else { continue }
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

    /// The objective weight of crew member a working floor f: 1, plus 0.25 off their home or yesterday's floors.
    func floorCost(_ a: Int, _ floor: String) -> Double {
        let home = preferredFloors(a)
        return AssignmentEngine.floorWeight + (home.isEmpty || home.contains(floor) ? 0 : AssignmentEngine.awayFromHomeWeight)
    }

    /// The model's objective for a plan (see ``WorkSheetPlanner``), so that plans from different starts compare
    /// as GLPK would compare them.
    func objectiveValue(_ plan: Plan, band: Double) -> Double {
        var value = 0.0
        var highest = 0.0
        let allowance = departureAllowance()
        let multipleBuildings = Set(groups.compactMap(\.buildingID)).count > 1
        for a in crew.indices {
            if crew[a].role == .roomAttendant, crew[a].paidMinutes > 0 {
                highest = max(highest, mandatoryRatio(plan, a))
                if allowance[a].isFinite { value += AssignmentEngine.departureShareWeight * max(0, Double(plan.departures[a]) - allowance[a]) }
            }
            for floor in plan.floors[a] { value += floorCost(a, floor) }
            if multipleBuildings { value += AssignmentEngine.buildingWeight * Double(plan.buildings[a].count) }
        }
        for (g, group) in groups.enumerated() {
            let left = Double(group.count - crew.indices.reduce(0) { $0 + plan.counts[$1][g] })
            value += left * (group.isMandatory ? AssignmentEngine.undoneWeight * Double(group.severity) : AssignmentEngine.deepCleanWeight)
        }
        return value + AssignmentEngine.overBandWeight * max(0, highest - band) + AssignmentEngine.loadRatioWeight * highest
    }

    // MARK: - Solve

    /// Groups identical attendants (same role, shift, efficiency, skills, no home floors and no yesterday's
    /// rooms): their plans can be swapped, so the model orders them by standard work.
    func symmetryClasses() -> [[Int]] {
        struct Key: Hashable { var role: StaffRole; var shift: String; var efficiency: Double; var skills: [String] }
        var classes: [Key: [Int]] = [:]
        for (a, member) in crew.enumerated() where member.staff.homeFloorIDs.isEmpty
            && (context.day.yesterdayRooms[member.id] ?? []).isEmpty {
            let key = Key(role: member.role, shift: member.shift.id, efficiency: member.efficiency,
                          skills: member.staff.skills.map(\.rawValue).sorted())
            classes[key, default: []].append(a)
        }
        return classes.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// An attendant's home floors and the floors of yesterday's rooms.
    func preferredFloors(_ a: Int) -> Set<String> {
        var floors = Set(crew[a].staff.homeFloorIDs)
        for room in context.day.yesterdayRooms[crew[a].id] ?? [] {
            if let floor = context.roomsByNumber[room]?.floorID { floors.insert(floor) }
        }
        return floors
    }

    mutating func solve() throws(WorkSheetError) -> AssignmentResult {
        let clock = ContinuousClock()
        let started = clock.now
        buildGroups()
        let band = evenLoadRatio() * (1 + options.fairnessTolerance)
        var plan = improve(greedy(), budget: options.improvementMoves)
        // The floor-block plan, when the objective prefers it: blocks filled halfway up to the band and, in hotels
        // of up to 60 room attendants, also to each block's even ratio (which leaves more room for deep cleans).
        let roomAttendantCount = crew.filter { $0.role == .roomAttendant }.count
        if let blocks = floorBlockPlan(band: band, fillShares: roomAttendantCount <= 60 ? [0.5, 0.0] : [0.5]),
           objectiveValue(blocks, band: band) < objectiveValue(plan, band: band) - 1e-9 {
            plan = blocks
        }
        let classes = symmetryClasses()
        // Identical attendants are interchangeable: order their greedy plans by standard work, most first.
        for members in classes {
            let sortedPlans = members.sorted { (plan.standardWork[$0], -$0) > (plan.standardWork[$1], -$1) }
            let snapshot = plan
            for (slot, source) in zip(members, sortedPlans) {
                plan.counts[slot] = snapshot.counts[source]
                plan.floors[slot] = snapshot.floors[source]
                plan.buildings[slot] = snapshot.buildings[source]
                plan.floorUnits[slot] = snapshot.floorUnits[source]
                plan.buildingUnits[slot] = snapshot.buildingUnits[source]
                plan.work[slot] = snapshot.work[source]
                plan.mandatoryWork[slot] = snapshot.mandatoryWork[source]
                plan.standardWork[slot] = snapshot.standardWork[source]
                plan.rooms[slot] = snapshot.rooms[source]
                plan.departures[slot] = snapshot.departures[source]
                plan.credits[slot] = snapshot.credits[source]
                plan.area[slot] = snapshot.area[source]
            }
        }
        var report = SolverReport(method: .greedy, termination: "notRun", objective: nil, bestBound: nil, relativeGap: nil,
                                  startedFromGreedy: nil, variables: 0, integerVariables: 0, constraints: 0,
                                  workGroups: groups.count, solveSeconds: 0, planSeconds: 0)
        let hasWork = groups.contains { !$0.eligible.isEmpty }
        if !options.greedyOnly, hasWork, !crew.isEmpty {
            do {
                let remaining = max(0, options.timeLimitSeconds - (clock.now - started).workSheetSeconds)
                if let solved = try optimise(from: plan, symmetry: classes, band: band, seconds: remaining, report: &report) {
                    plan = solved
                }
            } catch {
                throw .solverFailure(error.description)
            }
        }
        // Departures mixed fairly, as a last pass that keeps floors and the fairness band (see mixDepartures).
        let mixed = mixDepartures(plan, band: band, budget: options.departureMixMoves)
        guard mixed.counts != plan.counts else { return giveOut(plan, report: report) }
        unmixed = giveOut(plan, report: report)
        var mixedReport = report
        let gain = objectiveValue(plan, band: band) - objectiveValue(mixed, band: band)
        if gain > 1e-9, let objective = mixedReport.objective {
            mixedReport.objective = objective - gain
            if let bound = mixedReport.bestBound {
                let value = objective - gain
                mixedReport.relativeGap = abs(value) > 1e-9 ? max(0, value - bound) / abs(value) : 0
            }
        }
        return giveOut(mixed, report: mixedReport)
    }

    // MARK: - Give the rooms out

    private func giveOut(_ plan: Plan, report: SolverReport) -> AssignmentResult {
        var tasksByCrew: [[Int]] = Array(repeating: [], count: crew.count)
        var given = Set<Int>()
        var undoneByIndex: [Int: UndoneTask.Reason] = impossible
        let order = crew.indices.sorted { (crew[$0].startMinute, crew[$0].id) < (crew[$1].startMinute, crew[$1].id) }
        for (g, group) in groups.enumerated() {
            var pool = group.taskIndices
            // Yesterday's rooms first.
            for a in order where plan.counts[a][g] > 0 {
                let yesterday = Set(context.day.yesterdayRooms[crew[a].id] ?? [])
                guard !yesterday.isEmpty else { continue }
                var taken = 0
                pool.removeAll { index in
                    guard taken < plan.counts[a][g], let room = tasks[index].roomNumber, yesterday.contains(room) else { return false }
                    taken += 1
                    tasksByCrew[a].append(index)
                    given.insert(index)
                    return true
                }
            }
            var cursor = 0
            for a in order {
                let already = tasksByCrew[a].filter { group.taskIndices.contains($0) }.count
                let want = plan.counts[a][g] - already
                guard want > 0 else { continue }
                let slice = pool[cursor..<min(pool.count, cursor + want)]
                tasksByCrew[a].append(contentsOf: slice)
                for index in slice { given.insert(index) }
                cursor += slice.count
            }
            for index in pool[cursor...] where !given.contains(index) {
                undoneByIndex[index] = group.isMandatory ? .capacity : .optionalNoSpareCapacity
            }
        }
        let publicCleaners = crew.contains { $0.role == .publicAreaCleaner }
        var undone: [UndoneTask] = []
        for (index, reason) in undoneByIndex {
            let task = tasks[index]
            let explanation: String
            switch reason {
            case .capacity:
                explanation = "the attendants on duty have no minutes left" + (caps == AttendantCaps() ? "" : " within the caps")
            case .noQualifiedAttendant:
                explanation = task.kind == .publicArea
                    ? "nobody on duty \(publicCleaners ? "as a public-area cleaner" : "") can cover it"
                    : "no attendant on duty has the skill \(task.requiredSkills.map { "'\($0.rawValue)'" }.joined(separator: " and "))"
            case .noAttendantInTime:
                explanation = "no attendant on duty works at a time it can be done"
                    + (task.readyBy.map { " (ready by \($0))" } ?? "")
            case .optionalNoSpareCapacity:
                explanation = "optional: no spare capacity today"
            }
            undone.append(UndoneTask(task: task, reason: reason, explanation: explanation))
        }
        undone.sort { ($0.task.undoneSeverity, $0.task.id) < ($1.task.undoneSeverity, $1.task.id) }
        let travelByCrew = crew.indices.map { travel(plan, $0) }
        let loads = crew.indices.map { a in
            AssignmentResult.Load(ratio: crew[a].paidMinutes > 0 ? (plan.work[a] + travelByCrew[a]) / crew[a].paidMinutes : 0)
        }
        for a in tasksByCrew.indices { tasksByCrew[a].sort() }
        return AssignmentResult(tasksByCrew: tasksByCrew, undone: undone, travelByCrew: travelByCrew, loads: loads, report: report)
    }
}
