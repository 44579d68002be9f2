extension WorkSheetPlanner {
    /// Re-plans the rest of the day when staff leave part-way through it (someone went home sick), moving as
    /// few rooms as possible.
    ///
    /// Only the work of the people who left that is not finished by `time` moves; everybody else's list stays
    /// exactly as it was. Each task to move — the most urgent first (a departure with an arrival before a
    /// stayover) — goes to an attendant still on duty who has the skill, works at a time it can be done,
    /// stays within the caps, and has the minutes left in the day (after their own remaining work and the
    /// travel to a new floor); an attendant already working that floor is preferred, then the least loaded.
    /// Their lists are ordered again from `time`; the work they finished stays as it was. What nobody can take
    /// is left undone, with why. Public-area visits go only to public-area cleaners still on duty. The leads'
    /// inspection lists are drawn again from the new lists; the storeroom issue is the day's, unchanged.
    ///
    /// The planner must have the morning's property and day. The sheet's ``WorkSheetSummary/solver`` says
    /// `replanned`; ``WorkSheetSummary/oneMoreAttendant`` is not worked out.
    ///
    /// ```swift
    /// let planner = WorkSheetPlanner(property: property, day: day)
    /// let morning = try planner.plan()
    /// let afternoon = try planner.replan(morning, absent: ["A03"], at: TimeOfDay(hour: 12, minute: 30)!)
    /// ```
    /// - Throws: ``WorkSheetError/notOnMorningSheet(_:)`` when an absent id is not on the morning sheet;
    ///   ``WorkSheetError/invalidOption(_:)`` when the morning sheet has tasks the day does not.
    public func replan(_ morning: WorkSheet, absent: Set<String>, at time: TimeOfDay) throws(WorkSheetError) -> WorkSheet {
        let context = try PlanningContext(property: property, day: day)
        let derived = TaskDerivation(context: context).derive()
        var index: [String: Int] = [:]
        for (i, task) in derived.tasks.enumerated() { index[task.id] = i }
        let lists = Dictionary(morning.attendants.map { ($0.staffID, $0.tasks) }, uniquingKeysWith: { first, _ in first })
        for id in absent.sorted() where lists[id] == nil { throw .notOnMorningSheet(id) }
        let crew = context.crew
        var tasksByCrew: [[Int]] = []
        for member in crew {
            var mine: [Int] = []
            for item in lists[member.id] ?? [] {
                guard let i = index[item.task.id] else { throw .invalidOption("the morning sheet has task \(item.task.id), which the day does not") }
                mine.append(i)
            }
            tasksByCrew.append(mine)
        }
        let now = Double(time.minutesAfterMidnight)

        // The work of the absent that is not finished by now, most urgent first.
        var kept: [String: [ScheduledTask]] = [:]
        for member in crew { kept[member.id] = lists[member.id] ?? [] }
        var orphans: [HousekeepingTask] = []
        for (a, member) in crew.enumerated() where absent.contains(member.id) {
            var clock = ShiftClock(start: member.shift.start)
            let done = (lists[member.id] ?? []).filter { Double(clock.minutes($0.finish)) <= now }
            kept[member.id] = done
            let doneIDs = Set(done.map(\.task.id))
            orphans += tasksByCrew[a].map { derived.tasks[$0] }.filter { !doneIDs.contains($0.id) }
            tasksByCrew[a] = tasksByCrew[a].filter { doneIDs.contains(derived.tasks[$0].id) }
        }
        orphans.sort { ($1.undoneSeverity, $0.readyBy?.minutesAfterMidnight ?? 1_440, $0.id) < ($0.undoneSeverity, $1.readyBy?.minutesAfterMidnight ?? 1_440, $1.id) }

        var undone = morning.summary.undone
        var moved: [String] = []
        for task in orphans {
            let placed = ReplanPlacement(context: context, tasks: derived.tasks, now: now, absent: absent)
                .receiver(for: task, tasksByCrew: tasksByCrew, lists: lists)
            switch placed {
            case .success(let a):
                tasksByCrew[a].append(index[task.id]!)
                let member = crew[a]
                var clock = ShiftClock(start: member.shift.start)
                kept[member.id] = (lists[member.id] ?? []).filter { Double(clock.minutes($0.finish)) <= now }
                moved.append("\(task.roomNumber ?? task.place) → \(member.id)")
            case .failure(let why):
                undone.append(UndoneTask(task: task, reason: why.reason,
                                         explanation: "left by staff who went home at \(time): \(why.explanation)"))
            }
        }
        var report = morning.summary.solver
        report.method = .greedy
        report.termination = "replanned"
        let assignment = AssignmentResult(
            tasksByCrew: tasksByCrew, undone: undone,
            travelByCrew: tasksByCrew.map { ReplanPlacement.travel(for: $0.map { derived.tasks[$0] }, standards: property.standards) },
            loads: [], report: report)
        var assembler = SheetAssembler(context: context, derived: derived, assignment: assignment)
        assembler.kept = kept
        assembler.resumeAt = now
        var sheet = assembler.assemble(extra: nil, planSeconds: 0)
        let names = absent.sorted().joined(separator: ", ")
        sheet.warnings.append("re-planned at \(time) after \(names) went home: \(moved.count) task\(moved.count == 1 ? "" : "s") moved"
            + (moved.isEmpty ? "" : " (\(moved.joined(separator: ", ")))")
            + (undone.count > morning.summary.undone.count ? ", \(undone.count - morning.summary.undone.count) left undone" : ""))
        return sheet
    }
}

