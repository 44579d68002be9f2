import Optimization

/// Identical work: tasks on one floor of one kind, room type, priority, skills and set of attendants who may
/// do them. The model decides integer counts per group and attendant; rooms are given out afterwards.
struct WorkGroup: Sendable {
    var floorID: String?
    var buildingID: String?
    /// The floor's and the building's numbers among the groups' (``AssignmentEngine/floorNumbers``), so that plans
    /// count tasks per floor and building in arrays; set with the groups.
    var floorNumber: Int?
    var buildingNumber: Int?
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
    /// How many trial moves the descent on departures over the allowance may evaluate.
    static let departureExcessMoves = 20_000

    private(set) var groups: [WorkGroup] = []
    /// How far up from a block's even ratio towards the band the floor-block sweep fills each attendant (0…1).
    var fillShare = 0.5
    /// Seconds of the time limit already spent before this planning started (the first planning's, for the extra
    /// attendant's): they come off the safety net, not off the limit that decides which steps run (the floor drops),
    /// so that the steps stay the same on any machine.
    var secondsSpentBefore = 0.0
    /// Whether a block's fill (``sweep(_:_:members:band:into:)``) also tries the staircase
    /// (``staircase(_:_:order:band:into:)``) in each order it tries; the component plan sets it.
    var staircaseFill = false
    /// Tasks nobody on duty may do, with the reason.
    private(set) var impossible: [Int: UndoneTask.Reason] = [:]
    /// The assignment before the last pass mixed departures, when that pass changed anything (the planner keeps
    /// it instead when the mixed lists would miss more ready-by times or run later past the end of a shift).
    private(set) var unmixed: AssignmentResult?

    /// Each crew member's home floors and the floors of yesterday's rooms (``preferredFloors(_:)``), worked out
    /// once: the objective asks for them for every attendant × floor pair it counts.
    private let preferredFloorsByCrew: [Set<String>]
    /// Each crew member's departure allowance (``departureAllowance()``), worked out again whenever the groups
    /// are built, as it depends only on them and the crew.
    private(set) var departureAllowanceByCrew: [Double] = []
    /// Whether crew member a may do the tasks of group g (is among its ``WorkGroup/eligible``), at
    /// `[g * crew.count + a]`; built with the groups, so that the hot loops need not search the lists.
    private var eligibleTable: [Bool] = []
    /// Each floor's number, in the order the (sorted) groups first name it: ``WorkGroup/floorNumber``.
    private(set) var floorNumbers: [String: Int] = [:]

