extension EmployeeScheduleSearch {
    /// The resources an exact search tracks: minutes (in units of the gcd of the usable shift lengths, up to
    /// `maximumUnits`), weekends, and the shift types whose maximum can bind (`countedShifts`, each with its
    /// limit). Nil when even minutes and weekends do not fit `operationLimit` (then everything is priced).
    struct ExactResources {
        var unit: Int
        var maximumUnits: Int
        var countedShifts: [Int]
        var countLimits: [Int]

        /// The counted shift types' counts as one mixed-radix code over `shiftCount` types: `stride[t]` and
        /// `limit[t]` for a counted type (0 otherwise), and `size`, the number of codes.
        func countCode(shiftCount: Int) -> (stride: [Int], limit: [Int], size: Int) {
            var stride = [Int](repeating: 0, count: shiftCount), limit = [Int](repeating: 0, count: shiftCount)
            var size = 1
            for (t, l) in zip(countedShifts, countLimits) {
                stride[t] = size
                limit[t] = l
                size *= l + 1
            }
            return (stride, limit, size)
        }
    }

    /// The resources of an exact search that fits `operationLimit` steps: minutes and weekends, plus (when
    /// `countingShifts`) as many of the binding shift-type maximums as fit (the others stay priced); nil when
    /// minutes and weekends alone do not fit.
    func exactResources(operationLimit: Int = 4_000_000, countingShifts: Bool = false) -> ExactResources? {
        let e = employee
        let usable = (0..<index.shiftCount).filter { index.allows(e, $0) }
        guard !usable.isEmpty else { return nil }
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        let unit = usable.map { index.minutes[$0] }.reduce(0, gcd)
        guard unit > 0 else { return nil }
        let longest = usable.map { index.minutes[$0] }.max()!
        let maximumUnits = min(index.maxMinutes[e], longest * index.dayCount) / unit
        let weekends = min(index.maxWeekends[e], index.weekendCount) + 1
        var states = (index.shiftCount + 1) * (runCap + 1) * 2 * (maximumUnits + 1) * weekends
        let steps = index.dayCount * (index.shiftCount + 1)
        guard states * steps <= operationLimit else { return nil }
        var resources = ExactResources(unit: unit, maximumUnits: maximumUnits, countedShifts: [], countLimits: [])
        let workable = (0..<index.dayCount).filter { !index.leave[e][$0] }.count
        for t in usable where countingShifts && index.maxShifts[e][t] < workable && states * (index.maxShifts[e][t] + 1) * steps <= operationLimit {
            states *= index.maxShifts[e][t] + 1
            resources.countedShifts.append(t)
            resources.countLimits.append(index.maxShifts[e][t])
        }
        return resources
    }

    /// Whether an exact search of `larger` steps tracks more of this employee's rules than one of `smaller`.
    func countsMoreShifts(at larger: Int, than smaller: Int) -> Bool {
        func tracked(_ limit: Int) -> Int { exactResources(operationLimit: limit, countingShifts: true)?.countedShifts.count ?? -1 }
        return tracked(larger) > tracked(smaller)
    }

