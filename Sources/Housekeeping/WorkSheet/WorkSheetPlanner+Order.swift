/// The order of one attendant's list and its estimated times.
extension SheetAssembler {
    /// Where an attendant is in the day: the time (minutes after the shift's first midnight), the floor and
    /// building last worked, and whether the unpaid break is behind them.
    struct Position {
        var minute: Double
        var floorID: String?
        var buildingID: String?
        var breakTaken: Bool
    }

    /// The times of one task done from a position: travel before it, start and finish.
    struct Step {
        var travel: Double
        var start: Double
        var finish: Double
    }

    /// Orders one attendant's tasks and estimates the times. Work stays on a floor until the floor's available
    /// work is done (fewest floor changes); on a floor, and when choosing the next floor, ready-by work comes
    /// first (by deadline), then ordinary work; deep cleans after all other work; DND rooms last; nothing
    /// before its earliest start (checkout, stayover service time, a public-area visit's time). A task is
    /// not started when doing it first would make the ready-by work finish later past its times (minutes late,
    /// added up) than taking the ready-by work in deadline order; then the most urgent work is done, or waited
    /// for. Travel on every floor
    /// change; the unpaid break in the middle of the shift, or during a wait as long as the break around the
    /// middle.
    ///
    /// `start` resumes a list part-way through the day (a re-plan); by default the list starts with the shift.
    func sequence(_ assigned: [HousekeepingTask], for member: CrewMember, from start: Position? = nil) -> [ScheduledTask] {
        var remaining = assigned.sorted { $0.id < $1.id }
        var result: [ScheduledTask] = []
        var position = start ?? Position(minute: Double(member.startMinute), floorID: nil, buildingID: nil,
                                         breakTaken: member.shift.unpaidBreakMinutes <= 0)
        let breakAt = breakMinute(for: member)
        let breakSlack = Double(member.shift.spanMinutes) / 4
        func earliest(_ task: HousekeepingTask) -> Double { Double(member.earliestMinute(task) ?? 0) }
        func wait(until next: Double) {
            // A wait long enough for the break, around the middle of the shift, is the break.
            if !position.breakTaken, next - position.minute >= Double(member.shift.unpaidBreakMinutes),
               next >= breakAt - breakSlack, position.minute <= breakAt + breakSlack {
                position.breakTaken = true
            }
            position.minute = max(position.minute, next)
        }
        while !remaining.isEmpty {
            let hasOthers = remaining.contains { $0.priority != .doNotDisturb }
            let candidates = remaining.indices.filter { hasOthers ? remaining[$0].priority != .doNotDisturb : true }
            let available = candidates.filter { earliest(remaining[$0]) <= position.minute }
            guard !available.isEmpty else {
                wait(until: candidates.map { earliest(remaining[$0]) }.min() ?? position.minute)
                continue
            }
            // Only the candidates' deadlines: a DND room with a ready-by time waits for the rest of the list, and
            // waiting for it while other work remains would never move the clock.
            let deadlines = candidates.filter { remaining[$0].readyBy != nil }
                .sorted { (deadline(remaining[$0], member), remaining[$0].id) < (deadline(remaining[$1], member), remaining[$1].id) }
            let inOrder = lateness(deadlines.map { remaining[$0] }, from: position, member: member, breakAt: breakAt)
            let harmless = available.filter { index in
                let then = deadlines.filter { $0 != index }.map { remaining[$0] }
                return lateness([remaining[index]] + then, from: position, member: member, breakAt: breakAt) <= inOrder + 0.5
            }
            let chosen: Int
            if let best = harmless.min(by: { orderKey(remaining[$0], at: position, member) < orderKey(remaining[$1], at: position, member) }) {
                chosen = best
            } else if let urgent = deadlines.first, available.contains(urgent) {
                chosen = urgent
            } else {
                wait(until: deadlines.first.map { earliest(remaining[$0]) } ?? position.minute)
                continue
            }
            let task = remaining.remove(at: chosen)
            let step = advance(&position, doing: task, member: member, breakAt: breakAt)
            var flags: [ScheduledTask.Flag] = []
            if let ready = member.readyByMinute(task), step.finish > Double(ready) + 0.5 { flags.append(.missesReadyBy) }
            if step.finish > Double(member.endMinute) + 0.5 { flags.append(.finishesAfterShift) }
            if task.has(.doNotDisturb) { flags.append(.retryIfDoNotDisturb) }
            if task.kind == .departureClean, !task.has(.checkedOut), let checkout = member.earliestMinute(task),
               Double(checkout) >= step.start - 0.5, Double(member.startMinute) < step.start {
                flags.append(.waitsForCheckout)
            }
            result.append(ScheduledTask(task: task, minutes: task.minutes(atEfficiency: member.efficiency),
                                        travelMinutesBefore: step.travel, start: SheetAssembler.clock(step.start),
                                        finish: SheetAssembler.clock(step.finish), flags: flags))
        }
        return result
    }

