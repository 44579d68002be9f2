extension WorkSheet {
    /// Checks the sheet against the rules any work sheet must keep, independently of how it was planned, and
    /// returns one sentence per broken rule (empty when the sheet is sound).
    ///
    /// The rules: every task the day needs is on exactly one list or in the undone list (never both, never
    /// twice); nobody gets a task whose skill they lack, a room task if they are not a room attendant, or a
    /// public-area visit when public-area cleaners are on duty and they are not one; the caps of the standards
    /// hold; work + planned travel fit the paid minutes, and the travel matches the floors and buildings; each
    /// task's minutes are its standard minutes ÷ the attendant's efficiency; no task starts before the shift,
    /// its earliest start (checkout, stayover service time) or the previous task's finish; a ready-by time
    /// missed, or a finish after the end of the shift, is flagged and a flag is only set when it is so (a
    /// clock time past midnight on a night shift is the next day); DND rooms come after all other work; the
    /// missing minutes are the undone mandatory work; inspections are of rooms on someone's list and start
    /// after the room is expected to be finished.
    ///
    /// ```swift
    /// let sheet = try WorkSheetPlanner(property: property, day: day).plan()
    /// assert(sheet.ruleViolations(property: property, day: day).isEmpty)
    /// ```
    public func ruleViolations(property: Property, day: DayStatus) -> [String] {
        var problems: [String] = []
        let standards = property.standards
        let expected: [HousekeepingTask]
        do {
            let context = try PlanningContext(property: property, day: day)
            expected = TaskDerivation(context: context).derive().tasks
        } catch {
            return ["the property and day do not load: \(error)"]
        }
        var seen: [String: Int] = [:]
        for sheet in attendants { for item in sheet.tasks { seen[item.task.id, default: 0] += 1 } }
        for item in summary.undone { seen[item.task.id, default: 0] += 1 }
        for task in expected {
            let count = seen[task.id] ?? 0
            if count == 0 { problems.append("task \(task.id) is neither on a list nor undone") }
            if count > 1 { problems.append("task \(task.id) appears \(count) times") }
        }
        let expectedIDs = Set(expected.map(\.id))
        for id in seen.keys.sorted() where !expectedIDs.contains(id) { problems.append("task \(id) is not a task of the day") }

        let publicCleanersOnDuty = attendants.contains { $0.role == .publicAreaCleaner }
        let caps = standards.caps
        for sheet in attendants {
            let who = "attendant \(sheet.staffID)"
            guard let staff = property.staffMember(sheet.staffID) else {
                if !sheet.staffID.hasPrefix("~") { problems.append("\(who) is not in the property") }
                continue
            }
            let rooms = sheet.tasks.filter { $0.task.isRoomTask }
            for item in sheet.tasks {
                let task = item.task
                if !task.requiredSkills.allSatisfy(staff.skills.contains) {
                    problems.append("\(who) lacks a skill for \(task.id)")
                }
                if task.isRoomTask, sheet.role != .roomAttendant { problems.append("\(who) is not a room attendant but has \(task.id)") }
                if !task.isRoomTask, publicCleanersOnDuty, sheet.role != .publicAreaCleaner {
                    problems.append("\(who) has public-area visit \(task.id) while public-area cleaners are on duty")
                }
                if abs(item.minutes - task.standardMinutes / sheet.efficiency) > 0.01 {
                    problems.append("\(who): \(task.id) takes \(item.minutes) min, not standard ÷ efficiency")
                }
            }
            if let cap = caps.rooms, rooms.count > cap { problems.append("\(who) has \(rooms.count) rooms, cap \(cap)") }
            let departures = rooms.filter { $0.task.kind == .departureClean }.count
            if let cap = caps.departures, departures > cap { problems.append("\(who) has \(departures) departures, cap \(cap)") }
            let credits = rooms.reduce(0) { $0 + $1.task.credits }
            if let cap = caps.credits, credits > cap + 1e-6 { problems.append("\(who) has \(credits) credits, cap \(cap)") }
            let area = rooms.reduce(0) { $0 + $1.task.areaSquareMetres }
            if let cap = caps.areaSquareMetres, area > cap + 1e-6 { problems.append("\(who) has \(area) m², cap \(cap)") }
            let floors = Set(rooms.compactMap(\.task.floorID)).count
            let buildings = Set(rooms.compactMap(\.task.buildingID)).count
            let travel = standards.travelMinutesPerFloorChange * Double(max(0, floors - 1))
                + standards.travelMinutesPerBuildingChange * Double(max(0, buildings - 1))
            if abs(travel - sheet.travelMinutes) > 0.01 { problems.append("\(who): travel \(sheet.travelMinutes) min, expected \(travel)") }
            let work = sheet.tasks.reduce(0) { $0 + $1.minutes }
            if abs(work - sheet.workMinutes) > 0.01 { problems.append("\(who): work minutes \(sheet.workMinutes) ≠ sum of tasks \(work)") }
            if work + travel > sheet.paidMinutes + 0.01 {
                problems.append("\(who): \(work) min of work + \(travel) travel exceed \(sheet.paidMinutes) paid")
            }
            // Times: clock times past midnight (a night shift, or work running late) are the next day.
            var clock = ShiftClock(start: sheet.shiftStart)
            var previous = sheet.shiftStart.minutesAfterMidnight
            var sawDoNotDisturb = false
            let span = ShiftClock.minutes(from: sheet.shiftStart, to: sheet.shiftEnd)
            let shiftEnd = sheet.shiftStart.minutesAfterMidnight + (span == 0 ? 1440 : span)
            func onShift(_ time: TimeOfDay) -> Int { ShiftType.minutes(of: time, onShiftFrom: sheet.shiftStart, lasting: span == 0 ? 1440 : span) }
            for item in sheet.tasks {
                let start = clock.minutes(item.start)
                let finish = clock.minutes(item.finish)
                if start + 1 < previous { problems.append("\(who): \(item.task.id) starts at \(item.start) before the previous task ends") }
                if let earliest = item.task.earliestStart, start < onShift(earliest) {
                    problems.append("\(who): \(item.task.id) starts at \(item.start), before \(earliest)")
                }
                if abs(Double(finish - start) - item.minutes) > 1.01 { problems.append("\(who): \(item.task.id) lasts \(finish - start) min, not \(item.minutes)") }
                if let ready = item.task.readyBy {
                    let missed = finish > onShift(ready)
                    if missed != item.flags.contains(.missesReadyBy) {
                        problems.append("\(who): \(item.task.id) finishes \(item.finish), ready by \(ready), flag \(item.flags.contains(.missesReadyBy) ? "set" : "not set")")
                    }
                } else if item.flags.contains(.missesReadyBy) {
                    problems.append("\(who): \(item.task.id) is flagged as missing a ready-by time it does not have")
                }
                // Times are rounded to the minute: a finish within a minute of the end may go either way.
                let late = item.flags.contains(.finishesAfterShift)
                if late ? finish <= shiftEnd : finish > shiftEnd + 1 {
                    problems.append("\(who): \(item.task.id) finishes \(item.finish), shift ends \(sheet.shiftEnd), flag \(late ? "set" : "not set")")
                }
                if item.task.priority == .doNotDisturb { sawDoNotDisturb = true }
                else if sawDoNotDisturb { problems.append("\(who): \(item.task.id) comes after a DND room") }
                previous = finish
            }
        }
        let missing = summary.undone.filter { $0.task.isMandatory }.reduce(0) { $0 + $1.task.standardMinutes }
        if abs(missing - summary.missingMinutes) > 0.01 { problems.append("missing minutes \(summary.missingMinutes), undone work \(missing)") }

        var finishes: [String: (String, TimeOfDay)] = [:]
        for sheet in attendants { for item in sheet.tasks { finishes[item.task.id] = (sheet.staffID, item.finish) } }
        for lead in leads {
            for inspection in lead.inspections {
                guard let (attendant, finish) = finishes[inspection.taskID] else {
                    problems.append("lead \(lead.staffID) inspects \(inspection.taskID), which nobody cleans")
                    continue
                }
                if attendant != inspection.attendantID { problems.append("inspection of \(inspection.taskID) names the wrong attendant") }
                if inspection.roomReadyAt != finish || ShiftClock.minutes(from: finish, to: inspection.start) >= 720 {
                    problems.append("lead \(lead.staffID) inspects room \(inspection.roomNumber) at \(inspection.start), before it is ready at \(finish)")
                }
            }
        }
        return problems
    }
}

/// Reads a sheet's clock times in order through one shift: a time more than half a day before the one before
/// it has passed midnight, so 23:40 then 00:10 is 1,420 then 1,450 minutes after the shift's first midnight.
struct ShiftClock {
    private var previous: Int
    private var dayOffset = 0

    init(start: TimeOfDay) { previous = start.minutesAfterMidnight }

    /// Minutes after the shift's first midnight, for the next time read in order.
    mutating func minutes(_ time: TimeOfDay) -> Int {
        var value = time.minutesAfterMidnight + dayOffset
        if value < previous - 720 {
            dayOffset += 1440
            value += 1440
        }
        previous = value
        return value
    }

    /// Minutes from one clock time forward to another, going round midnight (0…1,439).
    static func minutes(from earlier: TimeOfDay, to later: TimeOfDay) -> Int {
        ((later.minutesAfterMidnight - earlier.minutesAfterMidnight) % 1440 + 1440) % 1440
    }
}