    /// The schedule maximising the sum of `value[d][a + 1]` under the sequence rules, the minutes limits, the
    /// weekend limit and the counted shift types' maximums, all exact; nil when none exists.
    func bestSequenceExact(value: [[Double]], resources: ExactResources) -> [Int]? {
        let e = employee, shifts = index.shiftCount, days = index.dayCount, cap = runCap
        let unit = resources.unit, maximumUnits = resources.maximumUnits
        // The counted shift types' counts, as one mixed-radix code: stride[t] for a counted type, else 0.
        let (countStride, countLimit, c) = resources.countCode(shiftCount: shifts)
        let weekendLimit = min(index.maxWeekends[e], index.weekendCount)
        let unitsOf = (0..<shifts).map { index.minutes[$0] / unit }
        let allowed = (0..<shifts).map { index.allows(e, $0) }
        let w = weekendLimit + 1, u = maximumUnits + 1
        let stateCount = (shifts + 1) * (cap + 1) * 2 * u * w * c
        func state(_ kind: Int, _ run: Int, _ exempt: Bool, _ units: Int, _ weekends: Int, _ code: Int = 0) -> Int {
            (((((kind * (cap + 1) + run) * 2 + (exempt ? 1 : 0)) * u) + units) * w + weekends) * c + code
        }
        var current = [Double](repeating: -.infinity, count: stateCount)
        var next = current
        var predecessor = [Int32](repeating: -1, count: days * stateCount)
        if let last = index.historyLast[e] {
            current[state(last + 1, min(index.historyRun[e], cap), index.historyRunIsWhole[e], 0, 0)] = 0
        } else {
            current[state(0, cap, true, 0, 0)] = 0
        }
        let minimumWork = index.minConsecutive[e], minimumOff = index.minDaysOff[e], maximumWork = index.maxConsecutive[e]
        for d in 0..<days {
            for s in 0..<stateCount { next[s] = -.infinity }
            let newRunExempt = d == 0 && index.historyLast[e] == nil
            let weekend = index.weekendOf[d]
            let continuesWeekend = weekend >= 0 && d > 0 && index.weekendOf[d - 1] == weekend
            for kind in 0...shifts {
                for run in 1...cap {
                    for exempt in [false, true] {
                        for units in 0..<u {
                            for weekends in 0..<w {
                              for code in 0..<c {
                                let source = state(kind, run, exempt, units, weekends, code)
                                let score = current[source]
                                if score == -.infinity { continue }
                                // A day off.
                                let offTarget: Int
                                if kind == 0 {
                                    offTarget = state(0, min(run + 1, cap), exempt, units, weekends, code)
                                } else if exempt || run >= minimumWork {
                                    offTarget = state(0, 1, newRunExempt, units, weekends, code)
                                } else {
                                    offTarget = -1
                                }
                                if offTarget >= 0 && score + value[d][0] > next[offTarget] {
                                    next[offTarget] = score + value[d][0]
                                    predecessor[d * stateCount + offTarget] = Int32(source)
                                }
                                // A shift.
                                if index.leave[e][d] { continue }
                                if kind == 0 && !(exempt || run >= minimumOff) { continue }
                                if kind > 0 && tracksMaximumRun && run + 1 > maximumWork { continue }
                                let newWeekends = weekends + (weekend >= 0 && !(continuesWeekend && kind > 0) ? 1 : 0)
                                if newWeekends > weekendLimit { continue }
                                for t in 0..<shifts where allowed[t] {
                                    if kind > 0 && index.forbidden[kind - 1][t] { continue }
                                    let newUnits = units + unitsOf[t]
                                    if newUnits > maximumUnits { continue }
                                    if countStride[t] > 0 && (code / countStride[t]) % (countLimit[t] + 1) == countLimit[t] { continue }
                                    let newCode = code + countStride[t]
                                    let target = kind > 0
                                        ? state(t + 1, min(run + 1, cap), exempt, newUnits, newWeekends, newCode)
                                        : state(t + 1, 1, newRunExempt, newUnits, newWeekends, newCode)
                                    let candidate = score + value[d][t + 1]
                                    if candidate > next[target] {
                                        next[target] = candidate
                                        predecessor[d * stateCount + target] = Int32(source)
                                    }
                                }
                              }
                            }
                        }
                    }
                }
            }
            swap(&current, &next)
        }
        let minimumUnits = (index.minMinutes[e] + unit - 1) / unit
        var bestState = -1
        var bestScore = -Double.infinity
        for s in 0..<stateCount where current[s] > bestScore {
            let units = (s / (w * c)) % u
            if units >= minimumUnits && units * unit <= index.maxMinutes[e] { bestScore = current[s]; bestState = s }
        }
        guard bestState >= 0 else { return nil }
        var row = [Int](repeating: -1, count: days)
        var s = bestState
        for d in stride(from: days - 1, through: 0, by: -1) {
            row[d] = s / (2 * (cap + 1) * u * w * c) - 1
            s = Int(predecessor[d * stateCount + s])
        }
        return row
    }
}
