/// The best schedule for one employee alone, by dynamic programming over the days.
///
/// The sequence rules (leave, forbidden successions, maximum and minimum runs of shifts and of days off, with
/// the boundary rules) are exact in the states; the counting rules (minutes, shifts per type, weekends) are
/// priced in (Lagrangian multipliers adjusted until the schedule meets them). Internal to the planner.
struct EmployeeScheduleSearch {
    let index: RosterIndex
    let employee: Int
    /// The run length cap: enough to check every run rule.
    private let cap: Int
    let tracksMaximumRun: Bool
    var runCap: Int { cap }
    private let unknownPast: Bool

    init(index: RosterIndex, employee e: Int) {
        self.index = index
        self.employee = e
        tracksMaximumRun = index.maxConsecutive[e] < index.dayCount + index.historyRun[e]
        cap = max(1, index.minConsecutive[e], index.minDaysOff[e], tracksMaximumRun ? index.maxConsecutive[e] + 1 : 1)
        unknownPast = index.historyLast[e] == nil
    }

    /// The schedule maximising the sum of `value[d][a + 1]` (a = -1 off, else a shift) minus `weekendPrice` per
    /// weekend worked, under the sequence rules; `nil` when no schedule meets them.
    ///
    /// The states hold only the kinds of day this employee can have (off, the shift types they may work, and
    /// the previous period's last shift): with 32 shift types and a handful allowed per person, the states and
    /// the work per day shrink several times over, with the same result as over every shift type.
    func bestSequence(value: [[Double]], weekendPrice: Double) -> [Int]? {
        let e = employee, shifts = index.shiftCount, days = index.dayCount
        let allowedShifts = (0..<shifts).filter { index.allows(e, $0) }
        var kindShifts = allowedShifts
        if let last = index.historyLast[e], last >= 0, !kindShifts.contains(last) { kindShifts = (kindShifts + [last]).sorted() }
        // Kind 0 is off; kind i > 0 is the shift kindShifts[i - 1].
        let kindCount = kindShifts.count + 1
        var kindOf = [Int](repeating: -1, count: shifts)
        for (i, t) in kindShifts.enumerated() { kindOf[t] = i + 1 }
        func state(_ kind: Int, _ run: Int, _ exempt: Bool) -> Int { (kind * (cap + 1) + run) * 2 + (exempt ? 1 : 0) }
        let stateCount = kindCount * (cap + 1) * 2
        let minimumWork = index.minConsecutive[e], minimumOff = index.minDaysOff[e], maximumWork = index.maxConsecutive[e]
        var current = [Double](repeating: -.infinity, count: stateCount)
        var predecessor = [Int32](repeating: -1, count: days * stateCount)
        if let last = index.historyLast[e] {
            current[state(last >= 0 ? kindOf[last] : 0, min(index.historyRun[e], cap), index.historyRunIsWhole[e])] = 0
        } else {
            current[state(0, cap, true)] = 0
        }
        // Whether the shift of kind k may be followed by shift t (by position in allowedShifts).
        let follows = (0..<kindCount).map { k in allowedShifts.map { t in k == 0 || !index.forbidden[kindShifts[k - 1]][t] } }
        var next = current
        for d in 0..<days {
            for s in 0..<stateCount { next[s] = -.infinity }
            let newRunExempt = d == 0 && unknownPast
            let weekend = index.weekendOf[d]
            let continuesWeekend = weekend >= 0 && d > 0 && index.weekendOf[d - 1] == weekend
            func relax(_ target: Int, _ candidate: Double, from source: Int) {
                if candidate > next[target] {
                    next[target] = candidate
                    predecessor[d * stateCount + target] = Int32(source)
                }
            }
            let offValue = value[d][0]
            for run in 1...cap {
                for exempt in [false, true] {
                    // From off.
                    let offState = state(0, run, exempt)
                    let offScore = current[offState]
                    if offScore > -.infinity {
                        relax(state(0, min(run + 1, cap), exempt), offScore + offValue, from: offState)
                        if (exempt || run >= minimumOff) && !index.leave[e][d] {
                            let weekendCost = weekend >= 0 ? weekendPrice : 0
                            for t in allowedShifts {
                                relax(state(kindOf[t], 1, newRunExempt), offScore + value[d][t + 1] - weekendCost, from: offState)
                            }
                        }
                    }
                    // From work: the best last shift of this run length.
                    var best = -1
                    var bestScore = -Double.infinity
                    for k in 1..<kindCount {
                        let score = current[state(k, run, exempt)]
                        if score > bestScore { bestScore = score; best = k }
                    }
                    guard best > 0, bestScore > -.infinity else { continue }
                    if exempt || run >= minimumWork {
                        for k in 1..<kindCount {
                            let score = current[state(k, run, exempt)]
                            if score > -.infinity {
                                relax(state(0, 1, newRunExempt), score + offValue, from: state(k, run, exempt))
                            }
                        }
                    }
                    if index.leave[e][d] || (tracksMaximumRun && run + 1 > maximumWork) { continue }
                    let weekendCost = weekend >= 0 && !continuesWeekend ? weekendPrice : 0
                    let target = min(run + 1, cap)
                    for (position, t) in allowedShifts.enumerated() {
                        var from = best
                        if !follows[best][position] {
                            from = -1
                            var fromScore = -Double.infinity
                            for k in 1..<kindCount where follows[k][position] {
                                let score = current[state(k, run, exempt)]
                                if score > fromScore { fromScore = score; from = k }
                            }
                            if from < 0 || fromScore == -.infinity { continue }
                        }
                        let source = state(from, run, exempt)
                        relax(state(kindOf[t], target, exempt), current[source] + value[d][t + 1] - weekendCost, from: source)
                    }
                }
            }
            swap(&current, &next)
        }
        var bestState = -1
        var bestScore = -Double.infinity
        for s in 0..<stateCount where current[s] > bestScore { bestScore = current[s]; bestState = s }
        guard bestState >= 0 else { return nil }
        var row = [Int](repeating: -1, count: days)
        var s = bestState
        for d in stride(from: days - 1, through: 0, by: -1) {
            let kind = s / (2 * (cap + 1))
            row[d] = kind == 0 ? -1 : kindShifts[kind - 1]
            s = Int(predecessor[d * stateCount + s])
        }
        return row
    }

