import Optimization

/// A MIP over some employees and a window of days, everyone and everything else fixed to the current
/// roster: the strong formulation used by the large-neighbourhood search (and, over everyone and every day,
/// for the lower bound).
///
/// Per employee: one shift a day; forbidden successions aggregated per shift (`x[d][t] + Σ x[d+1][u] ≤ 1`);
/// sliding windows for the maximum run (`Σ w over any maxRun+1 days ≤ maxRun`); one constraint per short
/// block for the minimum runs of work and of days off (`−w[s−1] + Σ w[s…s+l−1] − w[s+l] ≤ l − 1`); weekend
/// indicators; per-type counts and minutes. Cover: under, over and (hard-minimum) shortfall variables.
struct RosterSubproblem {
    let index: RosterIndex
    let staff: [Int]
    let days: Range<Int>
    var model = Model(name: "roster")
    /// x[(e position in staff, day - days.lowerBound)][t]: the variable, or nil when the assignment is impossible.
    var x: [[[Variable?]]] = []
    var start: [Variable: Double] = [:]

    /// Builds the sub-problem. `relaxed` makes every variable continuous (for the LP bound).
    init(index: RosterIndex, rows: [[Int]], counts: [Int], staff: [Int], days: Range<Int>, shortfallWeight: Int,
         relaxed: Bool = false) throws(OptimizationError) {
        self.index = index
        self.staff = staff
        self.days = days
        let kind: VariableKind = relaxed ? .continuous : .binary
        var objective = LinearExpression()
        let inWindow = Set(staff)
        for e in staff {
            var vars: [[Variable?]] = []
            for d in days {
                var dayVars: [Variable?] = []
                for t in 0..<index.shiftCount {
                    if index.allows(e, t) && !index.leave[e][d] {
                        let v = try model.addVariable(kind, lower: 0, upper: 1)
                        dayVars.append(v)
                        start[v] = rows[e][d] == t ? 1 : 0
                    } else {
                        dayVars.append(nil)
                    }
                }
                vars.append(dayVars)
            }
            x.append(vars)
        }
        for (position, e) in staff.enumerated() {
            try addRules(position, e, rows[e], kind: kind, objective: &objective)
        }
        // Cover: the fixed part counted from everyone outside the sub-problem (and days outside the window).
        for (r, row) in index.coverRows.enumerated() where days.contains(row.day) {
            var expression = LinearExpression()
            var fixed = counts[r]
            var touched = false
            for (position, e) in staff.enumerated() where row.counts[e] {
                if rows[e][row.day] == row.shift { fixed -= 1 }
                if let v = x[position][row.day - days.lowerBound][row.shift] { expression.add(1, v); touched = true }
            }
            guard touched else { continue }
            _ = inWindow
            let current = counts[r]
            if row.underWeight > 0 {
                let under = try model.addVariable(.continuous, lower: 0)
                try model.addConstraint(LinearExpression(under) + expression >= Double(row.preferred - fixed))
                objective.add(Double(row.underWeight), under)
                start[under] = Double(max(0, row.preferred - current))
            }
            if row.overWeight > 0 {
                let over = try model.addVariable(.continuous, lower: 0)
                try model.addConstraint(expression - over <= Double(row.preferred - fixed))
                objective.add(Double(row.overWeight), over)
                start[over] = Double(max(0, current - row.preferred))
            }
            if row.minimum > 0 {
                let shortfall = try model.addVariable(.continuous, lower: 0)
                try model.addConstraint(LinearExpression(shortfall) + expression >= Double(row.minimum - fixed))
                objective.add(Double(shortfallWeight), shortfall)
                start[shortfall] = Double(max(0, row.minimum - current))
            }
        }
        try model.setObjective(objective, sense: .minimize)
    }

    /// The work indicator of employee `e` on day `d` (any day, even outside the horizon): an expression of
    /// variables inside the window, a constant outside it. Nil before the known past (unknown).
    private func work(_ position: Int, _ e: Int, _ row: [Int], _ d: Int) -> LinearExpression? {
        if d >= index.dayCount { return LinearExpression() }
        if d < 0 {
            guard index.historyLast[e] != nil else { return d == -1 ? LinearExpression() : nil }
            // The known past: only its trailing run matters to the rules; earlier days are taken as the other kind.
            let working = index.historyLast[e]! >= 0
            let inRun = -d <= index.historyRun[e]
            if !inRun && index.historyRunIsWhole[e] { return nil }
            return LinearExpression(constant: (working == inRun) ? 1 : 0)
        }
        if days.contains(d) {
            return LinearExpression.sum(x[position][d - days.lowerBound].compactMap { $0 })
        }
        return LinearExpression(constant: row[d] >= 0 ? 1 : 0)
    }

    private func shiftTerm(_ position: Int, _ e: Int, _ row: [Int], _ d: Int, _ t: Int) -> LinearExpression {
        if d < 0 {
            if d == -1, let last = index.historyLast[e], last == t { return LinearExpression(constant: 1) }
            return LinearExpression()
        }
        if d >= index.dayCount { return LinearExpression() }
        if days.contains(d) { return x[position][d - days.lowerBound][t].map { LinearExpression($0) } ?? LinearExpression() }
        return LinearExpression(constant: row[d] == t ? 1 : 0)
    }

    private mutating func add(_ constraint: LinearConstraint) throws(OptimizationError) {
        if constraint.expression.terms.isEmpty { return }   // all fixed: nothing to decide here
        try model.addConstraint(constraint)
    }

