extension EmployeeScheduleSearch {
    /// The schedules of one employee whose value is within a margin of the best (see
    /// ``enumerate(value:resources:margin:limit:isCancelled:)``).
    struct Enumeration {
        /// The best value `Σ value[d][a + 1]` over the schedules of the search's state space (an upper bound on
        /// the value of any schedule meeting the employee's rules: rules not tracked are relaxed).
        var maximum: Double
        /// Every schedule meeting all of the employee's rules with a value of at least `maximum - margin`,
        /// when `complete`; otherwise those found before `limit` or the cancellation stopped the search.
        var rows: [[Int]]
        /// Whether every such schedule is in `rows`.
        var complete: Bool
    }

    /// The state of the exact search, decoded.
    private struct ExactState {
        var kind: Int, run: Int, exempt: Bool, units: Int, weekends: Int, code: Int
    }

    /// The state space of ``bestSequenceExact(value:resources:)``, with its transitions.
    private struct ExactSpace {
        let search: EmployeeScheduleSearch
        let unit: Int, maximumUnits: Int, minimumUnits: Int
        let cap: Int, u: Int, w: Int, c: Int
        let countStride: [Int], countLimit: [Int]
        let unitsOf: [Int]
        let allowed: [Bool]
        let weekendLimit: Int
        let stateCount: Int

        init(search: EmployeeScheduleSearch, resources: ExactResources) {
            let index = search.index, e = search.employee, shifts = index.shiftCount
            self.search = search
            unit = resources.unit
            maximumUnits = resources.maximumUnits
            minimumUnits = (index.minMinutes[e] + resources.unit - 1) / resources.unit
            cap = search.runCap
            (countStride, countLimit, c) = resources.countCode(shiftCount: shifts)
            weekendLimit = min(index.maxWeekends[e], index.weekendCount)
            w = weekendLimit + 1
            u = maximumUnits + 1
            unitsOf = (0..<shifts).map { index.minutes[$0] / resources.unit }
            allowed = (0..<shifts).map { index.allows(e, $0) }
            stateCount = (shifts + 1) * (cap + 1) * 2 * u * w * c
        }

        func encode(_ s: ExactState) -> Int {
            (((((s.kind * (cap + 1) + s.run) * 2 + (s.exempt ? 1 : 0)) * u) + s.units) * w + s.weekends) * c + s.code
        }

        func decode(_ state: Int) -> ExactState {
            var rest = state
            let code = rest % c; rest /= c
            let weekends = rest % w; rest /= w
            let units = rest % u; rest /= u
            let exempt = rest % 2 == 1; rest /= 2
            let run = rest % (cap + 1); rest /= cap + 1
            return ExactState(kind: rest, run: run, exempt: exempt, units: units, weekends: weekends, code: code)
        }

        var initial: Int {
            let index = search.index, e = search.employee
            if let last = index.historyLast[e] {
                return encode(ExactState(kind: last + 1, run: min(index.historyRun[e], cap), exempt: index.historyRunIsWhole[e], units: 0, weekends: 0, code: 0))
            }
            return encode(ExactState(kind: 0, run: cap, exempt: true, units: 0, weekends: 0, code: 0))
        }

        func isFinal(_ s: ExactState) -> Bool {
            s.units >= minimumUnits && s.units * unit <= search.index.maxMinutes[search.employee]
        }

        /// Calls `body(assignment, target)` for each move from state `s` on day `d` (assignment -1 off, else a
        /// shift), exactly as in ``bestSequenceExact(value:resources:)``.
        @inline(__always)
        func forEachMove(day d: Int, from s: ExactState, _ body: (Int, Int) -> Void) {
            let index = search.index, e = search.employee, shifts = index.shiftCount
            let newRunExempt = d == 0 && index.historyLast[e] == nil
            let weekend = index.weekendOf[d]
            let continuesWeekend = weekend >= 0 && d > 0 && index.weekendOf[d - 1] == weekend
            if s.kind == 0 {
                body(-1, encode(ExactState(kind: 0, run: min(s.run + 1, cap), exempt: s.exempt, units: s.units, weekends: s.weekends, code: s.code)))
            } else if s.exempt || s.run >= index.minConsecutive[e] {
                body(-1, encode(ExactState(kind: 0, run: 1, exempt: newRunExempt, units: s.units, weekends: s.weekends, code: s.code)))
            }
            if index.leave[e][d] { return }
            if s.kind == 0 && !(s.exempt || s.run >= index.minDaysOff[e]) { return }
            if s.kind > 0 && search.tracksMaximumRun && s.run + 1 > index.maxConsecutive[e] { return }
            let newWeekends = s.weekends + (weekend >= 0 && !(continuesWeekend && s.kind > 0) ? 1 : 0)
            if newWeekends > weekendLimit { return }
            for t in 0..<shifts where allowed[t] {
                if s.kind > 0 && index.forbidden[s.kind - 1][t] { continue }
                let newUnits = s.units + unitsOf[t]
                if newUnits > maximumUnits { continue }
                if countStride[t] > 0 && (s.code / countStride[t]) % (countLimit[t] + 1) == countLimit[t] { continue }
                let target = s.kind > 0
                    ? ExactState(kind: t + 1, run: min(s.run + 1, cap), exempt: s.exempt, units: newUnits, weekends: newWeekends, code: s.code + countStride[t])
                    : ExactState(kind: t + 1, run: 1, exempt: newRunExempt, units: newUnits, weekends: newWeekends, code: s.code + countStride[t])
                body(t, encode(target))
            }
        }
    }