    /// A schedule meeting every rule of this employee, maximising `base[d][a + 1]`: minutes and weekends exact
    /// when that search fits `exactOperationLimit` steps, else priced; shifts per type priced; `nil` when none
    /// was found in `rounds` rounds.
    func bestSchedule(base: [[Double]], rounds: Int = 60, exactOperationLimit: Int = 4_000_000) -> [Int]? {
        pricedSchedule(base: base, rounds: rounds, exactOperationLimit: exactOperationLimit).row
    }

    /// A schedule found by ``bestSchedule(base:rounds:exactOperationLimit:)`` with an upper bound on the value
    /// of any schedule meeting every rule of this employee.
    struct PricedSchedule {
        /// The schedule (meets every rule of the employee), or nil when none was found.
        var row: [Int]?
        /// No schedule meeting every rule has a larger `Σ base[d][a + 1]` (Lagrangian: each round's dynamic
        /// programme relaxes the priced rules, so its maximum plus the prices times the limits is a bound);
        /// `-infinity` when no schedule meets the sequence rules.
        var valueBound: Double
    }

    /// The price-adjustment search behind ``bestSchedule(base:rounds:exactOperationLimit:)``, also returning
    /// the Lagrangian bound (used for column-generation pricing, where the bound keeps the roster's lower
    /// bound valid when pricing is not exact). `countingShifts` makes binding shift-type maximums exact too
    /// when the search still fits `exactOperationLimit` (slower: column-generation pricing, where exactness
    /// makes the bound the LP value).
    func pricedSchedule(
        base: [[Double]], rounds: Int = 60, exactOperationLimit: Int = 4_000_000, countingShifts: Bool = false
    ) -> PricedSchedule {
        let e = employee, shifts = index.shiftCount, days = index.dayCount
        var magnitude = 0.0, counted = 0
        for d in 0..<days { for a in base[d] where a != 0 && a.isFinite { magnitude += abs(a); counted += 1 } }
        let scale = counted > 0 ? max(magnitude / Double(counted), 1) : 1
        let usable = (0..<shifts).filter { index.allows(e, $0) }
        let averageMinutes = usable.isEmpty ? 1 : max(1, Double(usable.map { index.minutes[$0] }.reduce(0, +)) / Double(usable.count))
        var perMinute = 0.0, perMinuteStep = scale / averageMinutes, lastDirection = 0
        let firstMinuteStep = perMinuteStep
        // The prices known to give too few minutes (below) and too many (above), while the other prices hold.
        var tooFew = -Double.infinity, tooMany = Double.infinity
        var perShift = [Double](repeating: 0, count: shifts), perShiftStep = [Double](repeating: scale, count: shifts)
        var perWeekend = 0.0, perWeekendStep = scale
        var value = base
        let exact = exactResources(operationLimit: exactOperationLimit, countingShifts: countingShifts)
        let longest = usable.map { index.minutes[$0] }.max() ?? 0
        let minutesLimit = Double(min(index.maxMinutes[e], longest * days))
        let weekendLimit = Double(min(index.maxWeekends[e], index.weekendCount))
        var valueBound = Double.infinity
        for round in 0..<rounds {
            // Priced minutes on a long horizon: many days of equal value (the same cover weight) all change sides
            // at the same price, so the minutes jump over the whole allowed range and no price meets them. After
            // a few rounds, a fixed tie-break below one penalty unit (≥ 0, so every bound below stays valid:
            // it can only raise the relaxation's maximum) lets the days change sides one at a time.
            let tieBreak = exact == nil && round >= 8 ? 0.5 : 0
            for d in 0..<days {
                for t in 0..<shifts {
                    value[d][t + 1] = base[d][t + 1] + perMinute * Double(index.minutes[t]) - perShift[t]
                    if tieBreak > 0 { value[d][t + 1] += tieBreak * Self.tieBreak(e, d, t) }
                }
            }
            let found = exact.map { bestSequenceExact(value: value, resources: $0) }
                ?? bestSequence(value: value, weekendPrice: perWeekend)
            guard let row = found else { return PricedSchedule(row: nil, valueBound: -.infinity) }
            var minutes = 0, counts = [Int](repeating: 0, count: shifts), weekends = Set<Int>()
            var relaxedValue = 0.0
            for d in 0..<days {
                relaxedValue += value[d][row[d] + 1]
                guard row[d] >= 0 else { continue }
                minutes += index.minutes[row[d]]
                counts[row[d]] += 1
                if index.weekendOf[d] >= 0 { weekends.insert(index.weekendOf[d]) }
            }
            // The relaxation's maximum, plus each price times the limit it stands for.
            var roundBound = relaxedValue
            if exact == nil {
                roundBound -= perWeekend * Double(weekends.count) - perWeekend * weekendLimit
                roundBound -= perMinute * (perMinute > 0 ? Double(index.minMinutes[e]) : minutesLimit)
            }
            for t in 0..<shifts where perShift[t] > 0 { roundBound += perShift[t] * Double(min(index.maxShifts[e][t], days)) }
            valueBound = min(valueBound, roundBound)
            var satisfied = true
            var direction = 0
            if minutes < index.minMinutes[e] { direction = 1 } else if minutes > index.maxMinutes[e] { direction = -1 }
            var otherPricesChanged = false
            for t in 0..<shifts where counts[t] > index.maxShifts[e][t] {
                satisfied = false
                perShift[t] += perShiftStep[t]
                perShiftStep[t] *= 2
                otherPricesChanged = true
            }
            if weekends.count > index.maxWeekends[e] {
                satisfied = false
                perWeekend += perWeekendStep
                perWeekendStep *= 2
                otherPricesChanged = true
            }
            // A new weekend or shift-type price starts a new bracket, from this round's side (found under the old
            // prices, so it may be wrong: a bracket that has shrunk to nothing without meeting the minutes is dropped).
            if otherPricesChanged { tooFew = -.infinity; tooMany = .infinity }
            if direction != 0 {
                satisfied = false
                if direction > 0 { tooFew = max(tooFew, perMinute) } else { tooMany = min(tooMany, perMinute) }
                if tooMany - tooFew < 1e-6 * firstMinuteStep { tooFew = -.infinity; tooMany = .infinity }
                if tooFew.isFinite && tooMany.isFinite && tooFew < tooMany {
                    // Bracketed: bisect (doubling and halving the step alone can cycle between a price giving
                    // too few minutes and one giving too many, never trying the prices in between).
                    perMinute = (tooFew + tooMany) / 2
                } else {
                    if lastDirection == direction { perMinuteStep *= 2 } else if lastDirection != 0 { perMinuteStep /= 2 }
                    perMinute += Double(direction) * perMinuteStep
                }
                lastDirection = direction
            }
            if satisfied && index.employeeViolationCount(e, row) == 0 { return PricedSchedule(row: row, valueBound: valueBound) }
        }
        return PricedSchedule(row: nil, valueBound: valueBound)
    }

    /// A fixed pseudo-random number in [0, 1) per employee, day and shift (a hash: the same on every run).
    static func tieBreak(_ e: Int, _ d: Int, _ t: Int) -> Double {
        var x = UInt64(truncatingIfNeeded: e &* 1_000_003 &+ d &* 7_919 &+ t &* 104_729) &+ 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        x ^= x >> 31
        return Double(x >> 11) / Double(1 << 53)
    }
}