    private mutating func addRules(
        _ position: Int, _ e: Int, _ row: [Int], kind: VariableKind, objective: inout LinearExpression
    ) throws(OptimizationError) {
        let first = days.lowerBound, last = days.upperBound - 1
        for d in days {
            let vars = x[position][d - first].compactMap { $0 }
            if vars.count > 1 { try add(LinearExpression.sum(vars) <= 1) }
            // Requests: cost(off) + Σ (cost(t) − cost(off)) x[t].
            let costs = index.requestCost[e][d]
            objective.constant += Double(costs[0])
            for t in 0..<index.shiftCount { if let v = x[position][d - first][t] { objective.add(Double(costs[t + 1] - costs[0]), v) } }
        }
        // Forbidden successions, aggregated per leading shift.
        for d in (first - 1)...last where d + 1 >= 0 && d + 1 < index.dayCount {
            for t in 0..<index.shiftCount {
                var expression = shiftTerm(position, e, row, d, t)
                if expression.terms.isEmpty && expression.constant == 0 { continue }
                var any = false
                for u in 0..<index.shiftCount where index.forbidden[t][u] {
                    let follower = shiftTerm(position, e, row, d + 1, u)
                    if !follower.terms.isEmpty || follower.constant != 0 { expression.add(follower); any = true }
                }
                if any { try add(expression <= 1) }
            }
        }
        // Counts per type and minutes.
        var minutes = LinearExpression()
        var fixedMinutes = 0
        var fixedPerShift = [Int](repeating: 0, count: index.shiftCount)
        for d in 0..<index.dayCount where !days.contains(d) && row[d] >= 0 {
            fixedMinutes += index.minutes[row[d]]
            fixedPerShift[row[d]] += 1
        }
        for t in 0..<index.shiftCount {
            var count = LinearExpression()
            for d in days { if let v = x[position][d - first][t] { count.add(1, v); minutes.add(Double(index.minutes[t]), v) } }
            if index.maxShifts[e][t] < days.count { try add(count <= Double(index.maxShifts[e][t] - fixedPerShift[t])) }
        }
        try add(LinearConstraint(lower: Double(index.minMinutes[e] - fixedMinutes), minutes,
                                 upper: Double(min(index.maxMinutes[e], Int.max / 8) - fixedMinutes)))
        // Maximum run: every maxRun + 1 consecutive days hold at most maxRun shifts.
        let maximumRun = index.maxConsecutive[e]
        let pastLength = index.historyLast[e] == nil ? 0 : index.historyRun[e] + 1
        if maximumRun < index.dayCount + pastLength {
            for s in (first - maximumRun)...last where s >= -pastLength && s + maximumRun < index.dayCount {
                var expression = LinearExpression()
                var complete = true
                for d in s...(s + maximumRun) {
                    guard let w = work(position, e, row, d) else { complete = false; break }
                    expression.add(w)
                }
                if complete { try add(expression <= Double(maximumRun)) }
            }
        }
        // Minimum runs of work and of days off: no short block between two days of the other kind.
        for (minimum, isWork) in [(index.minConsecutive[e], true), (index.minDaysOff[e], false)] where minimum >= 2 {
            for length in 1..<minimum {
                for s in (first - length)...(last + 1) where s + length <= index.dayCount - 1 {
                    guard let before = work(position, e, row, s - 1), let after = work(position, e, row, s + length) else { continue }
                    if index.historyLast[e] == nil && s < 1 { continue }
                    var block = LinearExpression()
                    var complete = true
                    for d in s..<(s + length) {
                        guard let w = work(position, e, row, d) else { complete = false; break }
                        block.add(w)
                    }
                    guard complete else { continue }
                    if isWork {
                        try add(block - before - after <= Double(length - 1))
                    } else {
                        try add(before + after - block <= 1)
                    }
                }
            }
        }
        // Weekends.
        if index.maxWeekends[e] < index.weekendCount {
            var fixedWeekends = Set<Int>()
            var windowWeekends = Set<Int>()
            for d in 0..<index.dayCount where index.weekendOf[d] >= 0 {
                if days.contains(d) { windowWeekends.insert(index.weekendOf[d]) }
            }
            for d in 0..<index.dayCount where index.weekendOf[d] >= 0 && !windowWeekends.contains(index.weekendOf[d]) && row[d] >= 0 {
                fixedWeekends.insert(index.weekendOf[d])
            }
            var total = LinearExpression()
            for weekend in windowWeekends.sorted() {
                let indicator = try model.addVariable(kind, lower: 0, upper: 1)
                var worked = false
                for d in 0..<index.dayCount where index.weekendOf[d] == weekend {
                    guard let w = work(position, e, row, d) else { continue }
                    try add(w - indicator <= 0)
                    if row[d] >= 0 { worked = true }
                }
                start[indicator] = worked ? 1 : 0
                total.add(1, indicator)
            }
            try add(total <= Double(index.maxWeekends[e] - fixedWeekends.count))
        }
    }

    /// The rows of the sub-problem's employees read from a solution.
    func rows(from solution: Solution, current: [[Int]]) -> [[Int]] {
        var result = current
        for (position, e) in staff.enumerated() {
            for d in days {
                var assigned = -1
                for t in 0..<index.shiftCount {
                    if let v = x[position][d - days.lowerBound][t], solution[v] > 0.5 { assigned = t }
                }
                result[e][d] = assigned
            }
        }
        return result
    }
}