extension WorkSheetPlanner {
    /// The sheet for lists given by task id per staff id (as a saved sheet holds them), without solving: each
    /// list ordered and timed as ``plan()`` does, inspections, carts and summary. A task of the day on no list
    /// is left undone. With the same property and day, the lists of a planned sheet give that sheet back — so a
    /// sheet saved as JSON in the morning can be re-planned at midday (``replan(_:absent:at:)``).
    /// - Throws: ``WorkSheetError/unknownStaff(_:)`` for a staff id not on duty;
    ///   ``WorkSheetError/invalidOption(_:)`` for a task id the day does not have or on two lists.
    public func sheet(following lists: [String: [String]]) throws(WorkSheetError) -> WorkSheet {
        let context = try PlanningContext(property: property, day: day)
        let derived = TaskDerivation(context: context).derive()
        var index: [String: Int] = [:]
        for (i, task) in derived.tasks.enumerated() { index[task.id] = i }
        let crewIDs = Set(context.crew.map(\.id))
        for id in lists.keys.sorted() where !crewIDs.contains(id) { throw .unknownStaff(id) }
        var listed: Set<String> = []
        var tasksByCrew: [[Int]] = []
        for member in context.crew {
            var mine: [Int] = []
            for id in lists[member.id] ?? [] {
                guard let i = index[id] else { throw .invalidOption("task \(id) is not a task of \(day.date)") }
                guard listed.insert(id).inserted else { throw .invalidOption("task \(id) is on two lists") }
                mine.append(i)
            }
            tasksByCrew.append(mine)
        }
        let undone = derived.tasks.filter { !listed.contains($0.id) }.map {
            UndoneTask(task: $0, reason: $0.isMandatory ? .capacity : .optionalNoSpareCapacity, explanation: "on nobody's list")
        }
        let report = SolverReport(method: .greedy, termination: "notRun", objective: nil, bestBound: nil, relativeGap: nil,
                                  startedFromGreedy: nil, variables: 0, integerVariables: 0, constraints: 0, workGroups: 0,
                                  solveSeconds: 0, planSeconds: 0)
        let assignment = AssignmentResult(
            tasksByCrew: tasksByCrew, undone: undone,
            travelByCrew: tasksByCrew.map { ReplanPlacement.travel(for: $0.map { derived.tasks[$0] }, standards: property.standards) },
            loads: [], report: report)
        return SheetAssembler(context: context, derived: derived, assignment: assignment).assemble(extra: nil, planSeconds: 0)
    }
}

/// Finds who takes one task of a re-plan: an attendant still on duty with the skill, the time, the caps and the
/// minutes left.
struct ReplanPlacement {
    let context: PlanningContext
    let tasks: [HousekeepingTask]
    let now: Double
    let absent: Set<String>