    /// When the unpaid break is due: the middle of the shift.
    func breakMinute(for member: CrewMember) -> Double { Double(member.startMinute) + Double(member.shift.spanMinutes) / 2 }

    /// Where an attendant is after the tasks kept on their list, when the rest of the list resumes at
    /// ``resumeAt``: not before that time nor the last kept finish, on the last kept floor; the break counts
    /// as taken once its time has passed.
    func resumePosition(after done: [ScheduledTask], for member: CrewMember) -> Position {
        var clock = ShiftClock(start: member.shift.start)
        let finishes = done.map { Double(clock.minutes($0.finish)) }
        let minute = max(resumeAt ?? Double(member.startMinute), finishes.last ?? Double(member.startMinute))
        return Position(minute: minute, floorID: done.last { $0.task.floorID != nil }?.task.floorID,
                        buildingID: done.last { $0.task.buildingID != nil }?.task.buildingID,
                        breakTaken: member.shift.unpaidBreakMinutes <= 0 || minute >= breakMinute(for: member))
    }

    /// The deadline of ready-by work, on the member's shift clock.
    private func deadline(_ task: HousekeepingTask, _ member: CrewMember) -> Int { member.readyByMinute(task) ?? Int.max }

    /// Smaller is sooner: other work before deep cleans; the current floor first; ready-by work (by deadline)
    /// before ordinary work; then the nearest floor.
    private func orderKey(_ task: HousekeepingTask, at position: Position, _ member: CrewMember) -> (Int, Int, Int, Int, Int, String) {
        let classRank: Int
        switch task.priority {
        case .readyBy: classRank = 0
        case .normal: classRank = 1
        case .optional: classRank = 2
        case .doNotDisturb: classRank = 3
        }
        let sameFloor = task.floorID == nil || task.floorID == position.floorID ? 0 : 1
        let urgency = classRank == 0 ? deadline(task, member) : 0
        let distance = abs(context.rank(task.floorID) - context.rank(position.floorID))
        return (task.priority == .optional ? 1 : 0, sameFloor, classRank, urgency, distance, task.id)
    }

    /// Does a task from a position: the break if it is due, travel on a floor or building change, then the
    /// task from its earliest start; moves the position to its finish.
    private func advance(_ position: inout Position, doing task: HousekeepingTask, member: CrewMember, breakAt: Double) -> Step {
        if !position.breakTaken, position.minute >= breakAt {
            position.minute += Double(member.shift.unpaidBreakMinutes)
            position.breakTaken = true
        }
        var travel = 0.0
        if let next = task.floorID {
            if let floor = position.floorID, floor != next { travel += standards.travelMinutesPerFloorChange }
            position.floorID = next
        }
        if let next = task.buildingID {
            if let building = position.buildingID, building != next { travel += standards.travelMinutesPerBuildingChange }
            position.buildingID = next
        }
        let start = max(position.minute + travel, Double(member.earliestMinute(task) ?? 0))
        position.minute = start + task.minutes(atEfficiency: member.efficiency)
        return Step(travel: travel, start: start, finish: position.minute)
    }

    /// Minutes by which these tasks, done in this order from the position, would finish after their ready-by
    /// times, added up.
    private func lateness(_ tasks: [HousekeepingTask], from start: Position, member: CrewMember, breakAt: Double) -> Double {
        var position = start
        var total = 0.0
        for task in tasks {
            let step = advance(&position, doing: task, member: member, breakAt: breakAt)
            if let ready = member.readyByMinute(task) { total += max(0, step.finish - Double(ready)) }
        }
        return total
    }
}