    /// The number of values an enumeration over `resources` keeps (its backward table), to bound its memory.
    func enumerationTableSize(resources: ExactResources) -> Int {
        ExactSpace(search: self, resources: resources).stateCount * (index.dayCount + 1)
    }

    /// Every schedule of this employee meeting all their rules whose value `Σ value[d][a + 1]` is at least the
    /// best value of the search's state space minus `margin` (column enumeration: with the master's duals as
    /// values and the gap between an upper and a lower bound as margin, no roster better than the upper
    /// bound uses a schedule left out). A backward dynamic programme over the state space of
    /// ``bestSequenceExact(value:resources:)`` gives the best completion of each state; a depth-first search
    /// from the first day follows only the moves that can still stay within the margin. Rules that the state
    /// space does not track (shift-type maximums not in `resources`) are checked on each schedule found, and
    /// the maximum then bounds a relaxation, which keeps the enumeration complete. Stops incomplete after
    /// `limit` schedules or when `isCancelled()` (asked every few thousand steps) returns true; a `limit` of 0
    /// only computes the maximum.
    func enumerate(
        value: [[Double]], resources: ExactResources, margin: Double, limit: Int, isCancelled: () -> Bool = { false }
    ) -> Enumeration {
        let space = ExactSpace(search: self, resources: resources)
        let days = index.dayCount, stateCount = space.stateCount
        // best[d * stateCount + s]: the best value of days d..<days from state s on the morning of day d.
        var best = [Double](repeating: -.infinity, count: (days + 1) * stateCount)
        for s in 0..<stateCount where space.isFinal(space.decode(s)) { best[days * stateCount + s] = 0 }
        for d in stride(from: days - 1, through: 0, by: -1) {
            let base = d * stateCount, nextBase = (d + 1) * stateCount
            for s in 0..<stateCount {
                var top = -Double.infinity
                space.forEachMove(day: d, from: space.decode(s)) { a, target in
                    let candidate = value[d][a + 1] + best[nextBase + target]
                    if candidate > top { top = candidate }
                }
                best[base + s] = top
            }
            if isCancelled() { return Enumeration(maximum: .infinity, rows: [], complete: false) }
        }
        let maximum = best[space.initial]
        guard maximum > -.infinity else { return Enumeration(maximum: -.infinity, rows: [], complete: true) }
        guard limit > 0 else { return Enumeration(maximum: maximum, rows: [], complete: false) }
        let threshold = maximum - margin - 1e-9 * max(1, abs(maximum))
        var rows: [[Int]] = []
        var row = [Int](repeating: -1, count: days)
        var complete = true
        var steps = 0
        func visit(_ d: Int, _ state: Int, _ prefix: Double) {
            guard complete else { return }
            if d == days {
                if index.employeeViolationCount(employee, row) == 0 {
                    rows.append(row)
                    if rows.count >= limit { complete = false }
                }
                return
            }
            steps += 1
            if steps % 4096 == 0 && isCancelled() { complete = false; return }
            var moves: [(Int, Int, Double)] = []
            space.forEachMove(day: d, from: space.decode(state)) { a, target in
                let reach = prefix + value[d][a + 1]
                if reach + best[(d + 1) * stateCount + target] >= threshold { moves.append((a, target, reach)) }
            }
            for (a, target, reach) in moves {
                row[d] = a
                visit(d + 1, target, reach)
                if !complete { return }
            }
            row[d] = -1
        }
        visit(0, space.initial, 0)
        return Enumeration(maximum: maximum, rows: rows, complete: complete)
    }
}