    struct Refusal: Error {
        var reason: UndoneTask.Reason
        var explanation: String
    }

    /// Planned travel for a list: a floor change per floor after the first, a building change per building
    /// after the first.
    static func travel(for list: [HousekeepingTask], standards: Standards) -> Double {
        let floors = Set(list.compactMap(\.floorID)).count
        let buildings = Set(list.compactMap(\.buildingID)).count
        return standards.travelMinutesPerFloorChange * Double(max(0, floors - 1))
            + standards.travelMinutesPerBuildingChange * Double(max(0, buildings - 1))
    }

    func receiver(for task: HousekeepingTask, tasksByCrew: [[Int]], lists: [String: [ScheduledTask]]) -> Result<Int, Refusal> {
        let crew = context.crew
        let role: StaffRole = task.isRoomTask ? .roomAttendant : .publicAreaCleaner
        let qualified = crew.indices.filter { !absent.contains(crew[$0].id) && crew[$0].role == role && crew[$0].has(task.requiredSkills) }
        guard !qualified.isEmpty else {
            let what = task.requiredSkills.isEmpty ? "no \(role == .roomAttendant ? "room attendant" : "public-area cleaner") is left on duty"
                : "nobody left on duty has the skill \(task.requiredSkills.map { "'\($0.rawValue)'" }.joined(separator: ", "))"
            return .failure(Refusal(reason: .noQualifiedAttendant, explanation: what))
        }
        let caps = context.property.standards.caps
        var inTime = false
        var best: (key: (Int, Double, String), index: Int)?
        for a in qualified {
            let member = crew[a]
            let minutes = task.minutes(atEfficiency: member.efficiency)
            let start = max(now, Double(member.startMinute), Double(member.earliestMinute(task) ?? 0))
            guard start + minutes <= Double(member.endMinute) + 0.001 else { continue }
            inTime = true
            let list = tasksByCrew[a].map { tasks[$0] }
            let rooms = list.filter(\.isRoomTask) + (task.isRoomTask ? [task] : [])
            if let cap = caps.rooms, rooms.count > cap { continue }
            if let cap = caps.departures, rooms.filter({ $0.kind == .departureClean }).count > cap { continue }
            if let cap = caps.credits, rooms.reduce(0, { $0 + $1.credits }) > cap + 1e-6 { continue }
            if let cap = caps.areaSquareMetres, rooms.reduce(0, { $0 + $1.areaSquareMetres }) > cap + 1e-6 { continue }
            // The whole day within the paid minutes, and the rest of the day within the time left.
            let standards = context.property.standards
            let work = (list + [task]).reduce(0) { $0 + $1.minutes(atEfficiency: member.efficiency) }
            let load = work + Self.travel(for: list + [task], standards: standards)
            guard load <= member.paidMinutes + 0.001 else { continue }
            var clock = ShiftClock(start: member.shift.start)
            let done = Set((lists[member.id] ?? []).filter { Double(clock.minutes($0.finish)) <= now }.map(\.task.id))
            let remaining = list.filter { !done.contains($0.id) }.reduce(0) { $0 + $1.minutes(atEfficiency: member.efficiency) }
            let added = Self.travel(for: list + [task], standards: standards) - Self.travel(for: list, standards: standards)
            let breakLeft = now < Double(member.startMinute) + Double(member.shift.spanMinutes) / 2 ? Double(member.shift.unpaidBreakMinutes) : 0
            let rest = remaining + minutes + added + breakLeft
            guard max(now, Double(member.startMinute)) + rest <= Double(member.endMinute) + 0.001 else { continue }
            let sameFloor = task.floorID != nil && list.contains { $0.floorID == task.floorID } ? 0 : 1
            let key = (sameFloor, load / max(member.paidMinutes, 1), member.id)
            if best == nil || key < best!.key { best = (key, a) }
        }
        if let best { return .success(best.index) }
        return .failure(inTime
            ? Refusal(reason: .capacity, explanation: "nobody left on duty has \(Int(task.standardMinutes.rounded())) minutes to spare")
            : Refusal(reason: .noAttendantInTime, explanation: "nobody left on duty works late enough to do it"))
    }
}