    init(context: PlanningContext, tasks: [HousekeepingTask], crew: [CrewMember], options: WorkSheetOptions) {
        self.context = context
        self.tasks = tasks
        self.crew = crew
        self.options = options
        preferredFloorsByCrew = crew.map { member in
            var floors = Set(member.staff.homeFloorIDs)
            for room in context.day.yesterdayRooms[member.id] ?? [] {
                if let floor = context.roomsByNumber[room]?.floorID { floors.insert(floor) }
            }
            return floors
        }
        departureAllowanceByCrew = allowanceOfDepartures()
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
        let earliest = Double(max(member.startMinute, member.earliestMinute(task) ?? 0))
        var time = earliest + minutes <= Double(member.endMinute) + 0.001
        if let ready = member.readyByMinute(task) { time = time && Double(member.startMinute) + minutes <= Double(ready) + 0.001 }
        if task.kind == .publicArea, let at = member.earliestMinute(task) {
            time = member.startMinute <= at && at + Int(minutes.rounded(.up)) <= member.endMinute
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
                built.append(WorkGroup(floorID: task.floorID, buildingID: task.buildingID, floorNumber: nil, buildingNumber: nil, kind: task.kind,
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
        floorNumbers = [:]
        var buildingNumbers: [String: Int] = [:]
        for g in built.indices {
            if let floor = built[g].floorID {
                built[g].floorNumber = floorNumbers[floor] ?? floorNumbers.count
                floorNumbers[floor] = built[g].floorNumber
            }
            if let building = built[g].buildingID {
                built[g].buildingNumber = buildingNumbers[building] ?? buildingNumbers.count
                buildingNumbers[building] = built[g].buildingNumber
            }
        }
        groups = built
        departureAllowanceByCrew = allowanceOfDepartures()
        eligibleTable = Array(repeating: false, count: built.count * crew.count)
        for (g, group) in built.enumerated() {
            for a in group.eligible { eligibleTable[g * crew.count + a] = true }
        }
    }

    /// Whether crew member `a` may do the tasks of group `g` (is among its ``WorkGroup/eligible``), in constant time.
    func mayDo(_ a: Int, _ g: Int) -> Bool { eligibleTable[g * crew.count + a] }

    // MARK: - Solve

    /// The plan with identical attendants' lists ordered by standard work, most first, as the day's model's
    /// symmetry rows want them (they are interchangeable, so the objective is the same).
    func ordered(_ plan: Plan, symmetry classes: [[Int]]) -> Plan {
        var plan = plan
        for members in classes {
            let sortedPlans = members.sorted { (plan.standardWork[$0], -$0) > (plan.standardWork[$1], -$1) }
            let snapshot = plan
            for (slot, source) in zip(members, sortedPlans) { plan.copyList(of: source, in: snapshot, to: slot) }
        }
        return plan
    }

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
    func preferredFloors(_ a: Int) -> Set<String> { preferredFloorsByCrew[a] }

    mutating func solve() throws(WorkSheetError) -> AssignmentResult {
        let clock = ContinuousClock()
        let started = clock.now
        buildGroups()
        let band = evenLoadRatio() * (1 + options.fairnessTolerance)
        var plan = improve(greedy(), budget: options.improvementMoves)
        // The floor-block plan, when the objective prefers it: blocks filled halfway up to the band and, in hotels
        // of up to 60 room attendants, also to each block's even ratio (which leaves more room for deep cleans).
        let roomAttendantCount = crew.filter { $0.role == .roomAttendant }.count
        let fillShares = roomAttendantCount <= 60 ? [0.5, 0.0] : [0.5]
        if let blocks = floorBlockPlan(band: band, fillShares: fillShares),
           objectiveValue(blocks, band: band) < objectiveValue(plan, band: band) - 1e-9 {
            plan = blocks
        }
        // The component plan (floors grouped freely, each group worked by its own attendants), when it is better.
        do {
            if let components = try componentPlan(band: band, fillShares: fillShares),
               objectiveValue(components, band: band) < objectiveValue(plan, band: band) - 1e-9 {
                plan = components
            }
        } catch {
            throw .solverFailure(error.description)
        }
        plan = swapListsTowardHome(plan)
        let hasWork = groups.contains { !$0.eligible.isEmpty }
        let solving = !options.greedyOnly && hasWork && !crew.isEmpty
        let limit = options.timeLimitSeconds
        let spentBefore = secondsSpentBefore
        let secondsLeft = { max(0, limit - spentBefore - (clock.now - started).workSheetSeconds) }
        // Progress after each stage: the time since planning started and the objective of the plan so far.
        func reportProgress(_ plan: Plan) {
            options.progress?(SolveProgress(elapsedSeconds: (clock.now - started).workSheetSeconds,
                                            incumbentObjective: objectiveValue(plan, band: band)))
        }
        reportProgress(plan)
        // Small neighbourhoods re-planned exactly, before the identical attendants are ordered for the day's model;
        // the budget once more for each further full 60 room attendants, where the floor swaps below do not run.
        var neighbourhoodSolves: Int?
        if solving, options.neighbourhoodSolves > 0 {
            let budget = options.neighbourhoodSolves * max(1, roomAttendantCount / AssignmentEngine.floorSwapAttendantLimit)
            do {
                (plan, neighbourhoodSolves) = try searchNeighbourhoods(plan, band: band, budget: budget,
                                                                       secondsLeft: secondsLeft)
            } catch {
                throw .solverFailure(error.description)
            }
            reportProgress(plan)
        }
        // One attendant's floor set changed by one floor, the loads balanced around it (not in the biggest hotels,
        // where it takes long and the neighbourhood search above gets a larger budget instead).
        if solving, roomAttendantCount <= AssignmentEngine.floorSwapAttendantLimit {
            plan = bestFloorSwaps(plan, band: band, secondsLeft: secondsLeft)
            // Then one floor of an attendant dropped at a time, when the time limit leaves room for it (the sample
            // hotel: 75.29 → 74.96, a floor pair fewer): a count of drops, its share of the time limit a safety net.
            if limit >= AssignmentEngine.floorDropMinimumSeconds {
                let reserved = limit * (1 - AssignmentEngine.floorDropTimeShare)
                plan = floorDropped(plan, band: band, secondsLeft: { secondsLeft() - reserved })
            }
            reportProgress(plan)
        }
        // Whole lists swapped toward home once more: the searches above move floors between attendants without
        // regard to whose home they are (1,000 rooms: 168.75 → 168.25, two pairs fewer off home).
        plan = swapListsTowardHome(plan)
        // The loads re-balanced within the plan's floors, by GLPK on the whole (restricted) day.
        if solving {
            do {
                plan = try rebalanced(plan, band: band, secondsLeft: secondsLeft()).plan
            } catch {
                throw .solverFailure(error.description)
            }
        }
        let classes = symmetryClasses()
        plan = ordered(plan, symmetry: classes)
        var report = SolverReport(method: .greedy, termination: "notRun", objective: nil, bestBound: nil, relativeGap: nil,
                                  startedFromGreedy: nil, variables: 0, integerVariables: 0, constraints: 0,
                                  workGroups: groups.count, solveSeconds: 0, planSeconds: 0)
        report.neighbourhoodSolves = neighbourhoodSolves
        if solving {
            do {
                if let solved = try optimise(from: plan, symmetry: classes, band: band, seconds: secondsLeft(),
                                              elapsedBefore: (clock.now - started).workSheetSeconds, report: &report) {
                    plan = solved
                }
            } catch {
                throw .solverFailure(error.description)
            }
        }
        // Deep cleans still open into spare capacity, making room where needed, never above the plan's highest
        // load (a band of 0); kept only when the objective prefers it (a new floor may cost more than it gains).
        var filled = plan
        fillOptionalWork(&filled, band: 0)
        if objectiveValue(filled, band: band) >= objectiveValue(plan, band: band) - 1e-9 { filled = plan }
        // Then departures over the allowance, whatever term pays for them, never above the usual method's floors.
        filled = lowerDepartureExcess(filled, band: band, budget: AssignmentEngine.departureExcessMoves,
                                      pairCeiling: usualFloorPairs(filled))
        if objectiveValue(filled, band: band) < objectiveValue(plan, band: band) - 1e-9 {
            report = lowered(report, from: plan, to: filled, band: band)
            plan = filled
        }
        // Departures mixed fairly, as a last pass that keeps floors and the fairness band (see mixDepartures).
        let mixed = mixDepartures(plan, band: band, budget: options.departureMixMoves)
        if let export = options.modelExport {
            do {
                export(try dayModelExport(around: mixed, band: band))
            } catch {
                throw .solverFailure(error.description)
            }
        }
        report.planTerms = objectiveTerms(plan, band: band)
        guard mixed.counts != plan.counts else { return giveOut(plan, report: report) }
        unmixed = giveOut(plan, report: report)
        var mixedReport = lowered(report, from: plan, to: mixed, band: band)
        mixedReport.planTerms = objectiveTerms(mixed, band: band)
        return giveOut(mixed, report: mixedReport)
    }

    /// The report with the objective (and gap) of `to` when a pass after the solver changed its plan `from`
    /// into it for the better.
    private func lowered(_ report: SolverReport, from: Plan, to: Plan, band: Double) -> SolverReport {
        var lowered = report
        let gain = objectiveValue(from, band: band) - objectiveValue(to, band: band)
        guard gain > 1e-9, let objective = report.objective else { return report }
        lowered.objective = objective - gain
        if let bound = report.bestBound {
            lowered.relativeGap = SolverReport.relativeGap(objective: objective - gain, bound: bound)
        }
        return lowered
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
