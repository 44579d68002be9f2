extension RosterIndex {
    /// Checks every hard rule that concerns one employee alone and returns how many are broken; `report`
    /// (when given) receives each one with its first day (nil when it concerns the whole horizon).
    func employeeViolationCount(
        _ e: Int, _ row: [Int], report: ((RosterViolation.Rule, Int?, String) -> Void)? = nil
    ) -> Int {
        var count = 0
        func broken(_ rule: RosterViolation.Rule, _ day: Int?, _ detail: @autoclosure () -> String) {
            count += 1
            report?(rule, day, detail())
        }
        var perShift = Array(repeating: 0, count: shiftCount)
        var totalMinutes = 0
        var weekendWorked = Array(repeating: false, count: weekendCount)
        for d in 0..<dayCount where row[d] >= 0 {
            let shift = row[d]
            perShift[shift] += 1
            totalMinutes += minutes[shift]
            if leave[e][d] { broken(.leave, d, "works on a day off or on leave") }
            if weekendOf[d] >= 0 { weekendWorked[weekendOf[d]] = true }
        }
        // Successions, including from the last previous day.
        for d in 0..<dayCount where row[d] >= 0 {
            let before = d > 0 ? row[d - 1] : (historyLast[e] ?? -1)
            if before >= 0 && forbidden[before][row[d]] {
                broken(.forbiddenSuccession, d, "'\(shiftIDs[row[d]])' follows '\(shiftIDs[before])' of the day before")
            }
        }
        for t in 0..<shiftCount where perShift[t] > maxShifts[e][t] {
            broken(.maximumShiftsOfType, nil, "\(perShift[t]) shifts of '\(shiftIDs[t])', at most \(maxShifts[e][t])")
        }
        if totalMinutes > maxMinutes[e] { broken(.maximumMinutes, nil, "\(totalMinutes) minutes, at most \(maxMinutes[e])") }
        if totalMinutes < minMinutes[e] { broken(.minimumMinutes, nil, "\(totalMinutes) minutes, at least \(minMinutes[e])") }
        let weekends = weekendWorked.filter { $0 }.count
        if weekends > maxWeekends[e] { broken(.maximumWeekends, nil, "\(weekends) weekends worked, at most \(maxWeekends[e])") }
        // Runs of work and of days off.
        var start = 0
        while start < dayCount {
            let working = row[start] >= 0
            var end = start
            while end + 1 < dayCount && (row[end + 1] >= 0) == working { end += 1 }
            var length = end - start + 1
            var exempt = end == dayCount - 1   // a run touching the end of the horizon is never too short
            if start == 0 {
                if let last = historyLast[e] {
                    if (last >= 0) == working {
                        length += historyRun[e]
                        if historyRunIsWhole[e] { exempt = true }
                    }
                } else {
                    exempt = true
                }
            }
            if working {
                if length > maxConsecutive[e] {
                    broken(.maximumConsecutiveShifts, start, "\(length) consecutive shifts, at most \(maxConsecutive[e])")
                }
                if !exempt && length < minConsecutive[e] {
                    broken(.minimumConsecutiveShifts, start, "\(length) consecutive shifts, at least \(minConsecutive[e])")
                }
            } else if !exempt && length < minDaysOff[e] {
                broken(.minimumConsecutiveDaysOff, start, "\(length) consecutive days off, at least \(minDaysOff[e])")
            }
            start = end + 1
        }
        // A run of the previous period that day 0 cuts short.
        if let last = historyLast[e], !historyRunIsWhole[e], dayCount > 0, (last >= 0) != (row[0] >= 0) {
            if last >= 0 && historyRun[e] < minConsecutive[e] {
                broken(.minimumConsecutiveShifts, 0, "the previous period ends with \(historyRun[e]) consecutive shifts, at least \(minConsecutive[e])")
            }
            if last < 0 && historyRun[e] < minDaysOff[e] {
                broken(.minimumConsecutiveDaysOff, 0, "the previous period ends with \(historyRun[e]) consecutive days off, at least \(minDaysOff[e])")
            }
        }
        return count
    }
}
